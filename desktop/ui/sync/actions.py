"""The File-menu actions of sync: Sync…, Conflicts…, Office database connection…"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.ui.icons import icon


def add_sync_actions(window: QMainWindow, menu: QMenu) -> None:
    """Add the actions to `menu` (and to the window, so the shortcuts work everywhere)."""
    sync = QAction(icon("refresh-ccw"), QCoreApplication.translate("SyncActions", "S&ync…"), window)
    sync.setShortcut(QKeySequence("Ctrl+Shift+S"))
    sync.triggered.connect(lambda: open_sync_dialog(window))
    conflicts = QAction(icon("git-merge"), QCoreApplication.translate("SyncActions", "&Conflicts…"), window)
    conflicts.setShortcut(QKeySequence("Ctrl+Shift+K"))
    conflicts.triggered.connect(lambda: open_conflicts(window))
    connection = QAction(icon("server"), QCoreApplication.translate("SyncActions", "Office &database connection…"), window)
    connection.triggered.connect(lambda: open_connection(window))
    for action in (sync, conflicts, connection):
        menu.addAction(action)
        window.addAction(action)
    window.sync_action, window.conflicts_action, window.connection_action = sync, conflicts, connection


def open_sync_dialog(window) -> None:
    from desktop.ui.sync.sync_dialog import SyncDialog

    dialog = SyncDialog(window.services, window)
    window._sync_dialog = dialog
    dialog.open()


def open_conflicts(window) -> None:
    from desktop.ui.sync.conflicts_page import ConflictsDialog

    dialog = ConflictsDialog(window.services, window)
    window._conflicts_dialog = dialog
    dialog.open()


def open_connection(window) -> None:
    from desktop.ui.sync.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog(window.services, mode="office", parent=window)
    window._connection_dialog = dialog
    dialog.open()
