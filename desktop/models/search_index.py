"""Full-text indexes for the names and numbers clerks type into the global search.

On SQLite: an FTS5 table with the trigram tokenizer per searched table, kept up to date by
triggers (so bulk imports are indexed too), matching any fragment of 3 characters or more.
On PostgreSQL: pg_trgm GIN indexes, which the ordinary ILIKE '%...%' uses by itself.

The FTS5 tables are "external content" tables keyed by the base table's rowid. SQLite keeps rowids
through backups and restores; a VACUUM may renumber them, so `rebuild()` must follow a VACUUM.
"""

from __future__ import annotations

from sqlalchemy import literal_column, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

# table -> the columns a clerk searches by (kept in step with the migration 0008_search)
INDEXED: dict[str, tuple[str, ...]] = {
    "cmp_employer": ("name", "npp", "npwp16"),
    "ben_participant": ("name", "nik", "kpj"),
    "ben_heir": ("name", "nik"),
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


def match_condition(session: Session, table: str, words: list[str]) -> ColumnElement | None:
    """A WHERE condition "the row matches every word" through the FTS5 index, or None.

    None means: use the ordinary ILIKE (PostgreSQL, whose trigram index serves it; or words too
    short for the trigram tokenizer).
    """
    if session.get_bind().dialect.name != "sqlite" or table not in INDEXED:
        return None
    usable = [w for w in words if len(w) >= TRIGRAM]
    if not usable or len(usable) != len(words):
        return None
    query = " AND ".join('"' + w.replace('"', '""') + '"' for w in usable)
    fts = fts_table(table)
    subquery = text(f"SELECT rowid FROM {fts} WHERE {fts} MATCH :fts_query").bindparams(fts_query=query)
    return literal_column(f"{table}.rowid").in_(subquery)


def rebuild(session: Session) -> None:
    """Re-index everything (after a VACUUM, or to repair)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    for table in INDEXED:
        session.execute(text(f"INSERT INTO {fts_table(table)}({fts_table(table)}) VALUES ('rebuild')"))
