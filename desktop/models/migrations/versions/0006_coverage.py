"""coverage, sponsorships, commitments and Perisai agents

Revision ID: 0006_coverage
Revises: 0005_benefits
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_coverage"
down_revision = "0005_benefits"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cov_agent',
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('regency', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cov_agent'))
    )
    with op.batch_alter_table('cov_agent', schema=None) as batch_op:
        batch_op.create_index('uq_cov_agent_nik_live', ['nik'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('cov_evidence',
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cov_evidence'))
    )
    with op.batch_alter_table('cov_evidence', schema=None) as batch_op:
        batch_op.create_index('ix_cov_evidence_sha256', ['sha256'], unique=False)

    op.create_table('cov_figure',
    sa.Column('regency', sa.String(length=120), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('working_population', sa.Integer(), nullable=False),
    sa.Column('population_source', sa.String(length=12), nullable=False),
    sa.Column('population_as_of', sa.Date(), nullable=True),
    sa.Column('informal_population', sa.Integer(), nullable=True),
    sa.Column('pu', sa.Integer(), nullable=False),
    sa.Column('bpu', sa.Integer(), nullable=False),
    sa.Column('jakon', sa.Integer(), nullable=False),
    sa.Column('target_bp', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('superseded_by', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cov_figure'))
    )
    with op.batch_alter_table('cov_figure', schema=None) as batch_op:
        batch_op.create_index('ix_cov_figure_regency_period', ['regency', 'period'], unique=False)
        batch_op.create_index('uq_cov_figure_live', ['regency', 'period'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('cov_meeting',
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('participants', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cov_meeting'))
    )
    op.create_table('cov_sponsorship',
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('sponsor', sa.String(length=160), nullable=False),
    sa.Column('regency', sa.String(length=120), nullable=False),
    sa.Column('desa', sa.String(length=120), nullable=False),
    sa.Column('start_month', sa.Date(), nullable=False),
    sa.Column('end_month', sa.Date(), nullable=False),
    sa.Column('programmes', sa.String(length=20), nullable=False),
    sa.Column('reported_income', sa.BigInteger(), nullable=False),
    sa.Column('monthly_contribution', sa.BigInteger(), nullable=False),
    sa.Column('rates_effective_from', sa.Date(), nullable=False),
    sa.Column('budget', sa.BigInteger(), nullable=False),
    sa.Column('planned_workers', sa.Integer(), nullable=False),
    sa.Column('months_paid', sa.Integer(), nullable=False),
    sa.Column('plkk_partner_id', sa.Uuid(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cov_sponsorship'))
    )
    with op.batch_alter_table('cov_sponsorship', schema=None) as batch_op:
        batch_op.create_index('ix_cov_sponsorship_end', ['end_month'], unique=False)

    op.create_table('cov_agent_month',
    sa.Column('agent_id', sa.Uuid(), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('acquired', sa.Integer(), nullable=False),
    sa.Column('contributions', sa.BigInteger(), nullable=False),
    sa.Column('still_active', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['agent_id'], ['cov_agent.id'], name=op.f('fk_cov_agent_month_agent_id_cov_agent')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cov_agent_month'))
    )
    with op.batch_alter_table('cov_agent_month', schema=None) as batch_op:
        batch_op.create_index('uq_cov_agent_month_live', ['agent_id', 'period'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('cov_commitment',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('party', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('evidence_id', sa.Uuid(), nullable=True),
    sa.Column('evidence_name', sa.String(length=255), nullable=False),
    sa.Column('evidence_sha256', sa.String(length=64), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['evidence_id'], ['cov_evidence.id'], name=op.f('fk_cov_commitment_evidence_id_cov_evidence')),
    sa.ForeignKeyConstraint(['meeting_id'], ['cov_meeting.id'], name=op.f('fk_cov_commitment_meeting_id_cov_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cov_commitment'))
    )
    with op.batch_alter_table('cov_commitment', schema=None) as batch_op:
        batch_op.create_index('ix_cov_commitment_due', ['status', 'due_date'], unique=False)

    op.create_table('cov_worker',
    sa.Column('sponsorship_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('worker_group', sa.String(length=30), nullable=False),
    sa.Column('regency', sa.String(length=120), nullable=False),
    sa.Column('desa', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['sponsorship_id'], ['cov_sponsorship.id'], name=op.f('fk_cov_worker_sponsorship_id_cov_sponsorship')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cov_worker'))
    )
    with op.batch_alter_table('cov_worker', schema=None) as batch_op:
        batch_op.create_index('ix_cov_worker_nik', ['nik'], unique=False)
        batch_op.create_index('ix_cov_worker_sponsorship', ['sponsorship_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('cov_worker', schema=None) as batch_op:
        batch_op.drop_index('ix_cov_worker_sponsorship')
        batch_op.drop_index('ix_cov_worker_nik')

    op.drop_table('cov_worker')
    with op.batch_alter_table('cov_commitment', schema=None) as batch_op:
        batch_op.drop_index('ix_cov_commitment_due')

    op.drop_table('cov_commitment')
    with op.batch_alter_table('cov_agent_month', schema=None) as batch_op:
        batch_op.drop_index('uq_cov_agent_month_live', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.drop_table('cov_agent_month')
    with op.batch_alter_table('cov_sponsorship', schema=None) as batch_op:
        batch_op.drop_index('ix_cov_sponsorship_end')

    op.drop_table('cov_sponsorship')
    op.drop_table('cov_meeting')
    with op.batch_alter_table('cov_figure', schema=None) as batch_op:
        batch_op.drop_index('uq_cov_figure_live', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_cov_figure_regency_period')

    op.drop_table('cov_figure')
    with op.batch_alter_table('cov_evidence', schema=None) as batch_op:
        batch_op.drop_index('ix_cov_evidence_sha256')

    op.drop_table('cov_evidence')
    with op.batch_alter_table('cov_agent', schema=None) as batch_op:
        batch_op.drop_index('uq_cov_agent_nik_live', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.drop_table('cov_agent')
