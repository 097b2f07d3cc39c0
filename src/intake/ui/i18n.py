"""The language of Intake's own words on screen, switchable while it runs.

Translations are Qt `.ts` files in `translations/`, kept current by `make translations`
and compiled to `.qm` by the build and by `make run`. Right-to-left languages mirror the
whole layout. Two pseudo-languages exist for testing layouts: `en-XA` stretches every
string by about 40% with accents, and `ar-XB` does the same right to left.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from intake.paths import translations_dir
from intake.ui.widgets import set_by_name

RTL = {"ar", "ur", "fa", "he", "ar-XB"}
NAMES = {
    "en": "English",
    "cy": "Cymraeg",
    "pl": "Polski",
    "ro": "Română",
    "ar": "العربية",
    "ur": "اردو",
    "en-XA": "[Pseudo: long]",
    "ar-XB": "[Pseudo: mirrored]",
}
PSEUDO = ("en-XA", "ar-XB")

_ACCENTS = str.maketrans(
    "aceiounsyAEIOUCNSY",
    "àçéîøûñšýÅÉÎÖÛÇÑŠÝ",
)


def pseudo(text: str) -> str:
    """Longer, accented text that keeps `{0}` placeholders and `&` mnemonics working."""
    out = []
    depth = 0
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        out.append(ch if depth else ch.translate(_ACCENTS))
    body = "".join(out)
    pad = "·" * max(2, len(text) * 2 // 5)
    return f"⟦{body}{pad}⟧"


class PseudoTranslator(QTranslator):
    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(source_text) if source_text else source_text

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False


@dataclass(frozen=True)
class Language:
    code: str
    name: str

    @property
    def right_to_left(self) -> bool:
        return self.code in RTL or self.code.split("-")[0] in RTL


def available(include_pseudo: bool = False) -> list[Language]:
    """English, every compiled translation shipped, and the pseudo-languages if asked."""
    codes = ["en"]
    folder = translations_dir()
    if folder.is_dir():
        for path in sorted(folder.glob("intake_*.qm")):
            probe = QTranslator()
            if probe.load(str(path)) and not probe.isEmpty():  # has finished translations
                codes.append(path.stem.removeprefix("intake_"))
    if include_pseudo:
        codes += list(PSEUDO)
    return [Language(c, NAMES.get(c, c)) for c in codes]


_installed: list[QTranslator] = []
_current = ["en"]


def current() -> str:
    """The code of the language the screens are in now."""
    return _current[0]


def set_language(code: str, folder: Path | None = None) -> bool:
    """Install the translation for `code` (English needs none); returns whether the
    language's own words were found. The layout direction follows the language."""
    app = QApplication.instance()
    if app is None:
        return False
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    found = code == "en"
    if code in PSEUDO:
        translator: QTranslator = PseudoTranslator(app)
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
        found = True
    elif code != "en":
        translator = QTranslator(app)
        path = (folder or translations_dir()) / f"intake_{code}.qm"
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            found = True
    _current[0] = code
    language = Language(code, NAMES.get(code, code))
    if isinstance(app, QApplication):
        # By name: the first screen is built in the saved language before PySide's `Qt`
        # namespace is made (see widgets.set_by_name).
        direction = "RightToLeft" if language.right_to_left else "LeftToRight"
        set_by_name(app, "layoutDirection", direction)
    QLocale.setDefault(QLocale(code.split("-")[0]))
    return found


def reviewed(code: str, folder: Path | None = None) -> bool:
    """Whether a fluent speaker has checked the screens' translation into `code`
    (`tools/i18n.py` compiles each file's flag into it). English needs no check."""
    if code == "en":
        return True
    probe = QTranslator()
    path = (folder or translations_dir()) / f"intake_{code}.qm"
    return probe.load(str(path)) and probe.translate("IntakeTranslation", "reviewed") == "yes"
