"""Paper from the caseworker application: print or save PDFs, personalised packs, filled
PDFs read back, referral files imported, and the subject access PDF.

Each entry function is self-contained: it asks what it needs, does the slow part off the
GUI thread (`run_op`, with a busy or progress window) and says what happened in plain
words. Nothing is recorded until the person at the keyboard has seen what will be.

    print_or_save(parent, pdf_bytes, title, *, suggested_name=, note=) -> str | None
    personalised_pack(parent, session, loaded, person, journey) -> str | None
    print_blank_pack(parent, loaded) -> str | None
    import_filled_pdf(parent, session, loaded) -> Recorded | None
    import_referrals(parent, session, loaded) -> ReferralImport | None
    save_subject_access(parent, session, loaded, person) -> str | None

Printing: the Qt print dialog chooses the printer, copies and sides; the PDF itself then
goes to that printer through the system's print service (CUPS `lp`), so what prints is
exactly the PDF that was checked. Where there is no such service the person is asked
to save the PDF and print it from their PDF reader. PDFs are never written to a temporary
file: they hold personal data.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake.app import JourneyRecord, PersonRecord, Session
from intake.app.paper_service import (
    Change,
    FilledPreview,
    PaperService,
    Recorded,
    ReferralImport,
    ReferralIssue,
)
from intake.forms import LoadedPack, Pack
from intake.paper import (
    PaperError,
    PaperOptions,
    ReadProblem,
    ReferralBatch,
    read_mapping,
    read_referrals,
    render_pack,
    render_stage,
)
from intake.paper.answers import MESSAGES as PROBLEM_WORDS
from intake.ui.editors import ChoiceLabel
from intake.ui.engine_words import lower_text
from intake.ui.ops import Progress, run_op
from intake.ui.widgets import (
    N_,
    WrappingPage,
    heading,
    ok_cancel_row,
    problem_text,
    tell,
    text_label,
    tr,
)

T = TypeVar("T")
MAX_FILE_BYTES = 50 * 1024 * 1024
PRINTED = "printed"
SAVED = "saved"
CHANGE_WORDS = {
    Change.NEW: N_("Will be recorded"),
    Change.REPLACES: N_("Will replace what was recorded before"),
    Change.SAME: N_("Already recorded: no change"),
}


def fit(dialog: QDialog, characters: int = 60) -> None:
    """Size a small dialog to its words at any text size: about `characters` wide, and
    as tall as its wrapped text needs, so nothing is squeezed at 200%."""
    layout = dialog.layout()
    if layout is None:
        return
    width = max(
        dialog.minimumSizeHint().width(), dialog.fontMetrics().averageCharWidth() * characters
    )
    height = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    height = max(height, layout.totalMinimumSize().height())
    dialog.setMinimumSize(min(width, dialog.minimumSizeHint().width()), height)
    dialog.resize(width, height)


class PrintUnavailableError(Exception):
    """This computer has no print service Intake can hand a PDF to."""


# --- shared pieces -----------------------------------------------------------------------


def wait_for(
    parent: QWidget | None,
    text: str,
    work: Callable[[Progress], T],
    *,
    counted: bool = False,
) -> T:
    """Run `work` off the GUI thread behind a busy window; return its result or raise.

    The window is modal, so nothing else can be changed meanwhile; `counted` shows
    "n of N" from the progress the work reports.
    """
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setWindowTitle(tr("Please wait"))
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAccessibleName(text)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    def step(n: int, total: int) -> None:
        if counted:
            progress.setMaximum(total)
            progress.setValue(n)
            progress.setLabelText(tr("{0} ({1} of {2})").format(text, n, total))

    # The signals live on the application, not on this short-lived window: the worker
    # may still be letting go of them after the window has gone.
    owner = QCoreApplication.instance() or progress
    run_op(owner, work, done, failed, step)
    if not outcome:
        loop.exec()
    progress.close()
    progress.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["result"]
    return result


def _say_problem(parent: QWidget | None, title: str, exc: BaseException) -> None:
    text = exc.message if isinstance(exc, PaperError) else problem_text(exc)
    tell(parent, title, text)


def _language_names(loaded: LoadedPack) -> list[tuple[str, str]]:
    names = []
    for code in loaded.languages:
        found = loaded.translations.get(code)
        if found is None:
            names.append((code, "English" if code == "en" else code))
        else:
            english = f" ({found.english_name})" if found.english_name else ""
            names.append((code, f"{found.name}{english}"))
    return names


# --- printing and saving -----------------------------------------------------------------


class PrintOrSaveDialog(QDialog):
    """Print the PDF, or save it as a file."""

    def __init__(self, title: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addWidget(text_label(tr("The PDF is ready. Print it, or save it as a file.")))
        if note:
            layout.addWidget(text_label(note, "why"))
        row = QHBoxLayout()
        cancel = QPushButton(tr("Cancel"))
        self.save_button = QPushButton(tr("&Save as PDF…"))
        self.print_button = QPushButton(tr("&Print…"))
        self.print_button.setObjectName("primary")
        self.print_button.setDefault(True)
        row.addStretch(1)
        for button in (cancel, self.save_button, self.print_button):
            row.addWidget(button)
        layout.addLayout(row)
        cancel.clicked.connect(self.reject)
        self.save_button.clicked.connect(lambda: self._choose(SAVED))
        self.print_button.clicked.connect(lambda: self._choose(PRINTED))
        fit(self, 50)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


@dataclass(frozen=True)
class PrintJob:
    """Where the PDF goes, read from the print dialog on the GUI thread."""

    file: Path | None = None
    """The print dialog's "print to file" choice: the PDF is written there as it is."""
    command: list[str] = field(default_factory=list)

    def send(self, pdf: bytes) -> None:
        """Safe on a worker thread: no Qt objects are touched."""
        if self.file is not None:
            self.file.write_bytes(pdf)
            return
        subprocess.run(self.command, input=pdf, check=True, capture_output=True, timeout=120)


