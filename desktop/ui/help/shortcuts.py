"""The keyboard shortcuts, read from the main window's actions at the moment they are asked for,
so the list is always the one that works (including the actions of the pages opened so far)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Shortcut:
    group: str  # the menu, or the page the action belongs to
    action: str  # the action's text, without the mnemonic's "&"
    keys: str  # as shown on this system, e.g. "Ctrl+K"; several separated by ", "


def _clean(text: str) -> str:
    """The text as a person reads it: "&Save" -> "Save", "A && B" and "A & B" -> "A & B"."""
    text = text.replace("&&", "\0").replace("& ", "\0 ")
    return text.replace("&", "").replace("\0", "&").replace("…", "").strip()


def _keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty())


def _group_of(action: QAction, window: QMainWindow, fallback: str) -> str:
    parent = action.parent()
    while isinstance(parent, QWidget) and parent is not window:
        name = parent.accessibleName()
        if getattr(parent, "services", None) is not None and name:  # a page
            return name
        parent = parent.parentWidget()
    return fallback


def collect_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every action of the window with a shortcut: the menus first, in their order, then the pages'."""
    seen: set[int] = set()
    out: list[Shortcut] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        group = _clean(menu_action.text())
        for action in _menu_actions(menu):
            keys = _keys(action)
            if keys and id(action) not in seen:
                seen.add(id(action))
                out.append(Shortcut(group, _clean(action.text()), keys))
    other = _other_label()
    for action in window.findChildren(QAction):
        keys = _keys(action)
        if not keys or id(action) in seen or not action.isVisible():
            continue
        seen.add(id(action))
        text = _clean(action.text()) or _clean(action.toolTip())
        if text:
            out.append(Shortcut(_group_of(action, window, other), text, keys))
    return out


def _menu_actions(menu) -> list[QAction]:
    out = []
    for action in menu.actions():
        if action.menu() is not None:
            out.extend(_menu_actions(action.menu()))
        elif not action.isSeparator():
            out.append(action)
    return out


def _other_label() -> str:
    return QCoreApplication.translate("ShortcutsDialog", "Other")


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 560)
        intro = QLabel(self.tr("Every action also has an underlined letter: hold Alt and press it. Shortcuts of a "
                               "page appear here once the page has been opened."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.shortcuts = collect_shortcuts(window)
        groups: dict[str, QTreeWidgetItem] = {}
        for shortcut in self.shortcuts:
            if shortcut.group not in groups:
                item = QTreeWidgetItem(self.tree, [shortcut.group, ""])
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                item.setFirstColumnSpanned(True)
                groups[shortcut.group] = item
            QTreeWidgetItem(groups[shortcut.group], [shortcut.action, shortcut.keys])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
