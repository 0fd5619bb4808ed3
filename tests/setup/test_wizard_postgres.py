"""The office workstation: the PostgreSQL connection test, with a server that is down and with the
test server (CABANG_TEST_PG_URL, started by .ci/run)."""

from __future__ import annotations

import json
import os
import uuid

import pytest
from setup_helpers import PASSWORD, click, fill_admin, fill_office, finish

from desktop.services.setup import Mode
from desktop.ui.setup.place_pages import PageId

PG_URL = os.environ.get("CABANG_TEST_PG_URL", "")


def _to_server_page(wizard):
    wizard.mode_page.set_mode(Mode.OFFICE)
    click(wizard, "Next")
    assert wizard.currentId() == PageId.SERVER
    return wizard.server_page


def _test(page, qtbot):
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=30_000)
    return page.result.text()


def test_a_server_that_is_down_is_reported_plainly_and_holds_the_wizard(wizard, qtbot):
    page = _to_server_page(wizard)
    page.host.setText("127.0.0.1")
    page.port.setText("1")
    page.password.setText("secret")
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()  # not tested yet
    message = _test(page, qtbot)
    assert "127.0.0.1:1/cabang" in message
    assert "cannot be reached" in message or "tidak dapat dihubungi" in message
    assert "secret" not in message
    assert page.result.objectName() == "FieldError"
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_the_port_must_be_a_number_in_range(wizard, qtbot):
    page = _to_server_page(wizard)
    page.host.setText("server")
    page.port.setText("")
    page.database.setText("")
    message = _test(page, qtbot)
    assert message  # the missing database name is said before any connection is tried
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()


if PG_URL:  # the office server exists only where a PostgreSQL server is configured (CI starts one)

    @pytest.fixture
    def empty_pg_database():
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        name = f"cabang_wiz_{uuid.uuid4().hex[:8]}"
        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(PG_URL).set(database=name)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    def _fill_server(page, url):
        page.host.setText(url.host or "localhost")
        page.port.setText(str(url.port or 5432))
        page.database.setText(url.database)
        page.user.setText(url.username or "")
        page.password.setText(url.password or "")

    def test_the_first_office_workstation_sets_up_the_server_and_the_next_one_joins(
            make_wizard, qtbot, paths, empty_pg_database, tmp_path, monkeypatch):
        from desktop.services.auth import open_for_sign_in

        pgpass = tmp_path / "pgpass.conf"
        monkeypatch.setenv("PGPASSFILE", str(pgpass))
        server_password = "rahasia-server-1"  # the test server trusts local logins; the password still travels
        first = make_wizard()
        page = _to_server_page(first)
        _fill_server(page, empty_pg_database)
        page.password.setText(server_password)
        message = _test(page, qtbot)
        assert "empty" in message or "kosong" in message, message
        click(first, "Next")
        assert first.currentId() == PageId.OFFICE
        fill_office(first.office_page)
        click(first, "Next")
        fill_admin(first.admin_page)
        click(first, "Next")
        finish(first, qtbot)
        assert first.outcome.mode is Mode.OFFICE
        assert first.outcome.actor.username == "budi"
        machine = json.loads(paths.machine_file.read_text(encoding="utf-8"))
        assert machine["mode"] == "office" and machine["database_url"].startswith("postgresql+psycopg://")
        assert server_password not in paths.machine_file.read_text(encoding="utf-8")  # never in plain settings
        assert pgpass.read_text(encoding="utf-8").strip().endswith(":" + server_password)  # libpq's own file

        auth = open_for_sign_in(paths, first.outcome.database_url)
        try:
            office = auth.start_session(auth.sign_in("budi", PASSWORD)).office.get()
        finally:
            auth.close()
        assert office.code == "PWT"

        # The second workstation: the same server, already set up; nothing more is asked.
        paths.machine_file.unlink()
        second = make_wizard()
        page = _to_server_page(second)
        _fill_server(page, empty_pg_database)
        message = _test(page, qtbot)
        assert "Purwokerto" in message, message
        click(second, "Next")
        assert second.currentId() == PageId.SUMMARY
        finish(second, qtbot)
        assert second.outcome.actor is None  # each clerk signs in with their own account
        assert json.loads(paths.machine_file.read_text(encoding="utf-8"))["mode"] == "office"
