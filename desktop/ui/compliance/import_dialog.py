"""Importing an employer list: the file, then which column is which field (guessed, changeable, and
remembered for files with the same columns), then a dry run showing what would happen row by row,
then the import itself with progress and cancel. The report can be saved as an Excel workbook."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.io import compliance_import as reader
from desktop.services.app import Services
from desktop.services.compliance_views import ImportReport, ImportSource
from desktop.ui.compliance.common import add_row, apply_changes, field_error, render_error, show_problem, t
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.tables import ColumnSpec
from desktop.ui.tasks import run_task
from desktop.ui.widgets.table_view import DataTable

RESULT_LABELS = {"new": QT_TRANSLATE_NOOP("Compliance", "New"), "updated": QT_TRANSLATE_NOOP("Compliance", "Updated"),
                 "unchanged": QT_TRANSLATE_NOOP("Compliance", "Unchanged"),
                 "duplicate": QT_TRANSLATE_NOOP("Compliance", "Duplicate"),
                 "rejected": QT_TRANSLATE_NOOP("Compliance", "Rejected"),
                 "skipped": QT_TRANSLATE_NOOP("Compliance", "Skipped")}
REPORT_COLUMNS = [
    ColumnSpec("line", QT_TRANSLATE_NOOP("Columns", "Row"), 60),
    ColumnSpec("result", QT_TRANSLATE_NOOP("Columns", "Result"), 100, formatter=lambda r: t(RESULT_LABELS[r])),
    ColumnSpec("npp", QT_TRANSLATE_NOOP("Columns", "NPP"), 100),
    ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Employer"), 250),
    ColumnSpec("detail", QT_TRANSLATE_NOOP("Columns", "Reason or changes"), 380, sort_key=None,
               value=lambda r: r.reason.render(QCoreApplication.translate) if r.reason else ", ".join(r.changed)),
]
NOT_IMPORTED = None


def remembered_mapping(signature: str) -> dict | None:
    raw = QSettings().value(f"compliance/import_mapping/{signature}")
    try:
        return json.loads(raw) if raw else None
    except (TypeError, ValueError):
        return None


def remember_mapping(signature: str, mapping: dict) -> None:
    QSettings().setValue(f"compliance/import_mapping/{signature}", json.dumps(mapping))


class ImportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.source: ImportSource | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import employers"))
        self.resize(900, 640)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._report_page())
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.import_button = QPushButton(icon("upload"), self.tr("&Import"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        for b in (self.next_button, self.import_button, self.close_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)
        self.back_button.clicked.connect(lambda: self._go(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(self._next)
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)
        self._go(0)

    # ---- pages ----------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        self.choose_button = QPushButton(icon("folder-open"), self.tr("&Choose a file…"), page)
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("Choose an Excel (.xlsx, .xls) or CSV export of employers. Title rows, merged "
                                         "header cells and totals are recognised; the columns may have any names."), page)
        self.file_label.setWordWrap(True)
        self.file_label.setObjectName("EmptyState")
        self.sample = QTableWidget(page)
        self.sample.setAccessibleName(self.tr("The first rows of the file"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.file_label)
        layout.addWidget(self.sample, 1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for f in reader.FIELDS:
            combo = QComboBox(page)
            label = t(reader.FIELD_LABELS[f]) + (" *" if f in reader.REQUIRED else "")
            combo.setAccessibleName(label)
            combo.currentIndexChanged.connect(self._check_mapping)
            self.combos[f] = combo
            add_row(form, label + ":", combo)
        inner = QWidget(page)
        inner.setLayout(form)
        scroll = QScrollArea(page)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        self.mapping_note = QLabel(page)
        self.mapping_note.setWordWrap(True)
        self.mapping_error = field_error(page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.mapping_error)
        return page

    def _report_page(self) -> QWidget:
        page = QWidget(self)
        self.report_label = QLabel(page)
        self.report_label.setWordWrap(True)
        self.result_filter = QComboBox(page)
        self.result_filter.setAccessibleName(self.tr("Show rows"))
        self.result_filter.addItem(self.tr("Every row"), "")
        for k, label in RESULT_LABELS.items():
            self.result_filter.addItem(t(label), k)
        self.result_filter.currentIndexChanged.connect(self._fill_report)
        self.export_button = QPushButton(icon("file-spreadsheet"), self.tr("&Save report…"), page)
        self.export_button.clicked.connect(self.export_report)
        self.report_table = DataTable("compliance.import_report", REPORT_COLUMNS, parent=page)
        top = QHBoxLayout()
        top.addWidget(self.result_filter)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.report_label)
        layout.addLayout(top)
        layout.addWidget(self.report_table, 1)
        return page

    def _go(self, index: int) -> None:
        index = max(0, min(index, 2))
        self.stack.setCurrentIndex(index)
        self.back_button.setEnabled(index > 0 and not (self.report and self.report.applied))
        self.next_button.setVisible(index < 2)
        self.next_button.setText(self.tr("&Dry run") if index == 1 else self.tr("&Next"))
        self.next_button.setEnabled(self.source is not None and (index != 1 or self._check_mapping()))
        self.import_button.setVisible(index == 2 and self.report is not None and not self.report.applied)

    # ---- steps ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Employer list"), "",
                                              self.tr("Spreadsheets (*.xlsx *.xls *.csv);;All files (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        try:
            source = self.services.compliance.import_source(path)
        except UserError as exc:
            self.error_box = show_error(self, exc)
            return
        self.source, self.report = source, None
        self.file_label.setText(self.tr("%1: the header is on row %2; %3 rows under it.")
                                .replace("%1", path.name).replace("%2", str(source.header_line))
                                .replace("%3", str(source.data_rows)))
        self.sample.clear()
        self.sample.setColumnCount(len(source.columns))
        self.sample.setHorizontalHeaderLabels(list(source.columns))
        self.sample.setRowCount(len(source.sample))
        for r, row in enumerate(source.sample):
            for c, value in enumerate(row[:len(source.columns)]):
                self.sample.setItem(r, c, QTableWidgetItem(value))
        mapping = remembered_mapping(source.signature)
        self.mapping_note.setText(
            self.tr("The columns were matched as you chose last time for a file with these columns.") if mapping
            else self.tr("The columns were matched by their names. Check each field and change what is wrong."))
        mapping = mapping or source.guessed
        for f, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not imported)"), NOT_IMPORTED)
            for col in source.columns:
                combo.addItem(col, col)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(f))))
            combo.blockSignals(False)
        self._go(0)

    def mapping(self) -> dict[str, str | None]:
        return {f: combo.currentData() for f, combo in self.combos.items()}

    def _check_mapping(self) -> bool:
        if self.source is None:
            return False
        try:
            reader.check_mapping(self.mapping(), self.source.columns)
            show_problem(self.mapping_error, "")
            ok = True
        except UserError as exc:
            show_problem(self.mapping_error, render_error(exc))
            ok = False
        if self.stack.currentIndex() == 1:
            self.next_button.setEnabled(ok)
        return ok

    def _next(self) -> None:
        if self.stack.currentIndex() == 0:
            self._go(1)
        elif self._check_mapping():
            self.dry_run()

    def dry_run(self) -> None:
        mapping, path = self.mapping(), self.source.path
        remember_mapping(self.source.signature, mapping)
        self.task = run_task(self, lambda control: self.services.compliance.import_dry_run(path, mapping, progress=control),
                             on_success=self._show_report, title=self.tr("Checking the file"))

    def run_import(self) -> None:
        mapping, path = self.mapping(), self.source.path
        self.import_button.setEnabled(False)

        def done(result) -> None:
            report, changes = result
            apply_changes(self.parentWidget() or self, changes)
            self._show_report(report)

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            self.error_box = show_error(self, exc)

        self.task = run_task(self, lambda control: self.services.compliance.import_employers(path, mapping, progress=control),
                             on_success=done, on_error=failed, title=self.tr("Importing employers"), writes=True)

    def _show_report(self, report: ImportReport) -> None:
        self.report = report
        counts = ", ".join(f"{t(RESULT_LABELS[k])}: {v}" for k, v in report.counts.items() if v) or "0"
        self.report_label.setText(
            (self.tr("Imported. %1") if report.applied else
             self.tr("Dry run, nothing was changed yet. %1. Press Import to apply it.")).replace("%1", counts))
        self.import_button.setEnabled(True)
        self._fill_report()
        self._go(2)

    def _fill_report(self) -> None:
        if self.report is None:
            return
        wanted = self.result_filter.currentData()
        self.report_table.set_rows([r for r in self.report.rows if not wanted or r.result == wanted])

    def export_report(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), "laporan-impor.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            try:
                self.services.compliance.export_import_report(self.report, Path(path), QCoreApplication.translate)
            except (UserError, OSError) as exc:
                self.error_box = show_error(self, exc)
