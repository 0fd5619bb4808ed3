"""Change capture by triggers: whatever writes a synced table (the ORM, bulk statements, raw SQL)
is seen, in commit order on the office database, and a table that lost its triggers is re-armed
without losing what was written meanwhile."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import insert, select, text, update

from desktop.models.core import OfficeHoliday, Setting
from desktop.models.sync import SyncChange
from desktop.models.sync_catalog import catalog
from desktop.models.sync_log import SYNC_LOCK, counter, installed, suppressed
from desktop.models.types import utcnow


def _changes(db) -> dict[str, int]:
    with db.read() as session:
        return {str(r): s for r, s in session.execute(select(SyncChange.row_id, SyncChange.seq))}


def test_the_migration_arms_every_synced_table_but_not_the_local_ones(db):
    with db.engine.connect() as conn:
        armed = installed(conn)
    assert {t.name for t in catalog()} == set(armed)
    assert all(n == 3 for n in armed.values())
    assert "letter_counter" not in armed and not any(t.startswith("sync_") for t in armed)


def test_bulk_inserts_and_bulk_updates_are_captured(db):
    ids = [uuid.uuid4() for _ in range(3)]
    now = utcnow()
    rows = [{"id": i, "day": date(2026, 12, 20 + k), "name": f"Cuti {k}", "created_at": now, "updated_at": now,
             "created_by": "import", "updated_by": "import", "origin": "", "version": 1} for k, i in enumerate(ids)]
    with db.write("import") as session:
        session.execute(insert(OfficeHoliday), rows)  # the import path some areas use
    first = _changes(db)
    assert {str(i) for i in ids} <= set(first)
    with db.write("import") as session:
        session.execute(update(OfficeHoliday), [{"id": ids[0], "version": 1, "name": "Cuti bersama"}])  # bulk, by key
        session.execute(text("UPDATE office_holiday SET name = 'x' WHERE 1 = 0"))
    second = _changes(db)
    assert second[str(ids[0])] > first[str(ids[0])]
    assert second[str(ids[1])] == first[str(ids[1])]


def test_every_change_gets_the_next_number_in_commit_order(db):
    """A writer that started later cannot commit before an earlier one: when a change with number N is
    visible, every change below N is too, so a laptop that pulled "up to N" never misses one."""
    import threading

    started = threading.Event()
    seen_after_commit: list[set[str]] = []
    errors = []

    def second_writer() -> None:
        try:
            started.set()
            with db.write("b") as session:
                session.add(Setting(key="two", value=2))
            with db.read() as session:
                seen_after_commit.append(set(session.scalars(select(Setting.key))))
        except Exception as exc:  # reported below
            errors.append(exc)

    with db.write("a") as session:
        session.add(Setting(key="one", value=1))
        session.flush()  # the first writer has its number...
        worker = threading.Thread(target=second_writer)
        worker.start()
        started.wait()
        worker.join(timeout=1.0)  # ...the second may not finish before the first commits
    worker.join()
    assert not errors
    assert seen_after_commit == [{"one", "two"}]
    with db.read() as session:
        seqs = dict(session.execute(select(Setting.key, SyncChange.seq)
                                    .join(SyncChange, SyncChange.row_id == Setting.id)).all())
        top = counter(session)
    assert seqs["one"] < seqs["two"] == top


def test_writes_while_applying_the_office_rows_are_not_captured(db):
    before = _changes(db)
    with db.write("sync") as session:
        with suppressed(session):
            session.add(Setting(key="from-the-office", value=1))
            session.flush()
        session.add(Setting(key="typed-here", value=2))
    after = _changes(db)
    with db.read() as session:
        keys = {k: str(i) for k, i in session.execute(select(Setting.key, Setting.id))}
    assert keys["from-the-office"] not in after and keys["typed-here"] in after
    assert set(before) <= set(after)


def test_the_capture_lock_is_the_audit_trails_lock():
    from desktop.services.audit import _PG_AUDIT_LOCK

    assert SYNC_LOCK == _PG_AUDIT_LOCK


def test_a_table_that_lost_its_triggers_is_rearmed_and_nothing_written_meanwhile_is_missed(hub, office, make_laptop, sx):
    laptop = make_laptop("lap-a")
    with laptop.write("admin") as session:  # what Alembic's SQLite batch mode does to a rebuilt table
        for event in ("ins", "upd", "del"):
            session.execute(text(f'DROP TRIGGER "sync_{event}_office_holiday"'))
    on_laptop = sx.on(laptop)
    on_laptop.settings.add_office_holiday(date(2026, 12, 24), "Natal")  # written while nothing captured
    assert sx.pending(laptop) == 0
    sx.sync(laptop, hub)
    assert office.settings.office_holidays() == [(date(2026, 12, 24), "Natal")]
    with laptop.engine.connect() as conn:
        assert installed(conn)["office_holiday"] == 3
    sx.assert_same(hub, laptop)