def print_job(printer: QPrinter) -> PrintJob:
    """The job for the printer chosen in the print dialog; PrintUnavailableError if none."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return PrintJob(file=Path(printer.outputFileName()))
    lp = shutil.which("lp")
    if lp is None:
        raise PrintUnavailableError()
    args = [lp, "-s"]
    if printer.printerName():
        args += ["-d", printer.printerName()]
    if printer.copyCount() > 1:
        args += ["-n", str(printer.copyCount())]
    duplex = printer.duplex()
    if duplex in (QPrinter.DuplexMode.DuplexLongSide, QPrinter.DuplexMode.DuplexAuto):
        args += ["-o", "sides=two-sided-long-edge"]
    elif duplex == QPrinter.DuplexMode.DuplexShortSide:
        args += ["-o", "sides=two-sided-short-edge"]
    return PrintJob(command=args)


def send_to_printer(pdf: bytes, printer: QPrinter) -> None:
    """Hand the PDF to the printer chosen in the print dialog (bytes through a pipe)."""
    print_job(printer).send(pdf)


def print_or_save(
    parent: QWidget | None,
    pdf_bytes: bytes,
    title: str,
    *,
    suggested_name: str = "intake.pdf",
    note: str = "",
) -> str | None:
    """Offer to print a PDF or save it; returns "printed", "saved" or None (cancelled)."""
    dialog = PrintOrSaveDialog(title, note, parent)
    try:
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if dialog.choice == SAVED:
                if save_pdf(parent, pdf_bytes, title, suggested_name):
                    return SAVED
            elif _print(parent, pdf_bytes, title):
                return PRINTED
        return None
    finally:
        dialog.deleteLater()


def _print(parent: QWidget | None, pdf_bytes: bytes, title: str) -> bool:
    """The print dialog, then the PDF to the chosen printer; True once it is sent."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    chooser = QPrintDialog(printer, parent)
    chooser.setWindowTitle(tr("Print"))
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        job = print_job(printer)
        wait_for(parent, tr("Sending to the printer…"), lambda _p: job.send(pdf_bytes))
    except PrintUnavailableError:
        tell(
            parent,
            tr("Print"),
            tr(
                "Intake cannot reach a printer from this computer. Save the PDF, then "
                "open it and print it from your PDF reader."
            ),
        )
        return False
    except (OSError, subprocess.SubprocessError):
        tell(
            parent,
            tr("Print"),
            tr(
                "The printer did not take the PDF. Check it is switched on and "
                "connected, then try again, or save the PDF and print it from there."
            ),
        )
        return False
    return True


