"""The bundled fonts, registered once with reportlab.

Printed forms must look the same on every charity laptop and show Welsh, Polish, Arabic
or Urdu text, which reportlab's built-in Helvetica cannot. Two families are shipped
beside this module, so no system font is needed:

- DejaVu Sans (fonts/LICENSE) for everything that is not Arabic script: Latin, Greek,
  Cyrillic, Hebrew, digits and punctuation;
- Noto Naskh Arabic (fonts/OFL.txt, SIL Open Font Licence 1.1) for Arabic script, which
  has the contextual forms and the Urdu letters (ہ ۂ ے ۔) that DejaVu lacks.

Reading these files is the only I/O the paper layer does.

`PaperFont` also draws glyphs that a shaper chose (joined Arabic forms, mirrored
brackets) rather than the font's default glyph for a character. Each such glyph gets a
private code in the embedded subset, and the PDF's ToUnicode map says which text it
stands for, so copying, searching and screen readers get the words as typed.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import uharfbuzz as hb
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

FONT_DIR = Path(__file__).resolve().parent / "fonts"
REGULAR = "IntakeSans"
BOLD = "IntakeSans-Bold"
ARABIC = "IntakeNaskh"
ARABIC_BOLD = "IntakeNaskh-Bold"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
}
_FIRST = (REGULAR, BOLD)
"""Registered at once; the Arabic fonts are read the first time a text needs them."""
ARABIC_FOR = {REGULAR: ARABIC, BOLD: ARABIC_BOLD}
"""The Arabic-script font that goes with each main font."""

_FIRST_PRIVATE = 0xF0000
"""Private codes for shaped glyphs: Supplementary Private Use Area-A, which neither
bundled font maps. They never reach the PDF: the subset numbers its own codes."""

_lock = threading.Lock()
_done = False
_registered: dict[str, PaperFont] = {}


class PaperFont(TTFont):  # type: ignore[misc]
    """A TrueType font that can also draw a shaper's glyphs, each with its own text."""

    def __init__(self, name: str, path: Path) -> None:
        super().__init__(name, str(path))
        self.hb_font = hb.Font(hb.Face(hb.Blob(self.face._ttf_data)))
        self.per_unit = 1000 / self.face.unitsPerEm
        """From the font's units (HarfBuzz's positions) to 1/1000 of the font size."""
        self._codes: dict[tuple[int, str], str] = {}
        self._texts: dict[int, str] = {}
        self._next = _FIRST_PRIVATE
        self._codes_lock = threading.Lock()

    def glyph_code(self, glyph: int, text: str) -> str:
        """The character to draw glyph number `glyph` standing for `text`: the character
        itself when it is the font's usual glyph for it, else a private code."""
        face = self.face
        if len(text) == 1 and face.charToGlyph.get(ord(text)) == glyph:
            return text
        key = (glyph, text)
        code = self._codes.get(key)
        if code is not None:
            return code
        with self._codes_lock:
            code = self._codes.get(key)
            if code is None:
                while self._next in face.charToGlyph:
                    self._next += 1
                number = self._next
                self._next += 1
                face.charWidths[number] = face.hmetrics[glyph][0] * self.per_unit
                face.charToGlyph[number] = glyph
                self._texts[number] = text
                code = self._codes[key] = chr(number)
        return code

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab's name
        """Embed the subsets, then give shaped glyphs their text in the ToUnicode maps."""
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        texts = self._texts
        for n, subset in enumerate(subsets):
            if not any(code in texts for code in subset):
                continue
            name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            base = name.decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + base]
            stream.content = _to_unicode(base, [texts.get(c, chr(c)) for c in subset])


def _to_unicode(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap like reportlab's, each code mapped to its text (UTF-16BE)."""
    entries = [f"<{i:02X}> <{t.encode('utf-16-be').hex().upper()}>" for i, t in enumerate(texts)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({name})",
            f"/Ordering ({name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(texts) - 1:02X}>",
            "endcodespacerange",
            f"{len(texts)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def register_fonts() -> None:
    """Register the fonts and the <b> mapping for paragraphs; cheap after the first call."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        for name in _FIRST:
            _register(name)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
        _done = True


def paper_font(name: str) -> PaperFont:
    """A bundled font by its reportlab name, registered the first time it is asked for."""
    register_fonts()
    font = _registered.get(name)
    if font is None:
        with _lock:
            font = _registered.get(name) or _register(name)
    return font


def _register(name: str) -> PaperFont:
    font = _registered[name] = PaperFont(name, FONT_DIR / _FILES[name])
    pdfmetrics.registerFont(font)
    return font
