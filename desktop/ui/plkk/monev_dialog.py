"""Plan a monitoring and evaluation (monev) visit, or record one done: the score per criterion (the
weighted result is shown as the clerk scores), findings and agreed follow-ups with due dates."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import check_not_future
from desktop.domain.plkk import Criterion, FollowUpStatus, MonevStatus, monev_score
from desktop.errors import UserError
from desktop.services.app import Services
from desktop.services.plkk_views import FollowUpInput, MonevInput, MonevView, PartnerView
from desktop.ui.errors import message_for, show_error
from desktop.ui.icons import icon
from desktop.ui.plkk.common import (
    field_error,
    follow_up_label,
    from_qdate,
    show_field_error,
    stacked,
    to_qdate,
)

NOT_SCORED = -1


class MonevDialog(QDialog):
    def __init__(self, services: Services, partner: PartnerView, monev: MonevView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.partner = partner
        self.monev = monev
        self.saved: MonevView | None = None
        self.changes = None
        self.lines = services.plkk.score_lines(monev.id if monev else None)
        self.setWindowTitle(self.tr("Monev visit — %1").replace("%1", partner.name))
        self.setMinimumWidth(680)
        today = services.ctx.today()

        self.planned_radio = QRadioButton(self.tr("&Planned"), self)
        self.done_radio = QRadioButton(self.tr("&Done"), self)
        group = QButtonGroup(self)
        group.addButton(self.planned_radio)
        group.addButton(self.done_radio)
        status_row = QHBoxLayout()
        status_row.addWidget(self.planned_radio)
        status_row.addWidget(self.done_radio)
        status_row.addStretch(1)
        self.planned_on = self._date(self.tr("Planned date"))
        self.visited_on = self._date(self.tr("Visit date"))
        self.date_error = field_error(self)
        self.officer = QComboBox(self)
        self.officer.setEditable(True)
        self.officer.setAccessibleName(self.tr("Officer"))
        self.officer.addItems(sorted({u.full_name for u in services.users.list() if u.active}))
        self.officer_error = field_error(self)

        scores_box = QGroupBox(self.tr("Scores"), self)
        scores_form = QFormLayout(scores_box)
        self.spins: dict = {}
        for line in self.lines:
            spin = QSpinBox(scores_box)
            spin.setRange(NOT_SCORED, line.max_score)
            spin.setSpecialValueText(self.tr("not scored"))
            spin.setValue(NOT_SCORED if line.score is None else line.score)
            spin.setAccessibleName(line.name)
            spin.setSuffix(self.tr(" of %1").replace("%1", str(line.max_score)))
            spin.valueChanged.connect(self.validate)
            self.spins[line.criterion_id] = spin
            weight = self.tr("weight %1").replace("%1", str(line.weight))
            scores_form.addRow(f"{line.name} ({weight})", spin)
        self.total_label = QLabel(scores_box)
        self.total_label.setObjectName("MonevTotal")
        self.scores_error = field_error(scores_box)
        scores_form.addRow(self.tr("Result"), self.total_label)
        scores_form.addRow("", self.scores_error)
        self.scores_box = scores_box

        self.findings = QPlainTextEdit(self)
        self.findings.setAccessibleName(self.tr("Findings"))
        self.findings.setFixedHeight(70)
        self.findings.setTabChangesFocus(True)

        self.follow = QTableWidget(0, 3, self)
        self.follow.setAccessibleName(self.tr("Follow-ups"))
        self.follow.setHorizontalHeaderLabels([self.tr("Follow-up"), self.tr("Due"), self.tr("Status")])
        self.follow.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.follow.verticalHeader().setVisible(False)
        self.follow.setMinimumHeight(110)
        add = QPushButton(icon("plus"), self.tr("&Add follow-up"), self)
        add.clicked.connect(lambda: self.add_follow_up(FollowUpInput("", today + timedelta(days=30))))
        remove = QPushButton(icon("trash-2"), self.tr("&Remove follow-up"), self)
        remove.clicked.connect(lambda: self.follow.removeRow(self.follow.currentRow()))
        follow_buttons = QHBoxLayout()
        follow_buttons.addWidget(add)
        follow_buttons.addWidget(remove)
        follow_buttons.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Status"), status_row)
        form.addRow(self.tr("Pla&nned for"), self.planned_on)
        form.addRow(self.tr("&Visited on"), stacked(self.visited_on, self.date_error))
        form.addRow(self.tr("&Officer"), stacked(self.officer, self.officer_error))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if monev is not None:
            delete = self.buttons.addButton(self.tr("De&lete visit"), QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.setIcon(icon("trash-2"))
            delete.clicked.connect(self.delete)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scores_box)
        layout.addWidget(QLabel(self.tr("&Findings"), self, buddy=self.findings))
        layout.addWidget(self.findings)
        layout.addWidget(QLabel(self.tr("Follow-ups agreed with the partner"), self))
        layout.addWidget(self.follow)
        layout.addLayout(follow_buttons)
        layout.addWidget(self.buttons)

        if monev is not None:
            # a planned visit whose day has come is opened to be recorded as done
            done = monev.status == MonevStatus.DONE or (monev.planned_on is not None and monev.planned_on <= today)
            (self.done_radio if done else self.planned_radio).setChecked(True)
            self.planned_on.setDate(to_qdate(monev.planned_on or monev.visited_on or today))
            self.visited_on.setDate(to_qdate(monev.visited_on or monev.planned_on or today))
            self.officer.setCurrentText(monev.officer)
            self.findings.setPlainText(monev.findings)
            for f in monev.follow_ups:
                self.add_follow_up(FollowUpInput(f.action, f.due_on, f.status, f.done_on, f.id, f.version))
        else:
            self.done_radio.setChecked(True)
            self.planned_on.setDate(to_qdate(today))
            self.visited_on.setDate(to_qdate(today))
            self.officer.setCurrentText(services.actor.full_name)
        self.planned_radio.toggled.connect(self.validate)
        self.visited_on.dateChanged.connect(self.validate)
        self.officer.currentTextChanged.connect(self.validate)
        self.validate()

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(name)
        return edit

    def add_follow_up(self, f: FollowUpInput) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        row = self.follow.rowCount()
        self.follow.insertRow(row)
        item = QTableWidgetItem(f.action)
        item.setData(Qt.ItemDataRole.UserRole, (f.id, f.version, f.done_on))
        self.follow.setItem(row, 0, item)
        due = self._date(self.tr("Due date"))
        due.setDate(to_qdate(f.due_on or self.services.ctx.today()))
        self.follow.setCellWidget(row, 1, due)
        status = QComboBox(self.follow)
        status.setAccessibleName(self.tr("Follow-up status"))
        for s in FollowUpStatus:
            status.addItem(follow_up_label(s.value), s.value)
        status.setCurrentIndex(max(0, status.findData(f.status)))
        self.follow.setCellWidget(row, 2, status)
        if not f.action:
            self.follow.setCurrentCell(row, 0)
            self.follow.editItem(item)

    def follow_ups(self) -> tuple[FollowUpInput, ...]:
        out = []
        for row in range(self.follow.rowCount()):
            item = self.follow.item(row, 0)
            text = item.text().strip() if item else ""
            if not text:
                continue
            fid, version, done_on = item.data(Qt.ItemDataRole.UserRole) or (None, 0, None)
            status = self.follow.cellWidget(row, 2).currentData()
            out.append(FollowUpInput(text, from_qdate(self.follow.cellWidget(row, 1).date()), status,
                                     done_on or (self.services.ctx.today() if status == FollowUpStatus.DONE else None),
                                     fid, version))
        return tuple(out)

    def data(self) -> MonevInput:
        done = self.done_radio.isChecked()
        scores = {cid: spin.value() for cid, spin in self.spins.items() if spin.value() != NOT_SCORED}
        return MonevInput(
            partner_id=self.partner.id, status=MonevStatus.DONE.value if done else MonevStatus.PLANNED.value,
            planned_on=from_qdate(self.planned_on.date()) if (not done or self.monev and self.monev.planned_on) else None,
            visited_on=from_qdate(self.visited_on.date()) if done else None, officer=self.officer.currentText(),
            scores=scores if done else {}, findings=self.findings.toPlainText(), follow_ups=self.follow_ups(),
            id=self.monev.id if self.monev else None, version=self.monev.version if self.monev else 0)

    def validate(self) -> bool:
        done = self.done_radio.isChecked()
        self.visited_on.setEnabled(done)
        self.scores_box.setEnabled(done)
        d = self.data()
        date_msg = ""
        if done and d.visited_on is not None:
            try:
                check_not_future(d.visited_on, self.services.ctx.today(), self.tr("The visit date"))
            except UserError as exc:
                date_msg = message_for(exc)
        show_field_error(self.date_error, self.visited_on, date_msg)
        officer_msg = self.tr("Name the officer who made the visit.") if done and not d.officer.strip() else ""
        show_field_error(self.officer_error, None, officer_msg)
        score_msg = ""
        if done:
            try:
                total = monev_score([Criterion(x.criterion_id, x.name, x.weight, x.max_score) for x in self.lines],
                                    d.scores)
                self.total_label.setText(f"{total.format()} / 100 — {total.rating}")
            except UserError as exc:
                score_msg = message_for(exc)
                self.total_label.setText("—")
        else:
            self.total_label.setText("—")
        show_field_error(self.scores_error, None, score_msg)
        ok = not (date_msg or officer_msg or score_msg)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def save(self) -> None:
        if not self.validate():
            return
        try:
            self.saved, self.changes = self.services.plkk.save_monev(self.data())
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()

    def delete(self) -> None:
        """Remove a visit recorded by mistake, or a planned one that will not take place."""
        if self.monev is None:
            return
        try:
            self.changes = self.services.plkk.delete_monev(self.monev.id, self.monev.version)
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()
