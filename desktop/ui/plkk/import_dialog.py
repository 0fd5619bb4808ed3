"""Import partners from Excel: first a dry run that reports every row (new, updated, duplicate,
rejected and why) and every missing or renamed column; then, on request, the import itself in one
transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.io.plkk_import import COLUMNS, ImportReport
from desktop.services.app import Services
from desktop.ui.errors import translate
from desktop.ui.icons import icon
from desktop.ui.plkk.common import apply_changes
from desktop.ui.tasks import run_task

OUTCOME_LABELS = {
    "new": QT_TRANSLATE_NOOP("ImportDialog", "New"),
    "updated": QT_TRANSLATE_NOOP("ImportDialog", "Updated"),
    "duplicate": QT_TRANSLATE_NOOP("ImportDialog", "Duplicate"),
    "rejected": QT_TRANSLATE_NOOP("ImportDialog", "Rejected"),
}
_FIELD_LABELS = {c.key: c.label for c in COLUMNS}


class ImportDialog(QDialog):
    def __init__(self, services: Services, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.task = None
        self.setWindowTitle(self.tr("Import partners from Excel"))
        self.resize(860, 560)
        self.file_label = QLabel(self.tr("Choose an Excel file (.xlsx). Its first row holds the column names; "
                                         "required: %1.").replace("%1", ", ".join(c.label for c in COLUMNS
                                                                                  if c.required)), self)
        self.file_label.setWordWrap(True)
        choose = QPushButton(icon("folder-open"), self.tr("&Choose file…"), self)
        choose.clicked.connect(self.choose)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QLabel(self)
        self.problems.setObjectName("FieldError")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.rows = QTableWidget(0, 5, self)
        self.rows.setAccessibleName(self.tr("Import report"))
        self.rows.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Kode faskes"), self.tr("Name"),
                                             self.tr("Result"), self.tr("Why / what changes")])
        self.rows.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.rows.verticalHeader().setVisible(False)
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.apply_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button.setIcon(icon("upload"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.buttons)
        if path is not None:
            self.load(Path(path))

    def choose(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Partner list"), "", self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Look at the file (dry run) off the UI thread."""
        self.path = path
        self.file_label.setText(str(path))
        self.apply_button.setEnabled(False)
        self.summary.setText(self.tr("Reading…"))
        self.task = run_task(self, lambda control: self.services.plkk.import_partners(path, dry_run=True,
                                                                                      progress=control),
                             on_success=lambda result: self.show_report(result[0]), on_error=self._failed,
                             title=self.tr("Checking the partner list"))

    def apply(self) -> None:
        if self.path is None or self.report is None or not self.report.ok:
            return
        path = self.path
        self.apply_button.setEnabled(False)
        self.task = run_task(self, lambda control: self.services.plkk.import_partners(path, dry_run=False,
                                                                                      progress=control),
                             on_success=self._applied, on_error=self._failed, title=self.tr("Importing partners"),
                             writes=True)

    def _applied(self, result) -> None:
        report, changes = result
        self.show_report(report)
        apply_changes(self.parentWidget() or self, changes)

    def _failed(self, exc: BaseException) -> None:
        from desktop.ui.errors import message_for

        self.summary.setText("")
        self.problems.setText(message_for(exc))
        self.problems.show()

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        counts = report.counts
        lines = [translate("ImportDialog", OUTCOME_LABELS[k]) + f": {counts[k]}" for k in OUTCOME_LABELS]
        if report.applied:
            head = self.tr("Imported. Saved %1 new and %2 updated partners.").replace(
                "%1", str(counts["new"])).replace("%2", str(counts["updated"]))
        elif not report.ok:
            head = self.tr("The file cannot be imported as it is; nothing was saved.")
        else:
            head = self.tr("Checked, nothing saved yet. Import saves the new and updated rows in one go.")
        self.summary.setText(head + "\n" + " · ".join(lines) if report.ok else head)
        if report.problems:
            self.problems.setText("\n".join(p.message().render(translate) for p in report.problems))
            self.problems.show()
        else:
            self.problems.hide()
        self.rows.setRowCount(len(report.rows))
        for i, r in enumerate(report.rows):
            if r.reason is not None:
                why = r.reason.render(translate)
            elif r.changed:
                why = ", ".join(_FIELD_LABELS.get(k, k) for k in r.changed)
            else:
                why = ""
            for col, text in enumerate((str(r.row), r.kode_faskes, r.name,
                                        translate("ImportDialog", OUTCOME_LABELS[r.outcome]), why)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.rows.setItem(i, col, item)
        for col in range(4):  # the reason column keeps the rest of the width
            self.rows.resizeColumnToContents(col)
        can_apply = report.ok and not report.applied and (counts["new"] + counts["updated"]) > 0
        self.apply_button.setEnabled(can_apply)
        self.apply_button.setText(QCoreApplication.translate("ImportDialog", "&Import %n row(s)", "",
                                                             counts["new"] + counts["updated"]))
