"""Which tables sync and how, discovered from the mapped models at run time.

Every model that subclasses `Record` (edited, versioned, soft-deleted) or `AppendOnly` (never edited)
syncs, so an area's new table travels without a line here. A few tables are per database and are
named below; a model can also say so itself with a class attribute:

    __sync__ = "local"   # never leaves this database (a counter, a cache)
    __sync__ = "push"    # laptop -> office only (the laptop's audit trail)
    __sync_local_columns__ = ("failed_attempts",)   # columns that stay per database

Values travel as JSON: the codec below turns a column's Python value into JSON and back, by the
column's type (UUID and timestamps as ISO text, money as sen, bytes as base64).
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from operator import itemgetter

from sqlalchemy import JSON, Boolean, Date, DateTime, Enum, Integer, LargeBinary, String, Table, Uuid

from desktop.domain.money import Money
from desktop.models.base import AppendOnly, Base, Record
from desktop.models.types import MoneyType, UTCDateTime

RECORD = "record"
APPEND = "append"

BOTH = "both"
PUSH = "push"
LOCAL = "local"

# Per-database tables and columns of the shared models.
LOCAL_TABLES = {
    "letter_counter": "the number register's high-water mark; laptops take numbers from reserved blocks",
}
PUSH_ONLY = {
    "audit_event": "each database keeps its own hash chain; laptop events are appended to the office's",
}
LOCAL_COLUMNS = {
    "app_user": ("failed_attempts", "locked_until"),  # sign-in lockout belongs to the machine
}
# Shared reference data that always travels whole, whatever columns it has.
ALWAYS_WHOLE = frozenset({"office_profile", "signatory", "app_user", "setting", "office_holiday"})
# Bookkeeping columns: not merged field by field.
META = frozenset({"version", "updated_at", "updated_by"})
# Columns that name what a row belongs to, for a laptop's working set.
SCOPE_COLUMNS = {"kabupaten": ("kabupaten", "regency"), "officer": ("officer",)}


def _identity(value):
    return value


def _encoder(column) -> Callable:
    t = column.type
    if isinstance(t, MoneyType):
        return lambda v: None if v is None else v.sen
    if isinstance(t, UTCDateTime | DateTime | Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(t, Uuid):
        return lambda v: None if v is None else str(v)
    if isinstance(t, LargeBinary):
        return lambda v: None if v is None else base64.b64encode(bytes(v)).decode("ascii")
    if isinstance(t, String | Integer | Boolean | JSON) and not isinstance(t, Enum):
        return _identity  # already JSON: str, int, bool, or JSON values
    return _enum_safe


def _enum_safe(value):
    if value is None or isinstance(value, str | int | float | bool | dict | list):
        return value
    if hasattr(value, "value"):  # an enum
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _decoder(column) -> Callable:
    t = column.type
    if isinstance(t, MoneyType):
        return lambda v: None if v is None else Money(int(v))
    if isinstance(t, UTCDateTime | DateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(t, Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    if isinstance(t, Uuid):
        return lambda v: None if v is None else uuid.UUID(v)
    if isinstance(t, LargeBinary):
        return lambda v: None if v is None else base64.b64decode(v)
    if isinstance(t, JSON):
        return _identity
    return _identity


@dataclass(frozen=True)
class SyncTable:
    """One synced table: its columns, what merges, and how values become JSON."""

    name: str
    table: Table
    kind: str  # record | append
    direction: str  # both | push
    columns: tuple[str, ...]  # the columns that travel
    data_columns: tuple[str, ...]  # merged field by field (records)
    local_columns: frozenset[str]
    encoders: dict[str, Callable] = field(repr=False)
    decoders: dict[str, Callable] = field(repr=False)

    @property
    def is_record(self) -> bool:
        return self.kind == RECORD

    def encode(self, row) -> dict:
        """A row (a Row or mapping with the table's columns) as JSON-able values."""
        enc = self.encoders
        return {c: enc[c](row[c]) for c in self.columns}

    def decode(self, data: dict) -> dict:
        """JSON values back to column values, for insert/update statements."""
        dec = self.decoders
        return {c: dec[c](data.get(c)) for c in self.columns if c in data}

    def values(self, row: dict, columns: tuple[str, ...]) -> tuple:
        """The row's values of `columns` (a tuple, to compare whole rows at C speed); None where missing."""
        try:
            return _getter(columns)(row)
        except KeyError:
            return tuple(row.get(c) for c in columns)

    def parents(self) -> list[tuple[str, str]]:
        """(column, referred table) for each foreign key."""
        return [(fk.parent.name, fk.column.table.name) for fk in self.table.foreign_keys]


@cache
def _getter(columns: tuple[str, ...]) -> Callable[[dict], tuple]:
    if len(columns) == 1:
        only = columns[0]
        return lambda row: (row[only],)
    return itemgetter(*columns)


def _model_classes() -> dict[str, type]:
    from desktop.models import load_all

    load_all()  # every area's tables

    classes = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Record | AppendOnly) and mapper.local_table is not None:
            classes[mapper.local_table.name] = cls
    return classes


@cache
def catalog() -> tuple[SyncTable, ...]:
    """The synced tables, parents before children (Base.metadata's dependency order)."""
    classes = _model_classes()
    result = []
    for table in Base.metadata.sorted_tables:
        cls = classes.get(table.name)
        if cls is None:
            continue
        direction = getattr(cls, "__sync__", None) or (
            LOCAL if table.name in LOCAL_TABLES else PUSH if table.name in PUSH_ONLY else BOTH)
        if direction == LOCAL:
            continue
        local = frozenset(getattr(cls, "__sync_local_columns__", ()) or LOCAL_COLUMNS.get(table.name, ()))
        kind = RECORD if issubclass(cls, Record) else APPEND
        columns = tuple(c.name for c in table.columns if c.name not in local)
        data_columns = tuple(c for c in columns if c != "id" and c not in META)
        result.append(SyncTable(
            name=table.name, table=table, kind=kind, direction=direction, columns=columns,
            data_columns=data_columns, local_columns=local,
            encoders={c.name: _encoder(c) for c in table.columns},
            decoders={c.name: _decoder(c) for c in table.columns},
        ))
    return tuple(result)


def by_name() -> dict[str, SyncTable]:
    return {t.name: t for t in catalog()}


def synced_table_names() -> list[str]:
    return [t.name for t in catalog()]


def excluded_tables() -> dict[str, str]:
    """The tables that never travel, with why (for the documentation and the Sync dialog)."""
    return dict(LOCAL_TABLES)
