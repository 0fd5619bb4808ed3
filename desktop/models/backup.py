"""Copies of an SQLite database taken with its online backup API (consistent even while in use)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.models.db import Database, DatabaseError


def timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


def backup_sqlite(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".partial")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)  # a backup is either whole or absent
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(
            QT_TRANSLATE_NOOP("UserError", "The backup to {path} failed: {detail}"),
            path=str(target),
            detail=str(exc),
        ) from exc
    return target


def backup_database(db: Database, folder: Path, *, reason: str = "manual") -> Path:
    path = db.sqlite_path
    if path is None:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Backups of a PostgreSQL database are made on the server with pg_dump "
                "(see the README, section PostgreSQL).",
            )
        )
    return backup_sqlite(path, folder / f"cabang-{timestamp()}-{reason}.sqlite")


def integrity_errors(path: Path) -> list[str]:
    """What SQLite's integrity check finds wrong (empty when the file is sound)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    problems = [r[0] for r in rows if r[0] != "ok"]
    problems += [f"foreign key: {r[0]} row {r[1]} -> {r[2]}" for r in fk]
    return problems
