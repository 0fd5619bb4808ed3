"""Reading and writing synced rows without SQLAlchemy's per-value type processing.

A sync moves tens of thousands of rows as JSON values (sync_catalog's codec). Through SQLAlchemy each
value went database -> Python object (UUID, datetime, Money) -> JSON, and back the same way; building
those objects, not the database, was most of a sync's time. Here each column gets one function that
turns the driver's raw value straight into the JSON value and one for the way back, per dialect:

- SQLite: ids are 32 hex digits (as SQLAlchemy's Uuid stores them), timestamps naive-UTC text
  "YYYY-MM-DD HH:MM:SS.ffffff", JSON text; writes are executemany (the capture triggers are per row).
- PostgreSQL: uuid columns are read as text; writes are ONE statement per batch over unnest() of text
  arrays cast to each column's type, so the capture trigger (a statement trigger over a transition
  table) runs once per batch instead of once per row.

Columns of a type not handled here go through SQLAlchemy's own processors, so they stay correct; the
tests compare these values with SQLAlchemy's for every synced table (tests/sync/test_raw.py).
Writes go through `exec_driver_sql`, so errors are SQLAlchemy's (IntegrityError and friends) and
savepoints (`begin_nested`) work as before; reads use the DB-API cursor of the same transaction.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime

from sqlalchemy import JSON, Boolean, Date, Enum, Integer, LargeBinary, String, Uuid
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session

from desktop.models.sync_catalog import SyncTable
from desktop.models.types import MoneyType, UTCDateTime

CHUNK = 900  # ids per IN (...) on SQLite (old builds allow 999 parameters per statement)
PG_CHUNK = 20_000  # rows per unnest() statement on PostgreSQL
PG_MAX_COLUMNS = 90  # unnest() takes at most 100 arrays

Convert = Callable[[object], object]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# ---- SQLite value conversions -----------------------------------------------------------------------

def _hex_to_uuid(h):
    if len(h) == 32:
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return str(uuid.UUID(h))


def _uuid_to_hex(v):
    return None if v is None else v.replace("-", "") if len(v) == 36 else uuid.UUID(v).hex


def _sqlite_ts_to_json(v):
    if len(v) == 26 and v[10] == " ":  # SQLAlchemy's "YYYY-MM-DD HH:MM:SS.ffffff": text surgery is enough
        return f"{v[:10]}T{v[11:19]}+00:00" if v.endswith(".000000") else f"{v[:10]}T{v[11:]}+00:00"
    return datetime.fromisoformat(v).replace(tzinfo=UTC).isoformat()


def _json_ts_to_sqlite(v):
    if v is None:
        return None
    if len(v) == 32 and v.endswith("+00:00"):  # "YYYY-MM-DDTHH:MM:SS.ffffff+00:00", as _sqlite_ts_to_json makes
        return f"{v[:10]} {v[11:26]}"
    if len(v) == 25 and v.endswith("+00:00"):  # the same without its ".000000" (a whole second)
        return f"{v[:10]} {v[11:19]}.000000"
    dt = datetime.fromisoformat(v)
    if dt.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    return dt.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


_SCAN = json.JSONDecoder().scan_once
_DUMPS = json.JSONEncoder(check_circular=False).encode  # values are plain JSON trees: no cycles to look for


def _loads(v):
    """json.loads for text the database gives back (no surrounding blanks): the C scanner alone."""
    try:
        value, end = _SCAN(v, 0)
    except StopIteration:
        return json.loads(v)  # let it say what is wrong
    return value if end == len(v) else json.loads(v)


def _b64_to_bytes(v):
    return None if v is None else base64.b64decode(v)


def _bytes_to_b64(v):
    return base64.b64encode(bytes(v)).decode("ascii")


# ---- PostgreSQL value conversions (to text, cast by the statement) ------------------------------------

def _pg_ts_to_json(v):
    return v.astimezone(UTC).isoformat()


def _to_text(v):
    return None if v is None else str(v)


def _bool_to_text(v):
    return None if v is None else ("true" if v else "false")


def _uuid_array(ids: Iterable[str | None]) -> str:
    """A PostgreSQL array literal of uuids ("{a,b,NULL}"): uuids need no quoting, and one join is far
    cheaper than the driver escaping each element."""
    return "{" + ",".join("NULL" if i is None else i for i in ids) + "}"


def _b64_to_pg_text(v):
    return None if v is None else "\\x" + base64.b64decode(v).hex()


class RawTable:
    """One synced table's raw statements and value conversions for one dialect."""

    def __init__(self, st: SyncTable, dialect: Dialect) -> None:
        self.st = st
        self.pg = dialect.name == "postgresql"
        self.columns = st.columns
        self.name = _q(st.name)
        self.supported = True
        self.readers: list[tuple[str, Convert]] = []  # columns whose raw value needs converting
        self.writers: dict[str, Convert | None] = {}
        self.pg_types: dict[str, str] = {}
        self._positions: dict[tuple[str, ...], list[tuple[int, Convert]]] = {}
        select = []
        for name in self.columns:
            col = st.table.c[name]
            select.append(f"{_q(name)}::text" if self.pg and isinstance(col.type, Uuid) else _q(name))
            reader, writer = (self._pg if self.pg else self._sqlite)(col, dialect)
            if reader is not None:
                self.readers.append((name, reader))
            self.writers[name] = writer
        if self.pg and len(self.columns) > PG_MAX_COLUMNS:
            self.supported = False
        # Columns that stay per database but have a default (app_user.failed_attempts): SQLAlchemy's
        # insert fills them in, so inserts of such a table take its path.
        self.insertable = self.supported and not any(
            c.default is not None for c in st.table.columns if c.name not in self.columns)
        self.select_list = ", ".join(select)

    # -- per column ---------------------------------------------------------------------------------
    def _generic(self, col, dialect) -> tuple[Convert, Convert]:
        """SQLAlchemy's own processors composed with the catalog codec (for types not handled below)."""
        result = col.type._cached_result_processor(dialect, None)
        bind = col.type._cached_bind_processor(dialect)
        enc, dec = self.st.encoders[col.name], self.st.decoders[col.name]
        read = (lambda v: enc(result(v))) if result else enc
        write = (lambda v: bind(dec(v))) if bind else dec
        return read, write

    def _sqlite(self, col, dialect) -> tuple[Convert | None, Convert | None]:
        t = col.type
        if isinstance(t, MoneyType):
            return None, None  # sen, an integer both ways
        if isinstance(t, UTCDateTime):
            return _sqlite_ts_to_json, _json_ts_to_sqlite
        if isinstance(t, Uuid):
            return _hex_to_uuid, _uuid_to_hex
        if isinstance(t, Boolean):
            return bool, None
        if isinstance(t, Date):
            return None, None  # ISO text both ways
        if isinstance(t, JSON):
            loads = dialect._json_deserializer or _loads
            # a JSON column has NUMERIC affinity in SQLite: a number comes back as a number
            return (lambda v: loads(v) if isinstance(v, str) else v), col.type._cached_bind_processor(dialect)
        if isinstance(t, LargeBinary):
            return _bytes_to_b64, _b64_to_bytes
        if isinstance(t, String | Integer) and not isinstance(t, Enum):
            return None, None
        return self._generic(col, dialect)

    def _pg(self, col, dialect) -> tuple[Convert | None, Convert | None]:
        t = col.type
        if isinstance(t, MoneyType):
            self.pg_types[col.name] = "bigint"
            return None, _to_text
        if isinstance(t, UTCDateTime):
            self.pg_types[col.name] = "timestamptz"
            return _pg_ts_to_json, None
        if isinstance(t, Uuid):
            self.pg_types[col.name] = "uuid"
            return None, None
        if isinstance(t, Boolean):
            self.pg_types[col.name] = "boolean"
            return None, _bool_to_text
        if isinstance(t, Date):
            self.pg_types[col.name] = "date"
            return date.isoformat, None
        if isinstance(t, JSON):
            self.pg_types[col.name] = t.compile(dialect=dialect).lower()  # json or jsonb
            dumps = dialect._json_serializer or json.dumps
            keep_null = not t.none_as_null
            return None, lambda v: dumps(v) if v is not None or keep_null else None
        if isinstance(t, LargeBinary):
            self.pg_types[col.name] = "bytea"
            return _bytes_to_b64, _b64_to_pg_text
        if isinstance(t, Integer):
            self.pg_types[col.name] = "bigint"
            return None, _to_text
        if isinstance(t, String) and not isinstance(t, Enum):
            self.pg_types[col.name] = "text"  # not varchar(n): an explicit cast would cut, the column checks
            return None, None
        self.supported = False  # a type this module does not know: SQLAlchemy's path for the table
        return None, None

    # -- rows ---------------------------------------------------------------------------------------
    def decode(self, raw) -> dict:
        d = dict(zip(self.columns, raw, strict=False))
        for name, f in self.readers:
            v = d[name]
            if v is not None:
                d[name] = f(v)
        return d

    def values(self, data: dict, columns: tuple[str, ...]) -> list:
        """SQLite: the parameters for `columns` of a row (every writer takes None)."""
        vals = list(self.st.values(data, columns))
        for i, f in self._writers_at(columns):
            vals[i] = f(vals[i])
        return vals

    def _writers_at(self, columns: tuple[str, ...]) -> list[tuple[int, Convert]]:
        found = self._positions.get(columns)
        if found is None:
            found = self._positions[columns] = [(i, self.writers[c]) for i, c in enumerate(columns)
                                                if self.writers[c] is not None]
        return found


