"""Change capture: database triggers fill the change feed, whatever wrote the row.

Why triggers and not SQLAlchemy session events: areas also write with bulk statements
(`session.execute(insert(Model), rows)`, `update(Model)` by primary key, `insert().on_conflict_do_nothing`)
that no ORM event sees, and a change that is not captured is a change a laptop silently never
gets. A trigger sees every insert, update and delete of the table, from any code.

- SQLite: three row triggers per table; `WHEN NOT EXISTS (SELECT 1 FROM sync_suppress)` lets a
  laptop apply the hub's rows without marking them as its own changes.
- PostgreSQL: one plpgsql function and three statement triggers per table with transition tables
  (one call per statement, not per row). It first takes the same advisory lock as the audit trail,
  so numbers are handed out in commit order: a laptop that pulled "everything after 120" can never
  miss a 119 committed later. `SET LOCAL cabang.sync_suppress = 'on'` switches it off.

Triggers are installed by migration 0007 for the tables that exist then, and `ensure_capture()`
(run at the start of every sync operation) installs them on tables that have none: a table created by
a later migration, or rebuilt by Alembic's SQLite batch mode (which drops triggers). When a table of a
database that already syncs had lost its triggers, every row of it is marked changed, so nothing
written in between is missed (unchanged rows merge to nothing on the other side).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desktop.models.sync_catalog import catalog

SYNC_LOCK = 0x_CAB_A0D17  # the audit trail's advisory lock key (desktop.services.audit._PG_AUDIT_LOCK)
_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION sync_capture() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE n bigint; top bigint;
BEGIN
  IF coalesce(current_setting('cabang.sync_suppress', true), '') = 'on' THEN RETURN NULL; END IF;
  SELECT count(*) INTO n FROM changed_rows;
  IF n = 0 THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock({SYNC_LOCK});
  UPDATE sync_counter SET seq = seq + n WHERE id = 1 RETURNING seq INTO top;
  INSERT INTO sync_change (tbl, row_id, seq)
    SELECT TG_TABLE_NAME, r.id, top - n + row_number() OVER () FROM changed_rows r
    ON CONFLICT (tbl, row_id) DO UPDATE SET seq = EXCLUDED.seq;
  RETURN NULL;
END $$
"""
_EVENTS = (("ins", "INSERT", "NEW"), ("upd", "UPDATE", "NEW"), ("del", "DELETE", "OLD"))


def _trigger_name(event: str, table: str) -> str:
    return f"sync_{event}_{table}"[:63]


def _sqlite_trigger(event: str, op: str, ref: str, table: str) -> str:
    return (
        f'CREATE TRIGGER IF NOT EXISTS "{_trigger_name(event, table)}" AFTER {op} ON "{table}" '
        f"WHEN NOT EXISTS (SELECT 1 FROM sync_suppress) BEGIN "
        f"UPDATE sync_counter SET seq = seq + 1 WHERE id = 1; "
        f"INSERT OR REPLACE INTO sync_change (tbl, row_id, seq) "
        f"VALUES ('{table}', {ref}.id, (SELECT seq FROM sync_counter WHERE id = 1)); END"
    )


def _pg_trigger(event: str, op: str, ref: str, table: str) -> str:
    which = "NEW" if ref == "NEW" else "OLD"
    return (
        f'CREATE TRIGGER "{_trigger_name(event, table)}" AFTER {op} ON "{table}" '
        f"REFERENCING {which} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_capture()"
    )


def installed(conn: Connection) -> dict[str, int]:
    """Table -> how many of its three capture triggers exist."""
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql(
            "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, 5) = 'sync_'")
    else:
        rows = conn.exec_driver_sql(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND left(t.tgname, 5) = 'sync_' AND c.relnamespace = "
            "current_schema()::regnamespace")
    counts: dict[str, int] = {}
    for (name,) in rows:
        counts[name] = counts.get(name, 0) + 1
    return counts


def _existing_tables(conn: Connection) -> set[str]:
    from sqlalchemy import inspect

    return set(inspect(conn).get_table_names())


def install_capture(conn: Connection, tables: Iterable[str]) -> list[str]:
    """Create the capture triggers on `tables` where they are missing; returns the tables armed."""
    have = installed(conn)
    armed = []
    pg = conn.dialect.name == "postgresql"
    if pg:
        conn.exec_driver_sql(_PG_FUNCTION)
    conn.exec_driver_sql("INSERT INTO sync_counter (id, seq) SELECT 1, 0 WHERE NOT EXISTS "
                         "(SELECT 1 FROM sync_counter WHERE id = 1)")
    for table in tables:
        if have.get(table, 0) >= 3:
            continue
        for event, op, ref in _EVENTS:
            if pg:
                conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{_trigger_name(event, table)}" ON "{table}"')
                conn.exec_driver_sql(_pg_trigger(event, op, ref, table))
            else:
                conn.exec_driver_sql(_sqlite_trigger(event, op, ref, table))
        armed.append(table)
    return armed


