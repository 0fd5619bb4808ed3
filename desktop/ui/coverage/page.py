"""The Cakupan page: coverage per kabupaten with its history, sponsors and the workers they enrol,
the commitments of coordination meetings, the Perisai agents, and the report."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.services.app import Services
from desktop.services.context import Area, Changes
from desktop.ui.coverage.commitments_tab import CommitmentsTab
from desktop.ui.coverage.figures_tab import FiguresTab
from desktop.ui.coverage.perisai_tab import PerisaiTab
from desktop.ui.coverage.reports_tab import CoverageReportsTab
from desktop.ui.coverage.sponsors_tab import SponsorsTab
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.pages import Page

TABS = ("figures", "sponsors", "commitments", "perisai", "reports")


class CoveragePage(Page):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        title = QLabel(self.tr("Coverage"), self)
        title.setObjectName("PageTitle")
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.figures = FiguresTab(services, self)
        self.sponsors = SponsorsTab(services, self)
        self.commitments = CommitmentsTab(services, self)
        self.perisai = PerisaiTab(services, self)
        self.reports = CoverageReportsTab(services, self)
        self.tabs.addTab(self.figures, icon("users-round"), self.tr("Coverage per &kabupaten"))
        self.tabs.addTab(self.sponsors, icon("hand-coins"), self.tr("&Sponsors && vulnerable workers"))
        self.tabs.addTab(self.commitments, icon("list-checks"), self.tr("Co&mmitments"))
        self.tabs.addTab(self.perisai, icon("shield-check"), self.tr("&Perisai"))
        self.tabs.addTab(self.reports, icon("file-text"), self.tr("&Reports"))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.headline, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self._refresh_headline()

    def _refresh_headline(self) -> None:
        summary = self.services.coverage.current()
        if summary.phrase:
            self.headline.setText(self.tr("Covered: %1 (%2).").replace("%1", summary.phrase)
                                  .replace("%2", ", ".join(m.label() for m in summary.total.months)))
        else:
            self.headline.setText(self.tr("No coverage figures yet."))

    def show_tab(self, key: str) -> QWidget:
        index = TABS.index(key)
        self.tabs.setCurrentIndex(index)
        return self.tabs.widget(index)

    def show_overdue_commitments(self) -> None:
        self.show_tab("commitments")
        self.commitments.show_overdue()

    # ---- Page ---------------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if Area.COVERAGE in changes or Area.OFFICE in changes or Area.PLKK in changes:
            self.reload()

    def reload(self) -> None:
        for tab in (self.figures, self.sponsors, self.commitments, self.perisai, self.reports):
            tab.reload()
        self._refresh_headline()

    def on_shown(self) -> None:
        self.tabs.currentWidget().setFocus()

    def open_record(self, record_id) -> None:
        """A search hit or a Dasbor item: a programme, a worker, an agent, a commitment or a figure."""
        if record_id is None:
            return
        try:
            kind = self.services.coverage.locate(record_id)
            if kind == "sponsorship":
                self.show_tab("sponsors")
                self.sponsors.programmes.filter.clear()
                self.sponsors.programmes.model.set_text_filter("")
                self.sponsors.select_programme(record_id)
            elif kind == "worker":
                self.show_tab("sponsors")
                self.sponsors.select_worker(record_id)
            elif kind == "agent":
                self.show_tab("perisai")
                self.perisai.select_agent(record_id)
            elif kind in ("commitment", "meeting"):
                self.show_tab("commitments")
                if kind == "commitment":
                    self.commitments.select_commitment(record_id)
            elif kind == "figure":
                figure = self.services.coverage.figure(record_id)
                self.show_tab("figures")
                self.figures.select_regency(figure.regency)
        except Exception as exc:
            show_error(self, exc)
