"""A full disk and a database that became read-only: a clear message, nothing half saved, nothing
lost, and the work goes on once there is room (or write access) again.

Both use a real file system: a tiny tmpfs mounted for the test (CI runs as root), filled up or
remounted read-only. (A simulated error would not show what SQLite really does.)"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop.models.db import DatabaseError


@pytest.fixture
def tiny_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)], capture_output=True,
                            text=True)
    if result.returncode != 0:
        pytest.fail(f"these tests mount a small tmpfs and need root: {result.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def _services_on(folder: Path, paths):
    from desktop.models.migrate import open_database
    from desktop.services.app import services_for
    from desktop.services.users import bootstrap_admin

    db = open_database(f"sqlite:///{folder / 'cabang.sqlite'}", device="laptop")
    bootstrap_admin(db)
    return services_for(db, paths)


def _fill(folder: Path) -> Path:
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as fh:  # unbuffered: closing it has nothing left to write
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass
    return filler


def _names(services) -> set[str]:
    return {u.username for u in services.users.list()}


def test_a_full_disk_says_so_and_loses_nothing(tiny_disk, paths):
    from desktop.models.backup import integrity_errors

    services = _services_on(tiny_disk, paths)
    try:
        services.users.create("rina", "Rina Wulandari", "clerk")
        filler = _fill(tiny_disk)
        failures = []
        for n in range(400):  # keep writing until the disk refuses (the WAL grows page by page)
            try:
                services.users.create(f"user{n:03d}", "Nama Panjang " * 8, "clerk")
            except DatabaseError as exc:
                failures.append(str(exc))
                break
        assert failures and "full" in failures[0] and "Nothing of this change was saved" in failures[0]
        saved = _names(services)
        assert "rina" in saved  # what was saved before is still there
        # room again: the same work goes through, and the file is sound
        filler.unlink()
        services.users.create("after", "After The Cleanup", "clerk")
        assert _names(services) >= saved | {"after"}
    finally:
        services.close()
    assert integrity_errors(tiny_disk / "cabang.sqlite") == []


def test_a_backup_to_a_full_disk_leaves_no_half_file(tiny_disk, tmp_path, paths):
    from desktop.models.backup import backup_sqlite

    services = _services_on(tmp_path, paths)
    try:
        services.users.create("rina", "Rina Wulandari", "clerk")
        _fill(tiny_disk)
        with pytest.raises(DatabaseError, match="full"):
            backup_sqlite(services.ctx.db.sqlite_path, tiny_disk / "cabang-backup.sqlite")
        assert not list(tiny_disk.glob("cabang-backup*"))
        assert "rina" in _names(services)
    finally:
        services.close()


def test_a_database_that_becomes_read_only(tiny_disk, paths):
    services = _services_on(tiny_disk, paths)
    try:
        services.users.create("rina", "Rina Wulandari", "clerk")
        services.ctx.db.dispose()  # Linux remounts read-only only when no file is open for writing
        subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
        with pytest.raises(DatabaseError) as refused:
            services.users.create("bagus", "Bagus", "clerk")
        message = str(refused.value)
        assert "read-only" in message or "disk reported an error" in message
        assert "Nothing of this change was saved" in message
        services.ctx.db.dispose()
        subprocess.run(["mount", "-o", "remount,rw", str(tiny_disk)], check=True)
        services.users.create("bagus", "Bagus", "clerk")
        assert {"rina", "bagus"} <= _names(services)
    finally:
        services.close()


def test_opening_a_database_on_a_read_only_disk_is_refused_before_anything_is_written(tiny_disk, paths):
    from desktop.models.migrate import open_database

    _services_on(tiny_disk, paths).close()
    before = (tiny_disk / "cabang.sqlite").read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    with pytest.raises(DatabaseError, match="read-only"):
        open_database(f"sqlite:///{tiny_disk / 'cabang.sqlite'}")
    assert (tiny_disk / "cabang.sqlite").read_bytes() == before
