"""search_more: trigram indexes for the letter register and the sponsored workers

Revision ID: 0009_search_more
Revises: 0008_search

The global search reached these two with LIKE '%...%', a full scan per keystroke: the register grows
by thousands of letters a year and a sponsorship programme may enrol tens of thousands of workers.
(Partners, Perisai agents and sponsorship programmes stay small: a scan of them costs microseconds.)
"""

import logging

from alembic import op

from desktop.models.search_index import postgres_ddl, sqlite_ddl, sqlite_drop

revision = "0009_search_more"
down_revision = "0008_search"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

# The tables and columns as they were indexed at this revision (a later change is a new migration).
INDEXED = {
    "letter_issued": ("number", "recipient", "subject"),
    "cov_worker": ("name", "nik"),
}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table, cols in INDEXED.items():
            for statement in sqlite_ddl(table, cols):
                op.execute(statement)
        return
    # 0008_search created pg_trgm where the server allowed it; without it the search runs unindexed.
    if bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first() is None:
        log.warning("pg_trgm is not available; the global search runs without its index")
        return
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
