"""One answer editor per question type, built from what a step carries.

Each editor gives `value()` (what to hand to the engine, possibly empty), `set_value()`
and `focus_first()`. Every control has an accessible name; all work by keyboard alone
(Tab between controls, arrows within a group, Space to tick).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from intake.forms.model import (
    CheckInSpec,
    Choice,
    DateQuestion,
    LongText,
    MultipleChoice,
    NumberQuestion,
    QuestionT,
    ScaleQuestion,
    ShortText,
)


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Editors", text)


class AnswerEditor(QWidget):
    changed = Signal()

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def focus_first(self) -> None:
        self.focusNextChild()


class ChoiceLabel(QLabel):
    """A choice's words: wrap at any text size, and clicking them picks the choice."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(button)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self.button.isEnabled():
            self.button.click()
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


class ChoiceEditor(AnswerEditor):
    """Single choice, yes/no: radio buttons. Multiple choice: tick boxes. Each indicator
    sits beside a wrapping label, so long choices never widen or clip the page."""

    def __init__(self, choices: list[Choice], multiple: bool, prompt: str) -> None:
        super().__init__()
        self.multiple = multiple
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.setColumnStretch(1, 1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.buttons: dict[str, QAbstractButton] = {}
        self.labels: dict[str, ChoiceLabel] = {}
        self.exclusive = {c.value for c in choices if c.exclusive}
        row = 0
        for c in choices:
            button: QAbstractButton = QCheckBox() if multiple else QRadioButton()
            button.setAccessibleName(c.label)
            button.setAccessibleDescription(c.definition or prompt)
            if c.definition:
                button.setToolTip(c.definition)
            self.group.addButton(button)
            self.buttons[c.value] = button
            text = ChoiceLabel(c.label, button)
            self.labels[c.value] = text
            layout.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(text, row, 1)
            row += 1
            if c.definition:
                hint = QLabel(c.definition)
                hint.setObjectName("definition")
                hint.setWordWrap(True)
                layout.addWidget(hint, row, 1)
                row += 1
            button.toggled.connect(lambda on, v=c.value: self._toggled(v, on))

    def _toggled(self, value: str, on: bool) -> None:
        if self.multiple and on:
            # "None of these" goes on its own.
            others = (
                [v for v in self.buttons if v != value]
                if value in self.exclusive
                else list(self.exclusive)
            )
            for v in others:
                self.buttons[v].setChecked(False)
        self.changed.emit()

    def value(self) -> object:
        picked = [v for v, b in self.buttons.items() if b.isChecked()]
        if self.multiple:
            return picked
        return picked[0] if picked else None

    def set_value(self, value: object) -> None:
        wanted = set(value) if isinstance(value, list) else {value}
        for v, b in self.buttons.items():
            b.setChecked(v in wanted)

    def focus_first(self) -> None:
        checked = [b for b in self.buttons.values() if b.isChecked()]
        target = checked[0] if checked else next(iter(self.buttons.values()), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)


class TextEditor(AnswerEditor):
    def __init__(self, long: bool, prompt: str, unit: str | None = None) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit: QLineEdit | QPlainTextEdit
        if long:
            self.edit = QPlainTextEdit()
            self.edit.setTabChangesFocus(True)
            self.edit.setMinimumHeight(120)
            self.edit.textChanged.connect(self.changed)
        else:
            self.edit = QLineEdit()
            self.edit.textChanged.connect(self.changed)
        self.edit.setAccessibleName(prompt)
        layout.addWidget(self.edit, 1)
        if unit:
            label = QLabel(unit)
            label.setBuddy(self.edit)
            layout.addWidget(label)

    def value(self) -> object:
        if isinstance(self.edit, QPlainTextEdit):
            return self.edit.toPlainText()
        return self.edit.text()

    def set_value(self, value: object) -> None:
        text = "" if value is None else str(value)
        if isinstance(self.edit, QPlainTextEdit):
            self.edit.setPlainText(text)
        else:
            self.edit.setText(text)

    def focus_first(self) -> None:
        self.edit.setFocus(Qt.FocusReason.TabFocusReason)


class DateEditor(AnswerEditor):
    """Day, month and year boxes (the GOV.UK pattern): easier than a calendar by keyboard
    and for a date of birth decades ago."""

    def __init__(self, prompt: str) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.parts: list[QLineEdit] = []
        for col, (name, width, top) in enumerate(
            ((_tr("Day"), 3, 31), (_tr("Month"), 3, 12), (_tr("Year"), 5, 2100))
        ):
            label = QLabel(name)
            edit = QLineEdit()
            edit.setValidator(QIntValidator(0, top, edit))
            edit.setMaxLength(4 if top > 100 else 2)
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0") * width + 24)
            edit.setAccessibleName(f"{prompt} {name}")
            edit.textChanged.connect(self.changed)
            label.setBuddy(edit)
            grid.addWidget(label, 0, col)
            grid.addWidget(edit, 1, col)
            self.parts.append(edit)
        grid.setColumnStretch(3, 1)

    def value(self) -> object:
        day, month, year = (p.text().strip() for p in self.parts)
        if not (day or month or year):
            return None
        return f"{year.zfill(4)}-{month.zfill(2)}-{day.zfill(2)}"

    def set_value(self, value: object) -> None:
        if isinstance(value, str) and len(value) == 10:
            year, month, day = value.split("-")
            for edit, text in zip(self.parts, (day, month, year), strict=True):
                edit.setText(text)

    def focus_first(self) -> None:
        self.parts[0].setFocus(Qt.FocusReason.TabFocusReason)


class ScaleEditor(AnswerEditor):
    """A row of numbered choices with words at each end."""

    def __init__(self, minimum: int, maximum: int, low: str, high: str, prompt: str) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        for n in range(minimum, maximum + 1):
            button = QRadioButton(str(n))
            name = f"{n}"
            if n == minimum:
                name = f"{n}, {low}"
            elif n == maximum:
                name = f"{n}, {high}"
            button.setAccessibleName(name)
            button.setAccessibleDescription(prompt)
            self.group.addButton(button, n)
            self.buttons[n] = button
            row.addWidget(button)
            button.toggled.connect(lambda _on: self.changed.emit())
        row.addStretch(1)
        outer.addLayout(row)
        ends = QHBoxLayout()
        ends.addWidget(QLabel(f"{minimum} = {low}"))
        ends.addSpacing(24)
        ends.addWidget(QLabel(f"{maximum} = {high}"))
        ends.addStretch(1)
        outer.addLayout(ends)

    def value(self) -> object:
        checked = self.group.checkedId()
        return None if checked == -1 else checked

    def set_value(self, value: object) -> None:
        if isinstance(value, int) and value in self.buttons:
            self.buttons[value].setChecked(True)

    def focus_first(self) -> None:
        checked = self.group.checkedButton()
        (checked or next(iter(self.buttons.values()))).setFocus(Qt.FocusReason.TabFocusReason)


def editor_for(question: QuestionT, choices: list[Choice], prompt: str) -> AnswerEditor:
    if isinstance(question, ScaleQuestion):
        return ScaleEditor(
            question.minimum, question.maximum, question.low_label, question.high_label, prompt
        )
    if isinstance(question, DateQuestion):
        return DateEditor(prompt)
    if isinstance(question, ShortText | LongText):
        return TextEditor(isinstance(question, LongText), prompt)
    if isinstance(question, NumberQuestion):
        return TextEditor(False, prompt, question.unit)
    return ChoiceEditor(choices, isinstance(question, MultipleChoice), prompt)


def checkin_editor(spec: CheckInSpec, prompt: str) -> ScaleEditor:
    return ScaleEditor(spec.minimum, spec.maximum, spec.low_label, spec.high_label, prompt)
