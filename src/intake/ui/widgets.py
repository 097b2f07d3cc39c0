"""Small shared pieces for screens: wrapped labels, headings, kind message boxes."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QObject, QSize
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from intake.app import StoreError


class WrappingPage(QWidget):
    """A page inside a scroll area whose height follows its width.

    Qt's scroll area otherwise takes the page's minimum height as measured at its
    narrowest (every line wrapped), and scrolls even when everything fits.
    """

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(super().minimumSizeHint().width(), 0)


def tr(text: str) -> str:
    return QCoreApplication.translate("Intake", text)


def N_(text: str) -> str:  # noqa: N802 (the usual name for a translation marker)
    """Mark text for translation where it is defined; `tr()` translates it where shown."""
    return text


def set_by_name(widget: QObject, prop: str, key: str) -> None:
    """Set an enum property by its key's name (`"PlainText"` for `Qt.TextFormat.PlainText`).

    For what the first screen builds: PySide makes all 94 enums of its `Qt` namespace the
    first time any is used (35-45 ms, as long as the rest of that screen takes to build),
    so the first screen does without them and they are made once it is painted (see
    startup.py). A wrong property or key raises rather than doing nothing.
    """
    if widget.metaObject().indexOfProperty(prop) < 0 or not widget.setProperty(prop, key):
        raise ValueError(f"{type(widget).__name__} has no property {prop} = {key}")


def text_label(text: str, name: str = "", *, selectable: bool = False) -> QLabel:
    """Plain text (never read as markup: it may hold what a person typed), wrapping."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    set_by_name(label, "textFormat", "PlainText")
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if selectable:
        set_by_name(label, "textInteractionFlags", "TextSelectableByMouse")
    return label


def secret_label(accessible_name: str) -> QLabel:
    """A recovery secret: large, fixed-width, centred and easy to copy by hand."""
    label = text_label("", "script", selectable=True)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 18.0))
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(accessible_name)
    return label


def heading(text: str) -> QLabel:
    return text_label(text, "prompt")


def problem_text(exc: BaseException) -> str:
    """Plain words for a problem: a store problem says what is wrong and what to do;
    anything else gets a general sentence (details go nowhere near the screen)."""
    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, OSError):
        return tr(
            "Intake could not read or write a file it needs. Check there is space on the "
            "disk and that the folder is not read-only, then try again."
        )
    return tr(
        "Something unexpected went wrong. Nothing saved before has been lost. "
        "Please try again; if it happens again, tell your administrator."
    )


def tell(parent: QWidget | None, title: str, exc_or_text: BaseException | str) -> None:
    """A calm information box (never the 'critical' red icon)."""
    text = exc_or_text if isinstance(exc_or_text, str) else problem_text(exc_or_text)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def ok_cancel_row(dialog: QDialog, ok_text: str) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """Cancel and the dialog's main (default) button at the right: (row, ok, cancel)."""
    row = QHBoxLayout()
    cancel = QPushButton(tr("Cancel"))
    ok = QPushButton(ok_text)
    ok.setObjectName("primary")
    ok.setDefault(True)
    cancel.clicked.connect(dialog.reject)
    ok.clicked.connect(dialog.accept)
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(ok)
    return row, ok, cancel
