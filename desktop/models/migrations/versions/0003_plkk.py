"""PLKK partners, agreements, monev and events

Revision ID: 0003_plkk
Revises: 0002_letters
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0003_plkk"
down_revision = "0002_letters"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the area that owns these tables


def downgrade() -> None:
    pass
