"""The SKK tab: the batches handed to each Kejaksaan Negeri (one covering letter each), the cases in
the chosen batch and how the Jaksa Pengacara Negara's work on each goes; the batch's PDF (covering
letter and attached list) to preview and print."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.domain import compliance as rules
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.app import Services
from desktop.ui.compliance.common import fmt_date, fmt_money, t
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.tables import RIGHT, ColumnSpec
from desktop.ui.widgets.table_view import DataTable

BATCH_COLUMNS = [
    ColumnSpec("handed_over", QT_TRANSLATE_NOOP("Columns", "Handed over"), 95, formatter=fmt_date),
    ColumnSpec("kejari", QT_TRANSLATE_NOOP("Columns", "Kejaksaan Negeri"), 130),
    ColumnSpec("number", QT_TRANSLATE_NOOP("Columns", "Covering letter"), 160),
    ColumnSpec("cases", QT_TRANSLATE_NOOP("Columns", "Cases"), 55, RIGHT),
    ColumnSpec("settled", QT_TRANSLATE_NOOP("Columns", "Settled"), 60, RIGHT),
    ColumnSpec("recovered", QT_TRANSLATE_NOOP("Columns", "Recovered"), 120, RIGHT, formatter=lambda m: m.format_table()),
]
ITEM_COLUMNS = [
    ColumnSpec("case_no", QT_TRANSLATE_NOOP("Columns", "Case"), 105),
    ColumnSpec("employer_name", QT_TRANSLATE_NOOP("Columns", "Employer"), 210),
    ColumnSpec("skk_number", QT_TRANSLATE_NOOP("Columns", "SKK"), 150),
    ColumnSpec("arrears", QT_TRANSLATE_NOOP("Columns", "Arrears"), 110, RIGHT, formatter=fmt_money),
    ColumnSpec("jpn_status", QT_TRANSLATE_NOOP("Columns", "JPN status"), 130,
               formatter=lambda s: t(rules.JPN_LABELS.get(s, s))),
    ColumnSpec("status_date", QT_TRANSLATE_NOOP("Columns", "Since"), 85, formatter=fmt_date),
    ColumnSpec("promised_date", QT_TRANSLATE_NOOP("Columns", "Promised by"), 95, formatter=fmt_date),
    ColumnSpec("recovered", QT_TRANSLATE_NOOP("Columns", "Recovered"), 110, RIGHT, formatter=fmt_money),
]


class SkkTab(QWidget):
    open_case = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.new_button = QPushButton(icon("gavel"), self.tr("New SKK &hand-over…"), self)
        self.status_button = QPushButton(icon("pencil"), self.tr("JPN &status…"), self)
        self.list_button = QPushButton(icon("printer"), self.tr("&Letter and list (PDF)"), self)
        self.kejari = QComboBox(self)
        self.kejari.setAccessibleName(self.tr("Kejaksaan Negeri"))
        self.kejari.addItem(self.tr("Every Kejaksaan Negeri"), None)
        for k in rules.KEJARI:
            self.kejari.addItem(k, k)
        self.case_button = QPushButton(icon("eye"), self.tr("Open &case"), self)
        self.empty = QLabel(self.tr("No SKK batch yet. When a Teguran Tertulis II has run its days, hand the case to the "
                                    "Kejaksaan Negeri with “New SKK hand-over…”."), self)
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        for b in (self.new_button, self.status_button, self.list_button, self.case_button):
            top.addWidget(b)
        top.addStretch(1)
        top.addWidget(self.kejari)
        self.batches = DataTable("compliance.skk_batches", BATCH_COLUMNS, parent=self)
        self.items = DataTable("compliance.skk_items", ITEM_COLUMNS, parent=self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.batches)
        splitter.addWidget(self.items)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.batches.selection_changed.connect(self._show_batch)
        self.items.selection_changed.connect(lambda _r: self._buttons())
        self.items.activated.connect(lambda row: row is not None and self.edit_item())
        self.kejari.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button.clicked.connect(self.new_batch)
        self.status_button.clicked.connect(self.edit_item)
        self.list_button.clicked.connect(self.print_list)
        self.case_button.clicked.connect(lambda: self.items.selected() and self.open_case.emit(self.items.selected().case_id))
        self._batch = None

    def refresh(self) -> None:
        batches = self.services.compliance.skk_batches(self.kejari.currentData())
        self.empty.setVisible(not batches and self.kejari.currentData() is None)
        selected = self._batch.id if self._batch else None
        self.batches.set_rows(batches)
        for row in range(self.batches.model.rowCount()):
            if self.batches.model.row_object(row).id == selected:
                self.batches.view.selectRow(row)
        if selected is None:
            self._show_batch(None)
        self._buttons()

    def _show_batch(self, batch) -> None:
        self._batch = self.services.compliance.skk_batch(batch.id) if batch is not None else None
        self.items.set_rows(list(self._batch.items) if self._batch else [])
        self._buttons()

    def _buttons(self) -> None:
        self.list_button.setEnabled(self._batch is not None and self._batch.pdf_path is not None)
        has_item = self.items.selected() is not None
        self.status_button.setEnabled(has_item)
        self.case_button.setEnabled(has_item)

    def new_batch(self) -> None:
        from desktop.ui.compliance.skk_batch_dialog import SkkBatchDialog

        self.dialog = SkkBatchDialog(self.services, self)
        self.dialog.created.connect(self._created)
        self.dialog.open()

    def _created(self, batches) -> None:
        if batches:
            self._batch = batches[0]  # shown selected, ready to print
        self.kejari.setCurrentIndex(0)
        self.refresh()

    def edit_item(self) -> None:
        item = self.items.selected()
        if item is None:
            return
        from desktop.ui.compliance.skk_dialog import SkkItemDialog

        self.dialog = SkkItemDialog(self.services, item, self)
        self.dialog.saved.connect(self.refresh)
        self.dialog.open()

    def print_list(self):
        """The batch's covering letter and attached list in the preview (print, save, open folder)."""
        if self._batch is None:
            return None
        try:
            path = self.services.compliance.skk_batch_pdf(self._batch.id)
        except UserError as exc:
            show_error(self, exc)
            return None
        from desktop.ui.letters.pdf_viewer import show_pdf

        self.viewer = show_pdf(self, path, self._batch.number)
        return self.viewer
