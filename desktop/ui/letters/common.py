"""What the letter page's parts share: small widgets, labels, and the change notification."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_date_id
from desktop.services.context import Changes
from desktop.ui.icons import icon


def tr(text: str) -> str:
    return QCoreApplication.translate("Letters", text)


def fmt_date(value: date | None) -> str:
    return format_date_id(value) if value else ""


def status_label(value: str) -> str:
    return {"issued": QCoreApplication.translate("Letters", "Issued"),
            "cancelled": QCoreApplication.translate("Letters", "Cancelled")}.get(value, value)


def field_error(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("FieldError")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_field_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def make_action(owner: QWidget, icon_name: str, text: str, shortcut: str | QKeySequence.StandardKey | None,
                slot: Callable[[], None], *, widget_context: bool = False) -> QAction:
    action = QAction(icon(icon_name), text, owner)
    if shortcut:
        seq = QKeySequence(shortcut)
        action.setShortcut(seq)
        action.setToolTip(f"{text.replace('&', '')} ({seq.toString(QKeySequence.SequenceFormat.NativeText)})")
    if widget_context:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def filter_combo(parent: QWidget, name: str, items: list[tuple[object, str]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    for value, label in items:
        combo.addItem(label, value)
    return combo


def notify(widget: QWidget, changes: Changes) -> None:
    """Tell the main window what changed, so every page refreshes what it shows."""
    window = widget.window()
    if hasattr(window, "apply_changes"):
        window.apply_changes(changes)


class ReasonDialog(QDialog):
    """Asks why a number is cancelled; OK only once the reason says something."""

    MIN_CHARS = 5

    def __init__(self, parent: QWidget | None, title: str, prompt: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        label.setBuddy(self.reason)
        self.error = field_error(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._validate)
        self._validate()
        self.resize(460, 220)

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _validate(self) -> None:
        ok = len(self.text()) >= self.MIN_CHARS
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        show_field_error(self.error, "" if ok or not self.text() else self.tr("Write at least 5 characters."))
