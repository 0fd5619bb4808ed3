"""A sponsorship programme (its monthly contribution computed from the reported income as the clerk
types, with the rates' effective date) and an enrolled worker (the NIK checked as it is typed)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.domain.coverage import (
    Month,
    ProgrammeSet,
    SponsorSource,
    WorkerGroup,
    contribution_for_months,
    monthly_contribution,
)
from desktop.domain.dates import format_date_id
from desktop.domain.identifiers import parse_nik
from desktop.domain.money import Money
from desktop.errors import UserError
from desktop.services.app import Services
from desktop.services.coverage_views import SponsorshipInput, SponsorshipView, WorkerInput, WorkerView
from desktop.ui.coverage.common import MonthEdit, field_error, notify, show_field_error, source_label
from desktop.ui.errors import show_error, translate
from desktop.ui.widgets.form_dialog import form_with_save_cancel


def _money_field(parent: QWidget, name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class CoverageSponsorshipDialog(QDialog):
    def __init__(self, services: Services, sponsorship: SponsorshipView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.sponsorship = services, sponsorship
        self.saved: SponsorshipView | None = None
        today = services.ctx.today()
        self.setWindowTitle(self.tr("Edit programme") if sponsorship else self.tr("New sponsorship programme"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Programme title"))
        self.title.setPlaceholderText(self.tr("e.g. APBD Banyumas 2027 — pekerja rentan"))
        self.source = QComboBox(self)
        self.source.setAccessibleName(self.tr("Source of the money"))
        for s in SponsorSource:
            self.source.addItem(source_label(s), s.value)
        self.sponsor = QLineEdit(self)
        self.sponsor.setAccessibleName(self.tr("Sponsor"))
        self.regency = QComboBox(self)
        self.regency.setEditable(True)
        self.regency.setAccessibleName(self.tr("Kabupaten/kota"))
        self.regency.addItems(services.coverage.regions())
        self.desa = QLineEdit(self)
        self.desa.setAccessibleName(self.tr("Desa"))
        self.start = MonthEdit(Month.of(today), self)
        self.start.setAccessibleName(self.tr("First month"))
        self.end = MonthEdit(Month.of(today).plus(11), self)
        self.end.setAccessibleName(self.tr("Last month"))
        self.programmes = QComboBox(self)
        self.programmes.setAccessibleName(self.tr("Programmes covered"))
        for p in ProgrammeSet:
            self.programmes.addItem(p.label, p.value)
        self.income = _money_field(self, self.tr("Reported income"), "Rp1.000.000")
        self.income.setText("1.000.000")
        self.budget = _money_field(self, self.tr("Budget"), "Rp25.000.000")
        self.planned = QSpinBox(self)
        self.planned.setRange(0, 1_000_000)
        self.planned.setAccessibleName(self.tr("Planned workers"))
        self.paid = QSpinBox(self)
        self.paid.setRange(0, 120)
        self.paid.setAccessibleName(self.tr("Months paid"))
        self.notes = QLineEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.contribution = QLabel(self)
        self.contribution.setWordWrap(True)
        self.error = field_error(self)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("S&ource"), self.source)
        form.addRow(self.tr("S&ponsor"), self.sponsor)
        form.addRow(self.tr("&Kabupaten/kota"), self.regency)
        form.addRow(self.tr("&Desa (APBDes)"), self.desa)
        form.addRow(self.tr("&First month"), self.start)
        form.addRow(self.tr("&Last month"), self.end)
        form.addRow(self.tr("P&rogrammes"), self.programmes)
        form.addRow(self.tr("Reported &income"), self.income)
        form.addRow(self.tr("&Budget"), self.budget)
        form.addRow(self.tr("Pla&nned workers"), self.planned)
        form.addRow(self.tr("Months p&aid"), self.paid)
        form.addRow(self.tr("N&otes"), self.notes)
        form.addRow(self.tr("Contribution"), self.contribution)
        form.addRow("", self.error)
        self.buttons = form_with_save_cancel(self, form)
        if sponsorship is not None:
            s = sponsorship
            self.title.setText(s.title)
            self.source.setCurrentIndex(max(0, self.source.findData(s.source.value)))
            self.sponsor.setText(s.sponsor)
            self.regency.setCurrentText(s.regency)
            self.desa.setText(s.desa)
            self.start.set_month(s.start)
            self.end.set_month(s.end)
            self.programmes.setCurrentIndex(max(0, self.programmes.findData(s.programmes.value)))
            self.income.setText(s.reported_income.format_table())
            self.budget.setText(s.budget.format_table())
            self.planned.setValue(s.planned_workers)
            self.paid.setValue(s.months_paid)
            self.notes.setText(s.notes)
        for w in (self.title, self.sponsor, self.desa, self.income, self.budget):
            w.textChanged.connect(self.validate)
        for w in (self.start, self.end):
            w.dateChanged.connect(self.validate)
        for w in (self.programmes, self.source):
            w.currentIndexChanged.connect(self.validate)
        self.planned.valueChanged.connect(self.validate)
        self.validate()

    def _money(self, edit: QLineEdit) -> Money:
        return Money.parse(edit.text())

    def validate(self) -> bool:
        problem = ""
        try:
            income = self._money(self.income)
            programmes = ProgrammeSet(self.programmes.currentData())
            start, end = self.start.month(), self.end.month()
            c = monthly_contribution(income, programmes, start.first_day)
            months = start.months_until(end) + 1
            per_worker = contribution_for_months(income, programmes, [start.plus(i) for i in range(max(months, 0))])
            parts = f"JKK {c.jkk.format_table()} + JKM {c.jkm.format_table()}" + (
                f" + JHT {c.jht.format_table()}" if programmes.has_jht else "")
            text = self.tr("%1 per worker per month (%2; rates from %3).").replace("%1", c.total.format_table()) \
                .replace("%2", parts).replace("%3", format_date_id(c.rates.effective_from))
            budget_text = self.budget.text().strip()
            if budget_text and per_worker.sen:
                budget = self._money(self.budget)
                text += " " + self.tr("The budget pays for %1 worker(s) over %2 month(s).") \
                    .replace("%1", str(budget.sen // per_worker.sen)).replace("%2", str(months))
                if self.planned.value() and self.planned.value() * per_worker.sen > budget.sen:
                    problem = self.tr("The budget does not cover the planned workers.")
            self.contribution.setText(text)
            if end < start:
                problem = self.tr("The last month is before the first.")
        except UserError as exc:
            self.contribution.setText("")
            problem = exc.render(translate)
        if not problem:
            if not self.title.text().strip():
                problem = self.tr("Give the programme a title.")
            elif not self.sponsor.text().strip():
                problem = self.tr("Enter the sponsor's name.")
            elif not self.budget.text().strip():
                problem = self.tr("Enter the budget.")
            elif self.source.currentData() == SponsorSource.APBDES.value and not self.desa.text().strip():
                problem = self.tr("A village budget (APBDes) programme needs the desa.")
        show_field_error(self.error, problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        return not problem

    def data(self) -> SponsorshipInput:
        return SponsorshipInput(
            title=self.title.text(), source=SponsorSource(self.source.currentData()), sponsor=self.sponsor.text(),
            regency=self.regency.currentText(), start=self.start.month(), end=self.end.month(),
            programmes=ProgrammeSet(self.programmes.currentData()), reported_income=self._money(self.income),
            budget=self._money(self.budget), desa=self.desa.text(), planned_workers=self.planned.value(),
            months_paid=self.paid.value(), notes=self.notes.text())

    def save(self) -> None:
        if not self.validate():
            return
        try:
            record = (self.sponsorship.id, self.sponsorship.version) if self.sponsorship else None
            self.saved, changes = self.services.coverage.save_sponsorship(self.data(), record=record)
        except Exception as exc:
            show_error(self, exc)
            return
        notify(self.parent() or self, changes)
        self.accept()


class WorkerDialog(QDialog):
    def __init__(self, services: Services, sponsorship: SponsorshipView, worker: WorkerView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.sponsorship, self.worker = services, sponsorship, worker
        self.setWindowTitle(self.tr("Worker in %1").replace("%1", sponsorship.title))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.nik = QLineEdit(self)
        self.nik.setAccessibleName(self.tr("NIK"))
        self.nik.setPlaceholderText(self.tr("16 digits"))
        self.nik_error = field_error(self)
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Group"))
        for g in WorkerGroup:
            self.group.addItem(g.label_id, g.value)
        self.desa = QLineEdit(self)
        self.desa.setAccessibleName(self.tr("Desa"))
        self.desa.setText(sponsorship.desa)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("NI&K"), self.nik)
        form.addRow("", self.nik_error)
        form.addRow(self.tr("&Group"), self.group)
        form.addRow(self.tr("&Desa"), self.desa)
        self.buttons = form_with_save_cancel(self, form)
        if worker is not None:
            self.name.setText(worker.name)
            self.nik.setText(worker.nik)  # masked for roles that may not see it; kept unless retyped
            self.group.setCurrentIndex(max(0, self.group.findData(worker.group.value)))
            self.desa.setText(worker.desa)
        self.name.textChanged.connect(self.validate)
        self.nik.textChanged.connect(self.validate)
        self.validate()

    def validate(self) -> bool:
        problem = ""
        text = self.nik.text().strip()
        if text and not (self.worker is not None and "*" in text):
            try:
                parse_nik(text, today=self.services.ctx.today())
            except UserError as exc:
                problem = exc.render(translate)
        show_field_error(self.nik_error, problem)
        self.nik.setProperty("invalid", bool(problem))
        self.nik.style().unpolish(self.nik)
        self.nik.style().polish(self.nik)
        ok = not problem and bool(text) and bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def save(self) -> None:
        if not self.validate():
            return
        inp = WorkerInput(self.sponsorship.id, self.name.text(), self.nik.text().strip(),
                          WorkerGroup(self.group.currentData()), self.sponsorship.regency, self.desa.text())
        try:
            if self.worker is None:
                _, changes = self.services.coverage.add_worker(inp)
            else:
                _, changes = self.services.coverage.update_worker(self.worker.id, self.worker.version, inp)
        except Exception as exc:
            show_error(self, exc)
            return
        notify(self.parent() or self, changes)
        self.accept()
