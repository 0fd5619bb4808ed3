"""The Santunan & Beasiswa page: claims, participants, payments, scholarships and reports, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.services.app import Services
from desktop.services.context import Area, Changes
from desktop.ui.benefits.claims_tab import ClaimsTab
from desktop.ui.benefits.participants_tab import ParticipantsTab
from desktop.ui.benefits.payments_tab import PaymentsTab
from desktop.ui.benefits.reports_tab import ReportsTab
from desktop.ui.benefits.scholarships_tab import ScholarshipsTab
from desktop.ui.icons import icon
from desktop.ui.pages import Page


class BenefitsPage(Page):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        title = QLabel(self.tr("Benefits & Scholarships"), self)
        title.setObjectName("PageTitle")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.claims = ClaimsTab(services, self)
        self.participants = ParticipantsTab(services, self)
        self.payments = PaymentsTab(services, self)
        self.scholarships = ScholarshipsTab(services, self)
        self.reports = ReportsTab(services, self)
        self.tabs.addTab(self.claims, icon("file-text"), self.tr("&Claims"))
        self.tabs.addTab(self.participants, icon("user"), self.tr("P&articipants"))
        self.tabs.addTab(self.payments, icon("hand-coins"), self.tr("&Payments"))
        self.tabs.addTab(self.scholarships, icon("users-round"), self.tr("&Scholarships"))
        self.tabs.addTab(self.reports, icon("file-spreadsheet"), self.tr("&Reports"))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self._stale = False
        self.refresh_summary()

    def refresh_summary(self) -> None:
        today = self.services.ctx.today()
        count, amount = self.services.benefits.disbursed_in_month(today.year, today.month)
        due = self.services.benefits.scholarship_proofs_due(today)
        self.summary.setText(
            self.tr("This month: %1 payment(s), %2. Scholarship proofs due: %3.")
            .replace("%1", str(count)).replace("%2", amount.format_table()).replace("%3", str(len(due))))

    def on_changes(self, changes: Changes) -> None:
        if Area.BENEFITS in changes or Area.SETTINGS in changes:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def reload(self) -> None:
        self._stale = False
        self.claims.reload()
        self.participants.reload()
        self.payments.reload()
        self.scholarships.reload()
        self.reports.refresh()
        self.reports.load_rules()
        self.refresh_summary()

    def on_shown(self) -> None:
        if self._stale:
            self.reload()

    def open_record(self, record_id) -> None:
        """A search hit (a claim or an heir's claim): show the claim in the list and open it."""
        if record_id is None:
            return
        self.tabs.setCurrentWidget(self.claims)
        self.claims.select(record_id)
        self.claims.open_claim(record_id)
