"""Render packaging/icons/intake.svg to the PNG, ICO and ICNS files the installers use.

Run from the repository root after changing the SVG, then commit the results (builds
use the committed files, so Windows and macOS runners need no extra tools):

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons/render_icons.py

PNGs are drawn with PySide6's QSvgRenderer (QtSvg ships in PySide6-Essentials); the
Windows .ico and macOS .icns are assembled from them with Pillow (a dev dependency).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "intake.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_png(renderer: QSvgRenderer, size: int, target: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    for size in SIZES:
        render_png(renderer, size, HERE / f"intake-{size}.png")
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is not installed: PNGs written, .ico and .icns left as they were.")
        return 0
    biggest = Image.open(HERE / "intake-512.png")
    biggest.save(HERE / "intake.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    biggest.save(HERE / "intake.icns")
    del app
    print(f"Wrote {len(SIZES)} PNGs, intake.ico and intake.icns in {HERE}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
