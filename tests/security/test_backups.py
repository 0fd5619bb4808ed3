"""Backups as the office relies on them: automatic at start, at exit and daily, rotated, and a
restore that checks the backup and keeps the current state first."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.errors import UserError
from desktop.services.backup import restore


@pytest.fixture
def sqlite_services(tmp_path, paths):
    from desktop.models.migrate import open_database
    from desktop.services.app import services_for
    from desktop.services.users import bootstrap_admin

    db = open_database(f"sqlite:///{tmp_path / 'cabang.sqlite'}", device="test")
    bootstrap_admin(db)
    services = services_for(db, paths)
    yield services
    db.dispose()


NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)


def test_automatic_backups_at_start_exit_and_once_a_day(sqlite_services):
    backup = sqlite_services.backup
    first = backup.automatic(NOW, "start")
    assert first is not None and first.exists()
    assert backup.automatic(NOW + timedelta(hours=2), "daily") is None  # one a day is enough
    assert backup.automatic(NOW + timedelta(hours=5), "exit") is not None  # exit always
    assert backup.automatic(NOW + timedelta(hours=30), "daily") is not None
    reasons = sorted(b.reason for b in backup.backups())
    assert reasons == ["auto-daily", "auto-exit", "auto-start"]


def test_rotation_removes_old_automatic_backups_but_never_manual_ones(sqlite_services):
    backup = sqlite_services.backup
    manual = backup.backup(reason="manual")
    for day in range(60, 0, -1):
        backup.automatic(NOW - timedelta(days=day), "start")
    automatic = [b for b in backup.backups() if b.automatic]
    assert 7 <= len(automatic) <= 3 + 7 + 4 + 12
    assert len(automatic) < 60
    assert manual.exists()
    kept_days = {b.taken_at.date() for b in automatic}
    assert (NOW - timedelta(days=1)).date() in kept_days


def test_a_backup_is_a_sound_copy_taken_while_the_database_is_open(sqlite_services):
    sqlite_services.users.create("rina", "Rina Wulandari", "clerk")
    path = sqlite_services.backup.backup()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM app_user WHERE username='rina'").fetchone()[0] == 1
    conn.close()
    assert not list(path.parent.glob("*.partial"))


def test_automatic_backup_on_each_backend(services):
    """SQLite: a file in the backups folder; PostgreSQL: none here, pg_dump on the server says so."""
    if services.ctx.db.is_sqlite:
        assert services.backup.automatic(NOW, "start").exists()
    else:
        assert services.backup.automatic(NOW, "start") is None
        with pytest.raises(UserError, match="pg_dump"):
            services.backup.backup()


def _database_with(tmp_path: Path, sqlite_services, name: str) -> Path:
    sqlite_services.users.create(name, name.title(), "clerk")
    return sqlite_services.backup.backup(tmp_path / "out")


def test_restore_checks_the_backup_and_keeps_the_current_state(sqlite_services, tmp_path):
    backup = _database_with(tmp_path, sqlite_services, "rina")
    sqlite_services.users.create("bagus", "Bagus", "clerk")  # made after the backup
    target = sqlite_services.ctx.db.sqlite_path
    sqlite_services.close()
    safety = restore(backup, target, tmp_path / "safety")
    conn = sqlite3.connect(target)
    names = {r[0] for r in conn.execute("SELECT username FROM app_user")}
    conn.close()
    assert "rina" in names and "bagus" not in names
    # the state before the restore is a sound copy, with the user made after the backup
    conn = sqlite3.connect(safety)
    assert conn.execute("SELECT count(*) FROM app_user WHERE username='bagus'").fetchone()[0] == 1
    conn.close()


@pytest.mark.parametrize("content", [b"", b"garbage" * 1000, b"SQLite format 3\x00" + b"\x00" * 5000])
def test_a_damaged_backup_is_refused_and_nothing_changes(sqlite_services, tmp_path, content):
    target = sqlite_services.ctx.db.sqlite_path
    sqlite_services.close()
    before = target.read_bytes()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    with pytest.raises(UserError):
        restore(bad, target, tmp_path / "safety")
    assert target.read_bytes() == before
    assert not (tmp_path / "safety").exists()


def test_a_sqlite_file_that_is_not_cabang_is_refused(sqlite_services, tmp_path):
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(a)")
    conn.commit()
    conn.close()
    target = sqlite_services.ctx.db.sqlite_path
    sqlite_services.close()
    with pytest.raises(UserError, match="not a backup of a Cabang database"):
        restore(other, target, tmp_path / "safety")


def test_a_backup_from_a_newer_version_is_refused(sqlite_services, tmp_path):
    backup = _database_with(tmp_path, sqlite_services, "rina")
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.commit()
    conn.close()
    target = sqlite_services.ctx.db.sqlite_path
    sqlite_services.close()
    with pytest.raises(UserError, match="newer version"):
        restore(backup, target, tmp_path / "safety")


def test_restore_over_a_damaged_database_keeps_the_damaged_file_byte_for_byte(sqlite_services, tmp_path):
    backup = _database_with(tmp_path, sqlite_services, "rina")
    target = sqlite_services.ctx.db.sqlite_path
    sqlite_services.close()
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    target.write_bytes(b"damaged" * 700)
    safety = restore(backup, target, tmp_path / "safety")
    assert safety.read_bytes() == b"damaged" * 700
    assert sqlite3.connect(target).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


