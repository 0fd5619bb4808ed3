"""The Mitra PLKK page as a clerk uses it: create a partner, add an agreement ending in 20 days, see
the red expiry flag in the table, produce the Pemberitahuan Perpanjangan PKS letter."""

from __future__ import annotations

from datetime import timedelta

from plkk_helpers import TODAY, agreement_ending_in, office, partner
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop.ui.plkk.common import BADGE_COLOURS, to_qdate


def _window(qtbot, services):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    return window, window.show_page("plkk")


def _in_dialog(fill) -> None:
    """Run `fill(dialog)` on the modal dialog the next action opens (as the clerk would type)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "no dialog opened"
        fill(dialog)

    QTimer.singleShot(0, run)


def test_create_partner_add_agreement_see_flag_and_issue_renewal_letter(app_ui, qtbot, services):
    office(services)
    window, page = _window(qtbot, services)
    assert page.empty.isVisible() and page.table.model.total == 0  # the empty state says what to do

    def new_partner(dialog):
        qtbot.keyClicks(dialog.kode, "33")
        assert dialog.kode_error.isVisible() and "3302R001" in dialog.kode_error.text()  # said as typed
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
        dialog.kode.clear()
        qtbot.keyClicks(dialog.kode, "3302R001")
        qtbot.keyClicks(dialog.name, "RSUD Banyumas")
        dialog.regency.setCurrentText("Banyumas")
        qtbot.keyClicks(dialog.email, "rsud@")
        assert dialog.email_error.isVisible()
        qtbot.keyClicks(dialog.email, "banyumaskab.go.id")
        assert not dialog.email_error.isVisible() and not dialog.kode_error.isVisible()
        dialog.service_checks["IGD 24 jam"].setChecked(True)
        dialog.save()

    _in_dialog(new_partner)
    page.new_action.trigger()
    assert page.table.model.total == 1 and not page.empty.isVisible()
    row = page.selected_partner()
    assert row is not None and row.name == "RSUD Banyumas"  # the new partner is selected
    assert page.detail.title.text() == "RSUD Banyumas"

    end = TODAY + timedelta(days=20)

    def add_agreement(dialog):
        qtbot.keyClicks(dialog.number, "PKS/017/KC-PWT/XII/2025")
        dialog.start.setDate(to_qdate(end + timedelta(days=1)))
        dialog.end.setDate(to_qdate(end))  # before the start: refused as it is typed
        assert dialog.period_error.isVisible()
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
        dialog.start.setDate(to_qdate(end - timedelta(days=364)))
        dialog.end.setDate(to_qdate(end))
        assert not dialog.period_error.isVisible()
        dialog.save()

    _in_dialog(add_agreement)
    page.agreement_action.trigger()
    row = page.table.model.row_object(0)
    assert (row.days_left, row.band) == (20, "30")
    index = page.table.model.index(0, 0)
    assert "20" in index.data()  # "20 hari"
    page.table.view.scrollTo(index)
    QApplication.processEvents()
    rect = page.table.view.visualRect(index)
    image = page.table.view.viewport().grab().toImage()
    colour = QColor(image.pixel(rect.left() + 12, rect.center().y()))
    assert colour.name().upper() == BADGE_COLOURS[row.band][0].upper()  # the red badge is painted
    assert "PKS/017/KC-PWT/XII/2025" in page.detail.agreement_text.text()

    def issue_letter(dialog):
        assert dialog.editors["nomor_pks"].text() == "PKS/017/KC-PWT/XII/2025"
        dialog.issue()

    page.select_partner(row.id)
    _in_dialog(issue_letter)
    page.renewal_action.trigger()
    letters = services.plkk.partner_detail(row.id).letters
    assert [x.template for x in letters] == ["perpanjangan_pks"]
    assert letters[0].pdf_path.is_file()
    shown = [page.detail.letters.item(i).text() for i in range(page.detail.letters.count())]
    assert any(letters[0].number in text for text in shown)  # the partner's page lists the letter


def test_expiry_filter_and_search_hit_open_the_partner(app_ui, qtbot, services):
    soon = partner(services, kode="3302R001", name="RSUD Banyumas")
    agreement_ending_in(services, soon.id, 10)
    later = partner(services, kode="3303R001", name="RSUD Goeteng Taroenadibrata", regency="Purbalingga")
    agreement_ending_in(services, later.id, 300)
    window, page = _window(qtbot, services)
    assert page.table.model.total == 2
    page.set_expiry_filter("30")
    assert page.table.model.total == 1 and page.table.model.row_object(0).id == soon.id
    hit = next(h for h in services.search.search("Goeteng") if h.area == "plkk")
    window.open_hit(hit)
    assert page.table.model.total == 2 and page.selected_partner().id == later.id
    assert page.detail.title.text() == "RSUD Goeteng Taroenadibrata"


def test_monev_form_shows_the_weighted_result_as_the_clerk_scores(app_ui, qtbot, services):
    from desktop.ui.plkk.monev_dialog import MonevDialog

    p = partner(services)
    dialog = MonevDialog(services, p)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled() and dialog.scores_error.isVisible()  # nothing scored yet
    spins = list(dialog.spins.values())
    for spin, value in zip(spins, [5, 4, 3, 5, 4], strict=True):
        spin.setValue(value)
    assert dialog.total_label.text().startswith("83,00") and save.isEnabled()
    spins[0].setValue(9)  # the box stops at the criterion's highest score
    assert spins[0].value() == 5
    dialog.add_follow_up(_follow_up("Pasang papan informasi PLKK di IGD"))
    dialog.save()
    [saved] = services.plkk.monev_history(p.id)
    assert saved.total.format() == "83,00"
    assert [f.action for f in saved.follow_ups] == ["Pasang papan informasi PLKK di IGD"]


def _follow_up(action):
    from desktop.services.plkk_views import FollowUpInput

    return FollowUpInput(action, TODAY + timedelta(days=30))


def test_import_dialog_reports_a_renamed_column_and_saves_nothing(app_ui, qtbot, services, tmp_path):
    from plkk_helpers import workbook

    from desktop.ui.plkk.import_dialog import ImportDialog

    path = workbook(tmp_path / "mitra.xlsx", ["Kode Faskes", "Nama Mitra PLKK", "Jenis Faskes", "Kabupaten/Kota"],
                    [["3302R001", "RSUD Banyumas", "Rumah Sakit", "Banyumas"]])
    dialog = ImportDialog(services, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert not dialog.report.ok and not dialog.apply_button.isEnabled()
    assert "Nama Mitra PLKK" in dialog.problems.text() and "Nama Faskes" in dialog.problems.text()
    assert services.plkk.list_partners().total == 0
