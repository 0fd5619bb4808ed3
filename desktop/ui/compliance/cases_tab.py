"""The cases (Kasus): every case with filters, and the chosen case beside the list."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.domain import compliance as rules
from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.services.paging import PageRequest
from desktop.ui.compliance.case_panel import CasePanel
from desktop.ui.compliance.common import (
    CASE_TYPE_LABELS,
    PRIORITY_LABELS,
    case_type_label,
    fmt_date,
    fmt_money,
    label_of,
    queue_label,
    state_label,
    t,
)
from desktop.ui.icons import icon
from desktop.ui.tables import RIGHT, ColumnSpec
from desktop.ui.widgets.table_view import DataTable

COLUMNS = [
    ColumnSpec("case_no", QT_TRANSLATE_NOOP("Columns", "Case"), 105),
    ColumnSpec("employer_name", QT_TRANSLATE_NOOP("Columns", "Employer"), 220),
    ColumnSpec("npp", QT_TRANSLATE_NOOP("Columns", "NPP"), 85),
    ColumnSpec("kabupaten", QT_TRANSLATE_NOOP("Columns", "Kabupaten"), 95),
    ColumnSpec("case_type", QT_TRANSLATE_NOOP("Columns", "Type"), 150, formatter=case_type_label),
    ColumnSpec("state", QT_TRANSLATE_NOOP("Columns", "Stage"), 130, formatter=state_label),
    ColumnSpec("queue", QT_TRANSLATE_NOOP("Columns", "Follow-up"), 120, formatter=queue_label, sort_key=None),
    ColumnSpec("due_date", QT_TRANSLATE_NOOP("Columns", "Due"), 85, formatter=fmt_date),
    ColumnSpec("arrears", QT_TRANSLATE_NOOP("Columns", "Arrears"), 110, RIGHT, formatter=fmt_money),
    ColumnSpec("officer", QT_TRANSLATE_NOOP("Columns", "Officer"), 80),
    ColumnSpec("priority", QT_TRANSLATE_NOOP("Columns", "Priority"), 70, formatter=lambda p: label_of(PRIORITY_LABELS, p)),
]


class CasesTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.state = QComboBox(self)
        self.state.setAccessibleName(self.tr("Stage"))
        self.state.addItem(self.tr("All open cases"), "open")
        self.state.addItem(self.tr("All cases"), "")
        for s in rules.CaseState:
            self.state.addItem(state_label(s.value), s.value)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Case type"))
        self.kind.addItem(self.tr("Every type"), "")
        for k, label in CASE_TYPE_LABELS.items():
            self.kind.addItem(t(label), k)
        self.kabupaten = QComboBox(self)
        self.kabupaten.setAccessibleName(self.tr("Kabupaten"))
        self.kabupaten.addItem(self.tr("Every kabupaten"), "")
        for k in ("Banyumas", "Purbalingga", "Banjarnegara"):
            self.kabupaten.addItem(k, k)
        self.officer = QComboBox(self)
        self.officer.setAccessibleName(self.tr("Officer"))
        self.officer.addItem(self.tr("Every officer"), "")
        for username, name in services.compliance.officers():
            self.officer.addItem(name, username)
        self.new_button = QPushButton(icon("plus"), self.tr("&New case…"), self)
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.new_button.setToolTip(self.tr("Open a case for an employer (Ctrl+N)"))
        top = QHBoxLayout()
        for w in (self.state, self.kind, self.kabupaten, self.officer):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.new_button)
        self.table = DataTable("compliance.cases", COLUMNS, filter_placeholder=self.tr("Filter by case, employer, NPP, NPWP…"),
                               parent=self)
        self.panel = CasePanel(services, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        for combo in (self.state, self.kind, self.kabupaten, self.officer):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.table.selection_changed.connect(self._selected)
        self.table.activated.connect(lambda row: row is not None and self.panel.open_move())
        self.new_button.clicked.connect(self.new_case)
        self._loaded = False
        self._reloading = False

    def _filters(self) -> dict:
        f: dict = {}
        state = self.state.currentData()
        if state == "open":
            f["open_only"] = True
        elif state:
            f["state"] = state
        for key, combo in (("case_type", self.kind), ("kabupaten", self.kabupaten), ("officer", self.officer)):
            if combo.currentData():
                f[key] = combo.currentData()
        return f

    def _fetch(self, request: PageRequest):
        return self.services.compliance.cases_page(PageRequest(request.offset, request.limit, request.sort_key,
                                                               request.descending, request.text, self._filters()))

    def _selected(self, row) -> None:
        if row is not None:
            self.panel.show_case(row.id)
        elif not self._reloading:
            self.panel.show_case(None)

    def refresh(self) -> None:
        """Reload the list; the case on the right stays (and is chosen again if it is on screen)."""
        shown = self.panel.case.id if self.panel.case else None
        self._reloading = True
        try:
            if not self._loaded:
                self.table.set_source(self._fetch)
                self._loaded = True
            else:
                self.table.reload()
            for row in range(min(self.table.model.rowCount(), self.table.model.block_size)):
                if shown is not None and self.table.model.row_object(row).id == shown:
                    self.table.view.selectRow(row)
                    break
        finally:
            self._reloading = False
        self.panel.show_case(shown)

    def _apply_filters(self) -> None:
        if self._loaded:
            self.table.reload()

    def new_case(self, employer_id: uuid.UUID | None = None) -> None:
        from desktop.ui.compliance.case_dialog import CaseDialog

        dialog = CaseDialog(self.services, self, employer_id=employer_id if isinstance(employer_id, uuid.UUID) else None)
        dialog.saved.connect(lambda case: self.panel.show_case(case.id))
        self.dialog = dialog
        dialog.open()

    def select_case(self, case_id: uuid.UUID) -> None:
        self.panel.show_case(case_id)
