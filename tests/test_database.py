"""Opening databases: migrations from empty, the sync-ready columns, optimistic locking, and every
way a database can be unusable (each refused with a clear message, nothing overwritten)."""

from __future__ import annotations

import os
import sqlite3
import uuid

import pytest
from sqlalchemy import select, text

from desktop.errors import StaleRecordError, UserError
from desktop.models.core import AuditEvent, OfficeProfile
from desktop.models.db import DatabaseError
from desktop.models.migrate import head_revision, open_database, schema_state


def test_migrates_from_empty_to_head(db):
    state = schema_state(db)
    assert state.current == head_revision()
    assert {"office_profile", "app_user", "audit_event", "setting"} <= set(db.table_names())


def test_sqlite_pragmas_on_every_connection(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'p.sqlite'}")
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    database.dispose()


def test_records_carry_sync_columns_stamped_by_the_session(db):
    with db.write("rina") as session:
        office = OfficeProfile(name="KC Purwokerto", code="PWT")
        session.add(office)
    assert office.id.version == 7  # UUIDv7, made where the record is created
    assert office.created_by == office.updated_by == "rina"
    assert office.origin == "test-device"
    assert office.version == 1 and office.deleted_at is None
    assert office.created_at.tzinfo is not None and office.created_at.utcoffset().total_seconds() == 0
    with db.write("sari") as session:
        row = session.get(OfficeProfile, office.id)
        row.phone = "(0281) 636010"
    with db.read() as session:
        row = session.get(OfficeProfile, office.id)
        assert (row.version, row.updated_by, row.created_by) == (2, "sari", "rina")


def test_a_stale_edit_is_refused_not_overwritten(services):
    from desktop.services.office import OfficeView

    saved, _ = services.office.save(OfficeView(id=None, version=0, name="KC Purwokerto", code="PWT"))
    first = saved.with_changes(phone="(0281) 111111")
    second = saved.with_changes(phone="(0281) 222222")  # opened at the same version elsewhere
    services.office.save(first)
    with pytest.raises(StaleRecordError):
        services.office.save(second)
    assert services.office.get().phone == "(0281) 111111"


def test_a_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    open_database(f"sqlite:///{path}").dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as err:
        open_database(f"sqlite:///{path}")
    assert "newer version of Cabang" in str(err.value)
    assert path.read_bytes() == before


def test_a_corrupt_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "corrupt.sqlite"
    path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as err:
        open_database(f"sqlite:///{path}")
    assert "damaged or is not a Cabang database" in str(err.value)
    assert path.read_bytes() == before


def test_a_truncated_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "cut.sqlite"
    open_database(f"sqlite:///{path}").dispose()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\x00" * 50)  # header kept, pages gone
    with pytest.raises(DatabaseError):
        open_database(f"sqlite:///{path}")


def test_a_missing_file_is_reported_when_it_must_exist(tmp_path):
    with pytest.raises(DatabaseError) as err:
        open_database(f"sqlite:///{tmp_path / 'nope.sqlite'}", must_exist=True)
    assert "does not exist" in str(err.value)
    assert not (tmp_path / "nope.sqlite").exists()


def test_a_read_only_file_is_refused_even_for_root(tmp_path, monkeypatch):
    """os.access decides; CI runs as root, which passes it, so the check's answer is simulated."""
    path = tmp_path / "ro.sqlite"
    open_database(f"sqlite:///{path}").dispose()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(path) and mode == os.W_OK
                        else real_access(p, mode))
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as err:
        open_database(f"sqlite:///{path}")
    assert "read-only" in str(err.value)
    assert path.read_bytes() == before


def test_a_postgresql_server_that_is_down_gives_a_clear_message():
    # Port 1 on loopback: nothing listens there.
    with pytest.raises(DatabaseError) as err:
        open_database("postgresql+psycopg://cabang@127.0.0.1:1/cabang")
    message = str(err.value)
    assert "cannot be reached" in message and "127.0.0.1:1" in message


def test_upgrade_backs_up_a_database_that_holds_data(tmp_path):
    from desktop.models.db import Database
    from desktop.models.migrate import upgrade

    path = tmp_path / "old.sqlite"
    database = Database(f"sqlite:///{path}")
    upgrade(database, backup_dir=None, revision="0001_core")  # as the first release left it
    with database.write("admin") as session:
        session.add(OfficeProfile(name="KC", code="PWT"))
    assert not schema_state(database).up_to_date
    backup = upgrade(database, backup_dir=tmp_path / "backups")
    assert backup is not None and backup.exists()
    assert schema_state(database).up_to_date
    with sqlite3.connect(backup) as conn:  # the backup is the database as it was before
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_core",)
        assert conn.execute("SELECT name FROM office_profile").fetchone() == ("KC",)
    with database.read() as session:
        assert session.scalar(select(OfficeProfile.name)) == "KC"
    database.dispose()


def test_every_change_writes_a_chained_audit_event(services):
    from desktop.services.office import OfficeView

    services.office.save(OfficeView(id=None, version=0, name="KC Purwokerto", code="PWT"))
    with services.ctx.read() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
    assert [e.action for e in events][-1] == "create"
    assert events[-1].entity == "office_profile" and events[-1].after["name"] == "KC Purwokerto"
    assert events[-1].prev_hash == events[-2].hash
    report = services.backup.check()
    assert report.audit_problems == () and report.ok


def test_tampering_with_the_audit_trail_is_detected(services):
    from desktop.services.office import OfficeView

    services.office.save(OfficeView(id=None, version=0, name="KC Purwokerto", code="PWT"))
    with services.ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET summary = 'nothing happened' WHERE seq = 2"))
    report = services.backup.check()
    assert any("#2" in p for p in report.audit_problems)


def test_get_of_a_deleted_record_says_so(services):
    from desktop.services.context import get_live

    with services.ctx.read() as session, pytest.raises(UserError):
        get_live(session, OfficeProfile, uuid.uuid4())
