"""The idle lock: after `ui.idle_lock_minutes` without a key press or a mouse move, the screen is
covered and only the signed-in person's password (or quitting) brings the work back.

An application-wide event filter restarts a timer on every input; the lock screen is an
application-modal window over the whole screen, so open dialogs stay as they were (nothing typed is
lost) but cannot be seen or used until the password is given.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.ui.errors import message_for
from desktop.ui.icons import icon
from desktop.ui.security.forms import error_label, password_field, show_problem

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.Shortcut}


class LockScreen(QDialog):
    """Covers the screen until the password of the signed-in person is given."""

    quit_requested = Signal()

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.services = services
        self.setObjectName("LockScreen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("Cabang is locked"))
        actor = services.actor
        lock = QLabel(self)
        lock.setPixmap(icon("lock").pixmap(64, 64))
        lock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Cabang is locked"), self)
        title.setObjectName("PageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        who = QLabel(self.tr("Signed in as %1. Enter your password to go on.").replace("%1", actor.full_name), self)
        who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        who.setWordWrap(True)
        self.password = password_field(self, self.tr("Password"))
        self.password.setMinimumWidth(280)
        self.error = error_label(self)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(icon("key-round"), self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("&Quit Cabang"), self)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.quit_button.clicked.connect(self.quit_requested.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        box = QVBoxLayout()
        box.addStretch(2)
        for w in (lock, title, who):
            box.addWidget(w)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.error)
        box.addLayout(buttons)
        box.addStretch(3)
        self.setLayout(box)
        self.setAutoFillBackground(True)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Escape must not close the lock
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def reject(self) -> None:  # the window manager's close does not unlock either
        pass

    def try_unlock(self) -> bool:
        try:
            self.services.auth.confirm(self.password.text())
        except UserError as exc:
            show_problem(self.error, message_for(exc))
            self.password.clear()
            return False
        self.password.clear()
        show_problem(self.error, "")
        self.accept()
        return True


class IdleLock(QObject):
    """Locks the program after the idle minutes set in Admin → Settings."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, services, minutes: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.screen: LockScreen | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes if minutes is not None else int(services.settings.get("ui.idle_lock_minutes")))
        app = QApplication.instance()
        app.installEventFilter(self)
        self.timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, int(minutes)) * 60_000)
        if self.timer.isActive():
            self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.screen is not None and self.screen.isVisible()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in _INPUT and not self.is_locked:
            self.timer.start()  # restart: idle counts from the last input
        return False

    def lock(self) -> LockScreen:
        if self.is_locked:
            return self.screen
        self.timer.stop()
        screen = LockScreen(self.services)
        screen.quit_requested.connect(self._quit)
        screen.accepted.connect(self._unlocked)
        where = self.window.screen() if self.window is not None else None
        if where is not None:
            screen.setGeometry(where.geometry())
        self.screen = screen
        screen.showFullScreen()
        screen.raise_()
        screen.activateWindow()
        screen.password.setFocus()
        self.locked.emit()
        return screen

    def _unlocked(self) -> None:
        if self.screen is not None:
            self.screen.deleteLater()
        self.screen = None
        self.timer.start()
        self.unlocked.emit()

    def _quit(self) -> None:
        if self.screen is not None:
            self.screen.hide()
            self.screen.deleteLater()
            self.screen = None
        self.window.close()
        QApplication.instance().quit()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
