"""The Surat page and the office profile editor, offscreen."""

from __future__ import annotations

import pytest
from letters_helpers import receipt, teguran


@pytest.fixture
def filled(office_services):
    letters = office_services.letters
    first, _ = letters.issue(teguran())
    letters.issue(teguran("CV Sumber Rejeki"))
    issued, _ = letters.issue_receipt(receipt())
    return office_services, first, issued


def test_letters_page_preview_and_export(app_ui, qtbot, filled, tmp_path):
    from desktop.ui.letters.page import LettersPage

    services, first, _receipt = filled
    page = LettersPage(services)
    qtbot.addWidget(page)
    page.show()
    register = page.register
    assert register.table.model.total == 2
    assert register.select_letter(first.id)
    assert register.viewer.pages == 2  # the selected letter is previewed in the page
    dialog = register.open_selected()
    qtbot.addWidget(dialog)
    assert dialog.viewer.pages == 2 and dialog.windowTitle() == first.number
    saved = dialog.save_as(str(tmp_path / "copy.pdf"))
    assert saved.read_bytes() == first.pdf_path.read_bytes()
    register.table.filter.setText("sumber")
    register.table.model.set_text_filter("sumber")
    assert register.table.model.total == 1
    register.table.filter.clear()
    register.table.model.set_text_filter("")
    target = tmp_path / "agenda.xlsx"
    register.export(str(target))
    qtbot.waitUntil(target.exists, timeout=10_000)
    from openpyxl import load_workbook

    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 3 and {rows[1][1], rows[2][1]} == {first.number, "002/TT1-PWT/XI/2026"}


def test_reprint_and_cancel_from_the_register(app_ui, qtbot, filled, monkeypatch):
    from desktop.ui.letters.common import ReasonDialog
    from desktop.ui.letters.page import LettersPage

    services, first, _receipt = filled
    page = LettersPage(services)
    qtbot.addWidget(page)
    register = page.register
    register.select_letter(first.id)
    dialog = register.reprint()
    qtbot.addWidget(dialog)
    assert "SALINAN" in dialog.windowTitle() and dialog.viewer.pages == 2
    monkeypatch.setattr(ReasonDialog, "exec", lambda self: (self.reason.setPlainText("Salah alamat perusahaan"),
                                                            ReasonDialog.DialogCode.Accepted)[1])
    register.cancel_letter()
    assert services.letters.letter(first.id).status == "cancelled"


def test_reason_dialog_needs_a_reason(app_ui, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.letters.common import ReasonDialog

    dialog = ReasonDialog(None, "Batal", "Mengapa?")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.reason.setPlainText("abc")
    assert not ok.isEnabled() and dialog.error.isVisibleTo(dialog)
    dialog.reason.setPlainText("Salah alamat")
    assert ok.isEnabled() and not dialog.error.isVisibleTo(dialog)


def test_receipt_verification_field(app_ui, qtbot, filled):
    from desktop.ui.letters.page import LettersPage

    services, _first, issued = filled
    page = LettersPage(services)
    qtbot.addWidget(page)
    tab = page.receipts
    tab.code.setText(issued.code)  # a scan or a paste checks at once
    assert issued.number in tab.result.text() and "\u2714" in tab.result.text()
    tab.code.setText(issued.code.replace("|4200000000|", "|4900000000|"))
    assert "\u2716" in tab.result.text()
    assert not tab.verify()


def test_template_editor_checks_and_saves_a_revision(app_ui, qtbot, office_services):
    from desktop.ui.letters.template_editor import TemplatesTab

    tab = TemplatesTab(office_services)
    qtbot.addWidget(tab)
    tab._load("teguran_1")
    assert tab.refresh_preview() and tab.preview.pages >= 1
    tab.body.setPlainText(tab.body.toPlainText() + "\n\nNomor izin: {nomor_izin}")
    assert not tab.save_button.isEnabled() and "nomor_izin" in tab.problems.text()
    tab.body.setPlainText(tab.body.toPlainText().replace("\n\nNomor izin: {nomor_izin}", "\n\nHormat kami."))
    assert tab.save_button.isEnabled()
    tab.note.setText("penutup")
    assert tab.save()
    assert office_services.letters.template("teguran_1").version == 2


def test_office_tab_validates_as_you_type_and_saves(app_ui, qtbot, office_services):
    from desktop.ui.letters.office_tab import OfficeTab

    tab = OfficeTab(office_services)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.save_button.isEnabled()
    tab.phone.setText("telepon kantor")
    assert not tab.save_button.isEnabled() and tab.errors["phone"].isVisibleTo(tab)
    tab.phone.setText("(0281) 636011")
    assert tab.save_button.isEnabled() and not tab.errors["phone"].isVisibleTo(tab)
    for row in range(tab.signatories.rowCount()):
        tab.signatories.cellWidget(row, 3).setChecked(True)  # everyone a.n.: nobody signs in own right
    assert not tab.save_button.isEnabled() and tab.errors["signatories"].isVisibleTo(tab)
    tab.signatories.cellWidget(0, 3).setChecked(False)
    assert tab.save()
    assert office_services.office.get().phone == "(0281) 636011"


def test_office_tab_scales_the_chosen_logo(app_ui, qtbot, office_services, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from desktop.ui.letters.office_tab import LOGO_MAX_PX, OfficeTab

    image = QImage(1600, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F6F43"))
    image.save(str(tmp_path / "logo.png"))
    tab = OfficeTab(office_services)
    qtbot.addWidget(tab)
    tab.choose_logo(str(tmp_path / "logo.png"))
    assert tab.save()
    logo = office_services.office.get().logo_png
    stored = QImage.fromData(logo)
    assert max(stored.width(), stored.height()) == LOGO_MAX_PX
    letter, _ = office_services.letters.issue(teguran())
    assert b"/Subtype /Image" in letter.pdf_path.read_bytes()
