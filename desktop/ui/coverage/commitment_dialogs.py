"""A coordination meeting (rapat koordinasi) and one of its commitments."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.domain.coverage import CommitmentStatus
from desktop.services.app import Services
from desktop.services.coverage_views import CommitmentInput, CommitmentView, MeetingInput, MeetingView
from desktop.ui.coverage.common import (
    field_error,
    from_qdate,
    notify,
    show_field_error,
    status_label,
    to_qdate,
)
from desktop.ui.errors import show_error
from desktop.ui.widgets.form_dialog import form_with_save_cancel


def _date_edit(parent: QWidget, value: date, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(to_qdate(value))
    edit.setAccessibleName(name)
    return edit


class MeetingDialog(QDialog):
    def __init__(self, services: Services, meeting: MeetingView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.meeting = services, meeting
        self.saved: MeetingView | None = None
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("New coordination meeting"))
        today = services.ctx.today()
        self.held_on = _date_edit(self, meeting.held_on if meeting else today, self.tr("Date"))
        self.title = QLineEdit(meeting.title if meeting else self.tr("Rapat Koordinasi Perlindungan Pekerja Rentan"),
                               self)
        self.title.setAccessibleName(self.tr("Title"))
        self.place = QLineEdit(meeting.place if meeting else "", self)
        self.place.setAccessibleName(self.tr("Place"))
        self.participants = QPlainTextEdit(meeting.participants if meeting else "", self)
        self.participants.setAccessibleName(self.tr("With whom"))
        self.participants.setPlaceholderText(self.tr("Sekda, Kepala Dinas Sosial, Baznas, banks, hospitals…"))
        self.notes = QPlainTextEdit(meeting.notes if meeting else "", self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.error = field_error(self)
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.held_on)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("&With whom"), self.participants)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow("", self.error)
        self.buttons = form_with_save_cancel(self, form)
        self.title.textChanged.connect(self.validate)
        self.held_on.dateChanged.connect(self.validate)
        self.validate()

    def validate(self) -> bool:
        problem = ""
        if not self.title.text().strip():
            problem = self.tr("The meeting needs a title.")
        elif from_qdate(self.held_on.date()) > self.services.ctx.today():
            problem = self.tr("A meeting is recorded after it was held; the date is in the future.")
        show_field_error(self.error, problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        return not problem

    def save(self) -> None:
        if not self.validate():
            return
        inp = MeetingInput(from_qdate(self.held_on.date()), self.title.text(), self.place.text(),
                           self.participants.toPlainText(), self.notes.toPlainText())
        try:
            record = (self.meeting.id, self.meeting.version) if self.meeting else None
            self.saved, changes = self.services.coverage.save_meeting(inp, record=record)
        except Exception as exc:
            show_error(self, exc)
            return
        notify(self.parent() or self, changes)
        self.accept()


class CommitmentDialog(QDialog):
    def __init__(self, services: Services, meeting: MeetingView, commitment: CommitmentView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.meeting, self.commitment = services, meeting, commitment
        self.setWindowTitle(self.tr("Commitment — %1").replace("%1", meeting.title))
        c = commitment
        self.party = QLineEdit(c.party if c else "", self)
        self.party.setAccessibleName(self.tr("Party"))
        self.party.setPlaceholderText(self.tr("Who committed: e.g. Bappeda Kabupaten Banyumas"))
        self.text = QPlainTextEdit(c.text if c else "", self)
        self.text.setAccessibleName(self.tr("Commitment"))
        self.has_due = QCheckBox(self.tr("Due by"), self)
        self.has_due.setChecked(c is None or c.due_date is not None)
        self.due = _date_edit(self, (c.due_date if c and c.due_date else services.ctx.today()), self.tr("Due date"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for s in CommitmentStatus:
            self.status.addItem(status_label(s), s.value)
        if c is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(c.status.value)))
        self.notes = QLineEdit(c.notes if c else "", self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.error = field_error(self)
        form = QFormLayout()
        form.addRow(self.tr("&Party"), self.party)
        form.addRow(self.tr("&Commitment"), self.text)
        form.addRow(self.has_due, self.due)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow("", self.error)
        self.buttons = form_with_save_cancel(self, form)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.due.setEnabled(self.has_due.isChecked())
        for signal in (self.party.textChanged, self.text.textChanged, self.due.dateChanged, self.has_due.toggled):
            signal.connect(self.validate)
        self.validate()

    def validate(self) -> bool:
        problem = ""
        if not self.party.text().strip():
            problem = self.tr("Say who committed (the party).")
        elif not self.text.toPlainText().strip():
            problem = self.tr("Write what was committed.")
        elif self.has_due.isChecked() and from_qdate(self.due.date()) < self.meeting.held_on:
            problem = self.tr("The due date is before the meeting.")
        show_field_error(self.error, problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        return not problem

    def save(self) -> None:
        if not self.validate():
            return
        inp = CommitmentInput(self.meeting.id, self.party.text(), self.text.toPlainText(),
                              from_qdate(self.due.date()) if self.has_due.isChecked() else None,
                              CommitmentStatus(self.status.currentData()), self.notes.text())
        try:
            record = (self.commitment.id, self.commitment.version) if self.commitment else None
            _, changes = self.services.coverage.save_commitment(inp, record=record)
        except Exception as exc:
            show_error(self, exc)
            return
        notify(self.parent() or self, changes)
        self.accept()
