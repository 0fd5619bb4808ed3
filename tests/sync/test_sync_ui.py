"""The sync screens as people meet them (Indonesian UI, offscreen): the status bar, the Sync dialog on a
laptop and at the office, the Konflik list, the office connection settings, and Reload on a stale edit."""

from __future__ import annotations

import os
import stat
from datetime import date

import pytest

from desktop.errors import StaleRecordError, UserError


@pytest.fixture(autouse=True)
def _tasks_finish_before_the_databases_go():
    yield
    from desktop.ui.tasks import wait_idle

    wait_idle()


def _wait(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=60_000)


@pytest.fixture
def laptop_ui(hub, office, make_laptop, sx, monkeypatch):
    """A laptop that knows where the office database is (its password from the environment, as pgpass would)."""
    office.users.create("hendra", "Hendra", "field_officer")
    laptop = make_laptop("lap-a")
    if hub.url.password:
        monkeypatch.setenv("PGPASSWORD", hub.url.password)
    on_laptop = sx.on(laptop)
    on_laptop.sync.set_hub(hub.url.render_as_string(hide_password=False))
    return laptop, on_laptop


def test_the_office_status_bar_counts_laptops_and_conflicts(app_ui, qtbot, hub, office, make_laptop, sx):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(office)
    qtbot.addWidget(window)
    alone = "Sinkron: belum diatur (satu komputer)" if hub.is_sqlite else "Basis data kantor"
    assert window.sync_label.text() == alone
    office.users.create("hendra", "Hendra", "field_officer")
    laptop = make_laptop("lap-a")
    on_laptop = sx.on(laptop)
    u = on_laptop.users.get("hendra")
    on_laptop.users.update(u.id, u.version, full_name="Hendra K.")
    u = office.users.get("hendra")
    office.users.update(u.id, u.version, full_name="Hendra Kusuma")
    sx.sync(laptop, hub)
    window.refresh_status()
    assert window.sync_label.text() == "Basis data kantor · 1 laptop · 1 konflik menunggu keputusan"
    texts = {a.text(): a.shortcut().toString() for a in window.actions()}
    assert texts["&Sinkronkan…"] == "Ctrl+Shift+S" and texts["&Konflik…"] == "Ctrl+Shift+K"


def test_a_laptop_syncs_from_the_dialog_and_the_status_bar_follows(app_ui, qtbot, hub, office, sx, laptop_ui):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.sync.sync_dialog import SyncDialog

    laptop, on_laptop = laptop_ui
    on_laptop.settings.add_office_holiday(date(2026, 12, 24), "Natal")
    window = MainWindow(on_laptop)
    qtbot.addWidget(window)
    assert window.sync_label.text().endswith("· 1 perubahan belum dikirim")
    assert window.sync_label.text().startswith("Sinkron terakhir: ")
    dialog = SyncDialog(on_laptop, window)
    qtbot.addWidget(dialog)
    dialog.sync_now()
    _wait(qtbot, dialog)
    assert dialog.result_label.text() == "Tersinkron: 1 dikirim, 1 diterima."
    assert window.sync_label.text().endswith("· 0 perubahan belum dikirim")
    assert office.settings.office_holidays() == [(date(2026, 12, 24), "Natal")]


def test_bundles_out_and_back_through_the_dialogs(app_ui, qtbot, hub, office, sx, laptop_ui, tmp_path):
    from desktop.ui.sync.sync_dialog import SyncDialog

    laptop, on_laptop = laptop_ui
    on_laptop.settings.add_office_holiday(date(2026, 12, 24), "Natal")
    at_laptop = SyncDialog(on_laptop)
    qtbot.addWidget(at_laptop)
    at_laptop.export_to(tmp_path / "b.cabang-sync")
    _wait(qtbot, at_laptop)
    assert "1 perubahan ditulis" in at_laptop.result_label.text()
    at_office = SyncDialog(office)
    qtbot.addWidget(at_office)
    assert at_office.devices.model.total == 1
    at_office.import_from(tmp_path / "b.cabang-sync", tmp_path / "r.cabang-sync")
    _wait(qtbot, at_office)
    assert "Balasan untuk laptop" in at_office.result_label.text()
    at_laptop.apply_from(tmp_path / "r.cabang-sync")
    _wait(qtbot, at_laptop)
    assert at_laptop.last_result.rows >= 1 and not at_laptop.last_result.replayed
    sx.assert_same(hub, laptop)


def test_a_refused_bundle_is_explained_in_the_dialog(app_ui, qtbot, office, tmp_path):
    from desktop.ui.sync.sync_dialog import SyncDialog

    (tmp_path / "junk.cabang-sync").write_bytes(b"not a bundle")
    dialog = SyncDialog(office)
    qtbot.addWidget(dialog)
    dialog.import_from(tmp_path / "junk.cabang-sync", tmp_path / "r")
    _wait(qtbot, dialog)
    assert "bukan bundel sinkron Cabang" in dialog.result_label.text()


def test_registering_a_laptop_shows_its_key(app_ui, qtbot, office):
    from desktop.ui.sync.sync_dialog import SyncDialog

    dialog = SyncDialog(office)
    qtbot.addWidget(dialog)
    key = dialog.register("lap-b")
    assert len(key) == 64 and key in dialog.result_label.text()
    assert dialog.devices.model.total == 1 and dialog.empty_label.isHidden()


