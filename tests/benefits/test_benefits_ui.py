"""The Santunan & Beasiswa page with pytest-qt: a claim typed in (the entitlement explained as it is
typed), its documents and heir, the disbursements verified and approved by two other people, paid,
and the printed receipt shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.benefits.claim_dialog import ClaimDialog
from desktop.ui.benefits.heirs_dialog import HeirsDialog
from desktop.ui.benefits.page import BenefitsPage


@pytest.fixture
def db_url(tmp_path) -> str:
    """The page does not depend on the backend (the services tests run on both): SQLite only."""
    return f"sqlite:///{tmp_path / 'ui.sqlite'}"


def _page(qtbot, services) -> BenefitsPage:
    page = BenefitsPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


def _type(qtbot, widget, text: str) -> None:
    edit = getattr(widget, "edit", widget)
    edit.clear()
    qtbot.keyClicks(edit, text)


def _select(table, predicate) -> object:
    for i in range(table.model.total):
        row = table.model.row_object(i)
        if predicate(row):
            table.view.selectRow(i)
            return row
    raise AssertionError("row not found")


def test_from_claim_to_printed_receipt(app_ui, qtbot, staff):
    page = _page(qtbot, staff.rina)
    assert page.claims.empty.isVisible()  # an empty list says what to do next
    page.claims.new_claim()
    dialog: ClaimDialog = page.claims.dialog
    _type(qtbot, dialog.kpj, "1234567890")
    assert dialog.kpj.error.isVisible() and "11" in dialog.kpj.error.text()  # told as they type
    _type(qtbot, dialog.kpj, "12345678901")
    assert not dialog.kpj.error.isVisible()
    _type(qtbot, dialog.nik, "3302011204850003")
    _type(qtbot, dialog.name, "Budi Santoso")
    _type(qtbot, dialog.membership, "04/01/2021")
    dialog.months.setValue(48)
    _type(qtbot, dialog.wage, "3.000.000")
    _type(qtbot, dialog.death, "02/03/2027")
    assert "2027" in dialog.entitlement.toPlainText() and "Rp42.000.000" not in dialog.entitlement.toPlainText()
    _type(qtbot, dialog.death, "02/03/2026")
    explained = dialog.entitlement.toPlainText()
    assert "Rp20.000.000" in explained and "Rp12.000.000" in explained and "Rp42.000.000" in explained
    assert "PP 82/2019" in explained
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.claim_id is not None and dialog.documents.rowCount() >= 8
    dialog.all_received.click()
    assert all(dialog.documents.item(i, 0).checkState() == Qt.CheckState.Checked
               for i in range(dialog.documents.rowCount()))
    dialog.reject()

    _select(page.claims.table, lambda r: r.kpj == "12345678901")
    page.claims.heirs()
    heirs: HeirsDialog = page.claims.dialog
    _type(qtbot, heirs.nik, "3302015508880002")
    _type(qtbot, heirs.name, "Sri Wahyuni")
    heirs.relationship.setCurrentIndex(heirs.relationship.findData("widow"))
    _type(qtbot, heirs.bank, "BRI")
    _type(qtbot, heirs.account, "0123456789012")
    heirs.add_action.trigger()
    assert heirs.table.rowCount() == 1 and heirs.table.item(0, 7).text()
    heirs.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    heirs.confirm_button.click()
    assert staff.rina.benefits.heirs(dialog.claim_id)[0].confirmed
    heirs.reject()

    _select(page.claims.table, lambda r: r.kpj == "12345678901")
    page.claims.disburse_action.trigger()
    assert "3" in page.claims.last_message

    # a second clerk verifies and a supervisor approves, each on their own workstation
    ids = [d.id for d in staff.rina.benefits.claim(dialog.claim_id).disbursements]
    for i in ids:
        staff.bagus.benefits.verify(i, staff.bagus.benefits.disbursement(i).version)
        staff.diyah.benefits.approve(i, staff.diyah.benefits.disbursement(i).version)

    page.payments.reload()
    row = _select(page.payments.table, lambda r: r.component == "lump_sum")
    assert row.state == "approved" and not page.payments.approve_action.isEnabled()  # not for the one who entered
    page.payments.pay_action.trigger()
    viewer = page.payments._viewer
    assert viewer.isVisible() and "001/KW" in viewer.windowTitle()
    paid = staff.rina.benefits.disbursement(row.id)
    assert paid.state == "paid" and paid.receipt_number in viewer.windowTitle()
    receipt = staff.rina.letters.receipts_about("ben_claim", paid.claim_id)[0]
    assert receipt.pdf_path.read_bytes().startswith(b"%PDF")
    viewer.close()


def test_the_four_tabs_and_their_empty_states(app_ui, qtbot, staff):
    page = _page(qtbot, staff.diyah)
    assert [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())] == [
        "Klaim", "Peserta", "Pembayaran", "Beasiswa", "Laporan"]
    assert page.scholarships.children_empty.isVisibleTo(page.scholarships)
    assert "JKM 0 kasus Rp0" in page.reports.published.text()
    assert page.reports.rules.rowCount() == 2 and "2 Desember 2019" in page.reports.rules.item(1, 1).text()
    assert not page.reports.save_settings.isVisible()  # a supervisor may not change the rules' settings


def test_a_child_plan_yearly_claim_and_a_handover(app_ui, qtbot, staff, tmp_path):
    from ben_helpers import approved, ready_claim

    from desktop.ui.benefits.child_dialog import ChildDialog
    from desktop.ui.benefits.handover_dialog import HandoverDialog

    claim_id, heir = ready_claim(staff)
    dialog = ChildDialog(staff.rina, claim_id)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog.name, "Dewi Santoso")
    _type(qtbot, dialog.birth, "05/05/2014")
    dialog.level.setCurrentIndex(dialog.level.findData("tk_sd"))
    dialog.grade.setValue(7)
    assert "2025/2026" in dialog.plan_text.text() and dialog.schedule.rowCount() == 12  # the plan as typed
    dialog.save()
    assert dialog.child_id is not None
    dialog.year.setCurrentIndex(dialog.year.findData(2026))
    dialog.year_level.setCurrentIndex(dialog.year_level.findData("tk_sd"))
    dialog.year_grade.setValue(8)
    dialog.record_button.click()
    assert dialog.form_error.isVisibleTo(dialog) and "2026/2027" in dialog.form_error.text()  # no proof: refused
    _type(qtbot, dialog.enrolment, "02/11/2026")
    _type(qtbot, dialog.report_card, "02/11/2026")
    dialog.record_button.click()
    assert not dialog.form_error.isVisibleTo(dialog)
    statuses = {dialog.schedule.item(i, 0).text(): dialog.schedule.item(i, 4).text()
                for i in range(dialog.schedule.rowCount())}
    assert statuses["2026/2027"] == "Diajukan, dalam proses" and statuses["2027/2028"] == "Direncanakan"

    ids, _ = staff.rina.benefits.create_disbursements(claim_id)
    approved(staff, ids)
    handover = HandoverDialog(staff.rina)
    qtbot.addWidget(handover)
    handover.set_checked([heir.id])
    handover.out.setText(str(tmp_path / "penyerahan.pdf"))
    _type(qtbot, handover.place, "Aula KC Purwokerto")
    handover.print_button.click()
    qtbot.waitUntil(lambda: handover.result_value is not None, timeout=60_000)
    assert handover.result_value.paid == 3 and (tmp_path / "penyerahan.pdf").read_bytes().startswith(b"%PDF")
    assert staff.rina.benefits.claim(claim_id).status == "paid"
