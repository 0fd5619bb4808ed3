"""Copies of an SQLite database taken with its online backup API (consistent even while in use).

A copy of an encrypted database is encrypted with the same key and salt: the passphrase that opens
the database opens its backups.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.models import crypto
from desktop.models.db import Database, DatabaseError

BACKUP_NAME = re.compile(r"^cabang-(\d{8}-\d{6}-\d{6})-(.+)\.sqlite$")
AUTOMATIC_PREFIX = "auto-"


def timestamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S-%f")


def backup_time(path: Path) -> datetime | None:
    """When a backup was taken, read from its name (UTC), or None for another file."""
    match = BACKUP_NAME.match(path.name)
    if not match:
        return None
    return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)


def backup_reason(path: Path) -> str:
    match = BACKUP_NAME.match(path.name)
    return match.group(2) if match else ""


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def backup_sqlite(source: Path, target: Path, key: crypto.Key | None = None) -> Path:
    """Copy `source` to `target` whole or not at all (a `.partial` file is renamed when complete)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = crypto.connect(source, key, read_only=True)
        try:
            dst = crypto.connect(partial, key)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(partial)
        partial.replace(target)  # a backup is either whole or absent
        _fsync(target.parent)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise _backup_failed(target, exc) from exc
    except Exception as exc:  # sqlcipher3's errors are not sqlite3's classes
        if type(exc).__module__.startswith("sqlcipher3"):
            partial.unlink(missing_ok=True)
            raise _backup_failed(target, exc) from exc
        raise
    return target


def _backup_failed(target: Path, exc: BaseException) -> DatabaseError:
    detail = getattr(exc, "strerror", None) or str(exc)
    if "full" in detail.lower() or getattr(exc, "errno", None) == 28:
        return DatabaseError(
            QT_TRANSLATE_NOOP("UserError", "The backup to {path} failed: the disk is full. Free some space or "
                                           "choose another folder; the database itself was not changed."),
            path=str(target))
    return DatabaseError(QT_TRANSLATE_NOOP("UserError", "The backup to {path} failed: {detail}"),
                         path=str(target), detail=detail)


def backup_database(db: Database, folder: Path, *, reason: str = "manual", now: datetime | None = None) -> Path:
    path = db.sqlite_path
    if path is None:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Backups of a PostgreSQL database are made on the server with pg_dump "
                "(see the README, section PostgreSQL).",
            )
        )
    return backup_sqlite(path, folder / f"cabang-{timestamp(now)}-{reason}.sqlite", crypto.key_of(path))


def integrity_errors(path: Path, key: crypto.Key | None = None) -> list[str]:
    """What SQLite's integrity check finds wrong (empty when the file is sound)."""
    try:
        conn = crypto.connect(path, key, read_only=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
    except Exception as exc:  # sqlite3.Error or sqlcipher3's DatabaseError: the file cannot be read
        if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlcipher3"):
            return [str(exc)]
        raise
    problems = [r[0] for r in rows if r[0] != "ok"]
    problems += [f"foreign key: {r[0]} row {r[1]} -> {r[2]}" for r in fk]
    return problems


def schema_revision(path: Path, key: crypto.Key | None = None) -> str | None:
    """The Alembic revision recorded in a database file, or None if it has none (not a Cabang file)."""
    try:
        conn = crypto.connect(path, key, read_only=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except Exception:
        return None
    return row[0] if row else None
