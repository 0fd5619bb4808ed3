"""Moving a case one step: the step, its date, the due date it sets, the letter it issues, and why
a step is not allowed yet (a warning that has not run its working days: from which date)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import compliance as rules
from desktop.domain.dates import format_date_id
from desktop.errors import UserError
from desktop.services.app import Services
from desktop.services.compliance_views import CaseView, OutcomeView
from desktop.ui.compliance.common import (
    MOVE_VERBS,
    MoneyField,
    add_row,
    date_edit,
    date_of,
    field_error,
    render_error,
    show_problem,
    state_label,
    t,
    write_and_close,
)

LETTER_NAMES = {"undangan_klarifikasi": "Undangan Klarifikasi", "teguran_1": "Teguran Tertulis I",
                "teguran_2": "Teguran Tertulis II"}


class MoveDialog(QDialog):
    moved = Signal(object)  # MoveResult

    def __init__(self, services: Services, case: CaseView, parent: QWidget | None = None,
                 target: str | None = None) -> None:
        super().__init__(parent)
        self.services, self.case = services, case
        self.setWindowTitle(self.tr("Move case %1").replace("%1", case.case_no))
        self.setMinimumWidth(560)
        head = QLabel(f"<b>{case.case_no}</b> — {case.employer_name}<br>"
                      + self.tr("Now: %1 since %2").replace("%1", state_label(case.state))
                      .replace("%2", format_date_id(case.state_since) if case.state_since else "-"), self)
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Next step"))
        for s in case.allowed_moves:
            self.target.addItem(t(MOVE_VERBS[s]), s)
        if target is not None and self.target.findData(target) >= 0:
            self.target.setCurrentIndex(self.target.findData(target))
        self.on = date_edit(self, services.compliance.today(), self.tr("Date of the step"))
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.problem = field_error(self)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why the case is resolved or closed"))
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(70)
        self.evidence = QLineEdit(self)
        self.evidence.setReadOnly(True)
        self.evidence.setAccessibleName(self.tr("Evidence file"))
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.clicked.connect(self._choose_evidence)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence, 1)
        evidence_row.addWidget(choose)
        self.paper = QCheckBox(self.tr("The letter was already sent on paper, number:"), self)
        self.paper_number = QLineEdit(self)
        self.paper_number.setAccessibleName(self.tr("Number of the letter sent on paper"))
        self.paper_number.setEnabled(False)
        self.paper.toggled.connect(self.paper_number.setEnabled)
        self.paper_row = QWidget(self)
        paper_row = QHBoxLayout(self.paper_row)
        paper_row.setContentsMargins(0, 0, 0, 0)
        paper_row.addWidget(self.paper)
        paper_row.addWidget(self.paper_number, 1)
        self.paper.toggled.connect(self._update)

        form = QFormLayout()
        add_row(form, self.tr("&Step:"), self.target)
        add_row(form, self.tr("&Date:"), self.on)
        form.addRow("", self.info)
        form.addRow("", self.problem)
        add_row(form, self.tr("&Reason:"), self.reason)
        add_row(form, self.tr("&Notes:"), self.notes)
        add_row(form, self.tr("E&vidence:"), evidence_row)
        form.addRow("", self.paper_row)
        self._form = form
        self.outcome_box = self._outcome_box()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(self.outcome_box)
        layout.addWidget(self.buttons)
        self.target.currentIndexChanged.connect(self._update)
        self.on.dateChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()

    def _outcome_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What the case achieved (optional)"), self)
        self.workers = QSpinBox(box)
        self.workers.setRange(0, 100_000)
        self.workers.setAccessibleName(self.tr("Workers registered"))
        self.programmes = {p: QCheckBox(p, box) for p in rules.PROGRAMMES}
        prog_row = QHBoxLayout()
        for cb in self.programmes.values():
            prog_row.addWidget(cb)
        self.wages = MoneyField(box, self.tr("Monthly wages corrected"))
        self.arrears = MoneyField(box, self.tr("Arrears recovered"))
        self.npp = QLineEdit(box)
        self.npp.setAccessibleName(self.tr("NPP given at registration"))
        form = QFormLayout(box)
        add_row(form, self.tr("Workers registered:"), self.workers)
        add_row(form, self.tr("Programmes added:"), prog_row)
        add_row(form, self.tr("Monthly wages corrected:"), self.wages)
        add_row(form, self.tr("Arrears recovered:"), self.arrears)
        add_row(form, self.tr("NPP (newly registered):"), self.npp)
        self.wages.changed.connect(self._update)
        self.arrears.changed.connect(self._update)
        return box

    def _choose_evidence(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Evidence (scan, photo, minutes)"), "",
                                              self.tr("Documents and images (*.pdf *.jpg *.jpeg *.png);;All files (*)"))
        if path:
            self.evidence.setText(path)

    @property
    def chosen(self) -> str | None:
        return self.target.currentData()

    def _update(self) -> None:
        target = self.chosen
        ok = target is not None
        needs_reason = target in ("resolved", "closed")
        has_letter = target in rules.LETTER_FOR_MOVE
        self._form.setRowVisible(self.reason, needs_reason)
        self._form.setRowVisible(self.paper_row, has_letter)
        self.outcome_box.setVisible(target == "resolved")
        if target is None:
            show_problem(self.problem, self.tr("This case cannot move any more."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        try:
            check = self.services.compliance.check_move(self.case.id, target, on=date_of(self.on))
        except UserError as exc:
            check, problem = None, render_error(exc)
        else:
            problem = render_error(check.problem) if check.problem else ""
        lines = []
        if check is not None and check.due is not None:
            days = self.services.compliance.warning_days() if target in ("teguran_1", "teguran_2") else None
            due = format_date_id(check.due)
            lines.append(self.tr("Due date: %1 (%2 working days)").replace("%1", due).replace("%2", str(days))
                         if days else self.tr("Next follow-up by %1").replace("%1", due))
        if check is not None and check.letter:
            lines.append(self.tr("Issues and numbers the letter “%1”.").replace("%1", LETTER_NAMES[check.letter]))
        if needs_reason and not self.reason.text().strip():
            problem = problem or self.tr("Give the reason.")
            ok = False
        self.info.setText("\n".join(lines))
        show_problem(self.problem, problem)
        ok = ok and not problem and self.wages.is_valid() and self.arrears.is_valid()
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(ok)
        button.setText(self.tr("&Issue letter") if has_letter and not self.paper.isChecked() else self.tr("&Move"))

    def _outcome(self) -> OutcomeView | None:
        if self.chosen != "resolved":
            return None
        programmes = tuple(p for p, cb in self.programmes.items() if cb.isChecked())
        if not (self.workers.value() or programmes or self.wages.value() or self.arrears.value()):
            return None
        return OutcomeView(id=None, version=0, on_date=date_of(self.on), workers_added=self.workers.value(),
                           programmes_added=programmes, wages_corrected=self.wages.value(),
                           arrears_recovered=self.arrears.value())

    def _submit(self) -> None:
        target, on = self.chosen, date_of(self.on)
        evidence = Path(self.evidence.text()) if self.evidence.text() else None
        paper = self.paper_number.text().strip() if self.paper.isChecked() else ""
        outcome = self._outcome()
        npp = self.npp.text().strip() or None
        case = self.case

        def work(_control):
            return self.services.compliance.move(case.id, case.version, target, on=on, notes=self.notes.toPlainText(),
                                                 reason=self.reason.text(), evidence=evidence, outcome=outcome,
                                                 npp=npp, paper_letter=paper)

        self.task = write_and_close(self, work, title=self.tr("Moving the case"), saved=self.moved)
