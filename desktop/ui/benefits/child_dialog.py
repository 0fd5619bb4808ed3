"""A child receiving the scholarship: who they are, their guardian (the payee), where they are at
school, the plan of years and levels with what was paid and what is due, the yearly claim with its
proofs, and stopping the scholarship (23, married, working, left school)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import scholarships as sch
from desktop.domain.benefits_rules import Level
from desktop.domain.identifiers import parse_nik
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.app import Services
from desktop.services.benefits_views import ChildInput, ChildView
from desktop.ui.benefits.common import (
    CheckedField,
    apply_changes,
    date_field,
    date_text,
    field_error,
    level_label,
    message,
    schedule_label,
    show_problem,
    stop_label,
    tr_params,
)


class ChildDialog(QDialog):
    SCHEDULE = (QT_TRANSLATE_NOOP("ChildDialog", "Academic year"), QT_TRANSLATE_NOOP("ChildDialog", "Level"),
                QT_TRANSLATE_NOOP("ChildDialog", "Amount"), QT_TRANSLATE_NOOP("ChildDialog", "Age"),
                QT_TRANSLATE_NOOP("ChildDialog", "Status"))

    def __init__(self, services: Services, claim_id: uuid.UUID, child_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.claim_id = claim_id
        self.child_id = child_id
        self.view: ChildView | None = None
        self._edited = False
        self.setWindowTitle(self.tr("Scholarship child"))
        self.resize(900, 640)
        self.form_error = field_error(self)
        self.plan_text = QLabel(self)
        self.plan_text.setWordWrap(True)
        self.schedule = QTableWidget(0, len(self.SCHEDULE), self)
        self.schedule.setHorizontalHeaderLabels([self.tr(c) for c in self.SCHEDULE])
        self.schedule.setAccessibleName(self.tr("Scholarship schedule"))
        self.schedule.horizontalHeader().setStretchLastSection(True)
        self.schedule.verticalHeader().setVisible(False)
        for col, w in enumerate((84, 120, 100, 40)):
            self.schedule.setColumnWidth(col, w)
        top = QHBoxLayout()
        top.addWidget(self._child_form(), 1)
        plan_box = QGroupBox(self.tr("Plan and payments"), self)
        pl = QVBoxLayout(plan_box)
        pl.addWidget(self.plan_text)
        pl.addWidget(self.schedule, 1)
        top.addWidget(plan_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self._year_form())
        layout.addWidget(self.form_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if child_id is not None:
            self.load()
        self._refresh_plan()
        self._enable()

    def _child_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Child"), self)
        form = QFormLayout(box)
        self.name = QLineEdit(box)
        self.name.setAccessibleName(self.tr("Child name"))
        self.birth = date_field(self.tr("Birth date of the child"), parent=box)
        self.nik = CheckedField(lambda t: parse_nik(t, today=self.services.ctx.today()), optional=True,
                                placeholder=self.tr("optional"), accessible=self.tr("NIK of the child"), parent=box)
        self.guardian = QComboBox(box)
        self.guardian.setAccessibleName(self.tr("Guardian who receives the payment"))
        for h in self.services.benefits.heirs(self.claim_id):
            if h.confirmed:
                self.guardian.addItem(h.name, h.id)
        self.level = QComboBox(box)
        self.level.setAccessibleName(self.tr("School level in the first scholarship year"))
        self.level.addItem(level_label(None), None)
        for lv in Level:
            self.level.addItem(level_label(lv.value), lv.value)
        self.grade = QSpinBox(box)
        self.grade.setRange(1, 8)
        self.grade.setAccessibleName(self.tr("Year within the level"))
        self.grade.setToolTip(self.tr("TK-SD: TK A = 1, TK B = 2, SD kelas 1 = 3 … kelas 6 = 8"))
        self.stopped = QLabel(box)
        for text, widget in ((self.tr("&Name"), self.name), (self.tr("&Birth date"), self.birth),
                             (self.tr("NI&K"), self.nik), (self.tr("&Guardian (payee)"), self.guardian),
                             (self.tr("&Level in the first year"), self.level), (self.tr("&Year in level"), self.grade)):
            label = QLabel(text, box)
            label.setBuddy(widget.edit if isinstance(widget, CheckedField) else widget)
            form.addRow(label, widget)
        form.addRow(self.stopped)
        self.birth.changed.connect(self._facts_edited)
        self.level.currentIndexChanged.connect(self._facts_edited)
        self.grade.valueChanged.connect(self._facts_edited)
        return box

    def _year_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Yearly claim (with the proofs) and stopping"), self)
        row = QHBoxLayout(box)
        current = sch.academic_year_of(self.services.ctx.today())
        self.year = QComboBox(box)
        self.year.setAccessibleName(self.tr("Academic year"))
        for y in range(current, current - 8, -1):
            self.year.addItem(sch.academic_year_label(y), y)
        self.year_level = QComboBox(box)
        self.year_level.setAccessibleName(self.tr("Level that year"))
        for lv in Level:
            self.year_level.addItem(level_label(lv.value), lv.value)
        self.year_grade = QSpinBox(box)
        self.year_grade.setRange(1, 8)
        self.year_grade.setAccessibleName(self.tr("Year in the level that year"))
        self.enrolment = date_field(self.tr("Proof of enrolment received on"), optional=True, parent=box)
        self.report_card = date_field(self.tr("Report card received on"), optional=True, parent=box)
        self.record_button = QPushButton(self.tr("&Record year"), box)
        self.record_button.setShortcut("Ctrl+R")
        self.record_button.clicked.connect(self.record_year)
        self.stop_reason = QComboBox(box)
        self.stop_reason.setAccessibleName(self.tr("Why the scholarship stops"))
        for reason in sch.StopReason:
            self.stop_reason.addItem(stop_label(reason.value), reason.value)
        self.stop_on = date_field(self.tr("Stops on"), parent=box)
        self.stop_on.set_text(date_text(self.services.ctx.today()))
        self.stop_button = QPushButton(self.tr("S&top scholarship"), box)
        self.stop_button.clicked.connect(self.stop)
        grid = QGridLayout()
        row.addLayout(grid)
        claim_widgets = ((self.tr("&Academic year"), self.year), (self.tr("Le&vel"), self.year_level),
                         (self.tr("Year &in level"), self.year_grade),
                         (self.tr("&Enrolment proof on"), self.enrolment), (self.tr("Report &card on"), self.report_card))
        for col, (text, widget) in enumerate(claim_widgets):
            label = QLabel(text, box)
            label.setBuddy(widget.edit if isinstance(widget, CheckedField) else widget)
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
        grid.addWidget(self.record_button, 1, len(claim_widgets))
        for col, (text, widget) in enumerate(((self.tr("Stop &because"), self.stop_reason),
                                              (self.tr("Stops o&n"), self.stop_on))):
            label = QLabel(text, box)
            label.setBuddy(widget.edit if isinstance(widget, CheckedField) else widget)
            grid.addWidget(label, 2, col)
            grid.addWidget(widget, 3, col)
        grid.addWidget(self.stop_button, 3, 2)
        return box

    # ---- data ------------------------------------------------------------------------------------

    def load(self) -> None:
        assert self.child_id is not None
        self._loading, self._edited = True, False
        self.view = v = self.services.benefits.child(self.child_id)
        self.name.setText(v.name)
        self.birth.set_text(date_text(v.birth_date))
        self.nik.set_text(v.nik)
        self.guardian.setCurrentIndex(max(0, self.guardian.findData(v.guardian_heir_id)))
        self.level.setCurrentIndex(max(0, self.level.findData(v.level_at_start)))
        self.grade.setValue(v.grade_at_start)
        self.stopped.setText(self.tr("Stopped: %1").replace("%1", stop_label(v.stopped_reason))
                             if v.stopped_reason else "")
        due = next((r for r in v.schedule if r.status in ("due", "overdue", "planned")), None)
        if due is not None:
            self.year.setCurrentIndex(max(0, self.year.findData(due.academic_year)))
            self.year_level.setCurrentIndex(max(0, self.year_level.findData(due.level)))
        self._loading = False

    def _input(self) -> ChildInput:
        return ChildInput(name=self.name.text(), birth_date=self.birth.value(), nik=self.nik.edit.text().strip(),
                          guardian_heir_id=self.guardian.currentData(), level_at_start=self.level.currentData(),
                          grade_at_start=self.grade.value())

    def _facts_edited(self, *_args) -> None:
        if not self._loading:
            self._edited = True
            self._refresh_plan()

    _loading = False

    def _refresh_plan(self) -> None:
        if self.view is not None and not self._edited:
            rows, text, params = self.view.schedule, self.view.plan_text_en, self.view.plan_params
        else:
            try:
                text, params, rows = self.services.benefits.preview_child(self.claim_id, self._input(), self.child_id)
            except UserError as exc:
                self.plan_text.setText(message(exc))
                self.schedule.setRowCount(0)
                return
        self.plan_text.setText(tr_params(text, params))
        self.schedule.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for col, value in enumerate((r.label, r.grade_id, r.amount.format_table(), str(r.age_at_start),
                                         schedule_label(r.status))):
                item = QTableWidgetItem(value)
                item.setToolTip(level_label(r.level))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.schedule.setItem(i, col, item)

    def _enable(self) -> None:
        saved = self.child_id is not None
        for w in (self.record_button, self.stop_button):
            w.setEnabled(saved and not (self.view and self.view.stopped_reason))

    def _done(self, changes) -> None:
        show_problem(self.form_error, "")
        apply_changes(self, changes)
        self.load()
        self._refresh_plan()
        self._enable()

    def save(self) -> None:
        try:
            if self.child_id is None:
                self.child_id, changes = self.services.benefits.add_child(self.claim_id, self._input())
            else:
                assert self.view is not None
                changes = self.services.benefits.update_child(self.child_id, self.view.version, self._input())
        except UserError as exc:
            show_problem(self.form_error, message(exc))
            return
        self._done(changes)

    def record_year(self) -> None:
        if self.child_id is None:
            return
        try:
            _year, _disb, changes = self.services.benefits.record_year(
                self.child_id, self.year.currentData(), self.year_level.currentData(), self.year_grade.value(),
                self.enrolment.value(), self.report_card.value())
        except UserError as exc:
            show_problem(self.form_error, message(exc))
            return
        self._done(changes)

    def stop(self) -> None:
        if self.child_id is None or self.view is None:
            return
        try:
            changes = self.services.benefits.stop_child(self.child_id, self.view.version,
                                                        self.stop_reason.currentData(), self.stop_on.value())
        except UserError as exc:
            show_problem(self.form_error, message(exc))
            return
        self._done(changes)
