"""The Kepatuhan page as a clerk uses it: from a case to a printed letter, the move dialog saying
why Teguran II must wait, the import wizard, the bulk letters, forms that check as one types."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.money import Money
from desktop.services.paging import PageRequest


def test_from_a_case_to_a_printed_letter(page, qtbot, office, helpers):
    comp = office.compliance
    case = helpers.case(office, helpers.employer(office, "PT Graha Konstruksi Prima"), opened=date(2026, 11, 2))
    comp.move(case.id, case.version, "visited", on=date(2026, 11, 5), notes="Ditemukan 12 pekerja belum terdaftar")
    page.on_shown()
    page.tabs.setCurrentWidget(page.cases_tab)
    table = page.cases_tab.table
    qtbot.waitUntil(lambda: table.model.total == 1)
    table.view.selectRow(0)
    panel = page.cases_tab.panel
    assert panel.case is not None and panel.case.id == case.id
    dialog = panel.open_move("teguran_1")
    assert dialog.chosen == "teguran_1"
    assert "4 Desember 2026" in dialog.info.text()  # the due date the letter will state
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    letters = office.letters.letters_about("compliance_case", case.id)
    assert len(letters) == 1 and letters[0].number == "001/TT1-PWT/XI/2026" and letters[0].pdf_path.is_file()
    assert letters[0].pdf_path.read_bytes().startswith(b"%PDF")
    assert panel.case.state == "teguran_1"
    shown = [panel.timeline.topLevelItem(i).text(3) for i in range(panel.timeline.topLevelItemCount())]
    assert "001/TT1-PWT/XI/2026" in shown
    panel.timeline.setCurrentItem(panel.timeline.topLevelItem(shown.index("001/TT1-PWT/XI/2026")))
    assert panel.letter_button.isEnabled()


def test_the_move_dialog_says_from_when_teguran_2_may_go(page, qtbot, office, helpers):
    case = helpers.teguran_1(office, date(2026, 11, 16))
    page.cases_tab.panel.show_case(case.id)
    dialog = page.cases_tab.panel.open_move("teguran_2")
    assert dialog.problem.isVisible() and "1 Desember 2026" in dialog.problem.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()


def test_the_import_wizard_remembers_the_mapping(page, qtbot, office, tmp_path):
    from desktop.ui.compliance.import_dialog import ImportDialog, remembered_mapping

    path = tmp_path / "wlkp.csv"
    path.write_text("Laporan WLKP Disnaker\n\nNo. NPP;Nama Pemberi Kerja;Jumlah TK;Estimasi TK\n"
                    "12340001;PT Salak Pondoh Makmur;20;45\n12340002;CV Keramik Klampok;7;7\n", encoding="utf-8")
    dialog = ImportDialog(office, page)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.load_file(path)
    assert dialog.combos["npp"].currentData() == "No. NPP"
    assert dialog.combos["registered_workforce"].currentData() == "Jumlah TK"
    dialog.combos["estimated_workforce"].setCurrentIndex(dialog.combos["estimated_workforce"].findData("Estimasi TK"))
    dialog.next_button.click()
    dialog.next_button.click()  # dry run
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert not dialog.report.applied and dialog.report.counts["new"] == 2
    assert office.compliance.employers_page(PageRequest()).total == 0
    assert remembered_mapping(office.compliance.import_source(path).signature)["estimated_workforce"] == "Estimasi TK"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report.applied, timeout=20_000)
    assert office.compliance.employer_by_npp("12340001").estimated_workforce == 45
    again = ImportDialog(office, page)
    qtbot.addWidget(again)
    again.load_file(path)
    assert again.combos["estimated_workforce"].currentData() == "Estimasi TK"  # remembered for these columns


def test_bulk_dialog_issues_the_chosen_letters(page, qtbot, office, helpers, as_role):
    from PySide6.QtCore import Qt

    from desktop.ui.compliance.bulk_dialog import BulkDialog

    for n in range(3):
        helpers.teguran_1(office, date(2026, 10, 8), employer=helpers.employer(office, f"CV Contoh {n}"),
                          arrears=Money.rupiah(5_000_000 + n))
    dialog = BulkDialog(as_role("supervisor", "diyah"), page)
    qtbot.addWidget(dialog)
    assert dialog.cases.count() == 3
    dialog.cases.item(2).setCheckState(Qt.CheckState.Unchecked)
    assert len(dialog.chosen()) == 2 and dialog.issue_button.isEnabled()
    dialog.issue_button.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30_000)
    assert dialog.result_value.moved == 2 and dialog.result_value.pdf.is_file()
    assert dialog.cases.count() == 1  # the one left out is still waiting


def test_the_employer_form_checks_npwp_as_one_types(page, qtbot, office):
    from desktop.ui.compliance.employer_dialog import EmployerDialog

    dialog = EmployerDialog(office, page)
    qtbot.addWidget(dialog)
    dialog.open()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.name.setText("PT Lash Indonesia Perwira")
    dialog.npp.setText("33039999")
    qtbot.keyClicks(dialog.npwp, "01.234.567.8-901")
    assert dialog.npwp_error.isVisible() and not save.isEnabled()
    qtbot.keyClicks(dialog.npwp, ".000")
    assert not dialog.npwp_error.isVisible() and save.isEnabled()
    save.click()
    qtbot.waitUntil(lambda: office.compliance.employer_by_npp("33039999") is not None, timeout=20_000)
    assert office.compliance.employer_by_npp("33039999").npwp15 == "012345678901000"


def test_every_tab_has_something_to_say_when_empty(page, qtbot):
    page.on_shown()
    assert page.queue_tab.empty.isVisible() and page.queue_tab.empty.text()
    page.tabs.setCurrentWidget(page.skk_tab)
    assert page.skk_tab.empty.isVisible()


def test_a_case_entered_by_mistake_is_deleted_from_its_panel(page, qtbot, office, helpers):
    case = helpers.case(office)
    panel = page.cases_tab.panel
    panel.show_case(case.id)
    assert panel.delete_button.isEnabled()
    panel.delete_case(confirmed=True)
    assert panel.case is None and office.compliance.case_counts_by_state()["identified"] == 0
    sent = helpers.teguran_1(office, date(2026, 11, 2))
    panel.show_case(sent.id)
    assert not panel.delete_button.isEnabled()  # it has a letter on record: close it instead
