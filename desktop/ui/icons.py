"""The bundled Lucide SVG icons (ISC licence, resources/icons), drawn in the palette's text colour so
they stay crisp at any DPI and follow light or dark."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.config import ICONS_DIR


@lru_cache(maxsize=256)
def _icon(name: str, color: str) -> QIcon:
    path = ICONS_DIR / f"{name}.svg"
    svg = path.read_text(encoding="utf-8").replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    ratio = max(1.0, QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0)
    for size in (16, 20, 24, 32, 48):
        pixmap = QPixmap(int(size * ratio), int(size * ratio))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        icon.addPixmap(pixmap)
    return icon


def icon(name: str, color: str | None = None) -> QIcon:
    if color is None:
        color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _icon(name, color)
