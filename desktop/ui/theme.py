"""One look: Fusion, one palette (a deep green and neutral greys, light or dark with the system),
the bundled fonts, consistent spacing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.config import FONTS_DIR

GREEN = QColor("#0B6E4F")  # BPJAMSOSTEK-like deep green
GREEN_DARK = QColor("#08553D")
GREEN_LIGHT = QColor("#E3F1EC")
SPACING = 8
UI_FAMILY = "Noto Sans"


def load_fonts() -> list[str]:
    """Register the bundled fonts; returns the families Qt now knows from them."""
    families: list[str] = []
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def palette(dark: bool) -> QPalette:
    p = QPalette()
    if dark:
        base, window, text = QColor("#1E2124"), QColor("#26292D"), QColor("#E8EAED")
        alt, button, mid = QColor("#2B2F33"), QColor("#30353A"), QColor("#5F6368")
        highlight = QColor("#1F9D74")
    else:
        base, window, text = QColor("#FFFFFF"), QColor("#F3F4F5"), QColor("#1F2328")
        alt, button, mid = QColor("#F7F8F9"), QColor("#ECEEF0"), QColor("#9AA0A6")
        highlight = GREEN
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, alt)
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, button)
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.Highlight, highlight)
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
        p.setColor(group, QPalette.ColorRole.Link, highlight)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, base)
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, mid)
        p.setColor(group, QPalette.ColorRole.Mid, mid)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, mid)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, mid)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, mid)
    return p


STYLE_SHEET = """
QWidget#SidePanel { background: palette(button); }
QLabel#OfficeName { font-weight: 600; padding: 2px 4px 4px 4px; }
QListWidget#Sidebar { border: none; background: transparent; outline: none; }
QListWidget#Sidebar::item { padding-left: 8px; border-radius: 6px; }
QListWidget#Sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QListWidget#Sidebar::item:hover:!selected { background: palette(midlight); }
QLabel#PageTitle { font-size: 18pt; font-weight: 600; }
QLabel#EmptyState { color: palette(mid); font-size: 11pt; }
QLabel#FieldError { color: #B3261E; }
QFrame#Tile { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QLineEdit[invalid="true"] { border: 1px solid #B3261E; }
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    load_fonts()
    font = QFont(UI_FAMILY, 10)
    app.setFont(font)
    app.setPalette(palette(is_dark()))
    app.setStyleSheet(STYLE_SHEET)
