"""Schema versions: Alembic migrations applied at start-up after a backup; a newer database refused.

Every change of schema is a numbered migration in `migrations/versions`. A database whose version
this program does not know was made by a newer Cabang: opening it could lose what that version
stored, so it is refused before anything is written.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.models.backup import backup_database
from desktop.models.db import Database, DatabaseError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None, "no migrations found"
    return head


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
    with db.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    script = _script()
    known = True
    if current is not None:
        try:
            known = script.get_revision(current) is not None
        except CommandError:
            known = False
    return SchemaState(current=current, head=script.get_current_head() or "", known=known)


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