def save_pdf(parent: QWidget | None, pdf_bytes: bytes, title: str, suggested_name: str) -> bool:
    path, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save {0}").format(title), suggested_name, tr("PDF files (*.pdf)")
    )
    if not path:
        return False
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        Path(path).write_bytes(pdf_bytes)
    except OSError as exc:
        tell(parent, tr("Save"), exc)
        return False
    return True


# --- packs -------------------------------------------------------------------------------


class PackDialog(QDialog):
    """Which stage, language and kind of PDF to make."""

    def __init__(
        self,
        loaded: LoadedPack,
        parent: QWidget | None = None,
        *,
        reference: str | None = None,
        stage: str | None = None,
    ) -> None:
        super().__init__(parent)
        personal = reference is not None
        self.setWindowTitle(
            tr("Paper form for this person") if personal else tr("Print a blank form")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle()))
        if personal:
            layout.addWidget(
                text_label(
                    tr(
                        "Questions already answered are left out. The form shows the "
                        "reference {0} and a code that finds the record when it comes "
                        "back. It never shows the person's name."
                    ).format(reference),
                    "why",
                )
            )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.stage_box = QComboBox()
        self.stage_box.setAccessibleName(tr("Stage"))
        if not personal:
            self.stage_box.addItem(tr("Every stage"), "")
        for s in loaded.pack.stages:
            self.stage_box.addItem(s.title, s.id)
        if stage:
            self.stage_box.setCurrentIndex(max(self.stage_box.findData(stage), 0))
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(tr("Language"))
        for code, name in _language_names(loaded):
            self.language_box.addItem(name, code)
        form.addRow(tr("&Stage:"), self.stage_box)
        form.addRow(tr("&Language:"), self.language_box)
        layout.addLayout(form)
        self.fillable, fillable_row = _tick(
            tr("Fillable: to fill in on a computer, tablet or phone"), tr("Fillable form")
        )
        layout.addWidget(fillable_row)
        self.caseworker, caseworker_row = _tick(
            tr("Caseworker copy: include questions only asked in conversation"),
            tr("Caseworker copy"),
        )
        caseworker_row.setVisible(not personal)
        layout.addWidget(caseworker_row)
        row, self.ok_button, _cancel = ok_cancel_row(self, tr("&Make the PDF"))
        layout.addLayout(row)
        fit(self)

    def stage(self) -> str | None:
        return str(self.stage_box.currentData()) or None

    def language(self) -> str:
        return str(self.language_box.currentData())


