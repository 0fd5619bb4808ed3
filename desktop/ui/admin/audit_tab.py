"""Admin → Audit trail: who did what and when, filtered by user, action, object and date, with the
record before and after; exported to Excel and checked for tampering by an administrator."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.ui.icons import icon
from desktop.ui.tables import ColumnSpec
from desktop.ui.tasks import run_task
from desktop.ui.widgets.table_view import DataTable


def _local(value) -> str:
    return value.astimezone().strftime("%d/%m/%Y %H:%M:%S") if value else ""


COLUMNS = [
    ColumnSpec("seq", QT_TRANSLATE_NOOP("Columns", "No."), 70, sort_key="seq"),
    ColumnSpec("at", QT_TRANSLATE_NOOP("Columns", "Time"), 150, formatter=_local, sort_key="at"),
    ColumnSpec("user", QT_TRANSLATE_NOOP("Columns", "User"), 110),
    ColumnSpec("device", QT_TRANSLATE_NOOP("Columns", "Device"), 110),
    ColumnSpec("action", QT_TRANSLATE_NOOP("Columns", "Action"), 120),
    ColumnSpec("entity", QT_TRANSLATE_NOOP("Columns", "Object"), 130),
    ColumnSpec("summary", QT_TRANSLATE_NOOP("Columns", "Summary"), 360),
]


class AuditTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.user = self._combo(self.tr("User"))
        self.action = self._combo(self.tr("Action"))
        self.entity = self._combo(self.tr("Object"))
        self.use_from = QCheckBox(self.tr("&From"), self)
        self.use_to = QCheckBox(self.tr("&To"), self)
        today = QDate.currentDate()
        self.date_from = self._date(today.addDays(-30), self.tr("From date"))
        self.date_to = self._date(today, self.tr("To date"))
        filters = QHBoxLayout()
        for label, widget in ((self.tr("User"), self.user), (self.tr("Action"), self.action),
                              (self.tr("Object"), self.entity)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            filters.addWidget(check)
            filters.addWidget(edit)
            check.toggled.connect(self.apply_filters)
            edit.dateChanged.connect(self.apply_filters)
        filters.addStretch(1)
        self.table = DataTable("admin.audit", COLUMNS, self._fetch, parent=self,
                               filter_placeholder=self.tr("Search the summaries…"))
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Before and after"))
        self.details.setPlaceholderText(self.tr("Select an event to see the record before and after."))
        self.export_button = QPushButton(icon("file-spreadsheet"), self.tr("&Export to Excel…"), self)
        self.verify_button = QPushButton(icon("shield-check"), self.tr("&Verify the chain"), self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.result, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.table.selection_changed.connect(self._show_details)
        self.export_button.clicked.connect(self.ask_export)
        self.verify_button.clicked.connect(self.verify)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.ask_export)
        self.reload_choices()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setMinimumContentsLength(10)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def _date(self, value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(name)
        return edit

    def _fetch(self, request):
        return self.services.audit.page(request)

    def reload_choices(self) -> None:
        choices = self.services.audit.choices()
        for combo, key in ((self.user, "user"), (self.action, "action"), (self.entity, "entity")):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(QCoreApplication.translate("AuditTab", "All"), "")
            for value in choices[key]:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def reload(self) -> None:
        self.reload_choices()
        self.table.reload()

    def filters(self) -> dict:
        out: dict = {k: c.currentData() for k, c in (("user", self.user), ("action", self.action),
                                                     ("entity", self.entity)) if c.currentData()}
        if self.use_from.isChecked():
            out["from"] = _pydate(self.date_from.date())
        if self.use_to.isChecked():
            out["to"] = _pydate(self.date_to.date())
        return out

    def apply_filters(self, *_args) -> None:
        if hasattr(self, "table"):
            self.table.model.set_filters(self.filters())

    def _show_details(self, row) -> None:
        if row is None:
            self.details.clear()
            return
        parts = [f"#{row.seq}  {_local(row.at)}  {row.user}@{row.device}  {row.action} {row.entity} {row.entity_id}",
                 row.summary]
        for title, text in ((self.tr("Before"), row.before), (self.tr("After"), row.after)):
            if text:
                parts.append(f"{title}:\n{json.dumps(json.loads(text), ensure_ascii=False, indent=2)}")
        self.details.setPlainText("\n\n".join(parts))

    def ask_export(self) -> None:
        suggested = str(Path.home() / f"jejak-audit-{date.today():%Y%m%d}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"), suggested,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export(self, path: Path):
        filters = self.filters()

        def done(count: int) -> None:
            self.result.setText(self.tr("%n event(s) exported to %1.", "", count).replace("%1", str(path)))
            self.reload()

        return run_task(self, lambda control: self.services.audit.export_xlsx(path, filters, control),
                        on_success=done, title=self.tr("Exporting the audit trail"), writes=True)

    def verify(self):
        def done(result) -> None:
            count, problems = result
            if problems:
                text = "; ".join(f"#{p.seq}: {p.reason}" for p in problems[:5])
                self.result.setText(self.tr("Tampering detected: %1").replace("%1", text))
            else:
                self.result.setText(self.tr("%n event(s) checked; the chain is intact.", "", count))

        return run_task(self, lambda control: self.services.audit.verify(), on_success=done,
                        title=self.tr("Checking the audit trail"))


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
