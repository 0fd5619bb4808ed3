"""Opening a case for an employer, or correcting a case's findings (workers not registered, wages
not reported, programmes not joined, arrears), its officer and priority."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import compliance as rules
from desktop.errors import UserError
from desktop.services.app import Services
from desktop.services.compliance_cases import clean_case
from desktop.services.compliance_views import CaseView
from desktop.services.paging import PageRequest
from desktop.ui.compliance.common import (
    CASE_TYPE_LABELS,
    PRIORITY_LABELS,
    MoneyField,
    add_row,
    date_edit,
    date_of,
    field_error,
    render_error,
    set_date,
    show_problem,
    t,
    write_and_close,
)


class CaseDialog(QDialog):
    saved = Signal(object)  # CaseView

    def __init__(self, services: Services, parent: QWidget | None = None, *, case: CaseView | None = None,
                 employer_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.services, self.case = services, case
        self.setWindowTitle(self.tr("New compliance case") if case is None else
                            self.tr("Case %1").replace("%1", case.case_no))
        self.setMinimumWidth(540)
        form = QFormLayout()
        self.employer_find = QLineEdit(self)
        self.employer_find.setPlaceholderText(self.tr("Type an NPP, NPWP or part of the name"))
        self.employer_find.setAccessibleName(self.tr("Find the employer"))
        self.employer = QComboBox(self)
        self.employer.setAccessibleName(self.tr("Employer"))
        if case is None:
            add_row(form, self.tr("&Find employer:"), self.employer_find)
            add_row(form, self.tr("&Employer:"), self.employer)
            self._timer = QTimer(self, singleShot=True, interval=250)
            self._timer.timeout.connect(self._find)
            self.employer_find.textChanged.connect(lambda _t: self._timer.start())
            if employer_id is not None:
                e = services.compliance.employer(employer_id)
                self.employer.addItem(f"{e.name} ({e.npp or 'PWBD'})", e.id)
        else:
            add_row(form, self.tr("Employer:"), QLabel(f"{case.employer_name} ({case.employer_npp or 'PWBD'})", self))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Case type"))
        for k in rules.CaseType:
            self.kind.addItem(t(CASE_TYPE_LABELS[k.value]), k.value)
        self.workers = QSpinBox(self)
        self.workers.setRange(0, 100_000)
        self.workers.setAccessibleName(self.tr("Workers not registered"))
        self.wage_gap = MoneyField(self, self.tr("Monthly wages not reported"))
        self.programmes = {p: QCheckBox(p, self) for p in rules.PROGRAMMES}
        prog = QHBoxLayout()
        for cb in self.programmes.values():
            prog.addWidget(cb)
        self.arrears = MoneyField(self, self.tr("Arrears"))
        self.months = QSpinBox(self)
        self.months.setRange(0, 240)
        self.months.setAccessibleName(self.tr("Months in arrears"))
        self.last_paid_known = QCheckBox(self.tr("known:"), self)
        self.last_paid = date_edit(self, None, self.tr("Last payment date"))
        self.last_paid.setEnabled(False)
        self.last_paid_known.toggled.connect(self.last_paid.setEnabled)
        paid = QHBoxLayout()
        paid.addWidget(self.last_paid_known)
        paid.addWidget(self.last_paid, 1)
        self.officer = QComboBox(self)
        self.officer.setAccessibleName(self.tr("Officer"))
        for username, name in services.compliance.officers():
            self.officer.addItem(f"{name} ({username})", username)
        self.priority = QComboBox(self)
        self.priority.setAccessibleName(self.tr("Priority"))
        for p in rules.PRIORITIES:
            self.priority.addItem(t(PRIORITY_LABELS[p]), p)
        self.opened = date_edit(self, services.compliance.today(), self.tr("Opened on"))
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(70)
        self.notes.setAccessibleName(self.tr("Notes"))
        add_row(form, self.tr("&Type:"), self.kind)
        add_row(form, self.tr("&Workers not registered:"), self.workers)
        add_row(form, self.tr("Monthly &wages not reported:"), self.wage_gap)
        add_row(form, self.tr("Programmes &not joined:"), prog)
        add_row(form, self.tr("&Arrears:"), self.arrears)
        add_row(form, self.tr("&Months in arrears:"), self.months)
        add_row(form, self.tr("&Last payment:"), paid)
        add_row(form, self.tr("&Officer:"), self.officer)
        add_row(form, self.tr("&Priority:"), self.priority)
        if case is None:
            add_row(form, self.tr("Opened o&n:"), self.opened)
        add_row(form, self.tr("N&otes:"), self.notes)
        self.problem = field_error(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if case is not None:
            self._load(case)
        else:
            i = self.officer.findData(services.actor.username)
            self.officer.setCurrentIndex(max(i, 0))
            self.priority.setCurrentIndex(self.priority.findData("sedang"))
        for w in (self.kind, self.officer, self.priority, self.employer):
            w.currentIndexChanged.connect(self._validate)
        for w in (self.workers, self.months):
            w.valueChanged.connect(self._validate)
        for w in (self.wage_gap, self.arrears):
            w.changed.connect(self._validate)
        for cb in self.programmes.values():
            cb.toggled.connect(self._validate)
        self._validate()

    def _find(self) -> None:
        text = self.employer_find.text().strip()
        if len(text) < 2:
            return
        page = self.services.compliance.employers_page(PageRequest(limit=30, text=text, sort_key="name"))
        self.employer.clear()
        for row in page.rows:
            self.employer.addItem(f"{row.name} ({row.npp or 'PWBD'}, {row.kabupaten})", row.id)

    def _load(self, c: CaseView) -> None:
        self.kind.setCurrentIndex(self.kind.findData(c.case_type))
        self.kind.setEnabled(False)  # the type is what the case is; a different finding is a new case
        self.workers.setValue(c.workers_unregistered)
        self.wage_gap.set_value(c.wage_gap)
        for p, cb in self.programmes.items():
            cb.setChecked(p in c.programmes_missing)
        self.arrears.set_value(c.arrears)
        self.months.setValue(c.arrears_months)
        if c.last_payment_date:
            self.last_paid_known.setChecked(True)
            set_date(self.last_paid, c.last_payment_date)
        if self.officer.findData(c.officer) < 0:
            self.officer.addItem(c.officer, c.officer)
        self.officer.setCurrentIndex(self.officer.findData(c.officer))
        self.priority.setCurrentIndex(self.priority.findData(c.priority))
        self.notes.setPlainText(c.notes)

    def view(self) -> CaseView:
        base = self.case or CaseView(id=None, version=0, employer_id=self.employer.currentData() or uuid.UUID(int=0),
                                     case_type="", opened_on=date_of(self.opened))
        return base.with_changes(
            case_type=self.kind.currentData(), workers_unregistered=self.workers.value(),
            wage_gap=self.wage_gap.value() if self.wage_gap.is_valid() else base.wage_gap,
            programmes_missing=tuple(p for p, cb in self.programmes.items() if cb.isChecked()),
            arrears=self.arrears.value() if self.arrears.is_valid() else base.arrears,
            arrears_months=self.months.value(),
            last_payment_date=date_of(self.last_paid) if self.last_paid_known.isChecked() else None,
            officer=self.officer.currentData() or "", priority=self.priority.currentData(),
            notes=self.notes.toPlainText(), opened_on=date_of(self.opened) if self.case is None else base.opened_on)

    def _validate(self) -> bool:
        problem = ""
        if self.case is None and self.employer.currentData() is None:
            problem = self.tr("Find and choose the employer.")
        elif not (self.wage_gap.is_valid() and self.arrears.is_valid()):
            problem = self.tr("Correct the amounts first.")
        else:
            try:
                clean_case(self.view())
            except UserError as exc:
                problem = render_error(exc)
        show_problem(self.problem, problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        return not problem

    def _save(self) -> None:
        if not self._validate():
            return
        view = self.view()
        self.task = write_and_close(self, lambda _c: self.services.compliance.save_case(view),
                                    title=self.tr("Saving the case"), saved=self.saved)
