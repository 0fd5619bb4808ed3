"""employers and compliance cases

Revision ID: 0004_compliance
Revises: 0003_plkk
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_compliance"
down_revision = "0003_plkk"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cmp_employer',
    sa.Column('npp', sa.String(length=20), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('npwp16', sa.String(length=16), nullable=True),
    sa.Column('npwp15', sa.String(length=15), nullable=True),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('kabupaten', sa.String(length=60), nullable=False),
    sa.Column('kecamatan', sa.String(length=60), nullable=False),
    sa.Column('kbli', sa.String(length=5), nullable=False),
    sa.Column('sector', sa.String(length=200), nullable=False),
    sa.Column('risk_class', sa.Integer(), nullable=True),
    sa.Column('size', sa.String(length=10), nullable=False),
    sa.Column('contact_name', sa.String(length=120), nullable=False),
    sa.Column('contact_phone', sa.String(length=40), nullable=False),
    sa.Column('contact_email', sa.String(length=120), nullable=False),
    sa.Column('registered_workforce', sa.Integer(), nullable=False),
    sa.Column('estimated_workforce', sa.Integer(), nullable=True),
    sa.Column('estimate_source', sa.String(length=12), nullable=False),
    sa.Column('estimate_date', sa.Date(), nullable=True),
    sa.Column('programmes', sa.JSON(), nullable=False),
    sa.Column('reported_wages', sa.BigInteger(), nullable=False),
    sa.Column('evidence_wages', sa.BigInteger(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cmp_employer'))
    )
    with op.batch_alter_table('cmp_employer', schema=None) as batch_op:
        batch_op.create_index('ix_cmp_employer_kabupaten_status', ['kabupaten', 'status'], unique=False)
        batch_op.create_index('ix_cmp_employer_name', ['name'], unique=False)
        batch_op.create_index('ix_cmp_employer_npwp16', ['npwp16'], unique=False)
        batch_op.create_index('uq_cmp_employer_npp_live', ['npp'], unique=True, sqlite_where=sa.text('deleted_at IS NULL AND npp IS NOT NULL'), postgresql_where=sa.text('deleted_at IS NULL AND npp IS NOT NULL'))

    op.create_table('cmp_skk_batch',
    sa.Column('kejari', sa.String(length=40), nullable=False),
    sa.Column('number', sa.String(length=120), nullable=False),
    sa.Column('letter_id', sa.Uuid(), nullable=True),
    sa.Column('handed_over', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cmp_skk_batch'))
    )
    op.create_table('cmp_case',
    sa.Column('case_no', sa.String(length=24), nullable=False),
    sa.Column('employer_id', sa.Uuid(), nullable=False),
    sa.Column('case_type', sa.String(length=12), nullable=False),
    sa.Column('workers_unregistered', sa.Integer(), nullable=False),
    sa.Column('wage_gap', sa.BigInteger(), nullable=False),
    sa.Column('programmes_missing', sa.JSON(), nullable=False),
    sa.Column('arrears', sa.BigInteger(), nullable=False),
    sa.Column('arrears_months', sa.Integer(), nullable=False),
    sa.Column('last_payment_date', sa.Date(), nullable=True),
    sa.Column('officer', sa.String(length=64), nullable=False),
    sa.Column('priority', sa.String(length=8), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('state_since', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('escalate_from', sa.Date(), nullable=True),
    sa.Column('awaiting_reply', sa.Boolean(), nullable=False),
    sa.Column('referral_steps', sa.JSON(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('close_reason', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['employer_id'], ['cmp_employer.id'], name=op.f('fk_cmp_case_employer_id_cmp_employer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cmp_case')),
    sa.UniqueConstraint('case_no', name=op.f('uq_cmp_case_case_no'))
    )
    with op.batch_alter_table('cmp_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cmp_case_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index('ix_cmp_case_officer_state', ['officer', 'state'], unique=False)
        batch_op.create_index('ix_cmp_case_state_due', ['state', 'due_date'], unique=False)

    op.create_table('cmp_action',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('employer_id', sa.Uuid(), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('officer', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('from_state', sa.String(length=16), nullable=True),
    sa.Column('to_state', sa.String(length=16), nullable=True),
    sa.Column('letter_id', sa.Uuid(), nullable=True),
    sa.Column('letter_number', sa.String(length=120), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('reply_date', sa.Date(), nullable=True),
    sa.Column('reply_content', sa.Text(), nullable=False),
    sa.Column('evidence_name', sa.String(length=200), nullable=False),
    sa.Column('evidence_path', sa.String(length=300), nullable=False),
    sa.Column('evidence_sha256', sa.String(length=64), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cmp_case.id'], name=op.f('fk_cmp_action_case_id_cmp_case')),
    sa.ForeignKeyConstraint(['employer_id'], ['cmp_employer.id'], name=op.f('fk_cmp_action_employer_id_cmp_employer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cmp_action'))
    )
    with op.batch_alter_table('cmp_action', schema=None) as batch_op:
        batch_op.create_index('ix_cmp_action_case_on', ['case_id', 'on_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_cmp_action_employer_id'), ['employer_id'], unique=False)

    op.create_table('cmp_outcome',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('employer_id', sa.Uuid(), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('officer', sa.String(length=64), nullable=False),
    sa.Column('workers_added', sa.Integer(), nullable=False),
    sa.Column('programmes_added', sa.JSON(), nullable=False),
    sa.Column('wages_corrected', sa.BigInteger(), nullable=False),
    sa.Column('arrears_recovered', sa.BigInteger(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cmp_case.id'], name=op.f('fk_cmp_outcome_case_id_cmp_case')),
    sa.ForeignKeyConstraint(['employer_id'], ['cmp_employer.id'], name=op.f('fk_cmp_outcome_employer_id_cmp_employer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cmp_outcome'))
    )
    with op.batch_alter_table('cmp_outcome', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cmp_outcome_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_cmp_outcome_on', ['on_date'], unique=False)

    op.create_table('cmp_skk_item',
    sa.Column('batch_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('skk_number', sa.String(length=60), nullable=False),
    sa.Column('jpn_status', sa.String(length=16), nullable=False),
    sa.Column('status_date', sa.Date(), nullable=True),
    sa.Column('promised_date', sa.Date(), nullable=True),
    sa.Column('recovered', sa.BigInteger(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['cmp_skk_batch.id'], name=op.f('fk_cmp_skk_item_batch_id_cmp_skk_batch')),
    sa.ForeignKeyConstraint(['case_id'], ['cmp_case.id'], name=op.f('fk_cmp_skk_item_case_id_cmp_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cmp_skk_item')),
    sa.UniqueConstraint('batch_id', 'case_id', name='uq_cmp_skk_item_batch_case')
    )
    with op.batch_alter_table('cmp_skk_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cmp_skk_item_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cmp_skk_item_case_id'), ['case_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('cmp_skk_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cmp_skk_item_case_id'))
        batch_op.drop_index(batch_op.f('ix_cmp_skk_item_batch_id'))

    op.drop_table('cmp_skk_item')
    with op.batch_alter_table('cmp_outcome', schema=None) as batch_op:
        batch_op.drop_index('ix_cmp_outcome_on')
        batch_op.drop_index(batch_op.f('ix_cmp_outcome_case_id'))

    op.drop_table('cmp_outcome')
    with op.batch_alter_table('cmp_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cmp_action_employer_id'))
        batch_op.drop_index('ix_cmp_action_case_on')

    op.drop_table('cmp_action')
    with op.batch_alter_table('cmp_case', schema=None) as batch_op:
        batch_op.drop_index('ix_cmp_case_state_due')
        batch_op.drop_index('ix_cmp_case_officer_state')
        batch_op.drop_index(batch_op.f('ix_cmp_case_employer_id'))

    op.drop_table('cmp_case')
    op.drop_table('cmp_skk_batch')
    with op.batch_alter_table('cmp_employer', schema=None) as batch_op:
        batch_op.drop_index('uq_cmp_employer_npp_live', sqlite_where=sa.text('deleted_at IS NULL AND npp IS NOT NULL'), postgresql_where=sa.text('deleted_at IS NULL AND npp IS NOT NULL'))
        batch_op.drop_index('ix_cmp_employer_npwp16')
        batch_op.drop_index('ix_cmp_employer_name')
        batch_op.drop_index('ix_cmp_employer_kabupaten_status')

    op.drop_table('cmp_employer')
