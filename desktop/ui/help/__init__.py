"""The Help menu: the user guide (Indonesian), the keyboard shortcuts, and copyable diagnostics."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.ui.icons import icon


def add_help_actions(window: QMainWindow, menu: QMenu) -> list[QAction]:
    """Put the guide, the shortcut list and "copy diagnostics" at the top of the Help menu."""
    guide = QAction(icon("book-open"), QCoreApplication.translate("HelpMenu", "&User guide"), window)
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
    guide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    guide.triggered.connect(lambda: _show_guide(window))
    shortcuts = QAction(icon("keyboard"), QCoreApplication.translate("HelpMenu", "&Keyboard shortcuts"), window)
    shortcuts.setShortcut(QKeySequence("Ctrl+/"))
    shortcuts.triggered.connect(lambda: _show_shortcuts(window))
    diagnostics = QAction(icon("clipboard-copy"), QCoreApplication.translate("HelpMenu", "Copy &diagnostics"), window)
    diagnostics.setStatusTip(QCoreApplication.translate(
        "HelpMenu", "Versions, folders, schema and the last log lines, without personal data, for support"))
    diagnostics.triggered.connect(lambda: _copy_diagnostics(window))
    actions = [guide, shortcuts, diagnostics]
    for action in actions:
        menu.addAction(action)
    window.addActions([guide, shortcuts])  # the shortcuts work while the menu is closed
    menu.addSeparator()
    return actions


def _show_guide(window: QMainWindow) -> None:
    from desktop.ui.help.user_guide import show_user_guide

    show_user_guide(window)


def _show_shortcuts(window: QMainWindow) -> None:
    from desktop.ui.help.shortcuts import show_shortcuts

    show_shortcuts(window)


def _copy_diagnostics(window: QMainWindow) -> None:
    from desktop.ui.help.diagnostics import copy_diagnostics

    copy_diagnostics(window)
