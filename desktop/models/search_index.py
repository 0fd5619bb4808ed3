"""Full-text indexes for the names and numbers clerks type into the global search.

On SQLite: an FTS5 table with the trigram tokenizer per searched table, kept up to date by
triggers (so bulk imports are indexed too), matching any fragment of 3 characters or more.
On PostgreSQL: pg_trgm GIN indexes, which the ordinary ILIKE '%...%' uses by itself.

The FTS5 tables are "external content" tables keyed by the base table's rowid. SQLite keeps rowids
through backups and restores; a VACUUM may renumber them, so `rebuild()` must follow a VACUUM.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Select, and_, bindparam, column, literal_column, text
from sqlalchemy import table as table_clause
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

# table -> the columns a clerk searches by (kept in step with the migrations 0008_search, 0009_search_more)
INDEXED: dict[str, tuple[str, ...]] = {
    "cmp_employer": ("name", "npp", "npwp16"),
    "ben_participant": ("name", "nik", "kpj"),
    "ben_heir": ("name", "nik"),
    "letter_issued": ("number", "recipient", "subject"),
    "cov_worker": ("name", "nik"),
}
TRIGRAM = 3  # the tokenizer matches fragments of at least three characters


def fts_table(table: str) -> str:
    return f"{table}_fts"


def sqlite_ddl(table: str, cols: tuple[str, ...]) -> list[str]:
    fts = fts_table(table)
    col_list = ", ".join(cols)
    new_vals = ", ".join(f"new.{c}" for c in cols)
    old_vals = ", ".join(f"old.{c}" for c in cols)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({col_list}, content='{table}', content_rowid='rowid', "
        "tokenize='trigram')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {col_list}) VALUES (new.rowid, {new_vals}); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.rowid, {old_vals}); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {col_list} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.rowid, {old_vals}); "
        f"INSERT INTO {fts}(rowid, {col_list}) VALUES (new.rowid, {new_vals}); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def sqlite_drop(table: str) -> list[str]:
    fts = fts_table(table)
    return [f"DROP TRIGGER IF EXISTS {fts}_{s}" for s in ("ai", "ad", "au")] + [f"DROP TABLE IF EXISTS {fts}"]


def postgres_ddl(table: str, cols: tuple[str, ...]) -> list[str]:
    return [f"CREATE INDEX IF NOT EXISTS ix_{table}_{col}_trgm ON {table} USING gin ({col} gin_trgm_ops)"
            for col in cols]


def fts_query(words: list[str]) -> str | None:
    """The FTS5 query "every word, anywhere", or None when a word is too short for a trigram."""
    if not words or any(len(w) < TRIGRAM for w in words):
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def indexed(session: Session, table: str, words: list[str]) -> bool:
    """Whether `restrict` serves these words: SQLite, an indexed table, every word a trigram or longer.

    Otherwise use the ordinary ILIKE (PostgreSQL's trigram index serves it by itself)."""
    return session.get_bind().dialect.name == "sqlite" and table in INDEXED and fts_query(words) is not None


def match_param(table: str, words: list[str]) -> dict[str, str]:
    """The parameter a statement from `restrict` runs with."""
    return {f"match_{table}": fts_query(words) or ""}


def restrict(stmt: Select, table: str, *, newest_first: bool = False) -> Select:
    """`stmt` joined to the table's FTS5 index, keeping the rows that match the words given at run
    time by `match_param` (see `indexed` for when it applies).

    The index drives the query (the join reads matches in index order and a LIMIT stops it early), so
    do not add an ORDER BY over the base table: SQLite would then read every match to sort them.
    `newest_first` walks the index backwards (rowids grow with insertion: the newest rows come first).
    """
    name = fts_table(table)
    fts = table_clause(name, column("rowid"))
    stmt = (stmt.join(fts, fts.c.rowid == literal_column(f"{table}.rowid"))
            .where(text(f"{name} MATCH :match_{table}")))
    return stmt.order_by(fts.c.rowid.desc()) if newest_first else stmt


def prefix_condition(dialect: str, col: ColumnElement, name: str) -> ColumnElement:
    """`col` starts with the prefix given at run time by `prefix_params(dialect, name, prefix)`, in a
    form the column's index serves.

    SQLite's LIKE is case-insensitive and so skips a plain index: a range does not. PostgreSQL's
    trigram index serves LIKE 'prefix%' itself (a range would depend on the collation).
    """
    if dialect == "sqlite":
        return and_(col >= bindparam(f"{name}_from"), col < bindparam(f"{name}_to"))
    return col.like(bindparam(f"{name}_like"), escape="\\")


def prefix_params(dialect: str, name: str, prefix: str) -> dict[str, str]:
    if dialect == "sqlite":
        return {f"{name}_from": prefix, f"{name}_to": prefix[:-1] + chr(ord(prefix[-1]) + 1)}
    return {f"{name}_like": prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"}


BULK_FTS_BUFFER, DEFAULT_FTS_BUFFER = 64 * 2**20, 2**20  # bytes of pending FTS5 index data (hashsize)


@contextmanager
def bulk_insert(session: Session, table: str) -> Iterator[None]:
    """Rows inserted inside the block are indexed by one statement at its end instead of a trigger
    call per row (100,000 employers: 0.8 s of CPU instead of 5 s).

    The insert trigger is dropped and made again inside the caller's transaction: an error in the
    block rolls the drop back with everything else.
    """
    if table not in INDEXED or session.get_bind().dialect.name != "sqlite":
        yield
        return
    conn = session.connection()
    fts, cols = fts_table(table), ", ".join(INDEXED[table])
    before = conn.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {table}").scalar()
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts}_ai")
    yield
    # FTS5 keeps pending index data in memory up to `hashsize` and then writes a segment: with its
    # default 1 MB, 100,000 employers become many small segments merged again and again (0.7 s of
    # CPU for the statement below instead of 0.4 s). The setting is put back in the same transaction.
    conn.exec_driver_sql(f"INSERT INTO {fts}({fts}, rank) VALUES ('hashsize', {BULK_FTS_BUFFER})")
    # rowids of new rows are above the largest one before (SQLite's rule for rowid tables)
    conn.exec_driver_sql(f"INSERT INTO {fts}(rowid, {cols}) SELECT rowid, {cols} FROM {table} WHERE rowid > ?",
                         (before,))
    conn.exec_driver_sql(f"INSERT INTO {fts}({fts}, rank) VALUES ('hashsize', {DEFAULT_FTS_BUFFER})")
    conn.exec_driver_sql(sqlite_ddl(table, INDEXED[table])[1])


def rebuild(session: Session) -> None:
    """Re-index everything (after a VACUUM, or to repair)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    for table in INDEXED:
        session.execute(text(f"INSERT INTO {fts_table(table)}({fts_table(table)}) VALUES ('rebuild')"))
