"""The Laporan tab: claims and amounts paid by programme and period, by kabupaten and segment, as the
branch publishes them, exported as PDF or Excel; and the rule tables with the dates they took effect."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import MONTHS_ID
from desktop.domain.roles import allowed
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.app import Services
from desktop.services.benefits_views import BenefitSettings
from desktop.ui.benefits.common import (
    apply_changes,
    date_field,
    date_text,
    field_error,
    fmt_date,
    inform,
    make_action,
    message,
    segment_label,
    show_problem,
    tr,
)


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.setAccessibleName(name)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return t


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], right: set[int]) -> None:
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for col, text in enumerate(row):
            item = QTableWidgetItem(text)
            if col in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(i, col, item)


class ReportsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.report = None
        today = services.ctx.today()
        self.year = QSpinBox(self)
        self.year.setRange(2015, today.year + 1)
        self.year.setValue(today.year)
        self.year.setAccessibleName(self.tr("Year"))
        self.month_from = QComboBox(self)
        self.month_to = QComboBox(self)
        for combo, name in ((self.month_from, self.tr("From month")), (self.month_to, self.tr("To month"))):
            combo.setAccessibleName(name)
            for i, m in enumerate(MONTHS_ID, start=1):
                combo.addItem(m, i)
        self.month_to.setCurrentIndex(11)
        self.show_action = make_action(self, "refresh-cw", self.tr("&Show"), "F5", self.refresh)
        self.pdf_action = make_action(self, "file-down", self.tr("Export &PDF…"), "Ctrl+E", lambda: self.export(".pdf"))
        self.xlsx_action = make_action(self, "file-spreadsheet", self.tr("Export E&xcel…"), "Ctrl+Shift+E",
                                       lambda: self.export(".xlsx"))
        top = QHBoxLayout()
        for text, widget in ((self.tr("&Year"), self.year), (self.tr("&From"), self.month_from),
                             (self.tr("&To"), self.month_to)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        for action in (self.show_action, self.pdf_action, self.xlsx_action):
            button = QPushButton(action.icon(), action.text(), self)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            top.addWidget(button)
        top.addStretch(1)
        self.published = QLabel(self)
        self.published.setObjectName("Published")
        self.published.setWordWrap(True)
        self.published.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = _table(self, [self.tr("Programme"), self.tr("Cases"), self.tr("Amount paid"),
                                     self.tr("As published")], self.tr("Summary by programme"))
        self.by_kabupaten = _table(self, [self.tr("Kabupaten"), self.tr("Programme"), self.tr("Cases"),
                                          self.tr("Amount")], self.tr("By kabupaten"))
        self.by_segment = _table(self, [self.tr("Segment"), self.tr("Programme"), self.tr("Cases"),
                                        self.tr("Amount")], self.tr("By segment"))
        for table in (self.summary, self.by_kabupaten, self.by_segment):
            table.setColumnWidth(0, 100)
        self.summary.setColumnWidth(1, 55)
        self.summary.setColumnWidth(2, 125)
        tables = QHBoxLayout()
        for title, table in ((self.tr("By programme"), self.summary), (self.tr("By kabupaten"), self.by_kabupaten),
                             (self.tr("By segment"), self.by_segment)):
            box = QGroupBox(title, self)
            bl = QVBoxLayout(box)
            bl.addWidget(table)
            tables.addWidget(box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.published)
        layout.addLayout(tables, 1)
        layout.addWidget(self._rules_box())
        self.refresh()

    # ---- the report ------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.report = r = self.services.benefits.report(self.year.value(), self.month_from.currentData(),
                                                            self.month_to.currentData())
        except UserError as exc:
            self.published.setText(message(exc))
            return
        self.published.setText(self.tr("As published: %1.").replace("%1", r.published()))
        _fill(self.summary, [(s.programme, str(s.cases), s.amount.format_table(), s.line) for s in r.summary],
              {1, 2})
        _fill(self.by_kabupaten, [(b.group, b.programme, str(b.cases), b.amount.format_table())
                                  for b in r.by_kabupaten], {2, 3})
        _fill(self.by_segment, [(b.group, b.programme, str(b.cases), b.amount.format_table())
                                for b in r.by_segment], {2, 3})
        for row, b in enumerate(r.by_segment):
            self.by_segment.item(row, 0).setToolTip(segment_label(b.group))

    def export(self, suffix: str) -> None:
        from desktop.ui.letters.pdf_viewer import show_pdf

        year = self.year.value()
        default = str(self.services.ctx.document_dir() / f"laporan-santunan-{year}{suffix}")
        kind = self.tr("PDF files (*.pdf)") if suffix == ".pdf" else self.tr("Excel workbooks (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), default, kind)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            out = self.services.benefits.export_report(year, Path(path), self.month_from.currentData(),
                                                       self.month_to.currentData())
        except UserError as exc:
            inform(self, self.tr("Export"), message(exc), warning=True)
            return
        if suffix == ".pdf":
            self._viewer = show_pdf(self, out, self.tr("Benefits report %1").replace("%1", str(year)))
        else:
            inform(self, self.tr("Export"), self.tr("Saved %1").replace("%1", str(out)))

    # ---- rules and settings ------------------------------------------------------------------------

    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rules in use"), self)
        self.rules = _table(box, [self.tr("Regulation"), self.tr("In force from"), self.tr("JKM total"),
                                  self.tr("Note")], self.tr("Benefit rules"))
        self.rules.setMaximumHeight(110)
        form = QFormLayout()
        self.pp82 = date_field(self.tr("PP 82/2019 in force from"), parent=box)
        self.grace = QSpinBox(box)
        self.grace.setRange(7, 365)
        self.grace.setSuffix(self.tr(" days"))
        self.grace.setAccessibleName(self.tr("Days to bring the yearly scholarship proof"))
        self.ay_start = QComboBox(box)
        self.ay_start.setAccessibleName(self.tr("Month the academic year starts"))
        for i, m in enumerate(MONTHS_ID, start=1):
            self.ay_start.addItem(m, i)
        for text, widget in ((self.tr("PP 82/2019 in &force from"), self.pp82),
                             (self.tr("Days to bring the yearly &proof"), self.grace),
                             (self.tr("Academic year &starts in"), self.ay_start)):
            label = QLabel(text, box)
            label.setBuddy(widget.edit if hasattr(widget, "edit") else widget)
            form.addRow(label, widget)
        self.settings_error = field_error(box)
        self.save_settings = QPushButton(self.tr("Save the &rule settings"), box)
        self.save_settings.clicked.connect(self.save)
        may_edit = allowed(self.services.actor.role, "settings.edit")
        self.save_settings.setVisible(may_edit)
        for widget in (self.pp82, self.grace, self.ay_start):
            widget.setEnabled(may_edit)
        note = QLabel(tr(QT_TRANSLATE_NOOP(
            "Benefits", "The sources disagree on the day PP 82/2019 took effect (late November or 2 December 2019); "
                        "no source gives a deadline for the yearly scholarship proof. Both are settings.")), box)
        note.setWordWrap(True)
        layout = QHBoxLayout(box)
        layout.addWidget(self.rules, 3)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(note)
        right.addWidget(self.settings_error)
        right.addWidget(self.save_settings)
        layout.addLayout(right, 2)
        self.load_rules()
        return box

    def load_rules(self) -> None:
        rules = self.services.benefits.rules()
        _fill(self.rules, [(r.short, fmt_date(r.effective_from), r.jkm_total.format_table(), tr(r.note_en))
                           for r in rules], {2})
        s = self.services.benefits.settings()
        self.pp82.set_text(date_text(s.pp82_effective))
        self.grace.setValue(s.proof_grace_days)
        self.ay_start.setCurrentIndex(s.academic_year_start_month - 1)

    def save(self) -> None:
        try:
            changes = self.services.benefits.save_settings(BenefitSettings(
                self.pp82.value(), self.grace.value(), self.ay_start.currentData()))
        except UserError as exc:
            show_problem(self.settings_error, message(exc), warning=True)
            return
        show_problem(self.settings_error, "")
        apply_changes(self, changes)
        self.load_rules()
