"""Calm, readable looks: palettes, text size and the style sheet.

People may read these screens in distress, so nothing is alarming: messages are a quiet
blue, never red. Every text/background pair meets WCAG AA (4.5:1); `tests/ui` computes it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ICONS = Path(__file__).resolve().parent / "icons"


@dataclass(frozen=True)
class Palette:
    name: str
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    note_bg: str
    note_text: str
    focus: str
    border: str

    def pairs(self) -> list[tuple[str, str, str]]:
        """(name, foreground, background) pairs that appear on screen."""
        return [
            ("text on window", self.text, self.window),
            ("text on surface", self.text, self.surface),
            ("muted on window", self.muted, self.window),
            ("muted on surface", self.muted, self.surface),
            ("button text on accent", self.accent_text, self.accent),
            ("accent on window", self.accent, self.window),
            ("accent on surface", self.accent, self.surface),
            ("message on message background", self.note_text, self.note_bg),
        ]


CALM = Palette(
    name="calm",
    window="#F7F5F0",
    surface="#FFFFFF",
    text="#1F2933",
    muted="#4B5563",
    accent="#1D5F66",
    accent_text="#FFFFFF",
    note_bg="#E8F1F8",
    note_text="#1E3A5F",
    focus="#B45309",
    border="#6B7280",
)

HIGH_CONTRAST = Palette(
    name="high_contrast",
    window="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#E5E7EB",
    accent="#FFE066",
    accent_text="#000000",
    note_bg="#1A1A1A",
    note_text="#FFFFFF",
    focus="#00E5FF",
    border="#FFFFFF",
)

PALETTES = {p.name: p for p in (CALM, HIGH_CONTRAST)}


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour like '#1D5F66'."""
    value = hex_colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@dataclass(frozen=True)
class Look:
    palette: Palette = CALM
    scale: float = 1.0
    """Text size, 1.0 to 2.0 (100% to 200%)."""
    base_points: float = 12.0

    def points(self, factor: float = 1.0) -> float:
        return round(self.base_points * self.scale * factor, 1)


def style_sheet(look: Look) -> str:
    p = look.palette
    pt = look.points
    box = round(look.points(1.3) * 96 / 72)
    bar = max(14, round(look.points(1.0)))
    tick = (ICONS / ("tick-dark.svg" if p.accent_text == "#000000" else "tick.svg")).as_posix()
    return f"""
    QWidget {{ color: {p.text}; font-size: {pt()}pt; }}
    QMainWindow, QDialog, QWizard, QStackedWidget, #page {{ background: {p.window}; }}
    QLabel#stageTitle {{ font-size: {pt(1.15)}pt; font-weight: 600; color: {p.muted}; }}
    QLabel#prompt {{ font-size: {pt(1.45)}pt; font-weight: 600; }}
    QLabel#say {{ font-size: {pt(1.1)}pt; font-style: italic; color: {p.text};
                  background: {p.surface}; border-left: 4px solid {p.accent};
                  padding: 8px 12px; }}
    QLabel#why {{ color: {p.muted}; }}
    QLabel#definition {{ color: {p.muted}; }}
    QLabel#script {{ font-size: {pt(1.15)}pt; background: {p.surface}; padding: 16px;
                     border: 1px solid {p.border}; border-radius: 6px; }}
    QLabel#message {{ background: {p.note_bg}; color: {p.note_text}; padding: 8px 12px;
                      border-radius: 6px; }}
    QLabel#saved {{ color: {p.muted}; }}
    QLabel#progress {{ color: {p.muted}; }}
    QLabel#practice {{ background: {p.note_bg}; color: {p.note_text}; padding: 4px 8px;
                       font-weight: 600; }}
    QPushButton {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
                   border-radius: 6px; padding: 8px 16px; min-height: {pt(1.6)}pt; }}
    QPushButton#primary {{ background: {p.accent}; color: {p.accent_text};
                   border-color: {p.accent}; font-weight: 600; }}
    QPushButton:disabled, QPushButton#primary:disabled {{
                   background: {p.window}; color: {p.muted}; border: 1px dashed {p.border}; }}
    QPushButton:focus {{ border: 3px solid {p.focus}; padding: 6px 14px; outline: none; }}
    QLineEdit, QPlainTextEdit, QComboBox, QSpinBox {{ background: {p.surface};
                   color: {p.text}; border: 1px solid {p.border}; border-radius: 4px;
                   padding: 6px; }}
    QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus {{
                   border: 3px solid {p.focus}; padding: 4px; outline: none; }}
    QRadioButton, QCheckBox {{ padding: 2px; spacing: 8px; border: 2px solid transparent; }}
    QRadioButton:focus, QCheckBox:focus {{ border: 2px solid {p.focus}; outline: none; }}
    QListView:focus, QTableView:focus, QTreeView:focus {{ border: 3px solid {p.focus}; }}
    QRadioButton::indicator, QCheckBox::indicator {{ width: {box}px; height: {box}px;
                   border: 2px solid {p.text}; background: {p.surface}; }}
    QRadioButton::indicator {{ border-radius: {box // 2 + 1}px; }}
    QRadioButton::indicator:checked {{ background: qradialgradient(cx:0.5, cy:0.5,
                   radius:0.5, fx:0.5, fy:0.5, stop:0 {p.accent}, stop:0.55 {p.accent},
                   stop:0.62 {p.surface}, stop:1 {p.surface}); }}
    QCheckBox::indicator {{ border-radius: 3px; }}
    QCheckBox::indicator:checked {{ background: {p.accent}; border-color: {p.accent};
                   image: url({tick}); }}
    QScrollBar:vertical {{ background: {p.window}; width: {bar}px; margin: 0; }}
    QScrollBar::handle:vertical {{ background: {p.border}; min-height: 32px;
                   border-radius: {bar // 2 - 1}px; margin: 2px; }}
    QScrollBar:horizontal {{ background: {p.window}; height: {bar}px; margin: 0; }}
    QScrollBar::handle:horizontal {{ background: {p.border}; min-width: 32px;
                   border-radius: {bar // 2 - 1}px; margin: 2px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
    QListView, QTableView {{ background: {p.surface}; color: {p.text};
                   alternate-background-color: {p.window}; }}
    """


def apply(app: QApplication, look: Look) -> None:
    """Apply a look to the whole application (palette, font and style sheet)."""
    p = look.palette
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, p.window),
        (QPalette.ColorRole.Base, p.surface),
        (QPalette.ColorRole.AlternateBase, p.window),
        (QPalette.ColorRole.Text, p.text),
        (QPalette.ColorRole.WindowText, p.text),
        (QPalette.ColorRole.ButtonText, p.text),
        (QPalette.ColorRole.Button, p.surface),
        (QPalette.ColorRole.Highlight, p.accent),
        (QPalette.ColorRole.HighlightedText, p.accent_text),
        (QPalette.ColorRole.ToolTipBase, p.surface),
        (QPalette.ColorRole.ToolTipText, p.text),
        (QPalette.ColorRole.PlaceholderText, p.muted),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(look.points())
    app.setFont(font)
    app.setStyleSheet(style_sheet(look))


def palette_fields() -> list[str]:
    return [f.name for f in fields(Palette) if f.name != "name"]
