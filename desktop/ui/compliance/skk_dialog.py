"""SKK batches: choosing the cases for one Kejaksaan Negeri, and recording how the Jaksa Pengacara
Negara's work on a case goes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import compliance as rules
from desktop.services.app import Services
from desktop.services.compliance_views import SkkItemView
from desktop.ui.compliance.common import (
    MoneyField,
    add_row,
    apply_changes,
    date_edit,
    date_of,
    field_error,
    fmt_money,
    show_problem,
    state_label,
    t,
)
from desktop.ui.errors import show_error
from desktop.ui.tasks import run_task

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class SkkBatchDialog(QDialog):
    created = Signal(object)  # SkkBatchView

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("New SKK batch"))
        self.resize(760, 540)
        self.kejari = QComboBox(self)
        self.kejari.setAccessibleName(self.tr("Kejaksaan Negeri"))
        for k in rules.KEJARI:
            self.kejari.addItem(self.tr("Kejaksaan Negeri %1").replace("%1", k), k)
        self.handed = date_edit(self, services.compliance.today(), self.tr("Handed over on"))
        self.notes = QLineEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.cases = QListWidget(self)
        self.cases.setAccessibleName(self.tr("Cases to hand over"))
        self.count = QLabel(self)
        self.problem = field_error(self)
        form = QFormLayout()
        add_row(form, self.tr("&Kejaksaan Negeri:"), self.kejari)
        add_row(form, self.tr("&Handed over on:"), self.handed)
        add_row(form, self.tr("N&otes:"), self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Cases whose Teguran Tertulis II has run its days, or referred without an SKK:"),
                                self))
        layout.addWidget(self.cases, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.kejari.currentIndexChanged.connect(self.load)
        self.cases.itemChanged.connect(lambda _i: self._count())
        self.load()

    def load(self) -> None:
        self.cases.blockSignals(True)
        self.cases.clear()
        for r in self.services.compliance.skk_candidates(self.kejari.currentData()):
            item = QListWidgetItem(f"{r.case_no}  {r.employer_name} ({r.npp or 'PWBD'}) — {state_label(r.state)}"
                                   + (f" — {fmt_money(r.arrears)}" if r.arrears else ""))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(ROW_ROLE, r)
            self.cases.addItem(item)
        self.cases.blockSignals(False)
        self._count()

    def chosen(self) -> list:
        return [self.cases.item(i).data(ROW_ROLE) for i in range(self.cases.count())
                if self.cases.item(i).checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        n = len(self.chosen())
        if not self.cases.count():
            self.count.setText(self.tr("No case is ready for this Kejaksaan Negeri."))
        else:
            self.count.setText(self.tr("%1 cases chosen: each gets its SKK number and covering letter; the attached "
                                       "list is printed from the SKK tab.").replace("%1", str(n)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Issue %1 letters").replace("%1", str(n)))

    def _create(self) -> None:
        kejari, on, notes = self.kejari.currentData(), date_of(self.handed), self.notes.text()
        cases = [(r.id, r.version) for r in self.chosen()]
        self.buttons.setEnabled(False)
        self.task = run_task(self, lambda control: self.services.compliance.create_skk_batch(
            kejari, cases, handed_over=on, notes=notes, progress=control), on_success=self._done, on_error=self._failed,
            title=self.tr("Issuing the SKK letters"), writes=True)

    def _done(self, result) -> None:
        batch, changes = result
        apply_changes(self.parentWidget() or self, changes)
        self.created.emit(batch)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error_box = show_error(self, exc)


class SkkItemDialog(QDialog):
    saved = Signal()

    def __init__(self, services: Services, item: SkkItemView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.item = services, item
        self.setWindowTitle(f"{item.case_no} — {item.employer_name}")
        self.setMinimumWidth(480)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("JPN status"))
        for s in rules.JPN_STATUSES:
            self.status.addItem(t(rules.JPN_LABELS[s]), s)
        self.status.setCurrentIndex(self.status.findData(item.jpn_status))
        self.on = date_edit(self, services.compliance.today(), self.tr("Date"))
        self.promised_known = QCheckBox(self.tr("promised to pay by:"), self)
        self.promised = date_edit(self, item.promised_date or services.compliance.today(), self.tr("Promised date"))
        self.promised_known.setChecked(item.promised_date is not None)
        self.promised.setEnabled(item.promised_date is not None)
        self.promised_known.toggled.connect(self.promised.setEnabled)
        self.recovered = MoneyField(self, self.tr("Recovered so far"), item.recovered)
        self.notes = QLineEdit(item.notes, self)
        self.notes.setAccessibleName(self.tr("Notes"))
        promise = QHBoxLayout()
        promise.addWidget(self.promised_known)
        promise.addWidget(self.promised, 1)
        form = QFormLayout()
        add_row(form, self.tr("&Status:"), self.status)
        add_row(form, self.tr("&Date:"), self.on)
        add_row(form, self.tr("Statement:"), promise)
        add_row(form, self.tr("&Recovered so far:"), self.recovered)
        add_row(form, self.tr("&Notes:"), self.notes)
        self.problem = field_error(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.recovered.changed.connect(self._validate)
        self._validate()

    def _validate(self) -> bool:
        problem = ""
        if not self.recovered.is_valid():
            problem = self.tr("Correct the amount first.")
        elif self.recovered.value() < self.item.recovered:
            problem = self.tr("The amount recovered cannot go down (%1 was recorded).").replace(
                "%1", fmt_money(self.item.recovered))
        show_problem(self.problem, problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        return not problem

    def _save(self) -> None:
        if not self._validate():
            return
        item = self.item
        status, on, notes, recovered = self.status.currentData(), date_of(self.on), self.notes.text(), self.recovered.value()
        promised = date_of(self.promised) if self.promised_known.isChecked() else None
        self.buttons.setEnabled(False)

        def done(changes) -> None:
            apply_changes(self.parentWidget() or self, changes)
            self.saved.emit()
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.error_box = show_error(self, exc)

        self.task = run_task(self, lambda _c: self.services.compliance.update_skk_item(
            item.id, item.version, jpn_status=status, status_date=on, promised_date=promised, recovered=recovered,
            notes=notes), on_success=done, on_error=failed, title=self.tr("Saving"), writes=True)
