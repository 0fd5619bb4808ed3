"""What a signed-in session adds to the main window: the idle lock, "change my password" and
"lock now" in the File menu, and the automatic backups (at start, daily while open, at exit)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from desktop.ui.icons import icon
from desktop.ui.security.lock_screen import IdleLock

log = logging.getLogger(__name__)

DAILY_CHECK_MS = 60 * 60 * 1000  # the daily backup is due 24 h after the last automatic one: check hourly


class SessionGuard(QObject):
    def __init__(self, window: QMainWindow, services) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.idle = IdleLock(window, services)
        self.lock_action = QAction(icon("lock"), self.tr("&Lock now"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.idle.lock)
        self.password_action = QAction(icon("key-round"), self.tr("Change my &password…"), window)
        self.password_action.triggered.connect(self.change_password)
        file_menu = window.menuBar().actions()[0].menu() if window.menuBar().actions() else None
        if file_menu is not None:
            separators = [a for a in file_menu.actions() if a.isSeparator()]
            before = separators[-1] if separators else None
            file_menu.insertAction(before, self.password_action)
            file_menu.insertAction(before, self.lock_action)
        window.addAction(self.lock_action)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(DAILY_CHECK_MS)
        self.backup_timer.timeout.connect(lambda: self.automatic_backup("daily"))
        self.backup_timer.start()
        window.changes_applied.connect(self._settings_changed)

    def _settings_changed(self, changes) -> None:
        from desktop.services.context import Area

        if Area.SETTINGS in changes:
            self.idle.set_minutes(int(self.services.settings.get("ui.idle_lock_minutes")))

    def change_password(self) -> None:
        from desktop.ui.security.change_password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.services, parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.window.statusBar().showMessage(self.tr("Your password was changed."), 6000)

    def automatic_backup(self, reason: str):
        """Off the UI thread; a failure is logged and shown in the status bar, never lost silently."""
        from desktop.ui.tasks import run_task

        def done(path) -> None:
            if path is not None:
                self.window.statusBar().showMessage(self.tr("Automatic backup saved: %1").replace("%1", path.name), 6000)

        def failed(exc) -> None:
            log.error("automatic backup (%s) failed: %s", reason, exc)
            from desktop.ui.errors import message_for

            self.window.statusBar().showMessage(self.tr("The automatic backup failed: %1").replace("%1", message_for(exc)))

        return run_task(self.window, lambda control: self.services.backup.automatic(reason=reason),
                        on_success=done, on_error=failed, show_progress=False)

    def stop(self) -> None:
        self.backup_timer.stop()
        self.idle.stop()


def exit_backup(services) -> None:
    """The backup at exit, on the UI thread (the window is gone; it must finish before the database closes)."""
    try:
        services.backup.automatic(reason="exit")
    except Exception as exc:  # the program is closing: log it, the next start takes one anyway
        log.error("automatic backup at exit failed: %s", exc)
