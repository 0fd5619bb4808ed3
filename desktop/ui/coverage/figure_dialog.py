"""Entering (or correcting) one kabupaten's coverage figure for one month; the percentages are shown
as the clerk types, and what is wrong is said next to the field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.coverage import Month, PopulationSource
from desktop.domain.coverage_figures import coverage_bp
from desktop.services.app import Services
from desktop.services.coverage_views import FigureInput, FigureView
from desktop.ui.coverage.common import (
    MonthEdit,
    field_error,
    fmt_pct,
    from_qdate,
    notify,
    show_field_error,
    to_qdate,
)
from desktop.ui.errors import show_error

MAX_PEOPLE = 50_000_000


def _count(parent: QWidget, name: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, MAX_PEOPLE)
    box.setGroupSeparatorShown(True)
    box.setAccessibleName(name)
    return box


class FigureDialog(QDialog):
    def __init__(self, services: Services, regency: str = "", month: Month | None = None,
                 figure: FigureView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.figure = services, figure
        self.saved: FigureView | None = None
        today = services.ctx.today()
        self.setWindowTitle(self.tr("Correct the figure") if figure else self.tr("New coverage figure"))
        self.regency = QComboBox(self)
        self.regency.setEditable(True)
        self.regency.setAccessibleName(self.tr("Kabupaten/kota"))
        self.regency.addItems(services.coverage.regions())
        self.month = MonthEdit(month or Month.of(today).plus(-1), self)
        self.month.setAccessibleName(self.tr("Month"))
        self.population = _count(self, self.tr("Working population"))
        self.source = QComboBox(self)
        self.source.setAccessibleName(self.tr("Source of the population figure"))
        for s in PopulationSource:
            self.source.addItem(s.label_id, s.value)
        self.as_of_known = QCheckBox(self.tr("Dated"), self)
        self.as_of = QDateEdit(self)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd/MM/yyyy")
        self.as_of.setAccessibleName(self.tr("Date of the population figure"))
        self.as_of.setDate(to_qdate(today.replace(month=8, day=1) if today.month >= 11 else
                                    today.replace(year=today.year - 1, month=8, day=1)))
        self.pu = _count(self, self.tr("Registered PU participants"))
        self.bpu = _count(self, self.tr("Registered BPU participants"))
        self.jakon = _count(self, self.tr("Registered Jasa Konstruksi participants"))
        self.informal = _count(self, self.tr("BPU potential (informal workers)"))
        self.informal.setSpecialValueText(self.tr("unknown"))
        self.target = QDoubleSpinBox(self)
        self.target.setRange(0, 100)
        self.target.setDecimals(2)
        self.target.setSuffix(" %")
        self.target.setSpecialValueText(self.tr("no target"))
        self.target.setAccessibleName(self.tr("Coverage target"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.preview = QLabel(self)
        self.preview.setObjectName("FigurePreview")
        self.error = field_error(self)
        form = QFormLayout()
        form.addRow(self.tr("&Kabupaten/kota"), self.regency)
        form.addRow(self.tr("&Month"), self.month)
        form.addRow(self.tr("&Working population"), self.population)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.as_of_known, self.as_of)
        form.addRow(self.tr("Registered &PU"), self.pu)
        form.addRow(self.tr("Registered &BPU"), self.bpu)
        form.addRow(self.tr("Registered &Jakon"), self.jakon)
        form.addRow(self.tr("BPU p&otential"), self.informal)
        form.addRow(self.tr("&Target"), self.target)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("Coverage"), self.preview)
        form.addRow("", self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if figure is not None:
            self.regency.setCurrentText(figure.regency)
            self.regency.setEnabled(False)
            self.month.set_month(figure.month)
            self.month.setEnabled(False)
            self.population.setValue(figure.working_population)
            self.source.setCurrentIndex(max(0, self.source.findData(figure.population_source.value)))
            self.as_of_known.setChecked(figure.population_as_of is not None)
            if figure.population_as_of:
                self.as_of.setDate(to_qdate(figure.population_as_of))
            for box, value in ((self.pu, figure.pu), (self.bpu, figure.bpu), (self.jakon, figure.jakon),
                               (self.informal, figure.informal_population or 0)):
                box.setValue(value)
            self.target.setValue((figure.target_bp or 0) / 100)
            self.note.setText(figure.note)
        elif regency:
            self.regency.setCurrentText(regency)
        for box in (self.population, self.pu, self.bpu, self.jakon, self.informal):
            box.valueChanged.connect(self.validate)
        self.as_of_known.toggled.connect(self.as_of.setEnabled)
        self.as_of.setEnabled(self.as_of_known.isChecked())
        self.month.dateChanged.connect(self.validate)
        self.validate()

    def data(self) -> FigureInput:
        target = round(self.target.value() * 100)
        return FigureInput(
            regency=self.regency.currentText().strip(), month=self.month.month(),
            working_population=self.population.value(), pu=self.pu.value(), bpu=self.bpu.value(),
            jakon=self.jakon.value(), population_source=PopulationSource(self.source.currentData()),
            population_as_of=from_qdate(self.as_of.date()) if self.as_of_known.isChecked() else None,
            informal_population=self.informal.value() or None, target_bp=target or None, note=self.note.text())

    def problem(self) -> str:
        d = self.data()
        if not d.regency:
            return self.tr("Choose the kabupaten/kota.")
        if d.month > Month.of(self.services.ctx.today()):
            return self.tr("The month is in the future.")
        if d.working_population <= 0:
            return self.tr("Enter the working population.")
        if d.pu + d.bpu + d.jakon > d.working_population:
            return self.tr("There are more participants than working population.")
        if d.informal_population is not None and d.bpu > d.informal_population:
            return self.tr("There are more BPU participants than the BPU potential.")
        return ""

    def validate(self) -> bool:
        d = self.data()
        pct = coverage_bp(d.pu + d.bpu + d.jakon, d.working_population)
        bpu = coverage_bp(d.bpu, d.informal_population)
        self.preview.setText(self.tr("%1 of the working population; BPU %2 of the potential")
                             .replace("%1", fmt_pct(pct)).replace("%2", fmt_pct(bpu)))
        problem = self.problem()
        show_field_error(self.error, problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        return not problem

    def save(self) -> None:
        if not self.validate():
            return
        try:
            replaces = (self.figure.id, self.figure.version) if self.figure else None
            self.saved, changes = self.services.coverage.save_figure(self.data(), replaces=replaces)
        except Exception as exc:
            show_error(self, exc)
            return
        notify(self.parent() or self, changes)
        self.accept()
