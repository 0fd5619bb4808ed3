"""benefits_indexes: the Peserta list's sorts by segment, employer and membership start

Revision ID: 0011_benefits_indexes
Revises: 0010_skk_batches

At 300,000 participants a page sorted by one of these columns sorted the whole table (100 to 150 ms,
1.5 s for a page deep in the list) and a segment's count scanned it (80 ms). Each index holds the
live rows only, with the name after the column: the list's order within a segment, an employer or
a start date, so a page walks the index and stops.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_benefits_indexes"
down_revision = "0010_skk_batches"
branch_labels = None
depends_on = None

_LIVE = sa.text("deleted_at IS NULL")
INDEXES = {
    "ix_ben_participant_segment_live": ["segment", "name"],
    "ix_ben_participant_employer_live": ["employer_name", "name"],
    "ix_ben_participant_start_live": ["membership_start", "name"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "ben_participant", columns, unique=False, sqlite_where=_LIVE, postgresql_where=_LIVE)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="ben_participant")
