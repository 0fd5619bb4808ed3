"""Schema versions: Alembic migrations applied at start-up after a backup; a newer database refused.

Every change of schema is a numbered migration in `migrations/versions`. A database whose version
this program does not know was made by a newer Cabang: opening it could lose what that version
stored, so it is refused before anything is written.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.models.backup import backup_database
from desktop.models.db import Database, DatabaseError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"  # Alembic's default, where it keeps the revision of a database


def _config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _script():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


# Alembic's ScriptDirectory imports and runs every migration script, a good part of a second at each
# start. Most starts find the database already at the newest revision, which these two lines of each
# script tell: when they are read plainly and the database is at that head, Alembic is not loaded.
_REVISION = re.compile(r'^revision(?:\s*:\s*str)?\s*=\s*["\']([^"\']+)["\']\s*$', re.MULTILINE)
_DOWN_REVISION = re.compile(
    r'^down_revision(?:\s*:[^=]+)?\s*=\s*(?:None|["\']([^"\']+)["\'])\s*$', re.MULTILINE)


@functools.cache
def _plain_head() -> str | None:
    """The newest revision read from the scripts' text; None when that is not certain (a script that
    cannot be read plainly, a merge, or two heads), and Alembic must be asked instead."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(source), _DOWN_REVISION.search(source)
        if len(revision) != 1 or down is None:
            return None
        revisions.add(revision[0])
        if down.group(1):
            revised.add(down.group(1))
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 and revised <= revisions else None


def head_revision() -> str:
    head = _plain_head() or _script().get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(db: Database) -> str | None:
    """The database's schema revision (None: an empty database). Raises LookupError when Alembic's
    table holds something other than one revision."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise LookupError(f"{len(rows)} revisions in {VERSION_TABLE}")
    return rows[0] if rows else None


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # None: an empty database
    head: str
    known: bool  # False: made by a newer version of Cabang

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def empty(self) -> bool:
        return self.current is None


def schema_state(db: Database) -> SchemaState:
    try:
        current = current_revision(db)
    except LookupError:
        current = _alembic_current(db)
    head = _plain_head()
    if head is not None and current in (head, None):  # the usual start: nothing for Alembic to do
        return SchemaState(current=current, head=head, known=True)
    from alembic.util.exc import CommandError

    script = _script()
    known = True
    if current is not None:
        try:
            known = script.get_revision(current) is not None
        except CommandError:
            known = False
    return SchemaState(current=current, head=script.get_current_head() or "", known=known)


def _alembic_current(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_supported(state: SchemaState) -> None:
    if not state.known:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "This database was made by a newer version of Cabang (schema {revision}). "
                "It was not opened and nothing was changed. Install the newer version to use it.",
            ),
            revision=state.current or "",
        )


def upgrade(db: Database, *, backup_dir: Path | None, revision: str = "head") -> Path | None:
    """Bring the schema to the newest version (or `revision`); back up first if the database holds data."""
    state = schema_state(db)
    ensure_supported(state)
    if state.up_to_date or state.current == revision:
        return None
    backup = None
    if not state.empty and backup_dir is not None and db.is_sqlite:
        backup = backup_database(db, backup_dir, reason=f"before-upgrade-{state.current}")
        log.info("backed up to %s before upgrading from %s", backup, state.current)
    from alembic import command

    cfg = _config()
    with db._writer.begin() as conn:  # noqa: SLF001 - migrations need the write lock as well
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return backup


def open_database(url: str, *, device: str = "", backup_dir: Path | None = None,
                  must_exist: bool = False, migrate: bool = True) -> Database:
    """Open, check and (unless told otherwise) migrate. Raises DatabaseError with the reason."""
    db = Database(url, device=device)
    try:
        db.preflight(must_exist=must_exist)
        state = schema_state(db)
        ensure_supported(state)
        if migrate:
            upgrade(db, backup_dir=backup_dir)
        elif not state.up_to_date:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The database needs an upgrade first: run cabang db upgrade."
                )
            )
    except BaseException:
        db.dispose()
        raise
    return db
