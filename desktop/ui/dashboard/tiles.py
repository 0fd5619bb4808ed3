"""A Dasbor tile: a label, a big figure, a caption and optionally a few items or a chart; clicking
it (or Enter/Space when it has focus) opens the list behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget


class Tile(QFrame):
    activated = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Tile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label = QLabel(label, self)
        self.label.setObjectName("TileLabel")
        self.value = QLabel("–", self)
        self.value.setObjectName("TileValue")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.caption = QLabel(self)
        self.caption.setObjectName("TileCaption")
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: palette(mid);")
        self.items = QLabel(self)
        self.items.setWordWrap(True)
        self.items.setTextFormat(Qt.TextFormat.RichText)
        self.items.hide()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 10, 14, 12)
        self.body.setSpacing(4)
        self.body.addWidget(self.label)
        self.body.addWidget(self.value)
        self.body.addWidget(self.caption)
        self.body.addWidget(self.items)
        self.setAccessibleName(label)

    def add_widget(self, widget: QWidget, stretch: int = 1) -> None:
        self.body.addWidget(widget, stretch)

    def set(self, value: str, caption: str = "", items: list[str] | None = None, *, muted: bool = False) -> None:
        self.value.setText(value)
        self.value.setStyleSheet("font-size: 12pt; color: palette(mid);" if muted
                                 else "font-size: 20pt; font-weight: 600;")
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        if items:
            self.items.setText("<br>".join(items))
            self.items.show()
        else:
            self.items.hide()
        self.setAccessibleDescription(f"{value}. {caption}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)
