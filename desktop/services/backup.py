"""Backups and restores of the SQLite database, integrity checks. (PostgreSQL: pg_dump, see README.)

Automatic backups are taken at start, at exit and once a day while the program runs
(`BackupService.automatic`), and rotated: the newest few, then one per day for 7 days, one per
week for 4 weeks and one per month for 12 months (desktop.domain.backups). Manual backups and
the safety copies taken before an upgrade or a restore are never removed by the rotation.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.domain.backups import backups_to_remove
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models import crypto
from desktop.models.backup import (
    AUTOMATIC_PREFIX,
    backup_database,
    backup_reason,
    backup_sqlite,
    backup_time,
    integrity_errors,
    schema_revision,
    timestamp,
)
from desktop.models.db import DatabaseError
from desktop.models.migrate import head_revision, schema_state
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.context import Service

log = logging.getLogger(__name__)

AUTOMATIC_REASONS = ("start", "exit", "daily")
DAILY_INTERVAL = timedelta(hours=24)


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


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # UTC
    reason: str
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason.startswith(AUTOMATIC_PREFIX)


class BackupService(Service):
    def backup(self, folder: Path | None = None, *, reason: str = "manual") -> Path:
        self.ctx.require("backup.run")
        return backup_database(self.ctx.db, folder or self.ctx.paths.backups, reason=reason)

    def list_backups(self) -> list[Path]:
        return sorted(self.ctx.paths.backups.glob("cabang-*.sqlite"), reverse=True)

    def backups(self) -> list[BackupFile]:
        """The backups in the backups folder, newest first."""
        out = []
        for path in self.ctx.paths.backups.glob("cabang-*.sqlite"):
            taken = backup_time(path)
            if taken is not None:
                try:
                    size = path.stat().st_size
                except OSError:
                    continue
                out.append(BackupFile(path, taken, backup_reason(path), size))
        return sorted(out, key=lambda b: b.taken_at, reverse=True)

    def automatic(self, now: datetime | None = None, reason: str = "daily") -> Path | None:
        """An automatic backup ("start", "exit", or "daily": only if the last is a day old), then rotate.

        Returns the new backup, or None when none was due or the database is on a PostgreSQL server
        (backed up there with pg_dump). No permission is needed: it protects everyone's work.
        """
        if reason not in AUTOMATIC_REASONS:
            raise ValueError(reason)
        if not self.ctx.db.is_sqlite or self.ctx.db.sqlite_path is None:
            return None
        now = now or utcnow()
        automatic = [b for b in self.backups() if b.automatic]
        if reason == "daily" and automatic and now - automatic[0].taken_at < DAILY_INTERVAL:
            return None
        path = backup_database(self.ctx.db, self.ctx.paths.backups, reason=AUTOMATIC_PREFIX + reason, now=now)
        self.rotate(now)
        return path

    def rotate(self, now: datetime | None = None) -> list[Path]:
        """Remove the automatic backups the rotation no longer keeps; returns the removed files."""
        self._remove_stale_partials()
        automatic = [b for b in self.backups() if b.automatic and b.taken_at <= (now or utcnow())]
        remove = backups_to_remove([b.taken_at for b in automatic], _local_zone())
        removed = []
        for b in automatic:
            if b.taken_at in remove:
                try:
                    b.path.unlink()
                except OSError as exc:  # a copy that cannot be removed stays; the next rotation tries again
                    log.warning("could not remove old backup %s: %s", b.path.name, exc)
                    continue
                removed.append(b.path)
        return removed

    def _remove_stale_partials(self) -> None:
        """A backup cut short (the program was killed) leaves a `.partial` file: gone after an hour."""
        limit = datetime.now().timestamp() - 3600
        for path in self.ctx.paths.backups.glob("cabang-*.partial*"):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
            except OSError:
                continue

    def check(self) -> CheckReport:
        state = schema_state(self.ctx.db)
        path = self.ctx.db.sqlite_path
        problems = tuple(integrity_errors(path, crypto.key_of(path))) if path else ()
        with self.ctx.read() as session:
            count, chain = audit.verify_chain(session)
        return CheckReport(
            database=self.ctx.db.describe(), schema=state.current or "", up_to_date=state.up_to_date,
            problems=problems, audit_events=count,
            audit_problems=tuple(f"#{p.seq}: {p.reason}" for p in chain),
        )


def _local_zone():
    return datetime.now().astimezone().tzinfo


def check_backup(backup_file: Path) -> crypto.Key | None:
    """Refuse a backup that is missing, damaged, not a Cabang database or from a newer version.

    Returns the key of an encrypted backup (its passphrase must be known: PassphraseRequired)."""
    if not backup_file.is_file():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The backup file {path} does not exist."),
                        path=str(backup_file))
    key = crypto.key_of(backup_file)
    problems = integrity_errors(backup_file, key)
    if problems:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The backup {path} is damaged and was not restored: {detail}"),
            path=str(backup_file), detail="; ".join(problems[:3]),
        )
    revision = schema_revision(backup_file, key)
    if revision is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "{path} is not a backup of a Cabang database; nothing "
                                                       "was restored."), path=str(backup_file))
    if revision != head_revision() and not _known_revision(revision):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The backup {path} was made by a newer version of "
                                                       "Cabang (schema {revision}); nothing was restored."),
                        path=str(backup_file), revision=revision)
    return key


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    from desktop.models.migrate import _config

    try:
        return ScriptDirectory.from_config(_config()).get_revision(revision) is not None
    except Exception:
        return False


def restore(backup_file: Path, target: Path, backups_dir: Path) -> Path | None:
    """Replace the database at `target` with a checked backup; the current state is saved first.

    Runs with no database open (the command line, or the program before it opens one).
    Returns the safety copy of what was there before. Either the whole backup is in place
    afterwards, or the database is as it was.
    """
    key = check_backup(backup_file)
    safety = None
    if target.exists():
        backups_dir.mkdir(parents=True, exist_ok=True)
        safety = backups_dir / f"cabang-{timestamp()}-before-restore.sqlite"
        target_key = None
        try:
            target_key = crypto.key_of(target)
        except DatabaseError:
            target_key = None  # an encrypted file whose passphrase is not known: kept byte for byte
        sound = target_key is not None or not crypto.is_encrypted(target)
        if sound and not integrity_errors(target, target_key):
            # SQLite's backup takes what is still in the WAL too, consistently.
            backup_sqlite(target, safety, target_key)
        else:
            # A damaged (or unreadable) file is kept exactly as it is, with its WAL.
            try:
                shutil.copyfile(target, safety)
                wal = Path(str(target) + "-wal")
                if wal.exists():
                    shutil.copyfile(wal, Path(str(safety) + "-wal"))
            except OSError as exc:
                for p in (safety, Path(str(safety) + "-wal")):
                    p.unlink(missing_ok=True)
                raise DatabaseError(QT_TRANSLATE_NOOP("UserError", "The backup to {path} failed: {detail}"),
                                    path=str(safety), detail=exc.strerror or str(exc)) from exc
    staged = target.with_name(target.name + ".restoring")
    try:
        shutil.copyfile(backup_file, staged)
        if integrity_errors(staged, key):
            raise OSError(5, "the copy of the backup does not read back")
        for suffix in ("-wal", "-shm"):  # an old WAL must not be replayed over the restored file
            Path(str(target) + suffix).unlink(missing_ok=True)
        staged.replace(target)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise DatabaseError(QT_TRANSLATE_NOOP("UserError", "The restore failed: {detail}"),
                            detail=exc.strerror or str(exc)) from exc
    return safety