_RAW: dict[tuple[str, str], RawTable] = {}  # (table, dialect name) -> its statements, made once


def raw(conn: Connection, st: SyncTable) -> RawTable:
    key = (st.name, conn.dialect.name)
    found = _RAW.get(key)
    if found is None:
        found = _RAW[key] = RawTable(st, conn.dialect)
    return found


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _in(conn: Connection, ids: list[str]) -> tuple[str, tuple]:
    """A `WHERE id ...` clause and its parameters for these ids."""
    if conn.dialect.name == "postgresql":
        return "= ANY(%s::uuid[])", (_uuid_array(ids),)
    return "IN (" + ",".join("?" * len(ids)) + ")", tuple(_uuid_to_hex(i) for i in ids)


def _size(conn: Connection) -> int:
    return PG_CHUNK if conn.dialect.name == "postgresql" else CHUNK


# ---- reads ------------------------------------------------------------------------------------------

def _fetch(conn: Connection, sql: str, params=()) -> list[tuple]:
    """Rows as the driver gives them, from the DB-API cursor of this same transaction (no Row objects)."""
    cur = conn.connection.dbapi_connection.cursor()
    try:
        cur.execute(sql, params)
        return cur.fetchall()
    finally:
        cur.close()


def read_rows(session: Session, st: SyncTable, ids: Iterable[str]) -> dict[str, dict]:
    conn = session.connection()
    rt = raw(conn, st)
    out: dict[str, dict] = {}
    decode = rt.decode
    for part in _chunks(sorted(ids), _size(conn)):  # in key order: neighbouring pages, fewer cache misses
        where, params = _in(conn, part)
        for row in _fetch(conn, f"SELECT {rt.select_list} FROM {rt.name} WHERE id {where}", params):
            d = decode(row)
            out[d["id"]] = d
    return out