def _tick(words: str, name: str) -> tuple[QCheckBox, QWidget]:
    """A tick box beside words that wrap at any text size (clicking the words ticks it)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    box = QCheckBox()
    box.setAccessibleName(name)
    box.setAccessibleDescription(words)
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(ChoiceLabel(words, box), 1)
    return box, holder


def personalised_pack(
    parent: QWidget | None,
    session: Session,
    loaded: LoadedPack,
    person: PersonRecord,
    journey: JourneyRecord,
) -> str | None:
    """Make a paper (or fillable) form of one stage for this person, then print or save it."""
    dialog = PackDialog(loaded, parent, reference=person.reference, stage=journey.stage)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    stage = dialog.stage() or journey.stage
    language, fillable = dialog.language(), dialog.fillable.isChecked()  # read here, not
    service = PaperService(session)  # from the worker: widgets belong to this thread
    try:
        made = wait_for(
            parent,
            tr("Making the form…"),
            lambda _p: service.personalised_pack(
                loaded, journey.id, stage, language=language, fillable=fillable
            ),
        )
    except Exception as exc:
        _say_problem(parent, tr("Paper form"), exc)
        return None
    kind = "fillable" if fillable else "paper"
    return print_or_save(
        parent,
        made.pdf,
        loaded.pack.stage(stage).title,
        suggested_name=f"{made.reference}-{stage}-{kind}.pdf",
        note=tr(
            "{0} questions already answered are left out. It shows the reference, not the name."
        ).format(made.left_out),
    )


def print_blank_pack(parent: QWidget | None, loaded: LoadedPack) -> str | None:
    """Print or save a blank form: one stage or every stage, any language."""
    dialog = PackDialog(loaded, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    stage = dialog.stage()
    options = PaperOptions(
        language=dialog.language(),
        fillable=dialog.fillable.isChecked(),
        for_caseworker=dialog.caseworker.isChecked(),
    )
    try:
        pdf = wait_for(
            parent,
            tr("Making the form…"),
            lambda _p: (
                render_stage(loaded, stage, options) if stage else render_pack(loaded, options)
            ),
        )
    except Exception as exc:
        _say_problem(parent, tr("Blank form"), exc)
        return None
    title = loaded.pack.stage(stage).title if stage else loaded.pack.title
    name = f"{loaded.pack.id}-{stage or 'all'}-{options.language}.pdf"
    return print_or_save(parent, pdf, title, suggested_name=name)


# --- filled PDFs -------------------------------------------------------------------------


def problem_words(pack: Pack, problem: ReadProblem) -> str:
    """A read problem in plain words, naming the question by its wording."""
    what = lower_text(PROBLEM_WORDS[problem.code])
    if problem.question:
        try:
            question = pack.question(problem.question)
            name = question.self_prompt or question.prompt
        except KeyError:
            name = problem.question
        return f"{name} {what}"
    if problem.row is not None:
        return problem.message
    return what


class FilledPreviewDialog(QDialog):
    """What a filled PDF says and what recording it would do; nothing is saved yet."""

    def __init__(self, preview: FilledPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(tr("Check before recording"))
        self.resize(860, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Check before recording")))
        layout.addWidget(text_label(lower_text(preview.reason), "message"))
        if preview.person is not None:
            who = tr("{0}, reference {1}").format(
                preview.person.full_name, preview.person.reference
            )
            layout.addWidget(text_label(who, "prompt", selectable=True))
        page = WrappingPage()
        page.setObjectName("page")
        grid = QGridLayout(page)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        grid.setHorizontalSpacing(16)
        self.rows: list[tuple[str, str, str]] = []
        for line in preview.lines:
            answer = tr("Prefer not to say") if line.declined else line.text
            self.rows.append((line.prompt, answer, tr(CHANGE_WORDS[line.change])))
        for check in preview.check_ins:
            self.rows.append(
                (check.prompt, str(check.check_in.score), tr(CHANGE_WORDS[Change.NEW]))
            )
        for col, title in enumerate((tr("Question"), tr("Answer on the form"), tr("What happens"))):
            grid.addWidget(text_label(title, "why"), 0, col)
        for n, texts in enumerate(self.rows, start=1):
            for col, text in enumerate(texts):
                label = text_label(text, selectable=col == 1)
                grid.addWidget(label, n, col, Qt.AlignmentFlag.AlignTop)
        line_no = len(self.rows) + 1
        if not self.rows:
            grid.addWidget(text_label(tr("Nothing is filled in on this form."), "why"), 1, 0, 1, 3)
            line_no += 1
        self.problem_lines = [problem_words(preview.pack, p) for p in preview.problems]
        if self.problem_lines:
            grid.addWidget(
                text_label(
                    tr(
                        "These could not be read, so they will not be recorded. You can "
                        "ask them again in person:"
                    ),
                    "stageTitle",
                ),
                line_no,
                0,
                1,
                3,
            )
            for n, text in enumerate(self.problem_lines, start=line_no + 1):
                grid.addWidget(text_label(text), n, 0, 1, 3)
            line_no += len(self.problem_lines) + 1
        grid.setRowStretch(line_no, 1)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(page)
        scroller.setAccessibleName(tr("Answers on the form"))
        layout.addWidget(scroller, 1)
        count = len(preview.to_record) + len(preview.check_ins)
        row, self.record_button, _c = ok_cancel_row(self, tr("&Record {0} answers").format(count))
        self.record_button.setEnabled(preview.can_record)
        layout.addLayout(row)


def import_filled_pdf(
    parent: QWidget | None, session: Session, loaded: LoadedPack
) -> Recorded | None:
    """Choose a filled-in fillable PDF, show what it would record, and record it if agreed."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, tr("Choose the filled-in form"), "", tr("PDF files (*.pdf)")
    )
    if not path:
        return None
    service = PaperService(session)
    try:
        if Path(path).stat().st_size > MAX_FILE_BYTES:
            tell(parent, tr("Filled-in form"), tr("This file is too large to be an Intake form."))
            return None
        data = Path(path).read_bytes()
        preview = wait_for(
            parent,
            tr("Reading the form…"),
            lambda _p: service.preview_filled_pdf(data, loaded.pack),
        )
    except Exception as exc:
        _say_problem(parent, tr("Filled-in form"), exc)
        return None
    dialog = FilledPreviewDialog(preview, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not preview.can_record:
        return None
    try:
        done = service.record_preview(preview)
    except Exception as exc:
        _say_problem(parent, tr("Filled-in form"), exc)
        return None
    tell(
        parent,
        tr("Filled-in form"),
        tr("Recorded {0} answers and {1} check-ins.").format(done.answers, done.check_ins),
    )
    return done


# --- referral files ----------------------------------------------------------------------


class ReferralImportDialog(QDialog):
    """Choose a referral file and its mapping, see every row that does not fit, import."""

    def __init__(self, session: Session, loaded: LoadedPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.loaded = loaded
        self.service = PaperService(session)
        self.batch: ReferralBatch | None = None
        self.result_: ReferralImport | None = None
        self.setWindowTitle(tr("Import referrals"))
        self.resize(820, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Import referrals")))
        layout.addWidget(
            text_label(
                tr(
                    "Choose the referral file (CSV, saved from the spreadsheet) and the "
                    "mapping file that says what its columns mean. Intake checks every row "
                    "first, and imports only when every row fits: nothing is half imported."
                ),
                "why",
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.csv_edit, csv_row = self._file_row(tr("Referral file"), tr("CSV files (*.csv)"))
        self.mapping_edit, mapping_row = self._file_row(
            tr("Mapping file"), tr("Mapping files (*.yaml *.yml)")
        )
        form.addRow(tr("&Referral file:"), csv_row)
        form.addRow(tr("&Mapping file:"), mapping_row)
        layout.addLayout(form)
        self.check_button = QPushButton(tr("C&heck the files"))
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.summary = text_label("", "message")
        self.summary.setVisible(False)
        layout.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setAccessibleName(tr("Rows that do not fit"))
        self.problems.setWordWrap(True)
        self.problems.setVisible(False)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)
        row, self.import_button, _c = ok_cancel_row(self, tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.disconnect()
        self.import_button.clicked.connect(self.run_import)
        layout.addLayout(row)
        self.check_button.clicked.connect(self.check)
        self.csv_edit.textChanged.connect(self._changed)
        self.mapping_edit.textChanged.connect(self._changed)

    def _file_row(self, name: str, filter_: str) -> tuple[QLineEdit, QWidget]:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit()
        edit.setAccessibleName(name)
        choose = QPushButton(tr("Choose…"))
        choose.setAccessibleName(tr("Choose the {0}").format(name.lower()))
        choose.clicked.connect(lambda: self._choose(edit, name, filter_))
        row.addWidget(edit, 1)
        row.addWidget(choose)
        return edit, holder

    def _choose(self, edit: QLineEdit, name: str, filter_: str) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, tr("Choose the {0}").format(name.lower()), "", filter_
        )
        if path:
            edit.setText(path)

    def _changed(self) -> None:
        self.batch = None
        self.import_button.setEnabled(False)
        self.import_button.setText(tr("&Import"))

    def _say(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def check(self) -> None:
        """Read both files and show every row that does not fit."""
        self._changed()
        self.problems.clear()
        self.problems.setVisible(False)
        csv_path, mapping_path = self.csv_edit.text().strip(), self.mapping_edit.text().strip()
        if not csv_path or not mapping_path:
            self._say(tr("Choose both files first."))
            return
        pack = self.loaded.pack
        try:
            mapping_text = Path(mapping_path).read_text(encoding="utf-8")
            mapping = read_mapping(mapping_text, pack)
            batch = read_referrals(Path(csv_path).read_bytes(), mapping, pack)
            issues: list[ReferralIssue] = self.service.check_referrals(batch)
        except UnicodeDecodeError:
            self._say(tr("The mapping file is not a text file. Save it as UTF-8 text."))
            return
        except PaperError as exc:
            self._say(exc.message)
            return
        except OSError as exc:
            self._say(problem_text(exc))
            return
        answers = sum(len(r.answers) for r in batch.rows)
        lines = [problem_words(pack, p) if p.row is None else p.message for p in batch.problems]
        lines += [issue.message for issue in issues]
        bad_rows = {p.row for p in batch.problems} | {issue.row for issue in issues}
        if lines or not batch.rows:
            for line in lines:
                self.problems.addItem(line)
            self.problems.setVisible(bool(lines))
            self._say(
                tr(
                    "{0} rows do not fit, so nothing can be imported yet. Fix them in the "
                    "spreadsheet, save it as CSV again, and check again."
                ).format(len(bad_rows))
                if lines
                else tr("The file has no referrals in it.")
            )
            return
        self.batch = batch
        self._say(
            tr("Every row fits: {0} referrals with {1} answers. Nothing is imported yet.").format(
                len(batch.rows), answers
            )
        )
        self.import_button.setText(tr("&Import {0} referrals").format(len(batch.rows)))
        self.import_button.setEnabled(True)
        self.import_button.setFocus()

    def run_import(self) -> None:
        batch = self.batch
        if batch is None:
            return
        pack = self.loaded.pack
        try:
            done = wait_for(
                self,
                tr("Importing referrals…"),
                lambda p: self.service.import_referrals(batch, pack, progress=p),
                counted=True,
            )
        except Exception as exc:
            self._say(
                tr("Nothing was imported. {0}").format(
                    exc.message if isinstance(exc, PaperError) else problem_text(exc)
                )
            )
            return
        self.result_ = done
        self.accept()


def import_summary(done: ReferralImport) -> str:
    text = tr(
        "Imported {0} referrals: {1} new people and {2} already known. {3} answers are "
        "recorded, so they will not be asked again."
    ).format(done.journeys_opened, done.people_created, done.people_matched, done.answers_recorded)
    if done.kept_known:
        text += " " + tr("{0} answers the person had already given were kept.").format(
            done.kept_known
        )
    if done.rows_to_check:
        rows = ", ".join(str(r) for r in done.rows_to_check)
        text += " " + tr(
            "Rows {0}: someone similar is already recorded. Please check they are not the "
            "same person."
        ).format(rows)
    return text


def import_referrals(
    parent: QWidget | None, session: Session, loaded: LoadedPack
) -> ReferralImport | None:
    """Choose a referral CSV and its mapping; import every row, or none."""
    dialog = ReferralImportDialog(session, loaded, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_ is None:
        return None
    tell(parent, tr("Import referrals"), import_summary(dialog.result_))
    return dialog.result_


# --- subject access ----------------------------------------------------------------------


def save_subject_access(
    parent: QWidget | None, session: Session, loaded: LoadedPack, person: PersonRecord
) -> str | None:
    """Make the subject access PDF (everything held about this person) to print or save."""
    service = PaperService(session)
    try:
        pdf = wait_for(
            parent,
            tr("Gathering everything held…"),
            lambda _p: service.subject_access_pdf(person.id, loaded.pack),
        )
    except Exception as exc:
        _say_problem(parent, tr("Subject access"), exc)
        return None
    return print_or_save(
        parent,
        pdf,
        tr("Information we hold"),
        suggested_name=f"{person.reference}-subject-access.pdf",
        note=tr(
            "This holds everything about this person, including notes. Give it only to "
            "them, and keep any saved copy somewhere safe."
        ),
    )


__all__ = [
    "FilledPreviewDialog",
    "PackDialog",
    "PrintOrSaveDialog",
    "ReferralImportDialog",
    "import_filled_pdf",
    "import_referrals",
    "personalised_pack",
    "print_blank_pack",
    "print_or_save",
    "save_subject_access",
    "send_to_printer",
]
