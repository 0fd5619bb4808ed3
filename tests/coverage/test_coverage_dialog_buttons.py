"""The Cakupan record dialogs share one form body with Save and Cancel (desktop.ui.widgets.form_dialog):
Save stores the record and closes the dialog, Cancel closes it and stores nothing."""

from __future__ import annotations

from coverage_helpers import programme
from PySide6.QtWidgets import QDialog, QDialogButtonBox

SAVE, CANCEL = QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel


def _open(dialog, qtbot):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_save_stores_the_meeting_and_its_commitment(office, app_ui, qtbot):
    from desktop.ui.coverage.commitment_dialogs import CommitmentDialog, MeetingDialog

    meeting = _open(MeetingDialog(office), qtbot)
    meeting.buttons.button(SAVE).click()
    assert meeting.result() == QDialog.DialogCode.Accepted
    assert [m.title for m in office.coverage.meetings()] == [meeting.saved.title]
    commitment = _open(CommitmentDialog(office, meeting.saved), qtbot)
    commitment.party.setText("Bappeda Kabupaten Banyumas")
    commitment.text.setPlainText("Alokasi APBD 2027 untuk pekerja rentan")
    commitment.buttons.button(SAVE).click()
    assert commitment.result() == QDialog.DialogCode.Accepted
    assert [c.party for c in office.coverage.list_commitments().rows] == ["Bappeda Kabupaten Banyumas"]


def test_save_is_offered_only_for_a_valid_agent_and_cancel_stores_nothing(office, app_ui, qtbot):
    from desktop.ui.coverage.perisai_tab import AgentDialog

    cancelled = _open(AgentDialog(office), qtbot)
    cancelled.name.setText("Sugeng Riyadi")
    cancelled.nik.setText("3302011204850003")
    cancelled.buttons.button(CANCEL).click()
    assert cancelled.result() == QDialog.DialogCode.Rejected and office.coverage.list_agents().total == 0
    agent = _open(AgentDialog(office), qtbot)
    agent.name.setText("Sugeng Riyadi")
    assert not agent.buttons.button(SAVE).isEnabled()  # no NIK yet
    agent.nik.setText("3302011204850003")
    agent.buttons.button(SAVE).click()
    assert agent.result() == QDialog.DialogCode.Accepted
    assert [a.name for a in office.coverage.list_agents().rows] == ["Sugeng Riyadi"]


def test_cancel_leaves_the_sponsorship_unchanged(office, app_ui, qtbot):
    from desktop.ui.coverage.sponsor_dialogs import CoverageSponsorshipDialog

    p = programme(office)
    dialog = _open(CoverageSponsorshipDialog(office, p), qtbot)
    dialog.title.setText("Judul lain")
    dialog.buttons.button(CANCEL).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert [s.title for s in office.coverage.list_sponsorships().rows] == [p.title]
