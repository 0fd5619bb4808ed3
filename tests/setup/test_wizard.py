"""The first-run wizard: a single workstation, a field laptop, an existing database, the demo office."""

from __future__ import annotations

import json

from setup_helpers import PASSWORD, click, fill_admin, fill_office, finish

from desktop.services.setup import Mode
from desktop.ui.setup.place_pages import PageId


def _open(paths, url):
    from desktop.services.auth import open_for_sign_in

    return open_for_sign_in(paths, url)


def test_single_workstation_creates_the_database_office_and_administrator(wizard, qtbot, paths, tmp_path):
    folder = tmp_path / "Data Cabang"
    assert wizard.currentId() == PageId.MODE
    click(wizard, "Next")
    assert wizard.currentId() == PageId.FOLDER
    wizard.folder_page.folder.setText(str(folder))
    assert str(folder / "cabang.sqlite") in wizard.folder_page.info.text()
    click(wizard, "Next")
    assert wizard.currentId() == PageId.OFFICE
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()  # nothing typed yet
    fill_office(wizard.office_page)
    click(wizard, "Next")
    assert wizard.currentId() == PageId.ADMIN
    fill_admin(wizard.admin_page)
    click(wizard, "Next")
    assert wizard.currentId() == PageId.SUMMARY
    summary = wizard.summary_page.summary.text()
    assert "Purwokerto" in summary and "budi" in summary
    finish(wizard, qtbot)

    outcome = wizard.outcome
    assert outcome.mode is Mode.SINGLE
    assert outcome.actor.username == "budi" and outcome.actor.role == "admin"
    assert (folder / "cabang.sqlite").is_file()
    machine = json.loads(paths.machine_file.read_text(encoding="utf-8"))
    assert machine["mode"] == "single"
    assert machine["database_url"] == outcome.database_url
    auth = _open(paths, outcome.database_url)
    try:
        actor = auth.sign_in("budi", PASSWORD)  # the administrator can sign in with the chosen password
        office = auth.start_session(actor).office.get()
    finally:
        auth.close()
    assert office.name == "BPJS Ketenagakerjaan Kantor Cabang Purwokerto"
    assert office.code == "PWT" and office.city == "Purwokerto"
    assert [(s.name, s.position, s.employee_no) for s in office.signatories] == [
        ("Antony Sugiarto", "Kepala Kantor Cabang", "19750312")]


