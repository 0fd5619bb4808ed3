"""The employers (Pemberi Kerja): the list with filters, new and edit, the import of exports."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.domain import compliance as rules
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.app import Services
from desktop.services.paging import PageRequest
from desktop.ui.compliance.common import EMPLOYER_STATUS_LABELS, SIZE_LABELS, apply_changes, fmt_int, label_of
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.tables import RIGHT, ColumnSpec
from desktop.ui.widgets.table_view import DataTable

COLUMNS = [
    ColumnSpec("npp", QT_TRANSLATE_NOOP("Columns", "NPP"), 90),
    ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Employer"), 260),
    ColumnSpec("npwp", QT_TRANSLATE_NOOP("Columns", "NPWP"), 150),
    ColumnSpec("kabupaten", QT_TRANSLATE_NOOP("Columns", "Kabupaten"), 100),
    ColumnSpec("kecamatan", QT_TRANSLATE_NOOP("Columns", "Kecamatan"), 120),
    ColumnSpec("sector", QT_TRANSLATE_NOOP("Columns", "Sector"), 200),
    ColumnSpec("size", QT_TRANSLATE_NOOP("Columns", "Size"), 80, formatter=lambda s: label_of(SIZE_LABELS, s)),
    ColumnSpec("registered_workforce", QT_TRANSLATE_NOOP("Columns", "Registered"), 85, RIGHT, formatter=fmt_int),
    ColumnSpec("estimated_workforce", QT_TRANSLATE_NOOP("Columns", "Estimated"), 85, RIGHT, formatter=fmt_int),
    ColumnSpec("programmes", QT_TRANSLATE_NOOP("Columns", "Programmes"), 130, sort_key=None),
    ColumnSpec("status", QT_TRANSLATE_NOOP("Columns", "Status"), 110,
               formatter=lambda s: label_of(EMPLOYER_STATUS_LABELS, s)),
    ColumnSpec("open_cases", QT_TRANSLATE_NOOP("Columns", "Open cases"), 80, RIGHT),
]


class EmployersTab(QWidget):
    open_employer = Signal(object)  # employer id
    new_case = Signal(object)  # employer id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.kabupaten = QComboBox(self)
        self.kabupaten.setAccessibleName(self.tr("Kabupaten"))
        self.kabupaten.addItem(self.tr("Every kabupaten"), "")
        for k in rules.KECAMATAN:
            self.kabupaten.addItem(k, k)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Every status"), "")
        for s in rules.EMPLOYER_STATUSES:
            self.status.addItem(label_of(EMPLOYER_STATUS_LABELS, s), s)
        self.with_cases = QCheckBox(self.tr("With &open cases"), self)
        self.new_button = QPushButton(icon("plus"), self.tr("New &employer…"), self)
        self.new_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.edit_button = QPushButton(icon("pencil"), self.tr("Ed&it…"), self)
        self.open_button = QPushButton(icon("history"), self.tr("&Timeline"), self)
        self.case_button = QPushButton(icon("briefcase"), self.tr("New &case…"), self)
        self.delete_button = QPushButton(icon("trash-2"), self.tr("&Delete…"), self)
        self.import_button = QPushButton(icon("upload"), self.tr("&Import…"), self)
        self.import_button.setShortcut(QKeySequence("Ctrl+I"))
        self.import_button.setToolTip(self.tr("Import employers from an Excel or CSV export (Ctrl+I)"))
        top = QHBoxLayout()
        for w in (self.kabupaten, self.status, self.with_cases):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.new_button, self.edit_button, self.open_button, self.case_button, self.delete_button,
                  self.import_button):
            top.addWidget(w)
        self.table = DataTable("compliance.employers", COLUMNS,
                               filter_placeholder=self.tr("Filter by NPP, NPWP or name…"), parent=self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.kabupaten.currentIndexChanged.connect(self._reload)
        self.status.currentIndexChanged.connect(self._reload)
        self.with_cases.toggled.connect(self._reload)
        self.table.activated.connect(lambda row: row is not None and self.open_employer.emit(row.id))
        self.table.selection_changed.connect(self._selected)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.table.selected()))
        self.open_button.clicked.connect(lambda: self.table.selected() and self.open_employer.emit(self.table.selected().id))
        self.case_button.clicked.connect(lambda: self.table.selected() and self.new_case.emit(self.table.selected().id))
        self.import_button.clicked.connect(self.open_import)
        self.delete_button.clicked.connect(lambda: self.delete(self.table.selected()))
        self._loaded = False
        self._selected(None)

    def _fetch(self, request: PageRequest):
        f = {"kabupaten": self.kabupaten.currentData(), "status": self.status.currentData(),
             "with_open_cases": self.with_cases.isChecked()}
        return self.services.compliance.employers_page(PageRequest(request.offset, request.limit, request.sort_key,
                                                                   request.descending, request.text, f))

    def refresh(self) -> None:
        if not self._loaded:
            self.table.set_source(self._fetch)
            self._loaded = True
        else:
            self.table.reload()

    def _reload(self) -> None:
        if self._loaded:
            self.table.reload()

    def _selected(self, row) -> None:
        for b in (self.edit_button, self.open_button, self.case_button):
            b.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and row.open_cases == 0)

    def edit(self, row) -> None:
        from desktop.ui.compliance.employer_dialog import EmployerDialog

        employer = self.services.compliance.employer(row.id) if row is not None else None
        self.dialog = EmployerDialog(self.services, self, employer)
        self.dialog.open()

    def delete(self, row, confirmed: bool = False) -> None:
        if row is None:
            return
        if not confirmed:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(self, self.tr("Delete the employer"),
                                          self.tr("Delete %1 (NPP %2)? Its closed cases stay in the record.")
                                          .replace("%1", row.name).replace("%2", row.npp or "-"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            employer = self.services.compliance.employer(row.id)
            changes = self.services.compliance.delete_employer(employer.id, employer.version)
        except UserError as exc:
            show_error(self, exc)
            return
        apply_changes(self, changes)

    def open_import(self) -> None:
        from desktop.ui.compliance.import_dialog import ImportDialog

        self.dialog = ImportDialog(self.services, self)
        self.dialog.open()
