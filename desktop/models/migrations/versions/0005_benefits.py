"""death claims, heirs, scholarships and disbursements

Revision ID: 0005_benefits
Revises: 0004_compliance
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0005_benefits"
down_revision = "0004_compliance"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the area that owns these tables


def downgrade() -> None:
    pass
