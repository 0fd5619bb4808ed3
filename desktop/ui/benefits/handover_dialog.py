"""A handover ceremony (penyerahan santunan): choose the heirs present; their approved payments are
paid and the handover list with all their receipts is printed as one PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.app import Services
from desktop.ui.benefits.common import (
    apply_changes,
    date_field,
    date_text,
    field_error,
    message,
    show_problem,
)
from desktop.ui.tasks import run_task


class HandoverDialog(QDialog):
    COLUMNS = (QT_TRANSLATE_NOOP("HandoverDialog", "Present"), QT_TRANSLATE_NOOP("HandoverDialog", "Heir"),
               QT_TRANSLATE_NOOP("HandoverDialog", "Relationship"), QT_TRANSLATE_NOOP("HandoverDialog", "Participant"),
               QT_TRANSLATE_NOOP("HandoverDialog", "Kabupaten"), QT_TRANSLATE_NOOP("HandoverDialog", "To pay"),
               QT_TRANSLATE_NOOP("HandoverDialog", "Paid before"), QT_TRANSLATE_NOOP("HandoverDialog", "Amount"))

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.result_value = None
        self.task = None
        self.setWindowTitle(self.tr("Handover ceremony"))
        self.resize(960, 560)
        intro = QLabel(self.tr("Tick the heirs who are present. Their approved payments are paid now, and the "
                               "handover list and all their receipts are printed as one PDF."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setAccessibleName(self.tr("Heirs with something to hand over"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        for col, w in enumerate((60, 160, 110, 220, 100, 90, 100)):
            self.table.setColumnWidth(col, w)
        self.empty = QLabel(self.tr("No heir has an approved or unhanded payment. Approve disbursements on the "
                                    "Payments tab first."), self)
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        form = QFormLayout()
        self.held_on = date_field(self.tr("Date of the ceremony"), parent=self)
        self.held_on.set_text(date_text(services.ctx.today()))
        self.place = QLineEdit(self)
        self.place.setAccessibleName(self.tr("Place of the ceremony"))
        self.place.setPlaceholderText(self.tr("e.g. Aula Kantor Cabang Purwokerto"))
        self.out = QLineEdit(str(services.ctx.document_dir() / "penyerahan" /
                                 f"penyerahan-{services.ctx.today().isoformat()}.pdf"), self)
        self.out.setAccessibleName(self.tr("PDF file for the batch"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        for text, widget in ((self.tr("&Date"), self.held_on), (self.tr("&Place"), self.place)):
            label = QLabel(text, self)
            label.setBuddy(widget.edit if hasattr(widget, "edit") else widget)
            form.addRow(label, widget)
        out_label = QLabel(self.tr("PDF &file"), self)
        out_label.setBuddy(self.out)
        form.addRow(out_label, out_row)
        self.form_error = field_error(self)
        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(self.tr("&Pay and print"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self) -> None:
        heirs = self.services.benefits.handover_heirs()
        self.empty.setVisible(not heirs)
        self.print_button.setEnabled(bool(heirs))
        self.table.setRowCount(len(heirs))
        for i, h in enumerate(heirs):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, h.heir_id)
            self.table.setItem(i, 0, check)
            for col, text in enumerate((h.name, h.relationship, f"{h.participant} ({h.kpj})", h.kabupaten,
                                        str(h.to_pay), str(h.paid_before), h.amount.format_table()), start=1):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(i, col, item)

    def chosen(self) -> list:
        return [self.table.item(i, 0).data(Qt.ItemDataRole.UserRole) for i in range(self.table.rowCount())
                if self.table.item(i, 0).checkState() == Qt.CheckState.Checked]

    def set_checked(self, heir_ids) -> None:
        wanted = set(heir_ids)
        for i in range(self.table.rowCount()):
            item = self.table.item(i, 0)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the handover batch"), self.out.text(),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.out.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def run(self) -> None:
        ids = self.chosen()
        try:
            held_on = self.held_on.value()
            if not ids:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the heirs who are present."))
        except UserError as exc:
            show_problem(self.form_error, message(exc))
            return
        out, place = Path(self.out.text().strip()), self.place.text()
        self.print_button.setEnabled(False)

        def work(control):
            return self.services.benefits.handover(ids, out, held_on=held_on, place=place, progress=control)

        def done(result) -> None:
            value, changes = result
            self.result_value = value
            apply_changes(self, changes)
            self.accept()

        def failed(exc) -> None:
            self.print_button.setEnabled(True)
            if isinstance(exc, UserError):
                show_problem(self.form_error, message(exc))
            else:
                from desktop.ui.errors import show_error

                show_error(self, exc)

        self.task = run_task(self, work, on_success=done, on_error=failed, title=self.tr("Printing the handover batch"),
                             writes=True)
