"""The Kepatuhan page: the follow-up queue, the cases, the employers and the SKK batches."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.compliance import QueueClass
from desktop.errors import UserError
from desktop.services.app import Services
from desktop.services.context import Area, Changes
from desktop.ui.compliance.cases_tab import CasesTab
from desktop.ui.compliance.common import fmt_money, queue_label
from desktop.ui.compliance.employers_tab import EmployersTab
from desktop.ui.compliance.queue_tab import QueueTab
from desktop.ui.compliance.skk_tab import SkkTab
from desktop.ui.icons import icon
from desktop.ui.pages import Page


class CompliancePage(Page):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        title = QLabel(self.tr("Compliance"), self)
        title.setObjectName("PageTitle")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.queue_tab = QueueTab(services, self)
        self.cases_tab = CasesTab(services, self)
        self.employers_tab = EmployersTab(services, self)
        self.skk_tab = SkkTab(services, self)
        self.tabs.addTab(self.queue_tab, icon("list-checks"), self.tr("&Queue"))
        self.tabs.addTab(self.cases_tab, icon("briefcase"), self.tr("C&ases"))
        self.tabs.addTab(self.employers_tab, icon("building-2"), self.tr("&Employers"))
        self.tabs.addTab(self.skk_tab, icon("gavel"), self.tr("&SKK"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self._stale = {0, 1, 2, 3}
        self.tabs.currentChanged.connect(self._refresh_current)
        self.queue_tab.open_case.connect(self.open_case)
        self.queue_tab.bulk_requested.connect(self.open_bulk)
        self.employers_tab.open_employer.connect(self.open_employer)
        self.employers_tab.new_case.connect(self.new_case)
        self.skk_tab.open_case.connect(self.open_case)
        self.dialog = None

    # ---- Page ---------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self._refresh_summary()
        self._refresh_current()

    def on_changes(self, changes: Changes) -> None:
        if Area.COMPLIANCE in changes or Area.SETTINGS in changes or Area.LETTERS in changes:
            self._stale = {0, 1, 2, 3}
            if self.isVisible():
                self._refresh_summary()
                self._refresh_current()

    def open_record(self, record_id) -> None:
        """A search hit: an employer opens its page, a case its window."""
        if record_id is None:
            return
        try:
            self.services.compliance.employer(record_id)
        except UserError:
            self.open_case(record_id)
        else:
            self.open_employer(record_id)

    # ---- refreshing ---------------------------------------------------------------------------

    def _refresh_current(self) -> None:
        index = self.tabs.currentIndex()
        if index in self._stale:
            self._stale.discard(index)
            (self.queue_tab, self.cases_tab, self.employers_tab, self.skk_tab)[index].refresh()

    def _refresh_summary(self) -> None:
        c = self.services.compliance
        counts = c.queue_counts()
        open_cases = sum(v for k, v in c.case_counts_by_state().items() if k not in ("resolved", "closed"))
        year = c.today().year
        totals = c.outcome_totals(year)
        parts = [self.tr("Whole office: %1 open cases").replace("%1", str(open_cases))]
        parts += [f"{queue_label(q)}: {counts[q.value]}" for q in (QueueClass.OVERDUE, QueueClass.READY,
                                                                  QueueClass.DUE_TODAY)]
        parts.append(self.tr("%1 so far: %2 workers registered, %3 arrears recovered")
                     .replace("%1", str(year)).replace("%2", str(totals.workers_added))
                     .replace("%3", fmt_money(totals.arrears_recovered) or "Rp0"))
        self.summary.setText(" · ".join(parts))

    # ---- opening things ------------------------------------------------------------------------

    def open_case(self, case_id: uuid.UUID) -> None:
        from desktop.ui.compliance.case_panel import CaseWindow

        self.dialog = CaseWindow(self.services, case_id, self)
        self.dialog.open()

    def open_employer(self, employer_id: uuid.UUID) -> None:
        from desktop.ui.compliance.employer_page import EmployerPage

        page = EmployerPage(self.services, employer_id, self)
        page.open_case.connect(self.open_case)
        page.new_case.connect(self.new_case)
        self.dialog = page
        page.open()

    def new_case(self, employer_id: uuid.UUID | None = None) -> None:
        self.tabs.setCurrentWidget(self.cases_tab)
        self.cases_tab.new_case(employer_id)

    def open_bulk(self, officer: str = "") -> None:
        from desktop.ui.compliance.bulk_dialog import BulkDialog

        self.dialog = BulkDialog(self.services, self, officer)
        self.dialog.open()
