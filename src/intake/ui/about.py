"""Help > About Intake: the version, the languages and how far each is checked, and the
licences of what ships inside Intake.

Translations made without a fluent speaker's review are said to be so, here and in
their files, so a service knows what to have checked before relying on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from intake.ui import i18n
from intake.ui.widgets import heading, text_label

if TYPE_CHECKING:
    from intake.forms import LoadedPack


def tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def menu_text() -> str:
    """The Help menu's entry for this dialog."""
    return tr("&About Intake…")


def version() -> str:
    from importlib import metadata  # only when the dialog opens: start-up stays light

    try:
        return metadata.version("intake-victim-support")
    except metadata.PackageNotFoundError:  # running from a source folder
        return "0+source"


def screen_languages() -> list[tuple[str, bool]]:
    """(language name, checked by a fluent speaker) for every screen language shipped."""
    return [(lang.name, i18n.reviewed(lang.code)) for lang in i18n.available()]


def form_languages(pack: LoadedPack) -> list[tuple[str, bool]]:
    """(language name, checked by a fluent speaker) for every language of the form pack."""
    found = [(i18n.NAMES.get(pack.pack.language, pack.pack.language), True)]
    for code in sorted(pack.translations):
        t = pack.translations[code]
        found.append((t.name if not t.english_name else f"{t.name} ({t.english_name})", t.reviewed))
    return found


def _listed(languages: list[tuple[str, bool]]) -> str:
    unchecked = tr("{0}: not yet checked by a fluent speaker")
    return "\n".join(
        f"• {name}" if checked else "• " + unchecked.format(name) for name, checked in languages
    )


class AboutDialog(QDialog):
    def __init__(self, pack: LoadedPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About Intake"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Intake {0}").format(version())))
        layout.addWidget(
            text_label(
                tr(
                    "Intake helps a victim support service collect what it needs to know "
                    "kindly, keep it safe on this computer, and report to funders without "
                    "naming anyone."
                )
            )
        )
        layout.addWidget(heading(tr("Languages of the screens")))
        self.screens = text_label(_listed(screen_languages()))
        layout.addWidget(self.screens)
        layout.addWidget(heading(tr("Languages of the forms ({0})").format(pack.pack.id)))
        self.forms = text_label(_listed(form_languages(pack)))
        layout.addWidget(self.forms)
        layout.addWidget(
            text_label(
                tr(
                    "Translations not yet checked were drafted with care but may contain "
                    "mistakes. Please have a fluent speaker check them before relying on "
                    "them; docs/translations.md explains how."
                ),
                "why",
            )
        )
        layout.addWidget(
            text_label(
                tr(
                    "Printed forms use the DejaVu fonts (free licence) and Noto Naskh "
                    "Arabic (SIL Open Font Licence)."
                ),
                "why",
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, False)


def show_about(pack: LoadedPack, parent: QWidget | None = None) -> AboutDialog:
    dialog = AboutDialog(pack, parent)
    dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
