"""Check and issue a letter the PLKK page prepared (renewal notice, Hasil Monev): the fields the
service proposed, editable, a preview that takes no number, then Issue."""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.app import Services
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.plkk.common import from_qdate, open_path, to_qdate

_LONG_TEXT = 90  # characters: longer proposals get a multi-line box


class LetterDialog(QDialog):
    def __init__(self, services: Services, request, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.request = request
        self.issued = None
        self.changes = None
        template = services.letters.template(request.template)
        self.setWindowTitle(self.tr("Letter: %1").replace("%1", template.name))
        self.resize(640, 600)
        form_host = QWidget(self)
        form = QFormLayout(form_host)
        self.recipient = QLineEdit(request.recipient.name, form_host)
        self.recipient.setAccessibleName(self.tr("Recipient"))
        form.addRow(self.tr("&Recipient (Yth.)"), self.recipient)
        self.editors: dict[str, QWidget] = {}
        for f in template.fields:
            value = request.fields.get(f.name)
            if f.kind == "table":
                rows = list(value or [])
                table = QTableWidget(len(rows), len(f.columns), form_host)
                table.setHorizontalHeaderLabels(list(f.columns))
                table.verticalHeader().setVisible(False)
                for r, row in enumerate(rows):
                    for c, col in enumerate(f.columns):
                        table.setItem(r, c, QTableWidgetItem(str(row.get(col, ""))))
                table.resizeColumnsToContents()
                table.setMinimumHeight(min(240, 30 + 26 * len(rows)))
                editor: QWidget = table
            elif f.kind == "date":
                editor = QDateEdit(form_host)
                editor.setCalendarPopup(True)
                editor.setDisplayFormat("dd/MM/yyyy")
                editor.setDate(to_qdate(value if isinstance(value, date) else services.ctx.today()))
            else:
                text = "" if value is None else str(value)
                if len(text) > _LONG_TEXT or "\n" in text:
                    editor = QPlainTextEdit(text, form_host)
                    editor.setFixedHeight(70)
                    editor.setTabChangesFocus(True)
                else:
                    editor = QLineEdit(text, form_host)
            editor.setAccessibleName(QCoreApplication.translate("Letters", f.label))
            self.editors[f.name] = editor
            form.addRow(field_label(f.label, f.required, form_host), editor)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        preview = QPushButton(icon("eye"), self.tr("&Preview"), self)
        preview.clicked.connect(self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        issue = self.buttons.addButton(self.tr("&Issue letter"), QDialogButtonBox.ButtonRole.AcceptRole)
        issue.setIcon(icon("send"))
        self.buttons.addButton(preview, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Issuing takes the next number from the register; a preview does not."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def edited_request(self):
        fields = dict(self.request.fields)
        for name, editor in self.editors.items():
            if isinstance(editor, QDateEdit):
                fields[name] = from_qdate(editor.date())
            elif isinstance(editor, QPlainTextEdit):
                fields[name] = editor.toPlainText()
            elif isinstance(editor, QLineEdit):
                fields[name] = editor.text()
        recipient = replace(self.request.recipient, name=self.recipient.text())
        return replace(self.request, fields=fields, recipient=recipient)

    def preview(self) -> None:
        try:
            data = self.services.letters.preview(self.edited_request())
        except Exception as exc:
            show_error(self, exc)
            return
        path = Path(tempfile.gettempdir()) / f"cabang-pratinjau-{self.request.template}.pdf"
        path.write_bytes(data)
        open_path(path)

    def issue(self) -> None:
        try:
            self.issued, self.changes = self.services.plkk.issue_letter(self.edited_request())
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()


def field_label(text: str, required: bool, parent: QWidget) -> QLabel:
    # the letter engine's field labels are translated in its "Letters" context
    return QLabel(QCoreApplication.translate("Letters", text) + (" *" if required else ""), parent)


def announce_letter(parent: QWidget, letter) -> QMessageBox:
    """Tell the clerk the number and offer to open the PDF."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("LetterDialog", "Letter issued"))
    box.setText(QCoreApplication.translate("LetterDialog", "Letter %1 was issued.").replace("%1", letter.number))
    open_button = box.addButton(QCoreApplication.translate("LetterDialog", "&Open PDF"),
                                QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    open_button.clicked.connect(lambda: open_path(Path(letter.pdf_path)))
    if os.environ.get("CABANG_NO_DIALOGS") != "1":
        box.open()
    return box
