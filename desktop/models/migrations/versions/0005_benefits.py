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
    op.create_table('ben_handover',
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('heir_ids', sa.JSON(), nullable=False),
    sa.Column('disbursement_ids', sa.JSON(), nullable=False),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ben_handover'))
    )
    op.create_table('ben_participant',
    sa.Column('kpj', sa.String(length=11), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('segment', sa.String(length=8), nullable=False),
    sa.Column('employer_name', sa.String(length=200), nullable=False),
    sa.Column('employer_npp', sa.String(length=20), nullable=False),
    sa.Column('membership_start', sa.Date(), nullable=True),
    sa.Column('contribution_months', sa.Integer(), nullable=False),
    sa.Column('reported_wage', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ben_participant'))
    )
    with op.batch_alter_table('ben_participant', schema=None) as batch_op:
        batch_op.create_index('ix_ben_participant_kpj_live', ['kpj'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_ben_participant_name', ['name'], unique=False)
        batch_op.create_index('ix_ben_participant_nik', ['nik'], unique=False)

    op.create_table('ben_claim',
    sa.Column('participant_id', sa.Uuid(), nullable=False),
    sa.Column('death_date', sa.Date(), nullable=False),
    sa.Column('cause', sa.String(length=8), nullable=False),
    sa.Column('programme', sa.String(length=10), nullable=False),
    sa.Column('kabupaten', sa.String(length=80), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('rejected_reason', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('rule_key', sa.String(length=20), nullable=False),
    sa.Column('entitlement', sa.JSON(), nullable=True),
    sa.Column('entitlement_total', sa.BigInteger(), nullable=False),
    sa.Column('scholarship_eligible', sa.Boolean(), nullable=False),
    sa.Column('computed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['ben_participant.id'], name=op.f('fk_ben_claim_participant_id_ben_participant')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ben_claim'))
    )
    with op.batch_alter_table('ben_claim', schema=None) as batch_op:
        batch_op.create_index('ix_ben_claim_death_date', ['death_date'], unique=False)
        batch_op.create_index('ix_ben_claim_participant_live', ['participant_id'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('ben_claim_document',
    sa.Column('claim_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['ben_claim.id'], name=op.f('fk_ben_claim_document_claim_id_ben_claim')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ben_claim_document'))
    )
    with op.batch_alter_table('ben_claim_document', schema=None) as batch_op:
        batch_op.create_index('ix_ben_claim_document_kind', ['claim_id', 'kind'], unique=True)

    op.create_table('ben_heir',
    sa.Column('claim_id', sa.Uuid(), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('relationship', sa.String(length=20), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('bank_name', sa.String(length=60), nullable=False),
    sa.Column('account_number', sa.String(length=30), nullable=False),
    sa.Column('entitled', sa.Boolean(), nullable=False),
    sa.Column('confirmed', sa.Boolean(), nullable=False),
    sa.Column('confirmed_by', sa.String(length=64), nullable=False),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['ben_claim.id'], name=op.f('fk_ben_heir_claim_id_ben_claim')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ben_heir'))
    )
    with op.batch_alter_table('ben_heir', schema=None) as batch_op:
        batch_op.create_index('ix_ben_heir_claim', ['claim_id'], unique=False)
        batch_op.create_index('ix_ben_heir_nik', ['nik'], unique=False)

    op.create_table('ben_child',
    sa.Column('claim_id', sa.Uuid(), nullable=False),
    sa.Column('child_order', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('guardian_heir_id', sa.Uuid(), nullable=True),
    sa.Column('level_at_start', sa.String(length=8), nullable=True),
    sa.Column('grade_at_start', sa.Integer(), nullable=False),
    sa.Column('stopped_reason', sa.String(length=20), nullable=True),
    sa.Column('stopped_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['ben_claim.id'], name=op.f('fk_ben_child_claim_id_ben_claim')),
    sa.ForeignKeyConstraint(['guardian_heir_id'], ['ben_heir.id'], name=op.f('fk_ben_child_guardian_heir_id_ben_heir')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ben_child'))
    )
    with op.batch_alter_table('ben_child', schema=None) as batch_op:
        batch_op.create_index('ix_ben_child_order_live', ['claim_id', 'child_order'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('ben_scholarship_year',
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('academic_year', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=8), nullable=False),
    sa.Column('grade', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('enrolment_proof_on', sa.Date(), nullable=True),
    sa.Column('report_card_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['ben_child.id'], name=op.f('fk_ben_scholarship_year_child_id_ben_child')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ben_scholarship_year'))
    )
    with op.batch_alter_table('ben_scholarship_year', schema=None) as batch_op:
        batch_op.create_index('ix_ben_scholarship_year_live', ['child_id', 'academic_year'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('ben_disbursement',
    sa.Column('claim_id', sa.Uuid(), nullable=False),
    sa.Column('component', sa.String(length=20), nullable=False),
    sa.Column('scholarship_year_id', sa.Uuid(), nullable=True),
    sa.Column('heir_id', sa.Uuid(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('entered_by', sa.String(length=64), nullable=False),
    sa.Column('verified_by', sa.String(length=64), nullable=False),
    sa.Column('approved_by', sa.String(length=64), nullable=False),
    sa.Column('paid_by', sa.String(length=64), nullable=False),
    sa.Column('cancelled_by', sa.String(length=64), nullable=False),
    sa.Column('cancelled_reason', sa.Text(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('receipt_id', sa.Uuid(), nullable=True),
    sa.Column('receipt_number', sa.String(length=60), nullable=False),
    sa.Column('reversal_of', sa.Uuid(), nullable=True),
    sa.Column('corrects', sa.Uuid(), nullable=True),
    sa.Column('paid_key', sa.String(length=120), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['ben_claim.id'], name=op.f('fk_ben_disbursement_claim_id_ben_claim')),
    sa.ForeignKeyConstraint(['corrects'], ['ben_disbursement.id'], name=op.f('fk_ben_disbursement_corrects_ben_disbursement')),
    sa.ForeignKeyConstraint(['heir_id'], ['ben_heir.id'], name=op.f('fk_ben_disbursement_heir_id_ben_heir')),
    sa.ForeignKeyConstraint(['reversal_of'], ['ben_disbursement.id'], name=op.f('fk_ben_disbursement_reversal_of_ben_disbursement')),
    sa.ForeignKeyConstraint(['scholarship_year_id'], ['ben_scholarship_year.id'], name=op.f('fk_ben_disbursement_scholarship_year_id_ben_scholarship_year')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ben_disbursement')),
    sa.UniqueConstraint('paid_key', name=op.f('uq_ben_disbursement_paid_key'))
    )
    with op.batch_alter_table('ben_disbursement', schema=None) as batch_op:
        batch_op.create_index('ix_ben_disbursement_claim', ['claim_id'], unique=False)
        batch_op.create_index('ix_ben_disbursement_paid_on', ['paid_on'], unique=False)
        batch_op.create_index('ix_ben_disbursement_state', ['state'], unique=False)

    op.create_table('ben_disbursement_event',
    sa.Column('disbursement_id', sa.Uuid(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['disbursement_id'], ['ben_disbursement.id'], name=op.f('fk_ben_disbursement_event_disbursement_id_ben_disbursement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ben_disbursement_event'))
    )
    with op.batch_alter_table('ben_disbursement_event', schema=None) as batch_op:
        batch_op.create_index('ix_ben_disbursement_event_disb', ['disbursement_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('ben_disbursement_event', schema=None) as batch_op:
        batch_op.drop_index('ix_ben_disbursement_event_disb')

    op.drop_table('ben_disbursement_event')
    with op.batch_alter_table('ben_disbursement', schema=None) as batch_op:
        batch_op.drop_index('ix_ben_disbursement_state')
        batch_op.drop_index('ix_ben_disbursement_paid_on')
        batch_op.drop_index('ix_ben_disbursement_claim')

    op.drop_table('ben_disbursement')
    with op.batch_alter_table('ben_scholarship_year', schema=None) as batch_op:
        batch_op.drop_index('ix_ben_scholarship_year_live', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.drop_table('ben_scholarship_year')
    with op.batch_alter_table('ben_child', schema=None) as batch_op:
        batch_op.drop_index('ix_ben_child_order_live', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.drop_table('ben_child')
    with op.batch_alter_table('ben_heir', schema=None) as batch_op:
        batch_op.drop_index('ix_ben_heir_nik')
        batch_op.drop_index('ix_ben_heir_claim')

    op.drop_table('ben_heir')
    with op.batch_alter_table('ben_claim_document', schema=None) as batch_op:
        batch_op.drop_index('ix_ben_claim_document_kind')

    op.drop_table('ben_claim_document')
    with op.batch_alter_table('ben_claim', schema=None) as batch_op:
        batch_op.drop_index('ix_ben_claim_participant_live', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_ben_claim_death_date')

    op.drop_table('ben_claim')
    with op.batch_alter_table('ben_participant', schema=None) as batch_op:
        batch_op.drop_index('ix_ben_participant_nik')
        batch_op.drop_index('ix_ben_participant_name')
        batch_op.drop_index('ix_ben_participant_kpj_live', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.drop_table('ben_participant')
    op.drop_table('ben_handover')
