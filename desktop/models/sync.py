"""Sync bookkeeping tables (prefix `sync_`): change feed, snapshots, bundles, devices, conflicts, number blocks.

These tables are per database and never travel themselves (they subclass `Base`, not `Record`):

- `sync_counter` / `sync_change`: the change feed. A trigger on every synced table (see `sync_log.py`)
  gives each inserted, updated or deleted row the next number of the database's counter. On the
  office database (the hub) that number is the hub `seq` laptops pull from; on a laptop the rows of
  `sync_change` are the local changes still to be sent.
- `sync_suppress`: while a laptop applies what the hub sent, one row here switches capture off
  (inside that transaction only; the row never commits).
- `sync_base`: on a laptop, each synced row as it was at the last exchange with the hub (JSON), the
  base of the three-way merge.
- `sync_state`: key/value facts of this database (role, device, hub id, last hub seq, scope...).
- `sync_device`: on the hub, the laptops registered with their signing keys.
- `sync_bundle`: bundles and syncs seen (replays are recognised by id), and outgoing ones.
- `sync_conflict`: a field changed on both sides (or a delete against an edit), with both values,
  until a supervisor decides.
- `sync_number_block`: gap-free numbers the hub reserved for a laptop, and how far it used them.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, new_id
from desktop.models.types import UTCDateTime, utcnow

ROLE_HUB = "hub"
ROLE_LAPTOP = "laptop"


class SyncCounter(Base):
    __tablename__ = "sync_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncChange(Base):
    __tablename__ = "sync_change"
    __table_args__ = (Index("ix_sync_change_seq", "seq"),)

    tbl: Mapped[str] = mapped_column(String(80), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)


class SyncSuppress(Base):
    __tablename__ = "sync_suppress"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class SyncBase(Base):
    __tablename__ = "sync_base"

    tbl: Mapped[str] = mapped_column(String(80), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    data: Mapped[dict] = mapped_column(JSON)


class SyncState(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class SyncDevice(Base):
    """A laptop registered at the office: its signing key and what it carries."""

    __tablename__ = "sync_device"

    device: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    key_hex: Mapped[str] = mapped_column(String(64))
    scope: Mapped[dict] = mapped_column(JSON, default=dict)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    registered_by: Mapped[str] = mapped_column(String(64), default="")
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class SyncBundle(Base):
    """A changeset seen by this database: imported (in), exported (out) or a reply applied (reply)."""

    __tablename__ = "sync_bundle"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    direction: Mapped[str] = mapped_column(String(8))  # in | out | reply
    device: Mapped[str] = mapped_column(String(32), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    upto_seq: Mapped[int] = mapped_column(BigInteger, default=0)  # out: the last local change it carries
    rows: Mapped[int] = mapped_column(Integer, default=0)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)  # out: its reply was applied
    summary: Mapped[dict] = mapped_column(JSON, default=dict)


class SyncConflict(Base):
    """A value changed on both sides since the last sync. The row keeps the hub's value meanwhile."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_open", "resolved_at", "tbl"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    tbl: Mapped[str] = mapped_column(String(80))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(80))  # a column, or "deleted_at" for delete vs edit
    kind: Mapped[str] = mapped_column(String(12), default="field")  # field | delete | duplicate
    base_value: Mapped[object] = mapped_column(JSON, default=None)
    hub_value: Mapped[object] = mapped_column(JSON, default=None)
    laptop_value: Mapped[object] = mapped_column(JSON, default=None)
    device: Mapped[str] = mapped_column(String(32), default="")
    laptop_user: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    resolved_by: Mapped[str] = mapped_column(String(64), default="")
    resolution: Mapped[str] = mapped_column(String(10), default="")  # hub | laptop | custom
    resolved_value: Mapped[object] = mapped_column(JSON, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class SyncNumberBlock(Base):
    """Numbers [first, last] of a series and year that the hub reserved for one laptop."""

    __tablename__ = "sync_number_block"
    __table_args__ = (Index("ix_sync_number_block_series", "series", "year", "device"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    device: Mapped[str] = mapped_column(String(32))
    series: Mapped[str] = mapped_column(String(80))
    year: Mapped[int] = mapped_column(Integer)
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    next_number: Mapped[int] = mapped_column(Integer)  # the next one to give; last + 1 when used up
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")
