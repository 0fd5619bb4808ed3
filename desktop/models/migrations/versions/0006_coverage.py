"""coverage, sponsorships, commitments and Perisai agents

Revision ID: 0006_coverage
Revises: 0005_benefits
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0006_coverage"
down_revision = "0005_benefits"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the area that owns these tables


def downgrade() -> None:
    pass
