"""SKK batches: the printed batch (covering letter + attached list) and its SHA-256

Revision ID: 0010_skk_batches
Revises: 0009_search_more
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_skk_batches"
down_revision = "0009_search_more"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batches made before this revision were printed as one letter per employer: they have no file.
    with op.batch_alter_table("cmp_skk_batch", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pdf_path", sa.String(length=300), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("sha256", sa.String(length=64), nullable=False, server_default=""))
    # batch_alter_table rebuilds the table on SQLite, which drops its change-capture triggers.
    from desktop.models.sync_log import ensure_capture

    ensure_capture(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("cmp_skk_batch", schema=None) as batch_op:
        batch_op.drop_column("sha256")
        batch_op.drop_column("pdf_path")
