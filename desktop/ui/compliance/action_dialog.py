"""Recording what happens on a case between steps: a visit, the employer's reply, a signed
statement, a call, a note (each with its evidence); a referral step (nota pemeriksaan I/II, the
TMP3T request letter); and an outcome (workers and programmes added, wages corrected, arrears paid)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import compliance as rules
from desktop.services.app import Services
from desktop.services.compliance_views import CaseView, OutcomeView
from desktop.ui.compliance.common import (
    ACTION_LABELS,
    MoneyField,
    add_row,
    date_edit,
    date_of,
    field_error,
    render_error,
    show_problem,
    t,
    write_and_close,
)


class _CaseStepDialog(QDialog):
    recorded = Signal(object)

    def __init__(self, services: Services, case: CaseView, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.services, self.case = services, case
        self.setWindowTitle(f"{title} — {case.case_no}")
        self.setMinimumWidth(500)
        self.form = QFormLayout()
        self.on = date_edit(self, services.compliance.today(), QCoreApplication.translate("_CaseStepDialog", "Date"))
        self.problem = field_error(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _evidence_row(self) -> QHBoxLayout:
        self.evidence = QLineEdit(self)
        self.evidence.setReadOnly(True)
        self.evidence.setAccessibleName(QCoreApplication.translate("_CaseStepDialog", "Evidence file"))
        choose = QPushButton(QCoreApplication.translate("_CaseStepDialog", "C&hoose…"), self)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.evidence, 1)
        row.addWidget(choose)
        return row

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("_CaseStepDialog", "Evidence (scan, photo, minutes)"), "",
                                              QCoreApplication.translate("_CaseStepDialog", "Documents and images (*.pdf *.jpg *.jpeg *.png);;All files (*)"))
        if path:
            self.evidence.setText(path)
            self._validate()

    def _evidence_path(self) -> Path | None:
        return Path(self.evidence.text()) if getattr(self, "evidence", None) and self.evidence.text() else None

    def _validate(self) -> bool:
        return True

    def _run(self, work, title: str) -> None:
        if not self._validate():
            return
        self.task = write_and_close(self, work, title=title, saved=self.recorded)

    def _submit(self) -> None:
        raise NotImplementedError


class NoteDialog(_CaseStepDialog):
    """A visit, a reply, a statement, a call or a note."""

    def __init__(self, services: Services, case: CaseView, parent: QWidget | None = None, kind: str = "note") -> None:
        super().__init__(services, case, parent, self.tr("Record on the case"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("What happened"))
        for k in rules.NOTE_KINDS:
            self.kind.addItem(t(ACTION_LABELS[k]), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.reply = QPlainTextEdit(self)
        self.reply.setAccessibleName(self.tr("The employer's reply"))
        self.reply.setFixedHeight(80)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(80)
        add_row(self.form, self.tr("&What:"), self.kind)
        add_row(self.form, self.tr("&Date:"), self.on)
        add_row(self.form, self.tr("&Reply:"), self.reply)
        add_row(self.form, self.tr("&Notes:"), self.notes)
        add_row(self.form, self.tr("E&vidence:"), self._evidence_row())
        self._finish_layout()
        self.kind.currentIndexChanged.connect(self._validate)
        self.reply.textChanged.connect(self._validate)
        self.notes.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> bool:
        is_reply = self.kind.currentData() == "reply"
        self.form.setRowVisible(self.reply, is_reply)
        problem = ""
        if is_reply and not self.reply.toPlainText().strip():
            problem = self.tr("Write what the employer replied.")
        elif not (self.notes.toPlainText().strip() or self.reply.toPlainText().strip() or self.evidence.text()):
            problem = self.tr("Write a note or attach the evidence.")
        show_problem(self.problem, problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        return not problem

    def _submit(self) -> None:
        kind, on, notes = self.kind.currentData(), date_of(self.on), self.notes.toPlainText()
        reply = self.reply.toPlainText() if kind == "reply" else ""
        evidence, case = self._evidence_path(), self.case
        self._run(lambda _c: self.services.compliance.record_action(
            case.id, case.version, kind, on=on, notes=notes, reply_content=reply, evidence=evidence),
            self.tr("Saving"))


class ReferralStepDialog(_CaseStepDialog):
    """Nota pemeriksaan I/II by the Wasnaker, or the TMP3T request to the pemda (a letter)."""

    def __init__(self, services: Services, case: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(services, case, parent, self.tr("Referral step"))
        self.step = QComboBox(self)
        self.step.setAccessibleName(self.tr("Referral step"))
        for s in (rules.ReferralStep.NOTA_1, rules.ReferralStep.NOTA_2, rules.ReferralStep.TMP3T):
            self.step.addItem(t(ACTION_LABELS[s.value]), s.value)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(80)
        self.notes.setPlaceholderText(self.tr("For a nota pemeriksaan: its number and what it requires"))
        add_row(self.form, self.tr("&Step:"), self.step)
        add_row(self.form, self.tr("&Date:"), self.on)
        add_row(self.form, self.tr("&Notes:"), self.notes)
        add_row(self.form, self.tr("E&vidence:"), self._evidence_row())
        self._finish_layout()
        self.step.currentIndexChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> bool:
        problem = rules.check_referral_step(self.case.state, self.step.currentData(), self.case.referral_steps)
        show_problem(self.problem, render_error(problem) if problem else "")
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        button.setEnabled(problem is None)
        button.setText(self.tr("&Issue letter") if self.step.currentData() == "tmp3t" else self.tr("&Save"))
        return problem is None

    def _submit(self) -> None:
        step, on, notes, evidence, case = (self.step.currentData(), date_of(self.on), self.notes.toPlainText(),
                                           self._evidence_path(), self.case)
        self._run(lambda _c: self.services.compliance.referral_step(case.id, case.version, step, on=on, notes=notes,
                                                                    evidence=evidence), self.tr("Saving"))


class OutcomeDialog(_CaseStepDialog):
    """What the case achieved; the employer's figures follow."""

    def __init__(self, services: Services, case: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(services, case, parent, self.tr("Outcome"))
        self.workers = QSpinBox(self)
        self.workers.setRange(0, 100_000)
        self.workers.setAccessibleName(self.tr("Workers registered"))
        self.programmes = {p: QCheckBox(p, self) for p in rules.PROGRAMMES}
        prog = QHBoxLayout()
        for cb in self.programmes.values():
            prog.addWidget(cb)
        self.wages = MoneyField(self, self.tr("Monthly wages corrected"))
        self.arrears = MoneyField(self, self.tr("Arrears recovered"))
        self.npp = QLineEdit(self)
        self.npp.setAccessibleName(self.tr("NPP given at registration"))
        self.notes = QLineEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        add_row(self.form, self.tr("&Date:"), self.on)
        add_row(self.form, self.tr("&Workers registered:"), self.workers)
        add_row(self.form, self.tr("&Programmes added:"), prog)
        add_row(self.form, self.tr("Monthly wages &corrected:"), self.wages)
        add_row(self.form, self.tr("&Arrears recovered:"), self.arrears)
        add_row(self.form, self.tr("NPP (newly &registered):"), self.npp)
        add_row(self.form, self.tr("&Notes:"), self.notes)
        self._finish_layout()
        self.workers.valueChanged.connect(self._validate)
        self.wages.changed.connect(self._validate)
        self.arrears.changed.connect(self._validate)
        self.npp.textChanged.connect(self._validate)
        for cb in self.programmes.values():
            cb.toggled.connect(self._validate)
        self._validate()

    def _validate(self) -> bool:
        problem = ""
        if not (self.wages.is_valid() and self.arrears.is_valid()):
            problem = self.tr("Correct the amounts first.")
        elif not (self.workers.value() or any(cb.isChecked() for cb in self.programmes.values())
                  or self.wages.value() or self.arrears.value() or self.npp.text().strip()):
            problem = self.tr("Enter at least one result: workers, programmes, wages or arrears.")
        show_problem(self.problem, problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        return not problem

    def _submit(self) -> None:
        outcome = OutcomeView(id=None, version=0, on_date=date_of(self.on), workers_added=self.workers.value(),
                              programmes_added=tuple(p for p, cb in self.programmes.items() if cb.isChecked()),
                              wages_corrected=self.wages.value(), arrears_recovered=self.arrears.value(),
                              notes=self.notes.text())
        npp, case = self.npp.text().strip() or None, self.case
        self._run(lambda _c: self.services.compliance.add_outcome(case.id, case.version, outcome, npp=npp),
                  self.tr("Saving"))
