"""The SKK tab as a supervisor uses it: tick the cases ready for the Kejaksaan, issue one covering
letter per Kejaksaan Negeri (off the UI thread), preview the batch PDF, record the outcome there."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.money import Money


def ready(office, helpers, name: str, kabupaten: str = "Banyumas", kecamatan: str = "Purwokerto Utara"):
    employer = helpers.employer(office, name, kabupaten=kabupaten, kecamatan=kecamatan)
    case = helpers.teguran_1(office, date(2026, 9, 14), employer=employer, arrears=Money.rupiah(21_000_000))
    moved, _ = office.compliance.move(case.id, case.version, "teguran_2", on=date(2026, 10, 1),
                                      paper_letter=f"B/0{len(name)}9/KPS/X/2026")
    return moved.case


def test_from_chosen_cases_to_the_batch_pdf_and_an_outcome(page, qtbot, office, helpers):
    graha = ready(office, helpers, "PT Graha Konstruksi Prima")
    ready(office, helpers, "CV Angkutan Sumber", kecamatan="Sokaraja")
    rambut = ready(office, helpers, "PT Rambut Palsu Indah", kabupaten="Purbalingga", kecamatan="Bojongsari")
    page.on_shown()
    page.tabs.setCurrentWidget(page.skk_tab)
    tab = page.skk_tab
    tab.new_button.click()
    dialog = tab.dialog
    assert len(dialog.rows()) == 3
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing ticked yet
    dialog.choose([graha.case_no, rambut.case_no])
    assert dialog.groups() == {"Purwokerto": 1, "Purbalingga": 1}
    assert ok.isEnabled() and "2" in ok.text()
    ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)

    batches = office.compliance.skk_batches()
    assert sorted(b.kejari for b in batches) == ["Purbalingga", "Purwokerto"]
    assert tab.batches.model.rowCount() == 2
    assert tab._batch is not None and tab.items.model.rowCount() == 1
    assert {office.compliance.case(c.id).state for c in (graha, rambut)} == {"referred"}

    viewer = tab.print_list()  # the covering letter and its attached list, in the preview
    assert viewer is not None and viewer.windowTitle() == tab._batch.number
    text = "\n".join(p.extract_text() for p in PdfReader(tab._batch.pdf_path).pages)
    assert tab._batch.number in text and "DAFTAR PEMBERI KERJA" in text
    viewer.close()

    tab.items.view.selectRow(0)
    assert tab.status_button.isEnabled()
    tab.edit_item()
    item_dialog = tab.dialog
    item_dialog.status.setCurrentIndex(item_dialog.status.findData("diterima"))
    item_dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not item_dialog.isVisible(), timeout=30_000)
    case_id = tab.items.model.row_object(0).case_id
    assert tab.items.model.row_object(0).jpn_status == "diterima"
    assert [a.kind for a in office.compliance.case(case_id).actions][-1] == "jpn"


def test_the_second_supervisor_is_told_when_a_case_went_meanwhile(page, qtbot, office, helpers):
    graha = ready(office, helpers, "PT Graha Konstruksi Prima")
    page.on_shown()
    page.tabs.setCurrentWidget(page.skk_tab)
    page.skk_tab.new_button.click()
    dialog = page.skk_tab.dialog
    dialog.choose([graha.case_no])
    office.compliance.create_skk_batches([(graha.id, graha.version)])  # another workstation, meanwhile
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: getattr(dialog, "error_box", None) is not None, timeout=30_000)
    assert graha.case_no in dialog.error_box.text()
    assert dialog.isVisible() and dialog.rows() == []  # the list reloaded: the case is no longer there
    assert len(office.compliance.skk_batches()) == 1
