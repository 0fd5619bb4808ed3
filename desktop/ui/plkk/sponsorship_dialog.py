"""A partner sponsoring vulnerable workers (Sertakan / CSR): N workers for M months at the package
rate, with the total cost shown as the clerk types."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_month_id
from desktop.domain.plkk import MAX_SPONSOR_MONTHS, PROGRAM_NAMES_ID, SponsorProgram, sponsorship_cost
from desktop.services.app import Services
from desktop.services.plkk_views import PartnerView, SponsorshipInput, SponsorshipView
from desktop.ui.errors import show_error
from desktop.ui.plkk.common import from_qdate, to_qdate


class SponsorshipDialog(QDialog):
    def __init__(self, services: Services, partner: PartnerView, sponsorship: SponsorshipView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.partner = partner
        self.sponsorship = sponsorship
        self.saved: SponsorshipView | None = None
        self.changes = None
        self.rate = sponsorship.monthly_rate if sponsorship else services.plkk.package_rate().monthly
        self.setWindowTitle(self.tr("Sponsored workers — %1").replace("%1", partner.name))
        self.program = QComboBox(self)
        self.program.setAccessibleName(self.tr("Programme"))
        for p in SponsorProgram:
            self.program.addItem(PROGRAM_NAMES_ID[p], p.value)
        self.workers = QSpinBox(self)
        self.workers.setRange(1, 100_000)
        self.workers.setAccessibleName(self.tr("Number of workers"))
        self.workers.setSuffix(self.tr(" workers"))
        self.months = QSpinBox(self)
        self.months.setRange(1, MAX_SPONSOR_MONTHS)
        self.months.setAccessibleName(self.tr("Number of months"))
        self.months.setSuffix(self.tr(" months"))
        self.start = QDateEdit(self)
        self.start.setDisplayFormat("MM/yyyy")
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("First month"))
        self.notes = QLineEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("e.g. juru parkir dan pedagang di sekitar rumah sakit"))
        self.rate_label = QLabel(self.tr("%1 per worker per month (JKK + JKM)").replace("%1", self.rate.format_table()),
                                 self)
        self.total = QLabel(self)
        self.total.setObjectName("SponsorshipTotal")
        form = QFormLayout()
        form.addRow(self.tr("&Programme"), self.program)
        form.addRow(self.tr("&Workers"), self.workers)
        form.addRow(self.tr("&Months"), self.months)
        form.addRow(self.tr("&First month"), self.start)
        form.addRow(self.tr("Rate"), self.rate_label)
        form.addRow(self.tr("Total cost"), self.total)
        form.addRow(self.tr("&Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if sponsorship is not None:
            delete = buttons.addButton(self.tr("De&lete"), QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.clicked.connect(self.delete)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if sponsorship is not None:
            self.program.setCurrentIndex(max(0, self.program.findData(sponsorship.program)))
            self.workers.setValue(sponsorship.workers)
            self.months.setValue(sponsorship.months)
            self.start.setDate(to_qdate(sponsorship.start_month))
            self.notes.setText(sponsorship.notes)
        else:
            self.workers.setValue(10)
            self.months.setValue(12)
            self.start.setDate(to_qdate(services.ctx.today().replace(day=1)))
        for w in (self.workers, self.months):
            w.valueChanged.connect(self.update_total)
        self.start.dateChanged.connect(self.update_total)
        self.update_total()

    def update_total(self) -> None:
        cost = sponsorship_cost(self.workers.value(), self.months.value(), self.rate)
        start = from_qdate(self.start.date())
        self.total.setText(self.tr("%1 from %2").replace("%1", cost.format_table())
                           .replace("%2", format_month_id(start.year, start.month)))

    def data(self) -> SponsorshipInput:
        return SponsorshipInput(
            partner_id=self.partner.id, workers=self.workers.value(), months=self.months.value(),
            start_month=from_qdate(self.start.date()).replace(day=1), program=self.program.currentData(),
            notes=self.notes.text(), id=self.sponsorship.id if self.sponsorship else None,
            version=self.sponsorship.version if self.sponsorship else 0)

    def save(self) -> None:
        try:
            self.saved, self.changes = self.services.plkk.save_sponsorship(self.data())
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()

    def delete(self) -> None:
        if self.sponsorship is None:
            return
        try:
            self.changes = self.services.plkk.delete_sponsorship(self.sponsorship.id, self.sponsorship.version)
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()