def remove_capture(conn: Connection) -> None:
    """Drop every capture trigger (and the PostgreSQL function): the migration's downgrade."""
    for table in installed(conn):
        for event, _op, _ref in _EVENTS:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{_trigger_name(event, table)}"')
            else:
                conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{_trigger_name(event, table)}" ON "{table}"')
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS sync_capture()")


def ensure_capture(conn: Connection) -> list[str]:
    """Arm every synced table that has no triggers; in a database that already syncs, mark its rows.

    Returns the tables that were (re)armed.
    """
    existing = _existing_tables(conn)
    wanted = [t.name for t in catalog() if t.name in existing]
    armed = install_capture(conn, wanted)
    if armed and _participates(conn):
        for table in armed:
            _mark_all(conn, table)
    return armed


def _participates(conn: Connection) -> bool:
    role = conn.exec_driver_sql("SELECT value FROM sync_state WHERE key = 'role'").scalar()
    if role is not None and "laptop" in str(role):
        return True
    return bool(conn.exec_driver_sql("SELECT count(*) FROM sync_device").scalar())


def _mark_all(conn: Connection, table: str) -> None:
    ids = [r[0] for r in conn.exec_driver_sql(f'SELECT id FROM "{table}"')]
    _mark(conn, table, ids)


def _mark(conn: Connection, table: str, ids: list) -> None:
    if not ids:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"SELECT pg_advisory_xact_lock({SYNC_LOCK})"))
    top = conn.execute(text("UPDATE sync_counter SET seq = seq + :n WHERE id = 1 RETURNING seq"),
                       {"n": len(ids)}).scalar_one()
    first = top - len(ids) + 1
    params = [{"t": table, "r": _as_db_uuid(conn, i), "s": first + k} for k, i in enumerate(ids)]
    if conn.dialect.name == "postgresql":
        stmt = text("INSERT INTO sync_change (tbl, row_id, seq) VALUES (:t, :r, :s) "
                    "ON CONFLICT (tbl, row_id) DO UPDATE SET seq = EXCLUDED.seq")
    else:
        stmt = text("INSERT OR REPLACE INTO sync_change (tbl, row_id, seq) VALUES (:t, :r, :s)")
    conn.execute(stmt, params)


def _as_db_uuid(conn: Connection, value) -> object:
    """A row id as the database stores it (SQLite: 32 hex digits, as SQLAlchemy's Uuid writes it)."""
    if conn.dialect.name == "sqlite":
        return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "")
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def record_bulk(session: Session, table: str, ids: Iterable[uuid.UUID]) -> None:
    """Mark rows as changed by hand.

    Not needed for ordinary writes, bulk inserts or updates: the triggers see those. Use it only when
    rows must travel again without being written (the hub re-sends rows it refused to change).
    """
    _mark(session.connection(), table, list(ids))


@contextmanager
def bulk_inserts(session: Session, table: str) -> Iterator[None]:
    """Rows inserted into `table` inside the block are marked changed by one statement at its end, in
    insert order, as the SQLite insert trigger would have marked them one by one (100,000 employers:
    2.5 s of trigger calls, and still 1 s with the trigger suppressed).

    SQLite only: the trigger is dropped and made again inside the caller's transaction, so an error
    in the block rolls it back with everything else. PostgreSQL's capture runs once per statement.
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    name = _trigger_name("ins", table)
    armed = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)).first()
    before = conn.exec_driver_sql(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').scalar()
    conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    yield
    if armed is None:
        return
    conn.exec_driver_sql(_sqlite_trigger("ins", "INSERT", "NEW", table))
    if conn.exec_driver_sql("SELECT 1 FROM sync_suppress").first() is not None:
        return  # a laptop applying the hub's rows: not its own changes
    # rowids of new rows are above the largest one before (SQLite's rule for rowid tables)
    n = conn.exec_driver_sql(f'SELECT count(*) FROM "{table}" WHERE rowid > ?', (before,)).scalar()
    if n:
        top = conn.execute(text("UPDATE sync_counter SET seq = seq + :n WHERE id = 1 RETURNING seq"),
                           {"n": n}).scalar_one()
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO sync_change (tbl, row_id, seq) "
            f'SELECT ?, id, ? + row_number() OVER (ORDER BY rowid) FROM "{table}" WHERE rowid > ?',
            (table, top - n, before))


@contextmanager
def suppressed(session: Session) -> Iterator[None]:
    """Writes inside the block are not captured (a laptop applying the hub's rows)."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL cabang.sync_suppress = 'on'")
    else:
        conn.exec_driver_sql("INSERT OR IGNORE INTO sync_suppress (id) VALUES (1)")
    yield  # on an error the transaction rolls back, and the switch with it
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL cabang.sync_suppress = 'off'")
    else:
        conn.exec_driver_sql("DELETE FROM sync_suppress")


def lock(session: Session) -> None:
    """Serialise with every writer of synced tables (PostgreSQL; SQLite writers already are)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SELECT pg_advisory_xact_lock({SYNC_LOCK})"))


def counter(session: Session) -> int:
    return int(session.execute(text("SELECT seq FROM sync_counter WHERE id = 1")).scalar() or 0)
