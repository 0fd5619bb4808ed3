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
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.models.sync import SyncBase, SyncChange, SyncState
from desktop.models.sync_catalog import SyncTable, by_name, catalog

CHUNK = 500
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


def chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def as_uuid(value: str | uuid.UUID) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


# ---- rows ---------------------------------------------------------------------------------------

def read_rows(session: Session, st: SyncTable, ids: Iterable[str]) -> dict[str, dict]:
    """The rows with these ids as JSON values, by id (absent ids are simply missing)."""
    wanted = list(ids)
    out: dict[str, dict] = {}
    cols = [st.table.c[c] for c in st.columns]
    for part in chunks(wanted):
        stmt = select(*cols).where(st.table.c.id.in_([as_uuid(i) for i in part]))
        for row in session.execute(stmt).mappings():
            data = st.encode(row)
            out[data["id"]] = data
    return out


def read_all(session: Session, st: SyncTable) -> dict[str, dict]:
    cols = [st.table.c[c] for c in st.columns]
    out = {}
    for row in session.execute(select(*cols)).mappings():
        data = st.encode(row)
        out[data["id"]] = data
    return out


def existing_ids(session: Session, st: SyncTable, ids: Iterable[str]) -> set[str]:
    wanted = list(ids)
    found: set[str] = set()
    for part in chunks(wanted):
        found.update(str(i) for i in session.scalars(
            select(st.table.c.id).where(st.table.c.id.in_([as_uuid(i) for i in part]))))
    return found


def all_ids(session: Session, st: SyncTable) -> set[str]:
    return {str(i) for i in session.scalars(select(st.table.c.id))}


def count_rows(session: Session, st: SyncTable) -> int:
    return int(session.scalar(select(func.count()).select_from(st.table)) or 0)


def insert_rows(session: Session, st: SyncTable, datas: list[dict]) -> None:
    if datas:
        session.execute(insert(st.table), [st.decode(d) for d in datas])


def update_rows(session: Session, st: SyncTable, datas: list[dict]) -> None:
    if not datas:
        return
    cols = [c for c in st.columns if c != "id"]
    stmt = (update(st.table).where(st.table.c.id == bindparam("k_id"))
            .values({c: bindparam(f"v_{c}") for c in cols}))
    params = []
    for d in datas:
        values = st.decode(d)
        p = {f"v_{c}": values[c] for c in cols}
        p["k_id"] = as_uuid(d["id"])
        params.append(p)
    session.execute(stmt, params)


def update_changed(session: Session, st: SyncTable, pairs: list[tuple[dict, dict]]) -> None:
    """Update rows to `new`, setting only the columns that differ from `old` (one statement per set of
    columns): less to write, and full-text indexes are not rebuilt for names that did not change."""
    groups: dict[tuple[str, ...], list[dict]] = {}
    for new, old in pairs:
        cols = tuple(c for c in st.columns if c != "id" and new.get(c) != old.get(c))
        if cols:
            groups.setdefault(cols, []).append(new)
    dec = st.decoders
    for cols, rows in groups.items():
        stmt = (update(st.table).where(st.table.c.id == bindparam("k_id"))
                .values({c: bindparam(f"v_{c}") for c in cols}))
        session.execute(stmt, [{"k_id": as_uuid(r["id"]), **{f"v_{c}": dec[c](r.get(c)) for c in cols}} for r in rows])


def delete_rows(session: Session, st: SyncTable, ids: Iterable[str]) -> None:
    for part in chunks(list(ids)):
        session.execute(delete(st.table).where(st.table.c.id.in_([as_uuid(i) for i in part])))


def data_of(st: SyncTable, row: dict) -> dict:
    """The merged fields of a row (what a base snapshot keeps)."""
    return {c: row.get(c) for c in st.data_columns}


# ---- bases (laptop) -----------------------------------------------------------------------------

def read_bases(session: Session, table: str, ids: Iterable[str]) -> dict[str, dict]:
    out = {}
    for part in chunks(list(ids)):
        stmt = select(SyncBase.row_id, SyncBase.data).where(
            SyncBase.tbl == table, SyncBase.row_id.in_([as_uuid(i) for i in part]))
        out.update({str(r): d for r, d in session.execute(stmt)})
    return out


def write_bases(session: Session, table: str, rows: dict[str, dict]) -> None:
    if not rows:
        return
    base = SyncBase.__table__  # Core, not the ORM's bulk insert: this runs for every row a sync touches
    values = [{"tbl": table, "row_id": as_uuid(i), "data": d} for i, d in rows.items()]
    if session.get_bind().dialect.name == "sqlite":
        session.execute(insert(base).prefix_with("OR REPLACE"), values)
        return
    drop_bases(session, table, rows.keys())
    session.execute(insert(base), values)


def drop_bases(session: Session, table: str, ids: Iterable[str]) -> None:
    for part in chunks(list(ids)):
        session.execute(delete(SyncBase).where(SyncBase.tbl == table,
                                               SyncBase.row_id.in_([as_uuid(i) for i in part])))


def held_ids(session: Session, table: str) -> list[str]:
    return [str(r) for r in session.scalars(select(SyncBase.row_id).where(SyncBase.tbl == table))]


def held_count(session: Session, st: SyncTable) -> int:
    """Rows of the table that the hub knows about (they have a base): the laptop side of the count check."""
    stmt = (select(func.count()).select_from(st.table)
            .join(SyncBase, (SyncBase.row_id == st.table.c.id) & (SyncBase.tbl == st.name)))
    return int(session.scalar(stmt) or 0)


# ---- pending changes (laptop) --------------------------------------------------------------------

def pending(session: Session, upto: int | None = None) -> dict[str, list[str]]:
    """Table -> ids changed locally (up to local seq `upto`)."""
    stmt = select(SyncChange.tbl, SyncChange.row_id)
    if upto is not None:
        stmt = stmt.where(SyncChange.seq <= upto)
    out: dict[str, list[str]] = {}
    for tbl, rid in session.execute(stmt):
        out.setdefault(tbl, []).append(str(rid))
    return out


def pending_count(session: Session) -> int:
    """Records changed here and not yet at the office (their audit events travel with them, uncounted)."""
    names = [t.name for t in catalog() if t.direction == "both"]
    return int(session.scalar(select(func.count()).select_from(SyncChange).where(SyncChange.tbl.in_(names))) or 0)


def changed_since(session: Session, since: int, upto: int) -> dict[str, list[str]]:
    """Hub: table -> ids changed with since < seq <= upto."""
    stmt = select(SyncChange.tbl, SyncChange.row_id).where(SyncChange.seq > since, SyncChange.seq <= upto)
    out: dict[str, list[str]] = {}
    for tbl, rid in session.execute(stmt):
        out.setdefault(tbl, []).append(str(rid))
    return out


# ---- state ----------------------------------------------------------------------------------------

def get_state(session: Session, key: str, default=None):
    value = session.scalar(select(SyncState.value).where(SyncState.key == key))
    return default if value is None else value


def set_state(session: Session, key: str, value) -> None:
    session.execute(delete(SyncState).where(SyncState.key == key))
    session.execute(insert(SyncState).values(key=key, value=value))


def tables() -> dict[str, SyncTable]:
    return by_name()
