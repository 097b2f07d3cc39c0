"""The bundled Unicode font, registered once with reportlab.

Printed forms must look the same on every charity laptop and show Polish, Romanian,
Urdu or Arabic text, which reportlab's built-in Helvetica cannot. DejaVu Sans is shipped
beside this module (see fonts/LICENSE) so no system font is needed. Reading these two
files is the only I/O the paper layer does.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent / "fonts"
REGULAR = "IntakeSans"
BOLD = "IntakeSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_done = False


def register_fonts() -> None:
    """Register the fonts and the <b> mapping for paragraphs; cheap after the first call."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
        _done = True
