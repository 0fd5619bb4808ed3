"""employers and compliance cases

Revision ID: 0004_compliance
Revises: 0003_plkk
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0004_compliance"
down_revision = "0003_plkk"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the area that owns these tables


def downgrade() -> None:
    pass
