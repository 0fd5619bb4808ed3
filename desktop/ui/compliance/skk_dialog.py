"""Recording how the Jaksa Pengacara Negara's work on a case handed over under SKK goes (each change
is also written on the case's timeline). A new hand-over is made in skk_batch_dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
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
    t,
)
from desktop.ui.errors import show_error
from desktop.ui.tasks import run_task


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
