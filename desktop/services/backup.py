"""Backups and restores of the SQLite database; integrity checks. (PostgreSQL: pg_dump, see README.)"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.backup import backup_database, integrity_errors, timestamp
from desktop.models.db import DatabaseError
from desktop.models.migrate import schema_state
from desktop.services import audit
from desktop.services.context import Service


@dataclass(frozen=True)
class CheckReport:
    database: str
    schema: str
    up_to_date: bool
    problems: tuple[str, ...]
    audit_events: int
    audit_problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.audit_problems and self.up_to_date


class BackupService(Service):
    def backup(self, folder: Path | None = None, *, reason: str = "manual") -> Path:
        self.ctx.require("backup.run")
        return backup_database(self.ctx.db, folder or self.ctx.paths.backups, reason=reason)

    def list_backups(self) -> list[Path]:
        return sorted(self.ctx.paths.backups.glob("cabang-*.sqlite"), reverse=True)

    def check(self) -> CheckReport:
        state = schema_state(self.ctx.db)
        path = self.ctx.db.sqlite_path
        problems = tuple(integrity_errors(path)) if path else ()
        with self.ctx.read() as session:
            count, chain = audit.verify_chain(session)
        return CheckReport(
            database=self.ctx.db.describe(), schema=state.current or "", up_to_date=state.up_to_date,
            problems=problems, audit_events=count,
            audit_problems=tuple(f"#{p.seq}: {p.reason}" for p in chain),
        )


def restore(backup_file: Path, target: Path, backups_dir: Path) -> Path | None:
    """Replace the database at `target` with a checked backup; the current state is saved first.

    Runs with no database open (the command line, or the program before it opens one).
    Returns the safety copy of what was there before.
    """
    if not backup_file.is_file():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The backup file {path} does not exist."),
                        path=str(backup_file))
    problems = integrity_errors(backup_file)
    if problems:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The backup {path} is damaged and was not restored: {detail}"),
            path=str(backup_file), detail="; ".join(problems[:3]),
        )
    safety = None
    if target.exists():
        # A plain copy, not SQLite's backup: the current file may be the damaged one being replaced,
        # and it must be kept exactly as it is.
        backups_dir.mkdir(parents=True, exist_ok=True)
        safety = backups_dir / f"cabang-{timestamp()}-before-restore.sqlite"
        try:
            shutil.copyfile(target, safety)
            wal = Path(str(target) + "-wal")
            if wal.exists():
                shutil.copyfile(wal, Path(str(safety) + "-wal"))
        except OSError as exc:
            raise DatabaseError(QT_TRANSLATE_NOOP("UserError", "The backup to {path} failed: {detail}"),
                                path=str(safety), detail=exc.strerror or str(exc)) from exc
    staged = target.with_suffix(".restoring")
    try:
        shutil.copyfile(backup_file, staged)
        for suffix in ("-wal", "-shm"):  # an old WAL must not be replayed over the restored file
            Path(str(target) + suffix).unlink(missing_ok=True)
        staged.replace(target)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise DatabaseError(QT_TRANSLATE_NOOP("UserError", "The restore failed: {detail}"),
                            detail=exc.strerror or str(exc)) from exc
    return safety
