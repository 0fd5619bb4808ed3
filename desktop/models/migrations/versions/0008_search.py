"""search: trigram full-text indexes for the global search (FTS5 on SQLite, pg_trgm on PostgreSQL)

Revision ID: 0008_search
Revises: 0007_sync
"""

import logging

from alembic import op

from desktop.models.search_index import postgres_ddl, sqlite_ddl, sqlite_drop

revision = "0008_search"
down_revision = "0007_sync"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

# The tables and columns as they were indexed at this revision (a later change is a new migration).
INDEXED = {
    "cmp_employer": ("name", "npp", "npwp16"),
    "ben_participant": ("name", "nik", "kpj"),
    "ben_heir": ("name", "nik"),
}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table, cols in INDEXED.items():
            for statement in sqlite_ddl(table, cols):
                op.execute(statement)
        return
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it. Where it
    # cannot be created the search still works, only without the index.
    nested = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # noqa: BLE001 - a missing privilege must not stop the upgrade
        nested.rollback()
        log.warning("pg_trgm is not available; the global search runs without its index")
        return
    nested.commit()
    for table, cols in INDEXED.items():
        for statement in postgres_ddl(table, cols):
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    for table, cols in INDEXED.items():
        if bind.dialect.name == "sqlite":
            for statement in sqlite_drop(table):
                op.execute(statement)
        else:
            for col in cols:
                op.execute(f"DROP INDEX IF EXISTS ix_{table}_{col}_trgm")
