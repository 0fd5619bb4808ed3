"""The declarative base and the columns every user-created record carries from the first migration.

- `id`: a UUIDv7 made where the record is created (laptops create rows offline; v7 keeps them in
  time order so indexes stay compact),
- `created_at`/`updated_at` (UTC) and `created_by`/`updated_by` (user names),
- `origin`: the device that created the row,
- `version`: optimistic locking (SQLAlchemy `version_id_col`); a stale write raises
  `StaleDataError`, which the services turn into a message for the user,
- `deleted_at`: a soft-delete tombstone that sync can carry.

The who/where columns are filled by a `before_flush` hook from `session.info` (see `db.py`), so no
service can forget them.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import uuid6
from sqlalchemy import Integer, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from desktop.models.types import UTCDateTime, utcnow

# Deterministic constraint names: Alembic needs them to alter SQLite tables in batch mode.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> uuid.UUID:
    return uuid6.uuid7()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record(Base):
    """Abstract base of every record users create, edit and sync."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    origin: Mapped[str] = mapped_column(String(32), default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.version}

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class AppendOnly(Base):
    """Abstract base of records that are never edited: payments, receipts, numbers, audit events.

    They are cancelled or reversed by new rows, so they need no version column; they still carry
    their id, creation stamp and origin for sync.
    """

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    origin: Mapped[str] = mapped_column(String(32), default="")