def _ids_of(conn: Connection, sql: str, params=()) -> list[str]:
    rows = _fetch(conn, sql, params)
    if conn.dialect.name == "postgresql":
        return [r[0] for r in rows]
    return [_hex_to_uuid(r[0]) for r in rows]


def existing_ids(session: Session, st: SyncTable, ids: Iterable[str]) -> set[str]:
    conn = session.connection()
    idx = "id::text" if conn.dialect.name == "postgresql" else "id"
    found: set[str] = set()
    for part in _chunks(list(ids), _size(conn)):
        where, params = _in(conn, part)
        found.update(_ids_of(conn, f"SELECT {idx} FROM {_q(st.name)} WHERE id {where}", params))
    return found


def all_ids(session: Session, st: SyncTable) -> set[str]:
    conn = session.connection()
    idx = "id::text" if conn.dialect.name == "postgresql" else "id"
    return set(_ids_of(conn, f"SELECT {idx} FROM {_q(st.name)}"))


def changes(session: Session, where: str, params: tuple) -> dict[str, list[str]]:
    """Table -> row ids of sync_change rows matching `where` (placeholders written as ?)."""
    conn = session.connection()
    pg = conn.dialect.name == "postgresql"
    sql = f"SELECT tbl, {'row_id::text' if pg else 'row_id'} FROM sync_change" + (f" WHERE {where}" if where else "")
    if pg:
        sql = sql.replace("?", "%s")
    out: dict[str, list[str]] = {}
    for tbl, rid in _fetch(conn, sql, params):
        out.setdefault(tbl, []).append(rid if pg else _hex_to_uuid(rid))
    return out


# ---- writes -----------------------------------------------------------------------------------------

def insert_rows(session: Session, st: SyncTable, datas: list[dict]) -> bool:
    """Insert rows given as JSON values; False when the table needs SQLAlchemy's path."""
    conn = session.connection()
    rt = raw(conn, st)
    if not rt.insertable:
        return False
    cols = rt.columns
    names = ", ".join(_q(c) for c in cols)
    if rt.pg:
        arrays = ", ".join(["%s::text[]"] * len(cols))
        select = ", ".join(f"u.{_q(c)}::{rt.pg_types[c]}" for c in cols)
        sql = f"INSERT INTO {rt.name} ({names}) SELECT {select} FROM unnest({arrays}) AS u({names})"
        for part in _chunks(datas, PG_CHUNK):
            conn.exec_driver_sql(sql, tuple(_columnwise(rt, part, cols)))
        return True
    sql = f"INSERT INTO {rt.name} ({names}) VALUES ({', '.join('?' * len(cols))})"
    conn.exec_driver_sql(sql, [tuple(rt.values(d, cols)) for d in datas])
    return True


