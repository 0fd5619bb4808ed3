"""Opening a database: engine and pragmas, sessions that stamp who and where, and the checks that
refuse what must not be opened (a damaged file, a read-only one, a newer schema, a server that is
down) with a message a clerk can act on, before anything is written."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.base import Record
from desktop.models.types import utcnow

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


class DatabaseError(UserError):
    """The database cannot be opened or used as it is; the message says why."""


def _sqlite_on_connect(dbapi_connection, _record) -> None:
    # Take transaction control away from the sqlite3 module so that BEGIN is ours (see _begin).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    mode = cur.execute("PRAGMA journal_mode=WAL").fetchone()
    if mode and str(mode[0]).lower() != "wal":  # a read-only or in-memory database cannot change mode
        log.info("journal_mode is %s", mode[0])
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _sqlite_begin(conn) -> None:
    # Writers take the write lock at BEGIN, so two workstations asking for the next letter number
    # queue behind each other instead of failing halfway with "database is locked".
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _stamp_records(session: Session, _flush_context, _instances) -> None:
    actor = session.info.get("actor", "")
    device = session.info.get("device", "")
    now = utcnow()
    for obj in session.new:
        if hasattr(obj, "created_by") and not obj.created_by:
            obj.created_by = actor
        if hasattr(obj, "origin") and not obj.origin:
            obj.origin = device
        if isinstance(obj, Record):
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.updated_by = actor
    for obj in session.dirty:
        if isinstance(obj, Record) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by = actor


class Database:
    """One database (SQLite file or PostgreSQL server) and the sessions on it."""

    def __init__(self, url: str, *, device: str = "", echo: bool = False) -> None:
        from desktop.models import crypto  # an encrypted SQLite file opens through SQLCipher

        self.url = crypto.resolve_url(url)
        self.device = device
        kwargs: dict = {"echo": echo, "future": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
            kwargs["connect_args"] = {"connect_timeout": 5, "application_name": "cabang"}
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_on_connect)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._writer = self.engine.execution_options(sqlite_immediate=True)
        self._reads = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._writes = sessionmaker(bind=self._writer, expire_on_commit=False)
        event.listen(self._writes, "before_flush", _stamp_records)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def describe(self) -> str:
        """Where the data is, for the status bar and diagnostics (no password)."""
        if self.is_sqlite:
            return str(self.sqlite_path or ":memory:")
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reads() as session:
            yield session

    @contextmanager
    def write(self, actor: str) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception.

        A full disk or a database that became read-only is a DatabaseError saying so; the
        transaction is rolled back whole, so nothing of it is half saved."""
        try:
            with self._writes() as session:
                session.info["actor"] = actor
                session.info["device"] = self.device
                with session.begin():
                    yield session
        except DBAPIError as exc:
            problem = self._write_problem(exc)
            if problem is None:
                raise
            raise problem from exc

    def _write_problem(self, exc: DBAPIError) -> DatabaseError | None:
        detail = str(getattr(exc, "orig", exc)).lower()
        sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None)
        if "disk is full" in detail or "no space left" in detail or sqlstate == "53100":
            return DatabaseError(
                QT_TRANSLATE_NOOP("UserError", "The disk holding the database {path} is full. Nothing of this change "
                                               "was saved; free some space (or ask the administrator) and try again."),
                path=self.describe())
        path = self.sqlite_path
        lost_write_access = path is not None and "unable to open database file" in detail and not (
            os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
        if "readonly database" in detail or "read-only" in detail or sqlstate == "25006" or lost_write_access:
            return DatabaseError(
                QT_TRANSLATE_NOOP("UserError", "The database {path} has become read-only. Nothing of this change was "
                                               "saved; what was saved before is intact. Ask the administrator for "
                                               "write access, then try again."),
                path=self.describe())
        if "disk i/o error" in detail:
            return DatabaseError(
                QT_TRANSLATE_NOOP("UserError", "The disk reported an error while writing the database {path}. Nothing "
                                               "of this change was saved; check the disk (or free some space) and "
                                               "try again."),
                path=self.describe())
        return None

    def dispose(self) -> None:
        self.engine.dispose()

    # ---- checks before anything is written -------------------------------------------------

    def preflight(self, *, must_exist: bool) -> None:
        """Refuse a file or server that cannot be used, without touching it."""
        path = self.sqlite_path
        if path is not None:
            _check_sqlite_file(path, must_exist=must_exist, encrypted=self.url.drivername == "sqlite+pysqlcipher")
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
                if self.is_sqlite and path is not None and path.exists():
                    # Reading the schema makes SQLite parse the header and the first pages.
                    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except OperationalError as exc:
            raise self._explain(exc) from exc
        except DBAPIError as exc:
            raise self._explain(exc) from exc

    def _explain(self, exc: Exception) -> DatabaseError:
        detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
        if self.is_sqlite:
            if "not a database" in detail or "malformed" in detail:
                return DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "The file {path} is damaged or is not a Cabang database. It was not changed. "
                        "Restore a backup (cabang db restore) or choose another file.",
                    ),
                    path=self.describe(),
                )
            return DatabaseError(
                QT_TRANSLATE_NOOP("UserError", "The database {path} cannot be opened: {detail}"),
                path=self.describe(),
                detail=detail,
            )
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The PostgreSQL server at {server} cannot be reached ({detail}). Check that the server "
                "is running and that this workstation is on the office network, then try again.",
            ),
            server=f"{self.url.host or 'localhost'}:{self.url.port or 5432}/{self.url.database}",
            detail=detail,
        )

    def table_names(self) -> list[str]:
        with self.engine.connect() as conn:
            return inspect(conn).get_table_names()


def _check_sqlite_file(path: Path, *, must_exist: bool, encrypted: bool = False) -> None:
    if not path.exists():
        if must_exist:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("UserError", "The database file {path} does not exist."), path=str(path)
            )
        if not os.access(path.parent if path.parent.exists() else Path.cwd(), os.W_OK):
            raise DatabaseError(
                QT_TRANSLATE_NOOP("UserError", "The folder {path} cannot be written to."),
                path=str(path.parent),
            )
        return
    if path.is_dir():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("UserError", "{path} is a folder, not a database file."), path=str(path)
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("UserError", "The database file {path} cannot be read: {detail}"),
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
    if head and head != SQLITE_MAGIC and not encrypted:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The file {path} is damaged or is not a Cabang database. It was not changed. "
                "Restore a backup (cabang db restore) or choose another file.",
            ),
            path=str(path),
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database file {path} is read-only (or its folder is). Cabang needs to write to it: "
                "copy it to a folder you can write to, or ask the administrator for access.",
            ),
            path=str(path),
        )