def test_closing_last_years_numbers_from_the_dialog(app_ui, qtbot, hub, office, make_laptop, sx):
    from datetime import UTC, datetime

    from sqlalchemy import update

    from desktop.models.sync import SyncDevice
    from desktop.ui.sync.sync_dialog import SyncDialog

    laptop = make_laptop("lap-a")
    make_laptop("lap-b")
    office.sync.reserve_block("lap-a", "compliance_case", 2025, 3)
    office.sync.reserve_block("lap-b", "compliance_case", 2025, 2)
    sx.sync(laptop, hub, today=date(2025, 12, 1))
    with hub.write("admin") as session:  # lap-a synced after 2025 ended, lap-b not since
        session.execute(update(SyncDevice).where(SyncDevice.device == "lap-a").values(
            last_sync_at=datetime(2026, 1, 3, tzinfo=UTC)))
        session.execute(update(SyncDevice).where(SyncDevice.device == "lap-b").values(last_sync_at=None))
    dialog = SyncDialog(office)
    qtbot.addWidget(dialog)
    dialog.close_year(2025)
    _wait(qtbot, dialog)
    text = dialog.result_label.text()
    assert "3 nomor" in text and "lap-b" in text, text
    assert [b.remaining for b in office.sync.number_blocks("lap-a")] == [0]
    assert [b.remaining for b in office.sync.number_blocks("lap-b")] == [2]  # waits for its next sync


def test_a_supervisor_settles_a_conflict_in_the_konflik_list(app_ui, qtbot, hub, office, make_laptop, sx, as_role):
    from desktop.ui.sync.conflicts_page import ConflictsDialog

    office.users.create("hendra", "Hendra", "field_officer")
    laptop = make_laptop("lap-a")
    on_laptop = sx.on(laptop)
    u = on_laptop.users.get("hendra")
    on_laptop.users.update(u.id, u.version, full_name="Hendra K.")
    u = office.users.get("hendra")
    office.users.update(u.id, u.version, full_name="Hendra Kusuma")
    sx.sync(laptop, hub)
    clerk = ConflictsDialog(as_role("clerk", "rina"))
    qtbot.addWidget(clerk)
    clerk.table.view.selectRow(0)
    assert not clerk.take_laptop.isEnabled() and "Hanya supervisor" in clerk.note.text()
    dialog = ConflictsDialog(as_role("supervisor", "sri"))
    qtbot.addWidget(dialog)
    assert dialog.table.model.total == 1 and dialog.empty.isHidden()
    dialog.table.view.selectRow(0)
    assert (dialog.office_value.toPlainText(), dialog.laptop_value.toPlainText()) == ("Hendra Kusuma", "Hendra K.")
    assert dialog.take_laptop.isEnabled()
    assert dialog.resolve("laptop")
    assert dialog.table.model.total == 0 and not dialog.empty.isHidden()
    assert office.users.get("hendra").full_name == "Hendra K."
    dialog.show_settled.setChecked(True)
    assert dialog.table.model.total == 1


def test_the_connection_dialog_checks_as_typed_and_says_when_the_server_is_down(app_ui, qtbot, office):
    from desktop.ui.sync.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog(office, "office")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.host, "x")
    dialog.host.clear()
    dialog.host.textEdited.emit("")
    assert dialog.errors["host"].isVisible() and dialog.errors["host"].text() == "Nama atau alamat server wajib diisi."
    assert not dialog.test_button.isEnabled()
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there: the server is "down"
    dialog.user.setText("cabang")
    dialog.host.textEdited.emit("127.0.0.1")
    dialog.user.textEdited.emit("cabang")
    assert dialog.test_button.isEnabled()
    dialog.test()
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("✖"), timeout=30_000)
    assert "tidak dapat dihubungi" in dialog.result_label.text()


def test_saving_the_connection_keeps_the_password_out_of_the_settings(app_ui, qtbot, office, tmp_path, monkeypatch):
    from desktop.config import load_machine
    from desktop.ui.sync.connection_dialog import ConnectionDialog

    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    dialog = ConnectionDialog(office, "office")
    qtbot.addWidget(dialog)
    dialog.host.setText("server-kc")
    dialog.database.setText("cabang")
    dialog.user.setText("kasir")
    dialog.password.setText("rahasia:kantor")
    dialog.save()
    assert dialog.saved
    stored = load_machine(office.ctx.paths)["database_url"]
    assert stored == "postgresql+psycopg://kasir@server-kc:5432/cabang" and "rahasia" not in stored
    line = (tmp_path / "pgpass").read_text().strip()
    assert line == "server-kc:5432:cabang:kasir:rahasia\\:kantor"
    assert stat.S_IMODE(os.stat(tmp_path / "pgpass").st_mode) == 0o600
    assert office.sync.connection().host == "server-kc"


def test_a_stale_edit_offers_reload(app_ui, qtbot):
    from desktop.ui.sync.stale import handle_stale, stale_box

    reloaded = []
    assert handle_stale(None, StaleRecordError("case"), lambda: reloaded.append(True))
    assert reloaded == [True]
    box, reload_button = stale_box(None, StaleRecordError("case"))
    assert reload_button.text() == "&Muat ulang" and "komputer lain" in box.text()
    assert not handle_stale(None, UserError("Something else."), lambda: reloaded.append(False))
    assert reloaded == [True]
