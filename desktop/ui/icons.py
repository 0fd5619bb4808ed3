"""The bundled Lucide SVG icons (ISC licence, resources/icons), drawn in the palette's text colour so
they stay crisp at any DPI and follow light or dark."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.config import ICONS_DIR


def _renderer(name: str, color: str) -> QSvgRenderer:
    svg = (ICONS_DIR / f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", color)
    return QSvgRenderer(QByteArray(svg.encode("utf-8")))


@lru_cache(maxsize=256)
def _icon(name: str, color: str, selected_color: str) -> QIcon:
    icon = QIcon()
    screen = QGuiApplication.primaryScreen()
    ratio = max(1.0, screen.devicePixelRatio() if screen else 1.0)
    for mode, renderer in ((QIcon.Mode.Normal, _renderer(name, color)),
                           (QIcon.Mode.Selected, _renderer(name, selected_color))):
        for size in (16, 20, 24, 32, 48):
            pixmap = QPixmap(int(size * ratio), int(size * ratio))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            icon.addPixmap(pixmap, mode)
    return icon


def icon(name: str, color: str | None = None) -> QIcon:
    """The named icon in the text colour, and in the highlighted-text colour when selected."""
    palette = QGuiApplication.palette()
    if color is None:
        color = palette.color(QPalette.ColorRole.WindowText).name()
    return _icon(name, color, palette.color(QPalette.ColorRole.HighlightedText).name())
