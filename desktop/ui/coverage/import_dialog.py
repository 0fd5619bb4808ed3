"""Importing a coverage spreadsheet: choose the file, see every row's problem (a dry run, off the
UI thread), then save — only a file without problems can be saved, and it is saved whole."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.services.coverage_views import ImportReport
from desktop.ui.coverage.common import notify
from desktop.ui.errors import show_error, translate
from desktop.ui.tasks import run_task

KIND_TITLES = {
    "figures": QT_TRANSLATE_NOOP("CoverageImportDialog", "Import coverage figures"),
    "workers": QT_TRANSLATE_NOOP("CoverageImportDialog", "Import sponsored workers"),
    "perisai": QT_TRANSLATE_NOOP("CoverageImportDialog", "Import Perisai monthly figures"),
}


class CoverageImportDialog(QDialog):
    def __init__(self, services: Services, kind: str, parent: QWidget | None = None, *,
                 sponsorship_id: uuid.UUID | None = None, sponsorship_title: str = "") -> None:
        super().__init__(parent)
        self.services, self.kind, self.sponsorship_id = services, kind, sponsorship_id
        self.report: ImportReport | None = None
        self.task = None
        self.setWindowTitle(self.tr(KIND_TITLES[kind]))
        self.resize(760, 480)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("Choose an Excel file (.xlsx) or a CSV file…"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        template = QPushButton(self.tr("Save an empty &template…"), self)
        template.clicked.connect(self.save_template)
        check = QPushButton(self.tr("&Check the file"), self)
        check.clicked.connect(self.check)
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(browse)
        top.addWidget(check)
        hint = QLabel(self)
        hint.setWordWrap(True)
        if kind == "workers":
            hint.setText(self.tr("Columns: Nama, NIK, Kelompok, Kabupaten/Kota, Desa/Kelurahan and Program (the "
                                 "programme's title). %1").replace(
                "%1", self.tr("Every worker goes into “%1”.").replace("%1", sponsorship_title)
                if sponsorship_title else self.tr("Fill the Program column, or choose a programme first.")))
        elif kind == "figures":
            hint.setText(self.tr("Columns: Kabupaten/Kota, Bulan, Penduduk Bekerja, Sumber Data, Tanggal Data, "
                                 "Peserta PU, Peserta BPU, Peserta Jakon, Potensi BPU, Target (%). A month that "
                                 "already has a figure is replaced; the old one stays in the history."))
        else:
            hint.setText(self.tr("Columns: Nama Agen, NIK Agen, Kabupaten/Kota, Bulan, Peserta Diakuisisi, Iuran "
                                 "Terkumpul, Masih Aktif. Agents not known yet are added."))
        self.status = QLabel(self.tr("Nothing checked yet."), self)
        self.status.setWordWrap(True)
        self.problems = QTableWidget(0, 3, self)
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setColumnWidth(0, 60)
        self.problems.setColumnWidth(1, 150)
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Import"))
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(template, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file"), "",
                                              self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv)"))
        if path:
            self.path.setText(path)
            self.check()

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the template"), f"template-{self.kind}.xlsx",
                                              self.tr("Excel (*.xlsx)"))
        if path:
            try:
                self.services.coverage.write_import_template(self.kind, Path(path))
            except Exception as exc:
                show_error(self, exc)

    def _run(self, dry_run: bool) -> None:
        path = Path(self.path.text().strip())
        self.save_button.setEnabled(False)

        def work(control):
            return self.services.coverage.import_file(self.kind, path, dry_run=dry_run,
                                                      sponsorship_id=self.sponsorship_id, progress=control)

        self.task = run_task(self, work, on_success=self.show_report, writes=not dry_run,
                             title=self.tr("Checking the file") if dry_run else self.tr("Importing"))

    def check(self) -> None:
        if not self.path.text().strip():
            self.status.setText(self.tr("Choose a file first."))
            return
        self._run(dry_run=True)

    def save(self) -> None:
        if self.report is None or not self.report.ok:
            return
        self._run(dry_run=False)

    def show_report(self, result) -> None:
        report, changes = result
        self.report = report
        self.problems.setRowCount(len(report.problems))
        for i, p in enumerate(report.problems):
            for j, text in enumerate((str(p.row), p.column, p.text(translate))):
                self.problems.setItem(i, j, QTableWidgetItem(text))
        if report.saved:
            self.status.setText(self.tr("Imported: %1 new, %2 replaced.").replace("%1", str(report.created))
                                .replace("%2", str(report.updated)))
            notify(self, changes)
            self.accept()
            return
        if report.problems:
            self.status.setText(self.tr("%1 problem(s) in %2 row(s). Nothing was saved; correct the file and check "
                                        "it again.").replace("%1", str(len(report.problems)))
                                .replace("%2", str(report.data_rows)))
        else:
            self.status.setText(self.tr("All %1 row(s) are right: %2 new, %3 replace earlier figures. Press Import "
                                        "to save them.").replace("%1", str(report.data_rows))
                                .replace("%2", str(report.created)).replace("%3", str(report.updated)))
        self.save_button.setEnabled(report.ok and report.data_rows > 0)
