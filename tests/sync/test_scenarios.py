"""Scripted field scenarios: a laptop away for a month, and a sync killed half-way (by an error
between phases, and by SIGKILL of the process). Nothing is lost; every side ends the same."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date, timedelta

import pytest

from desktop.services.sync_merge import SyncError


class Boom(Exception):
    pass


def _month_at_the_office(office, start: date) -> None:
    """A month of office work: new staff, the holiday list, renames, accounts switched off."""
    for i in range(12):
        office.users.create(f"staf{i:02d}", f"Staf {i:02d}", "clerk", regency="Banyumas")
    for i in range(20):
        office.settings.add_office_holiday(start + timedelta(days=3 * i), f"Cuti {i}")
    for i in range(0, 12, 2):
        u = office.users.get(f"staf{i:02d}")
        office.users.update(u.id, u.version, full_name=f"Staf {i:02d} (pindah)")
    for i in range(0, 12, 3):
        u = office.users.get(f"staf{i:02d}")
        office.users.update(u.id, u.version, active=False)


def test_a_laptop_away_for_a_month_catches_up_and_its_work_arrives(hub, office, make_laptop, sx):
    office.users.create("hendra", "Hendra", "field_officer")
    away, other = make_laptop("lap-away"), make_laptop("lap-other")
    on_away, on_other = sx.on(away), sx.on(other)
    # the month: the office works, the other laptop syncs every few days, the away laptop works offline
    _month_at_the_office(office, date(2026, 12, 1))
    for week in range(4):
        u = on_other.users.get("hendra")
        on_other.users.update(u.id, u.version, regency=["Banyumas", "Purbalingga", "Banjarnegara", "Cilacap"][week])
        sx.sync(other, hub)
        on_away.settings.add_office_holiday(date(2027, 2, 1) + timedelta(days=week), f"Laptop {week}")
    u = on_away.users.get("hendra")
    on_away.users.update(u.id, u.version, full_name="Hendra Kusuma")
    assert sx.pending(away) == 5
    result = sx.sync(away, hub)
    assert result.sent >= 5 and result.received >= 32 and result.conflicts == 0
    sx.sync(other, hub)
    hendra = office.users.get("hendra")
    assert (hendra.full_name, hendra.regency) == ("Hendra Kusuma", "Cilacap")
    assert len(office.settings.office_holidays()) == 24
    sx.assert_same(hub, away, other)
    assert sx.pending(away) == sx.pending(other) == 0


def _edits(office, laptop_services):
    office.users.create("hendra", "Hendra", "field_officer")


PHASES = ["exported", "accepted", "replied", "applied", "before_commit"]


@pytest.mark.parametrize("phase", PHASES)
def test_a_sync_that_fails_part_way_leaves_both_sides_as_they_were(hub, office, make_laptop, sx, phase):
    office.users.create("hendra", "Hendra", "field_officer")
    laptop = make_laptop("lap-a")
    on_laptop = sx.on(laptop)
    u = on_laptop.users.get("hendra")
    on_laptop.users.update(u.id, u.version, full_name="Hendra Kusuma")  # a laptop edit that conflicts
    u = office.users.get("hendra")
    office.users.update(u.id, u.version, full_name="Hendra K.", regency="Banyumas")
    on_laptop.settings.add_office_holiday(date(2026, 12, 24), "Natal")
    office.settings.add_office_holiday(date(2026, 12, 31), "Tahun baru")
    office_before, laptop_before = sx.table_state(hub), sx.table_state(laptop)
    audit_before, pending_before = sx.audit_ids(hub), sx.pending(laptop)

    def stop(at: str) -> None:
        if at == phase:
            raise Boom(at)

    with pytest.raises(Boom):
        sx.sync(laptop, hub, hook=stop)
    assert sx.table_state(hub) == office_before and sx.audit_ids(hub) == audit_before
    assert sx.table_state(laptop) == laptop_before and sx.pending(laptop) == pending_before
    assert sx.conflicts(hub) == []
    sx.sync(laptop, hub)  # tried again later: it goes through
    assert len(sx.conflicts(hub)) == 1
    assert office.settings.office_holidays() == [(date(2026, 12, 24), "Natal"), (date(2026, 12, 31), "Tahun baru")]
    assert office.users.get("hendra").regency == "Banyumas"
    sx.assert_same(hub, laptop)


def test_a_laptop_that_fails_after_the_office_committed_sends_again_harmlessly(hub, office, make_laptop, sx):
    office.users.create("hendra", "Hendra", "field_officer")
    laptop = make_laptop("lap-a")
    on_laptop = sx.on(laptop)
    u = on_laptop.users.get("hendra")
    on_laptop.users.update(u.id, u.version, full_name="Hendra Kusuma")
    u = office.users.get("hendra")
    office.users.update(u.id, u.version, full_name="Hendra K.")
    on_laptop.settings.add_office_holiday(date(2026, 12, 24), "Natal")

    def stop(at: str) -> None:
        if at == "hub_committed":
            raise Boom(at)

    with pytest.raises(Boom):
        sx.sync(laptop, hub, hook=stop)
    assert sx.pending(laptop) == 2  # the laptop did not commit: its changes are still to go
    assert len(office.settings.office_holidays()) == 1  # the office did
    sx.sync(laptop, hub)
    assert len(sx.conflicts(hub)) == 1  # the same conflict, not twice
    assert len(office.settings.office_holidays()) == 1
    sx.assert_same(hub, laptop)


def test_a_count_mismatch_undoes_the_sync_on_both_sides(hub, office, make_laptop, sx):
    office.users.create("hendra", "Hendra", "field_officer")
    laptop = make_laptop("lap-a")
    on_laptop = sx.on(laptop)
    on_laptop.settings.add_office_holiday(date(2026, 12, 24), "Natal")
    from sqlalchemy import delete

    from desktop.models.sync import SyncBase

    with laptop.write("admin") as session:  # the laptop lost track of one record it got from the office
        session.execute(delete(SyncBase).where(SyncBase.tbl == "app_user"))
    office_before, laptop_before = sx.table_state(hub), sx.table_state(laptop)
    with pytest.raises(SyncError, match="app_user"):
        sx.sync(laptop, hub)
    assert sx.table_state(hub) == office_before and sx.table_state(laptop) == laptop_before
    assert sx.pending(laptop) == 1


KILL_SCRIPT = textwrap.dedent('''
    import os, signal, sys
    from desktop.models.migrate import open_database
    from desktop.services.sync_direct import run_direct

    hub = open_database(sys.argv[1], migrate=False)
    laptop = open_database(sys.argv[2], device="lap-a", migrate=False)

    def hook(phase):
        if phase == sys.argv[3]:
            os.kill(os.getpid(), signal.SIGKILL)

    run_direct(laptop, hub, user="admin", hook=hook)
''')


@pytest.mark.parametrize("phase", ["accepted", "before_commit"])
def test_a_sync_process_killed_half_way_leaves_both_sides_as_they_were(hub, office, make_laptop, sx, tmp_path, phase):
    office.users.create("hendra", "Hendra", "field_officer")
    laptop = make_laptop("lap-a")
    on_laptop = sx.on(laptop)
    u = on_laptop.users.get("hendra")
    on_laptop.users.update(u.id, u.version, full_name="Hendra Kusuma")
    office.settings.add_office_holiday(date(2026, 12, 31), "Tahun baru")
    office_before, laptop_before = sx.table_state(hub), sx.table_state(laptop)
    script = tmp_path / "kill.py"
    script.write_text(KILL_SCRIPT)
    hub_url = hub.url.render_as_string(hide_password=False)
    laptop_url = laptop.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, str(script), hub_url, laptop_url, phase], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert done.returncode == -9, done.stderr
    assert sx.table_state(hub) == office_before
    assert sx.table_state(laptop) == laptop_before and sx.pending(laptop) == 1
    sx.sync(laptop, hub)
    assert office.users.get("hendra").full_name == "Hendra Kusuma"
    sx.assert_same(hub, laptop)


def test_cancelling_a_sync_leaves_both_sides_as_they_were(hub, office, make_laptop, sx):
    from desktop.errors import Cancelled

    office.users.create("hendra", "Hendra", "field_officer")
    laptop = make_laptop("lap-a")
    sx.on(laptop).settings.add_office_holiday(date(2026, 12, 24), "Natal")
    office.settings.add_office_holiday(date(2026, 12, 31), "Tahun baru")
    office_before, laptop_before = sx.table_state(hub), sx.table_state(laptop)

    class CancelWhileApplying:
        """Cancel pressed while the laptop applies the office's holidays: the third time that table comes
        up (merged at the office, answered, then applied here)."""

        def __init__(self) -> None:
            self.seen = 0

        def progress(self, done: int, total: int, text: str = "") -> None:
            self.seen += text == "office_holiday"

        def check(self) -> None:
            if self.seen >= 3:
                raise Cancelled()

    with pytest.raises(Cancelled):
        sx.sync(laptop, hub, progress=CancelWhileApplying())
    assert sx.table_state(hub) == office_before and sx.table_state(laptop) == laptop_before
    sx.sync(laptop, hub)
    sx.assert_same(hub, laptop)