def update_rows(session: Session, st: SyncTable, cols: tuple[str, ...], datas: list[dict]) -> bool:
    """Set `cols` of each row (by id) to its JSON values; False when the table needs SQLAlchemy's path."""
    conn = session.connection()
    rt = raw(conn, st)
    if not rt.supported:
        return False
    if rt.pg:
        names = ", ".join(_q(c) for c in ("id", *cols))
        arrays = ", ".join(["%s::text[]"] * (len(cols) + 1))
        sets = ", ".join(f"{_q(c)} = u.{_q(c)}::{rt.pg_types[c]}" for c in cols)
        sql = (f"UPDATE {rt.name} AS t SET {sets} FROM unnest({arrays}) AS u({names}) "
               f"WHERE t.id = u.id::uuid")
        for part in _chunks(datas, PG_CHUNK):
            conn.exec_driver_sql(sql, tuple(_columnwise(rt, part, ("id", *cols))))
        return True
    sets = ", ".join(f"{_q(c)} = ?" for c in cols)
    sql = f"UPDATE {rt.name} SET {sets} WHERE id = ?"
    conn.exec_driver_sql(sql, [(*rt.values(d, cols), _uuid_to_hex(d["id"])) for d in datas])
    return True


def _columnwise(rt: RawTable, datas: list[dict], cols: Iterable[str]) -> list:
    """PostgreSQL: one text array per column."""
    out: list = []
    for c in cols:
        f = rt.writers[c]
        values = [d.get(c) for d in datas]
        if rt.pg_types[c] == "uuid":
            out.append(_uuid_array(values))
        else:
            out.append([f(v) for v in values] if f is not None else values)
    return out


def delete_rows(session: Session, st: SyncTable, ids: Iterable[str]) -> None:
    conn = session.connection()
    for part in _chunks(list(ids), _size(conn)):
        where, params = _in(conn, part)
        conn.exec_driver_sql(f"DELETE FROM {_q(st.name)} WHERE id {where}", params)


# ---- bases (sync_base: tbl, row_id, data JSON) --------------------------------------------------------

def read_bases(session: Session, table: str, ids: Iterable[str]) -> dict[str, dict]:
    conn = session.connection()
    pg = conn.dialect.name == "postgresql"
    out: dict[str, dict] = {}
    for part in _chunks(list(ids), _size(conn)):
        where, params = _in(conn, part)
        if pg:
            sql = f"SELECT row_id::text, data FROM sync_base WHERE tbl = %s AND row_id {where}"
            for rid, data in _fetch(conn, sql, (table, *params)):
                out[rid] = data
        else:
            sql = f"SELECT row_id, data FROM sync_base WHERE tbl = ? AND row_id {where}"
            for rid, data in _fetch(conn, sql, (table, *params)):
                out[_hex_to_uuid(rid)] = _loads(data) if isinstance(data, str) else data
    return out


def write_bases(session: Session, table: str, rows: dict[str, dict]) -> None:
    if not rows:
        return
    conn = session.connection()
    dumps = _DUMPS
    if conn.dialect.name == "postgresql":
        sql = ("INSERT INTO sync_base (tbl, row_id, data) SELECT %s, u.r::uuid, u.d::json "
               "FROM unnest(%s::text[], %s::text[]) AS u(r, d) "
               "ON CONFLICT (tbl, row_id) DO UPDATE SET data = EXCLUDED.data")
        items = list(rows.items())
        for part in _chunks(items, PG_CHUNK):
            conn.exec_driver_sql(sql, (table, _uuid_array(i for i, _d in part), [dumps(d) for _i, d in part]))
        return
    # an upsert updates the row in place (INSERT OR REPLACE would delete it and its index entry first)
    conn.exec_driver_sql("INSERT INTO sync_base (tbl, row_id, data) VALUES (?, ?, ?) "
                         "ON CONFLICT (tbl, row_id) DO UPDATE SET data = excluded.data",
                         [(table, _uuid_to_hex(i), dumps(d)) for i, d in rows.items()])


def drop_bases(session: Session, table: str, ids: Iterable[str]) -> None:
    conn = session.connection()
    for part in _chunks(list(ids), _size(conn)):
        where, params = _in(conn, part)
        ph = "%s" if conn.dialect.name == "postgresql" else "?"
        conn.exec_driver_sql(f"DELETE FROM sync_base WHERE tbl = {ph} AND row_id {where}", (table, *params))


def held_ids(session: Session, table: str) -> list[str]:
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        return _ids_of(conn, "SELECT row_id::text FROM sync_base WHERE tbl = %s", (table,))
    return _ids_of(conn, "SELECT row_id FROM sync_base WHERE tbl = ?", (table,))
