"""Add, renew or edit a cooperation agreement (PKS), with its scanned document.

The dates are checked as they change: an end before the start, or a period overlapping another of
the partner's agreements, is said under the field and the agreement cannot be saved.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import add_months
from desktop.domain.plkk import Period, check_no_overlap, validate_agreement
from desktop.errors import UserError
from desktop.services.app import Services
from desktop.services.plkk_views import AgreementInput, AgreementView, PartnerView
from desktop.ui.errors import message_for, show_error
from desktop.ui.icons import icon
from desktop.ui.plkk.common import field_error, fmt_date, from_qdate, show_field_error, stacked, to_qdate

DATE_FORMAT = "dd/MM/yyyy"


class AgreementDialog(QDialog):
    def __init__(self, services: Services, partner: PartnerView, agreement: AgreementView | None = None, *,
                 renews: AgreementView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.partner = partner
        self.agreement = agreement
        self.saved: AgreementView | None = None
        self.changes = None
        self.document: Path | None = None
        self.others = [a for a in services.plkk.agreements(partner.id) if agreement is None or a.id != agreement.id]
        title = self.tr("Edit agreement") if agreement else (self.tr("Renew agreement") if renews else
                                                              self.tr("Add agreement"))
        self.setWindowTitle(f"{title} — {partner.name}")
        self.setMinimumWidth(560)

        self.number = QLineEdit(self)
        self.number.setAccessibleName(self.tr("Agreement number"))
        self.number.setPlaceholderText("PKS/123/KC-PWT/XII/2026")
        self.number_error = field_error(self)
        self.signed_check = QCheckBox(self.tr("Si&gned on"), self)
        self.signed_check.setAccessibleName(self.tr("The agreement is signed"))
        self.signed = self._date_edit(self.tr("Signing date"))
        self.start = self._date_edit(self.tr("Start date"))
        self.end = self._date_edit(self.tr("End date"))
        self.period_error = field_error(self)
        self.renews = QComboBox(self)
        self.renews.setAccessibleName(self.tr("Renews agreement"))
        self.renews.addItem(self.tr("(the previous agreement, if any)"), None)
        for a in sorted(self.others, key=lambda a: a.start_on, reverse=True):
            self.renews.addItem(f"{a.number} ({fmt_date(a.start_on)} – {fmt_date(a.end_on)})", a.id)
        self.scope = QPlainTextEdit(self)
        self.scope.setAccessibleName(self.tr("Scope"))
        self.scope.setPlaceholderText(self.tr("e.g. Pelayanan kesehatan peserta JKK (IGD, rawat jalan, rawat inap kelas I)"))
        self.scope.setFixedHeight(64)
        self.scope.setTabChangesFocus(True)
        self.doc_label = QLabel(self)
        self.doc_label.setWordWrap(True)
        attach = QPushButton(icon("folder-open"), self.tr("Attach &scan…"), self)
        attach.clicked.connect(self.choose_document)
        doc_row = QHBoxLayout()
        doc_row.addWidget(self.doc_label, 1)
        doc_row.addWidget(attach)
        signed_row = QHBoxLayout()
        signed_row.addWidget(self.signed_check)
        signed_row.addWidget(self.signed, 1)

        form = QFormLayout()
        form.addRow(self.tr("&Number"), stacked(self.number, self.number_error))
        form.addRow(self.tr("Signing"), signed_row)
        form.addRow(self.tr("S&tarts"), self.start)
        form.addRow(self.tr("&Ends"), stacked(self.end, self.period_error))
        form.addRow(self.tr("&Renews"), self.renews)
        form.addRow(self.tr("Sc&ope"), self.scope)
        form.addRow(self.tr("Scanned document"), doc_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if agreement is not None:
            delete = self.buttons.addButton(self.tr("De&lete agreement"), QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.setIcon(icon("trash-2"))
            delete.clicked.connect(self.delete)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._fill(agreement, renews)
        self.number.textChanged.connect(self.validate)
        for edit in (self.start, self.end, self.signed):
            edit.dateChanged.connect(self.validate)
        self.signed_check.toggled.connect(self.signed.setEnabled)
        self.signed_check.toggled.connect(self.validate)
        self.start.dateChanged.connect(self._follow_start)
        self.validate()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setAccessibleName(name)
        return edit

    def _fill(self, a: AgreementView | None, renews: AgreementView | None) -> None:
        today = self.services.ctx.today()
        if a is not None:
            self.number.setText(a.number)
            self.signed_check.setChecked(a.signed_on is not None)
            self.signed.setDate(to_qdate(a.signed_on or a.start_on))
            self.start.setDate(to_qdate(a.start_on))
            self.end.setDate(to_qdate(a.end_on))
            self.scope.setPlainText(a.scope)
            self.renews.setCurrentIndex(max(0, self.renews.findData(a.renews_id)))
            self.doc_label.setText(a.document_name or self.tr("No scan attached."))
            return
        latest = max(self.others, key=lambda x: x.end_on, default=None)
        previous = renews or latest
        start = previous.end_on + timedelta(days=1) if previous and previous.end_on >= today - timedelta(days=365) \
            else today
        self.start.setDate(to_qdate(start))
        self.end.setDate(to_qdate(add_months(start, 12) - timedelta(days=1)))
        self.signed.setDate(to_qdate(min(today, start)))
        self.signed_check.setChecked(True)
        if renews is not None:
            self.renews.setCurrentIndex(max(0, self.renews.findData(renews.id)))
            self.scope.setPlainText(renews.scope)
        self.doc_label.setText(self.tr("No scan attached."))

    def _follow_start(self) -> None:
        # a new agreement keeps a one-year period while the clerk moves the start
        if self.agreement is None and not self.end.hasFocus():
            start = from_qdate(self.start.date())
            self.end.setDate(to_qdate(add_months(start, 12) - timedelta(days=1)))

    def choose_document(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Scanned agreement"), "", self.tr("PDF or image (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"))
        if path:
            self.set_document(Path(path))

    def set_document(self, path: Path) -> None:
        self.document = path
        self.doc_label.setText(path.name)

    def data(self) -> AgreementInput:
        return AgreementInput(
            partner_id=self.partner.id, number=self.number.text(), start_on=from_qdate(self.start.date()),
            end_on=from_qdate(self.end.date()),
            signed_on=from_qdate(self.signed.date()) if self.signed_check.isChecked() else None,
            scope=self.scope.toPlainText(), renews_id=self.renews.currentData(), document=self.document,
            id=self.agreement.id if self.agreement else None,
            version=self.agreement.version if self.agreement else 0)

    def validate(self) -> bool:
        d = self.data()
        number_msg = "" if d.number.strip() else self.tr("The agreement number is required.")
        show_field_error(self.number_error, self.number, number_msg)
        try:
            validate_agreement(d.number or "-", d.signed_on, d.start_on, d.end_on)
            check_no_overlap(Period(d.start_on, d.end_on, d.id, d.number),
                             [Period(a.start_on, a.end_on, a.id, a.number) for a in self.others])
            period_msg = ""
        except UserError as exc:
            period_msg = message_for(exc)
        show_field_error(self.period_error, self.end, period_msg)
        ok = not number_msg and not period_msg
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def save(self) -> None:
        if not self.validate():
            return
        try:
            self.saved, self.changes = self.services.plkk.save_agreement(self.data())
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()

    def delete(self) -> None:
        """Remove an agreement recorded by mistake (the audit trail keeps it)."""
        if self.agreement is None:
            return
        try:
            self.changes = self.services.plkk.delete_agreement(self.agreement.id, self.agreement.version)
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()
