"""The Surat page: the outgoing letter register, receipts and their verification, the templates."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.services.app import Services
from desktop.services.context import Area, Changes
from desktop.services.paging import PageRequest
from desktop.ui.icons import icon
from desktop.ui.letters.receipts_tab import ReceiptsTab
from desktop.ui.letters.register_tab import RegisterTab
from desktop.ui.letters.template_editor import TemplatesTab
from desktop.ui.pages import Page


class LettersPage(Page):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        title = QLabel(self.tr("Letters"), self)
        title.setObjectName("PageTitle")
        self.summary = QLabel(self)
        self.tabs = QTabWidget(self)
        self.register = RegisterTab(services, self)
        self.receipts = ReceiptsTab(services, self)
        self.templates = TemplatesTab(services, self)
        self.tabs.addTab(self.register, icon("mail"), self.tr("&Register"))
        self.tabs.addTab(self.receipts, icon("receipt"), self.tr("Rec&eipts"))
        self.tabs.addTab(self.templates, icon("file-text"), self.tr("&Templates"))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self._stale = False
        self._refresh_summary()

    def _refresh_summary(self) -> None:
        letters = self.services.letters
        year = self.services.ctx.today().year
        issued = letters.register_page(PageRequest(limit=1, filters={"year": year})).total
        cancelled = letters.register_page(PageRequest(limit=1, filters={"year": year, "status": "cancelled"})).total
        receipts = letters.receipts_page(PageRequest(limit=1, filters={"year": year})).total
        self.summary.setText(self.tr("%1: %2 letters (%3 cancelled), %4 receipts").replace("%1", str(year))
                             .replace("%2", str(issued)).replace("%3", str(cancelled)).replace("%4", str(receipts)))

    def on_changes(self, changes: Changes) -> None:
        if Area.LETTERS in changes or Area.OFFICE in changes:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def on_shown(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.register.reload()
        self.receipts.reload()
        self.templates.reload()
        self._refresh_summary()

    def open_record(self, record_id) -> None:
        """Show a letter found by the global search."""
        self.tabs.setCurrentWidget(self.register)
        if self.register.select_letter(record_id):
            return
        letter = self.services.letters.letter(record_id)
        self.register.template_filter.setCurrentIndex(0)
        self.register.status_filter.setCurrentIndex(0)
        self.register.year_filter.setCurrentIndex(0)
        self.register.table.filter.setText(letter.number)
        self.register.table.model.set_text_filter(letter.number)
        self.register.select_letter(record_id)
