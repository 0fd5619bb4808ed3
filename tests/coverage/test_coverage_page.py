"""The Cakupan page as a clerk uses it: history with gaps, forms that say what is wrong as one types,
an import that shows every problem before anything is saved, search hits that open the record."""

from __future__ import annotations

from datetime import date

from coverage_helpers import OCT, enter_purwokerto, programme, write_xlsx
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.coverage import CommitmentStatus, Month, WorkerGroup
from desktop.services.coverage_views import CommitmentInput, MeetingInput, WorkerInput


def _page(services, qtbot):
    from desktop.ui.coverage.page import CoveragePage

    page = CoveragePage(services)
    qtbot.addWidget(page)
    return page


def test_the_history_shows_months_without_data_as_gaps(office, app_ui, qtbot):
    enter_purwokerto(office, Month(2026, 8))
    enter_purwokerto(office, OCT)
    page = _page(office, qtbot)
    page.figures.select_regency("Kabupaten Banyumas")
    model = page.figures.history.model
    rows = [model.row_object(i) for i in range(model.total)]
    assert [r.month for r in rows] == [Month(2026, 11), OCT, Month(2026, 9), Month(2026, 8)]
    assert [r.known for r in rows] == [False, True, False, True]
    assert model.index(2, 1).data() != "0"  # a gap is not shown as zero
    assert "32 persen dari potensi sekitar 740.000 pekerja" in page.headline.text()


def test_the_figure_form_says_what_is_wrong_next_to_the_field(office, app_ui, qtbot):
    from desktop.ui.coverage.figure_dialog import FigureDialog

    dialog = FigureDialog(office, regency="Kabupaten Banyumas")
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.population.setValue(1_000)
    dialog.pu.setValue(900)
    dialog.bpu.setValue(200)
    assert dialog.error.objectName() == "FieldError" and dialog.error.isVisibleTo(dialog)
    assert not save.isEnabled()
    dialog.pu.setValue(200)
    assert not dialog.error.isVisibleTo(dialog) and save.isEnabled()
    assert "40,00 %" in dialog.preview.text()
    dialog.save()
    assert [(f.regency, f.pu) for f in office.coverage.all_figures()] == [("Kabupaten Banyumas", 200)]


def test_the_worker_form_checks_the_nik_as_it_is_typed(office, app_ui, qtbot):
    from desktop.ui.coverage.sponsor_dialogs import WorkerDialog

    dialog = WorkerDialog(office, programme(office))
    qtbot.addWidget(dialog)
    dialog.name.setText("Slamet Riyadi")
    dialog.nik.setText("3302011204")
    assert dialog.nik_error.isVisibleTo(dialog) and "16" in dialog.nik_error.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.nik.setText("3302011204850003")
    assert not dialog.nik_error.isVisibleTo(dialog)
    dialog.save()
    assert office.coverage.enrolled_count() == 1


def test_an_import_shows_every_problem_and_cannot_be_saved_until_the_file_is_right(office, app_ui, qtbot, tmp_path):
    from desktop.ui.coverage.import_dialog import CoverageImportDialog

    p = programme(office)
    head = ["Nama", "NIK", "Kelompok"]
    path = write_xlsx(tmp_path / "w.xlsx", head, [["Slamet", "3302011204850003", "Petani"],
                                                  ["Siti", "12345", "Petani"]], text_columns=(1,))
    dialog = CoverageImportDialog(office, "workers", sponsorship_id=p.id, sponsorship_title=p.title)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.check()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.problems.rowCount() == 1 and dialog.problems.item(0, 0).text() == "3"
    assert dialog.problems.item(0, 1).text() == "NIK"
    assert not dialog.save_button.isEnabled()
    assert office.coverage.enrolled_count() == 0
    write_xlsx(path, head, [["Slamet", "3302011204850003", "Petani"]], text_columns=(1,))
    dialog.check()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.report.saved, timeout=20_000)
    assert office.coverage.enrolled_count() == 1


def test_overdue_commitments_are_tinted_and_listed_on_their_own(office, app_ui, qtbot):
    meeting, _ = office.coverage.save_meeting(MeetingInput(date(2026, 8, 12), "Rapat Koordinasi"))
    office.coverage.save_commitment(CommitmentInput(meeting.id, "Bappeda", "APBD", date(2026, 10, 31)))
    office.coverage.save_commitment(CommitmentInput(meeting.id, "Kominfo", "Sosialisasi", date(2026, 12, 31),
                                                    CommitmentStatus.IN_PROGRESS))
    page = _page(office, qtbot)
    tab = page.commitments
    delegate = tab.table.view.itemDelegate()
    tints = {tab.table.model.row_object(i).party: delegate.tint(tab.table.model.row_object(i)) for i in range(2)}
    assert tints == {"Bappeda": "late", "Kominfo": None}
    page.show_overdue_commitments()
    assert tab.table.model.total == 1 and tab.table.model.row_object(0).party == "Bappeda"


def test_a_search_hit_opens_the_worker(office, app_ui, qtbot):
    p = programme(office)
    programme(office, "CSR Serayu 2026", sponsor="PT Serayu")
    worker, _ = office.coverage.add_worker(WorkerInput(p.id, "Slamet Riyadi", "3302011204850003",
                                                       WorkerGroup.MARBOT))
    page = _page(office, qtbot)
    page.open_record(worker.id)
    assert page.tabs.currentWidget() is page.sponsors
    assert page.sponsors.programmes.selected().id == p.id
    assert page.sponsors.workers.selected().id == worker.id
