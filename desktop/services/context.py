"""What every service call runs with: the database, the acting user, and one transaction per call.

Services return frozen dataclasses, never ORM objects, and a `Changes` value naming the areas a
mutation touched, so that pages refresh only what they must (Anki's OpChanges).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.config import Paths
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, PermissionDenied, StaleRecordError, UserError
from desktop.models.base import Record
from desktop.models.db import Database


class Area(enum.StrEnum):
    OFFICE = "office"
    USERS = "users"
    SETTINGS = "settings"
    LETTERS = "letters"
    PLKK = "plkk"
    COMPLIANCE = "compliance"
    BENEFITS = "benefits"
    COVERAGE = "coverage"
    AUDIT = "audit"
    SYNC = "sync"


@dataclass(frozen=True)
class Changes:
    """The areas a mutation changed."""

    areas: frozenset[Area] = frozenset()

    @classmethod
    def of(cls, *areas: Area) -> Changes:
        return cls(frozenset(areas))

    def __contains__(self, area: object) -> bool:
        return area in self.areas

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas)


@dataclass(frozen=True)
class Actor:
    """The signed-in user as the services see them."""

    username: str
    full_name: str
    role: str
    regency: str = ""


@dataclass
class AppContext:
    """Shared by every service of one signed-in session."""

    db: Database
    actor: Actor
    paths: Paths
    today_override: date | None = field(default=None)  # tests and demos pin "today"

    @property
    def device(self) -> str:
        return self.db.device

    def today(self) -> date:
        return self.today_override or date.today()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction; a concurrent edit is reported as a StaleRecordError, never lost."""
        try:
            with self.db.write(self.actor.username) as session:
                yield session
        except StaleDataError as exc:
            raise StaleRecordError() from exc

    def require(self, permission: str) -> None:
        from desktop.domain.roles import allowed

        if not allowed(self.actor.role, permission):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("UserError", "Your role ({role}) may not do this: {permission}."),
                role=self.actor.role,
                permission=permission,
            )

    def document_dir(self) -> Path:
        return self.paths.documents


class Progress(Protocol):
    """What long service calls report to: the UI's TaskControl, or NullProgress headless."""

    def progress(self, done: int, total: int, text: str = "") -> None: ...

    def check(self) -> None:
        """Raise desktop.errors.Cancelled if the user cancelled."""


class NullProgress:
    def progress(self, done: int, total: int, text: str = "") -> None:
        pass

    def check(self) -> None:
        pass


class Service:
    """Base of the area facades: holds the context, offers the common moves."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx


def get_live[T: Record](session: Session, model: type[T], record_id: uuid.UUID, *, what: str = "") -> T:
    obj = session.get(model, record_id)
    if obj is None or obj.deleted_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The record was not found; it may have been deleted ({what})."),
            what=what or model.__tablename__,
        )
    return obj


def get_for_update[T: Record](session: Session, model: type[T], record_id: uuid.UUID, version: int, *,
                   what: str = "") -> T:
    """Load a record the user edited, refusing if it changed since they opened it."""
    obj = get_live(session, model, record_id, what=what)
    if obj.version != version:
        raise StaleRecordError(what)
    return obj


def jsonable(value: object) -> object:
    """A value as it is kept in audit events and sync bundles."""
    if isinstance(value, Money):
        return value.sen
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def snapshot(obj: Record, fields: list[str] | None = None) -> dict:
    """The record's columns as JSON-able values (for the audit trail's before/after)."""
    names = fields or [c.key for c in obj.__mapper__.column_attrs]
    skip = {"created_at", "updated_at", "created_by", "updated_by", "origin", "password_hash"}
    return {n: jsonable(getattr(obj, n)) for n in names if n not in skip}