def test_the_forms_say_what_is_wrong_and_hold_the_wizard(wizard, qtbot, tmp_path):
    click(wizard, "Next")
    wizard.folder_page.folder.setText(str(tmp_path / "d"))
    click(wizard, "Next")
    office = wizard.office_page
    assert not office.name.error.isVisible()  # an untouched form is not shouted at
    qtbot.keyClicks(office.code.edit, "P")  # the first key already says what is wrong
    assert office.code.error.isVisible()
    fill_office(office, code="P")
    assert office.code.error.isVisible()
    assert "2" in office.code.error.text() and "20" in office.code.error.text()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    office.code.setText("PWT")
    office.signatory_position.setText("")  # a signatory without a position
    assert office.signatory_position.error.isVisible()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    office.signatory_position.setText("Kepala Kantor Cabang")
    assert not office.code.error.isVisible()
    click(wizard, "Next")
    admin = wizard.admin_page
    fill_admin(admin, password="pendek")
    assert admin.password.error.isVisible()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    admin.password.setText(PASSWORD)
    admin.repeat.setText(PASSWORD + "!")
    assert admin.repeat.error.isVisible() and not admin.password.error.isVisible()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    admin.repeat.setText(PASSWORD)
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_a_folder_that_cannot_be_used_is_refused_on_the_page(wizard, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    click(wizard, "Next")
    wizard.folder_page.folder.setText(str(blocker))
    click(wizard, "Next")
    assert wizard.currentId() == PageId.FOLDER
    assert "a-file" in wizard.folder_page.error.text()
    wizard.folder_page.folder.setText("relative/folder")
    click(wizard, "Next")
    assert wizard.currentId() == PageId.FOLDER
    assert wizard.folder_page.error.text()


def test_a_field_laptop_and_then_a_reinstall_on_the_same_folder(make_wizard, qtbot, paths, tmp_path):
    folder = tmp_path / "laptop"
    first = make_wizard()
    first.mode_page.set_mode(Mode.FIELD)
    click(first, "Next")
    first.folder_page.folder.setText(str(folder))
    click(first, "Next")
    fill_office(first.office_page)
    click(first, "Next")
    fill_admin(first.admin_page, username="hendra", full_name="Hendra Kusuma")
    click(first, "Next")
    assert "Admin" in first.summary_page.summary.text()  # synchronisation is set up later, in Admin
    finish(first, qtbot)
    assert first.outcome.mode is Mode.FIELD
    assert json.loads(paths.machine_file.read_text(encoding="utf-8"))["mode"] == "field"

    # Cabang reinstalled (machine settings gone): the folder's database is found and used as it is.
    paths.machine_file.unlink()
    again = make_wizard()
    click(again, "Next")
    again.folder_page.folder.setText(str(folder))
    assert "sudah berisi" in again.folder_page.info.text()  # "already holds"
    click(again, "Next")
    assert again.currentId() == PageId.SUMMARY  # no office or administrator asked for again
    assert "Purwokerto" in again.summary_page.summary.text()
    finish(again, qtbot)
    assert again.outcome.actor is None  # everyone signs in with their own account
    assert again.outcome.office_name == "BPJS Ketenagakerjaan Kantor Cabang Purwokerto"
    assert json.loads(paths.machine_file.read_text(encoding="utf-8"))["mode"] == "single"


def test_the_demo_office_is_built_and_opened_as_its_administrator(wizard, qtbot, paths, tmp_path):
    wizard.mode_page.set_mode(Mode.DEMO)
    click(wizard, "Next")
    wizard.folder_page.folder.setText(str(tmp_path / "demo"))
    click(wizard, "Next")
    assert wizard.currentId() == PageId.SUMMARY
    finish(wizard, qtbot, timeout=600_000)
    outcome = wizard.outcome
    assert outcome.mode is Mode.DEMO
    assert (tmp_path / "demo" / "cabang-demo.sqlite").is_file()
    assert outcome.actor.role == "admin"
    assert "Purwokerto" in outcome.office_name
    assert outcome.counts.get("users", 0) > 1
    assert json.loads(paths.machine_file.read_text(encoding="utf-8"))["mode"] == "demo"


def test_first_run_is_needed_only_on_a_fresh_installation(paths, monkeypatch):
    from desktop.config import save_machine
    from desktop.ui.setup import needs_first_run

    assert needs_first_run(paths)
    assert not needs_first_run(paths, "other.sqlite")  # a database named on the command line
    monkeypatch.setenv("CABANG_DB_URL", "postgresql+psycopg://cabang@server/cabang")
    assert not needs_first_run(paths)
    monkeypatch.delenv("CABANG_DB_URL")
    paths.default_database.write_bytes(b"")  # an installation from before the wizard existed
    assert not needs_first_run(paths)
    paths.default_database.unlink()
    save_machine(paths, device_id="abc")  # the device id alone does not mean set up
    assert needs_first_run(paths)
    save_machine(paths, mode="single")
    assert not needs_first_run(paths)


def test_the_first_start_opens_the_program_signed_in_as_the_new_administrator(app_ui, paths, tmp_path):
    """What desktop.ui.app.run() does on a fresh installation: the wizard, then the session."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.setup import needs_first_run
    from desktop.ui.setup.wizard import FirstRunWizard, open_after_first_run

    def drive() -> None:
        wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible())
        click(wizard, "Next")
        wizard.folder_page.folder.setText(str(tmp_path / "kantor"))
        click(wizard, "Next")
        fill_office(wizard.office_page)
        click(wizard, "Next")
        fill_admin(wizard.admin_page)
        click(wizard, "Next")
        click(wizard, "Finish")  # the wizard closes itself when the work is done

    assert needs_first_run(paths)
    QTimer.singleShot(0, drive)
    services = open_after_first_run(paths)
    try:
        assert services.actor.username == "budi" and services.actor.role == "admin"
        assert services.office.get().code == "PWT"
        assert services.database_description() == str(tmp_path / "kantor" / "cabang.sqlite")
    finally:
        services.close()
    assert not needs_first_run(paths)  # the next start goes straight to the sign-in


def test_cancelling_the_first_start_leaves_nothing_behind(app_ui, paths):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.setup import needs_first_run
    from desktop.ui.setup.wizard import FirstRunWizard, open_after_first_run

    def cancel() -> None:
        wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible())
        click(wizard, "Next")
        click(wizard, "Cancel")

    QTimer.singleShot(0, cancel)
    assert open_after_first_run(paths) is None
    assert needs_first_run(paths)  # the wizard comes again at the next start
    assert not paths.default_database.exists()
