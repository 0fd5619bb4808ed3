"""The Pembayaran tab: every disbursement with its state and who moved it; verify, approve (four-eyes),
pay (with the kuitansi), cancel with a reason, reverse a paid one and enter its correction, and the
handover ceremony."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import allowed
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.app import Services
from desktop.services.benefits_views import DisbursementRow
from desktop.ui.benefits.common import (
    apply_changes,
    ay_label,
    component_label,
    enable,
    fmt_date,
    fmt_money,
    inform,
    make_action,
    message,
    relationship_label,
    state_label,
    tr,
)
from desktop.ui.errors import show_error
from desktop.ui.tables import RIGHT, ColumnSpec
from desktop.ui.widgets.table_view import DataTable

REVERSAL = QT_TRANSLATE_NOOP("Benefits", "Reversal")
REVERSED = QT_TRANSLATE_NOOP("Benefits", "reversed")
NO_RECEIPT = QT_TRANSLATE_NOOP("Benefits", "receipt missing")


def _state_text(row: DisbursementRow) -> str:
    if row.reversal_of is not None:
        return tr(REVERSAL)
    text = state_label(row.state)
    if row.reversed:
        text += " · " + tr(REVERSED)
    if row.state == "paid" and not row.receipt_number:
        text += " · " + tr(NO_RECEIPT)
    return text


COLUMNS = [
    ColumnSpec("participant", QT_TRANSLATE_NOOP("Columns", "Participant"), 170),
    ColumnSpec("kpj", QT_TRANSLATE_NOOP("Columns", "KPJ"), 105),
    ColumnSpec("component", QT_TRANSLATE_NOOP("Columns", "For"), 170, formatter=component_label),
    ColumnSpec("academic_year", QT_TRANSLATE_NOOP("Columns", "Year"), 80, formatter=ay_label, sort_key=None),
    ColumnSpec("heir_name", QT_TRANSLATE_NOOP("Columns", "Payee"), 150),
    ColumnSpec("relationship", QT_TRANSLATE_NOOP("Columns", "Relationship"), 100, formatter=relationship_label,
               sort_key=None),
    ColumnSpec("amount", QT_TRANSLATE_NOOP("Columns", "Amount"), 115, RIGHT, fmt_money),
    ColumnSpec("state", QT_TRANSLATE_NOOP("Columns", "State"), 150, value=lambda r: r, formatter=_state_text),
    ColumnSpec("entered_by", QT_TRANSLATE_NOOP("Columns", "Entered by"), 90),
    ColumnSpec("verified_by", QT_TRANSLATE_NOOP("Columns", "Verified by"), 90, sort_key=None),
    ColumnSpec("approved_by", QT_TRANSLATE_NOOP("Columns", "Approved by"), 95, sort_key=None),
    ColumnSpec("paid_on", QT_TRANSLATE_NOOP("Columns", "Paid on"), 120, formatter=fmt_date),
    ColumnSpec("receipt_number", QT_TRANSLATE_NOOP("Columns", "Receipt"), 140),
]

STATE_FILTERS = (
    ("open", QT_TRANSLATE_NOOP("PaymentsTab", "To do (draft, verified, approved)")),
    ("draft", QT_TRANSLATE_NOOP("PaymentsTab", "Draft")),
    ("verified", QT_TRANSLATE_NOOP("PaymentsTab", "Verified")),
    ("approved", QT_TRANSLATE_NOOP("PaymentsTab", "Approved")),
    ("paid", QT_TRANSLATE_NOOP("PaymentsTab", "Paid")),
    ("cancelled", QT_TRANSLATE_NOOP("PaymentsTab", "Cancelled")),
    ("", QT_TRANSLATE_NOOP("PaymentsTab", "All")),
)


class PaymentsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        a = make_action
        self.verify_action = a(self, "check", self.tr("&Verify"), "Ctrl+Shift+V", self.verify)
        self.approve_action = a(self, "badge-check", self.tr("&Approve"), "Ctrl+Shift+A", self.approve)
        self.pay_action = a(self, "receipt", self.tr("&Pay and print receipt"), "Ctrl+Shift+P", self.pay)
        self.cancel_action = a(self, "x", self.tr("&Cancel…"), "Ctrl+Shift+C", self.cancel)
        self.reverse_action = a(self, "undo-2", self.tr("&Reverse…"), "Ctrl+Shift+R", self.reverse)
        self.correct_action = a(self, "file-plus", self.tr("Enter c&orrection"), "Ctrl+Shift+K", self.correct)
        self.receipt_action = a(self, "file-text", self.tr("Show &receipt"), "Ctrl+Shift+T", self.show_receipt)
        self.history_action = a(self, "history", self.tr("H&istory"), "Ctrl+Shift+Y", self.history)
        self.handover_action = a(self, "users-round", self.tr("&Handover ceremony…"), "Ctrl+Shift+H", self.handover)
        self.missing_action = a(self, "printer", self.tr("Issue &missing receipts"), "", self.missing_receipts)
        for action in (self.verify_action, self.approve_action, self.pay_action, self.cancel_action,
                       self.reverse_action, self.correct_action, self.receipt_action, self.history_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.handover_action)
        bar.addAction(self.missing_action)
        self.state = QComboBox(self)
        self.state.setAccessibleName(self.tr("Filter by state"))
        for key, text in STATE_FILTERS:
            self.state.addItem(self.tr(text), key)
        self.state.currentIndexChanged.connect(self.apply_filters)
        label = QLabel(self.tr("&Show"), self)
        label.setBuddy(self.state)
        self.four_eyes = QLabel(self.tr("Approval needs a supervisor or head who neither entered nor verified the "
                                        "payment."), self)
        self.four_eyes.setObjectName("EmptyState")
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.state)
        top.addStretch(1)
        top.addWidget(self.four_eyes)
        self.table = DataTable("benefits/payments", COLUMNS, services.benefits.disbursements_page,
                               filter_placeholder=self.tr("KPJ, participant, payee or receipt number…"), parent=self)
        self.table.selection_changed.connect(self._enable)
        self.table.model.set_filters({"open": True})
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._enable()

    def reload(self) -> None:
        self.table.reload()
        self._enable()

    def apply_filters(self) -> None:
        key = self.state.currentData()
        self.table.model.set_filters({"open": True} if key == "open" else {"state": key} if key else {})
        self._enable()

    def _may(self, permission: str) -> bool:
        return allowed(self.services.actor.role, permission)

    def _enable(self, *_args) -> None:
        row: DisbursementRow | None = self.table.selected()
        state = row.state if row else ""
        me = self.services.actor.username
        is_reversal = bool(row and row.reversal_of)
        enable(self.verify_action, state == "draft" and self._may("benefits.verify"))
        enable(self.approve_action, state == "verified" and self._may("benefits.approve")
                                       and row is not None and me not in (row.entered_by, row.verified_by))
        enable(self.pay_action, state == "approved" and self._may("benefits.pay"))
        enable(self.cancel_action, state in ("draft", "verified", "approved") and self._may("benefits.edit"))
        enable(self.reverse_action, state == "paid" and not is_reversal and row is not None and not row.reversed
                                       and self._may("benefits.reverse"))
        enable(self.correct_action, is_reversal and self._may("benefits.edit"))
        enable(self.receipt_action, bool(row and row.receipt_id))
        enable(self.history_action, row is not None)
        enable(self.handover_action, self._may("benefits.pay"))
        enable(self.missing_action, self._may("benefits.pay"))

    def _run(self, title: str, fn) -> object:
        row = self.table.selected()
        if row is None:
            return None
        try:
            result = fn(row)
        except UserError as exc:
            inform(self, title, message(exc), warning=True)
            return None
        except Exception as exc:
            show_error(self, exc)
            return None
        changes = result[1] if isinstance(result, tuple) else result
        if not apply_changes(self, changes):
            self.reload()
        return result

    # ---- actions ----------------------------------------------------------------------------------

    def verify(self) -> None:
        self._run(self.tr("Verify"), lambda r: self.services.benefits.verify(r.id, r.version))

    def approve(self) -> None:
        self._run(self.tr("Approve"), lambda r: self.services.benefits.approve(r.id, r.version))

    def pay(self) -> None:
        result = self._run(self.tr("Pay"), lambda r: self.services.benefits.pay(r.id, r.version))
        if result and result[0].receipt_ids:
            self._show_receipt_id(result[0].receipt_ids[0], result[0].receipt_numbers[0])

    def cancel(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Cancel the disbursement"), self.tr("Reason:"))
        if ok:
            self._run(self.tr("Cancel"), lambda r: self.services.benefits.cancel(r.id, r.version, reason))

    def reverse(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Reverse the payment"),
            self.tr("A paid disbursement is never changed: it is reversed by a new negative entry, and the right "
                    "payment is entered again. Reason:"))
        if ok:
            self._run(self.tr("Reverse"), lambda r: self.services.benefits.reverse(r.id, r.version, reason))

    def correct(self) -> None:
        row = self.table.selected()
        if row is None:
            return
        amount_text, ok = QInputDialog.getText(self, self.tr("Correction"), self.tr("Amount of the new payment:"),
                                               text=(-row.amount).format_table())
        if not ok:
            return
        from desktop.domain.money import Money

        self._run(self.tr("Correction"), lambda r: self.services.benefits.add_disbursement(
            r.claim_id, r.component, r.heir_id, Money.parse(amount_text),
            scholarship_year_id=r.scholarship_year_id, corrects=r.id))

    def show_receipt(self) -> None:
        row = self.table.selected()
        if row is not None and row.receipt_id:
            self._show_receipt_id(row.receipt_id, row.receipt_number)

    def _show_receipt_id(self, receipt_id, number: str) -> None:
        from desktop.ui.letters.pdf_viewer import show_pdf

        try:
            data = self.services.letters.receipt_pdf(receipt_id)
        except UserError as exc:
            inform(self, self.tr("Receipt"), message(exc), warning=True)
            return
        self._viewer = show_pdf(self, data, self.tr("Receipt %1").replace("%1", number))

    def history(self) -> None:
        row = self.table.selected()
        if row is None:
            return
        events = self.services.benefits.disbursement_history(row.id)
        lines = [f"{e.at:%d/%m/%Y %H:%M} UTC — {state_label(e.state)} — {e.actor}" + (f": {e.reason}" if e.reason else "")
                 for e in events]
        inform(self, self.tr("History of the disbursement"), "\n".join(lines) or "—")

    def handover(self) -> None:
        from desktop.ui.benefits.handover_dialog import HandoverDialog
        from desktop.ui.letters.pdf_viewer import show_pdf

        self.dialog = dialog = HandoverDialog(self.services, self)

        def finished(_code: int) -> None:
            if dialog.result_value is not None:
                self._viewer = show_pdf(self, dialog.result_value.pdf, self.tr("Handover batch"))
            self.reload()

        dialog.finished.connect(finished)
        dialog.open()

    def missing_receipts(self) -> None:
        try:
            result, changes = self.services.benefits.issue_missing_receipts()
        except UserError as exc:
            inform(self, self.tr("Receipts"), message(exc), warning=True)
            return
        if not apply_changes(self, changes):
            self.reload()
        inform(self, self.tr("Receipts"),
                                self.tr("%n receipt(s) issued.", "", len(result.receipt_numbers)))
