"""The user guide: resources/help/panduan.md (Indonesian), shown in a window beside the program."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.config import RESOURCES

GUIDE = RESOURCES / "help" / "panduan.md"


def guide_markdown() -> str:
    return GUIDE.read_text(encoding="utf-8")


class UserGuideDialog(QDialog):
    """Non-modal: the clerk reads a step and does it in the main window at the same time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(760, 680)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(16)
        self.browser.setMarkdown(guide_markdown())
        self.find = QLineEdit(self)
        self.find.setPlaceholderText(self.tr("Find in the guide (Ctrl+F), Enter for the next match"))
        self.find.setAccessibleName(self.tr("Find in the guide"))
        self.find.returnPressed.connect(self.find_next)
        self.find.textEdited.connect(lambda _t: self.find_next(from_start=True))
        self.not_found = QLabel(self)
        self.not_found.setObjectName("FieldError")
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, activated=self.find.setFocus)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.find, 1)
        row.addWidget(self.not_found)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def find_next(self, from_start: bool = False) -> bool:
        text = self.find.text().strip()
        self.not_found.clear()
        if not text:
            return False
        if from_start:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
        found = self.browser.find(text)
        if not found and not from_start:  # wrap around
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text)
        if not found:
            self.not_found.setText(self.tr("Not found"))
        return found

    def headings(self) -> list[str]:
        """The guide's section titles (its table of contents)."""
        doc: QTextDocument = self.browser.document()
        out = []
        block = doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() in (1, 2):
                out.append(block.text())
            block = block.next()
        return out


def show_user_guide(parent: QWidget) -> UserGuideDialog:
    """Open the guide, or bring the open one to the front."""
    dialog = getattr(parent, "_user_guide", None)
    if dialog is None:
        dialog = UserGuideDialog(parent)
        parent._user_guide = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
