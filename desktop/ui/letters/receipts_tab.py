"""Receipts: their register, preview, reprint (SALINAN), cancel, and the verification field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.app import Services
from desktop.ui.errors import show_error
from desktop.ui.letters.common import ReasonDialog, filter_combo, fmt_date, make_action, notify, status_label
from desktop.ui.letters.pdf_viewer import PdfViewer, show_pdf
from desktop.ui.tables import RIGHT, ColumnSpec
from desktop.ui.widgets.table_view import DataTable

COLUMNS = [
    ColumnSpec("number", QT_TRANSLATE_NOOP("Columns", "Number"), 170),
    ColumnSpec("paid_on", QT_TRANSLATE_NOOP("Columns", "Date"), 120, formatter=fmt_date),
    ColumnSpec("payee_name", QT_TRANSLATE_NOOP("Columns", "Payee"), 170),
    ColumnSpec("amount", QT_TRANSLATE_NOOP("Columns", "Amount"), 130, align=RIGHT, formatter=lambda m: m.format_table()),
    ColumnSpec("purpose", QT_TRANSLATE_NOOP("Columns", "Purpose"), 260, sort_key=None),
    ColumnSpec("status", QT_TRANSLATE_NOOP("Columns", "Status"), 90, formatter=status_label, sort_key=None),
]


class ReceiptsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.reprint_action = make_action(self, "printer", self.tr("&Reprint (SALINAN)"), "Ctrl+Shift+R",
                                          self.reprint, widget_context=True)
        self.cancel_action = make_action(self, "ban", self.tr("C&ancel receipt…"), "Ctrl+Shift+K",
                                         self.cancel_receipt, widget_context=True)
        bar.addAction(self.reprint_action)
        bar.addAction(self.cancel_action)

        box = QGroupBox(self.tr("Check a receipt"), self)
        self.code = QLineEdit(box)
        self.code.setPlaceholderText(self.tr("Paste the QR text here, or scan the receipt's QR code with the cursor here"))
        self.code.setAccessibleName(self.tr("Receipt code"))
        self.code.setClearButtonEnabled(True)
        self.result = QLabel(box)
        self.result.setWordWrap(True)
        self.result.setObjectName("VerifyResult")
        form = QFormLayout(box)
        code_label = QLabel(self.tr("&Receipt code"), box)
        code_label.setBuddy(self.code)
        form.addRow(code_label, self.code)
        form.addRow("", self.result)
        self.code.returnPressed.connect(self.verify)
        self.code.textChanged.connect(self._on_code_changed)

        self.status_filter = filter_combo(self, self.tr("Status"), [("", self.tr("Any status")),
                                                                    ("issued", self.tr("Issued")),
                                                                    ("cancelled", self.tr("Cancelled"))])
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.table.model.set_filters({"status": self.status_filter.currentData() or ""}))
        self.table = DataTable("letters.receipts", COLUMNS, parent=self,
                               filter_placeholder=self.tr("Search by number, payee or purpose…"))
        self.table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.empty = QLabel(self.tr("No receipts yet. Receipts are printed when a benefit or scholarship is paid "
                                    "(Benefits page), or with \u201ccabang receipt\u201d."), self)
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        self.table.model.modelReset.connect(
            lambda: self.empty.setVisible(self.table.model.total == 0 and not self.status_filter.currentData()
                                          and not self.table.filter.text()))
        self.table.selection_changed.connect(lambda _r: self.preview_selected())
        self.table.activated.connect(lambda _r: self.open_selected())
        self.viewer = PdfViewer(self)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        ll.addLayout(filters)
        ll.addWidget(self.empty)
        ll.addWidget(self.table, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(box)
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)
        self.table.set_source(self.services.letters.receipts_page)
        self._enable(None)

    def reload(self) -> None:
        self.table.reload()

    def selected(self):
        return self.table.selected()

    def _enable(self, receipt) -> None:
        self.reprint_action.setEnabled(receipt is not None)
        self.cancel_action.setEnabled(receipt is not None and receipt.status == "issued")

    def preview_selected(self) -> None:
        receipt = self.selected()
        self._enable(receipt)
        if receipt is None:
            self.viewer.clear()
            return
        try:
            self.viewer.set_pdf(self.services.letters.receipt_pdf(receipt.id))
        except UserError as exc:
            show_error(self, exc)

    def open_selected(self):
        receipt = self.selected()
        if receipt is None:
            return None
        source = receipt.pdf_path if receipt.pdf_path.is_file() else self.services.letters.receipt_pdf(receipt.id)
        return show_pdf(self, source, receipt.number)

    def reprint(self):
        receipt = self.selected()
        if receipt is None:
            return None
        try:
            data = self.services.letters.receipt_pdf(receipt.id, salinan=True)
        except UserError as exc:
            show_error(self, exc)
            return None
        return show_pdf(self, data, self.tr("%1 (SALINAN)").replace("%1", receipt.number))

    def cancel_receipt(self) -> None:
        receipt = self.selected()
        if receipt is None or receipt.status != "issued":
            return
        dialog = ReasonDialog(self, self.tr("Cancel receipt"),
                              self.tr("Receipt %1 will stay in the register, marked cancelled, and will no longer "
                                      "verify. Why is it cancelled?").replace("%1", receipt.number))
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        try:
            changes = self.services.letters.cancel_receipt(receipt.id, dialog.text())
        except UserError as exc:
            show_error(self, exc)
            return
        notify(self, changes)
        self.table.reload()

    def _on_code_changed(self, text: str) -> None:
        # a scanner types the code and presses Enter; a paste arrives whole
        if text.count("|") == 4 and len(text.rsplit("|", 1)[-1].strip()) >= 32:
            self.verify()
        elif not text.strip():
            self.result.clear()

    def verify(self) -> bool:
        text = self.code.text().strip()
        if not text:
            return False
        check = self.services.letters.verify_receipt(text)
        reason = QCoreApplication.translate("Receipts", check.reason) if check.reason else ""
        if check.ok:
            amount = check.amount.format_document() if check.amount else ""
            self.result.setStyleSheet("color: #1F6F43; font-weight: 600;")
            self.result.setText(f"\u2714 {reason} {check.number} \u00b7 {check.payee_name} \u00b7 {amount} \u00b7 "
                                f"{fmt_date(check.paid_on)}")
        else:
            self.result.setStyleSheet("color: #B3261E; font-weight: 600;")
            self.result.setText(f"\u2716 {reason}" + (f" ({check.number})" if check.number else ""))
        self.result.setAccessibleName(self.result.text())
        return check.ok
