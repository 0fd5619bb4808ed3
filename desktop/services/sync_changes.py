"""What travels between a laptop and the office: a changeset one way, a reply the other.

Both are plain data (JSON-able), the same whether they go over a direct connection or in a bundle
file (Electrum's self-contained artefact: one payload, any channel).

- `Changeset` (laptop -> hub): the laptop's pending rows, each with its base (the row as the laptop
  last got it from the hub), the last hub seq it has (`since`), the ids it holds of the tables its
  working set filters, and how far it used its reserved number blocks.
- `Reply` (hub -> laptop): the hub's rows changed since `since` that belong to the working set, the
  rows that entered it, the merged version of every row the laptop sent (echo), rows that left it
  (evict), the new hub seq, number blocks, and per-table counts for the count check.

Row ids are canonical UUID strings; values are JSON (see desktop/models/sync_catalog.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.models.sync import SyncBase, SyncChange, SyncState
from desktop.models.sync_catalog import SyncTable, by_name, catalog
from desktop.services import sync_raw

PROTOCOL = 1


@dataclass
class RowChange:
    table: str
    id: str
    op: str  # put | del
    data: dict | None = None
    base: dict | None = None

    def to_json(self) -> dict:
        return {"t": self.table, "i": self.id, "o": self.op, "d": self.data, "b": self.base}

    @classmethod
    def from_json(cls, d: dict) -> RowChange:
        return cls(d["t"], d["i"], d["o"], d.get("d"), d.get("b"))


@dataclass
class Changeset:
    id: str
    device: str
    hub_id: str
    schema: str
    since: int  # the last hub seq this laptop has
    upto: int  # the last local change (laptop counter) it carries
    user: str
    created_at: str
    scope: dict
    held: dict[str, list[str]] = field(default_factory=dict)  # scoped table -> ids the laptop holds
    blocks: list[dict] = field(default_factory=list)  # {id, next_number}
    rows: list[RowChange] = field(default_factory=list)
    protocol: int = PROTOCOL

    def header(self) -> dict:
        d = asdict(self)
        d.pop("rows")
        return d


@dataclass
class Reply:
    id: str
    for_changeset: str  # "" for a checkout
    device: str
    hub_id: str
    schema: str
    since: int
    hub_seq: int
    counts: dict[str, int] = field(default_factory=dict)
    evict: list[list[str]] = field(default_factory=list)  # [table, id]
    redirects: list[list[str]] = field(default_factory=list)  # [table, laptop id, hub id]
    blocks: list[dict] = field(default_factory=list)
    summary: dict = field(default_factory=dict)
    rows: list[RowChange] = field(default_factory=list)
    protocol: int = PROTOCOL

    def header(self) -> dict:
        d = asdict(self)
        d.pop("rows")
        return d


def as_uuid(value: str | uuid.UUID) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


# ---- rows ---------------------------------------------------------------------------------------
# The moving parts of a sync read and write through sync_raw (no per-value SQLAlchemy processing);
# `read_all` keeps SQLAlchemy's path, and the tests compare both sides with it.

def read_rows(session: Session, st: SyncTable, ids: Iterable[str]) -> dict[str, dict]:
    """The rows with these ids as JSON values, by id (absent ids are simply missing)."""
    return sync_raw.read_rows(session, st, ids)


def read_all(session: Session, st: SyncTable) -> dict[str, dict]:
    cols = [st.table.c[c] for c in st.columns]
    out = {}
    for row in session.execute(select(*cols)).mappings():
        data = st.encode(row)
        out[data["id"]] = data
    return out


def existing_ids(session: Session, st: SyncTable, ids: Iterable[str]) -> set[str]:
    return sync_raw.existing_ids(session, st, ids)


def all_ids(session: Session, st: SyncTable) -> set[str]:
    return sync_raw.all_ids(session, st)


def count_rows(session: Session, st: SyncTable) -> int:
    return int(session.scalar(select(func.count()).select_from(st.table)) or 0)


def insert_rows(session: Session, st: SyncTable, datas: list[dict]) -> None:
    if datas and not sync_raw.insert_rows(session, st, datas):
        session.execute(insert(st.table), [st.decode(d) for d in datas])


def update_rows(session: Session, st: SyncTable, datas: list[dict]) -> None:
    """Write whole rows (every travelling column) over the rows with the same ids."""
    _update(session, st, tuple(c for c in st.columns if c != "id"), datas)


def update_changed(session: Session, st: SyncTable, pairs: list[tuple[dict, dict]]) -> None:
    """Update rows to `new`, setting only the columns that differ from `old` (one statement per set of
    columns): less to write, and full-text indexes are not rebuilt for names that did not change."""
    groups: dict[tuple[str, ...], list[dict]] = {}
    cols = tuple(c for c in st.columns if c != "id")
    for new, old in pairs:
        a, b = st.values(new, cols), st.values(old, cols)
        if a != b:
            changed = tuple(c for c, x, y in zip(cols, a, b, strict=True) if x != y)
            groups.setdefault(changed, []).append(new)
    for changed, rows in groups.items():
        _update(session, st, changed, rows)


def _update(session: Session, st: SyncTable, cols: tuple[str, ...], datas: list[dict]) -> None:
    if not datas or sync_raw.update_rows(session, st, cols, datas):
        return
    dec = st.decoders
    stmt = (update(st.table).where(st.table.c.id == bindparam("k_id"))
            .values({c: bindparam(f"v_{c}") for c in cols}))
    session.execute(stmt, [{"k_id": as_uuid(r["id"]), **{f"v_{c}": dec[c](r.get(c)) for c in cols}} for r in datas])


def delete_rows(session: Session, st: SyncTable, ids: Iterable[str]) -> None:
    sync_raw.delete_rows(session, st, ids)


def data_of(st: SyncTable, row: dict) -> dict:
    """The merged fields of a row (what a base snapshot keeps)."""
    return dict(zip(st.data_columns, st.values(row, st.data_columns), strict=True))


# ---- bases (laptop) -----------------------------------------------------------------------------

def read_bases(session: Session, table: str, ids: Iterable[str]) -> dict[str, dict]:
    return sync_raw.read_bases(session, table, ids)


def write_bases(session: Session, table: str, rows: dict[str, dict]) -> None:
    sync_raw.write_bases(session, table, rows)


def drop_bases(session: Session, table: str, ids: Iterable[str]) -> None:
    sync_raw.drop_bases(session, table, ids)


def held_ids(session: Session, table: str) -> list[str]:
    return sync_raw.held_ids(session, table)


def held_count(session: Session, st: SyncTable) -> int:
    """Rows of the table that the hub knows about (they have a base): the laptop side of the count check."""
    stmt = (select(func.count()).select_from(st.table)
            .join(SyncBase, (SyncBase.row_id == st.table.c.id) & (SyncBase.tbl == st.name)))
    return int(session.scalar(stmt) or 0)


# ---- pending changes (laptop) --------------------------------------------------------------------

def pending(session: Session, upto: int | None = None) -> dict[str, list[str]]:
    """Table -> ids changed locally (up to local seq `upto`)."""
    if upto is None:
        return sync_raw.changes(session, "", ())
    return sync_raw.changes(session, "seq <= ?", (upto,))


def pending_count(session: Session) -> int:
    """Records changed here and not yet at the office (their audit events travel with them, uncounted)."""
    names = [t.name for t in catalog() if t.direction == "both"]
    return int(session.scalar(select(func.count()).select_from(SyncChange).where(SyncChange.tbl.in_(names))) or 0)


def changed_since(session: Session, since: int, upto: int) -> dict[str, list[str]]:
    """Hub: table -> ids changed with since < seq <= upto."""
    return sync_raw.changes(session, "seq > ? AND seq <= ?", (since, upto))


# ---- state ----------------------------------------------------------------------------------------

def get_state(session: Session, key: str, default=None):
    value = session.scalar(select(SyncState.value).where(SyncState.key == key))
    return default if value is None else value


def set_state(session: Session, key: str, value) -> None:
    session.execute(delete(SyncState).where(SyncState.key == key))
    session.execute(insert(SyncState).values(key=key, value=value))


def tables() -> dict[str, SyncTable]:
    return by_name()
