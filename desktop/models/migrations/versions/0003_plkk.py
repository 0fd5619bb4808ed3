"""PLKK partners, agreements, monev and events

Revision ID: 0003_plkk
Revises: 0002_letters
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0003_plkk"
down_revision = "0002_letters"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('plkk_criterion',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('weight', sa.Integer(), nullable=False),
    sa.Column('max_score', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plkk_criterion'))
    )
    op.create_table('plkk_event',
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('start_time', sa.String(length=20), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('topic', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('other_parties', sa.JSON(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plkk_event'))
    )
    op.create_table('plkk_partner',
    sa.Column('facility_type', sa.String(length=30), nullable=False),
    sa.Column('kode_faskes', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('regency', sa.String(length=80), nullable=False),
    sa.Column('district', sa.String(length=80), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('contact_name', sa.String(length=120), nullable=False),
    sa.Column('contact_position', sa.String(length=120), nullable=False),
    sa.Column('services', sa.JSON(), nullable=False),
    sa.Column('ownership', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plkk_partner'))
    )
    with op.batch_alter_table('plkk_partner', schema=None) as batch_op:
        batch_op.create_index('ix_plkk_partner_regency', ['regency'], unique=False)
        batch_op.create_index('uq_plkk_partner_kode_live', ['kode_faskes'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('plkk_agreement',
    sa.Column('partner_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=False),
    sa.Column('chain_end', sa.Date(), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('document_path', sa.String(length=300), nullable=False),
    sa.Column('document_name', sa.String(length=255), nullable=False),
    sa.Column('document_sha256', sa.String(length=64), nullable=False),
    sa.Column('renews_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['partner_id'], ['plkk_partner.id'], name=op.f('fk_plkk_agreement_partner_id_plkk_partner')),
    sa.ForeignKeyConstraint(['renews_id'], ['plkk_agreement.id'], name=op.f('fk_plkk_agreement_renews_id_plkk_agreement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plkk_agreement'))
    )
    with op.batch_alter_table('plkk_agreement', schema=None) as batch_op:
        batch_op.create_index('ix_plkk_agreement_partner', ['partner_id', 'start_on'], unique=False)

    op.create_table('plkk_event_partner',
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('partner_id', sa.Uuid(), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=False),
    sa.Column('representative', sa.String(length=120), nullable=False),
    sa.Column('position', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['plkk_event.id'], name=op.f('fk_plkk_event_partner_event_id_plkk_event')),
    sa.ForeignKeyConstraint(['partner_id'], ['plkk_partner.id'], name=op.f('fk_plkk_event_partner_partner_id_plkk_partner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plkk_event_partner'))
    )
    with op.batch_alter_table('plkk_event_partner', schema=None) as batch_op:
        batch_op.create_index('ix_plkk_event_partner_pair', ['event_id', 'partner_id'], unique=False)
        batch_op.create_index('ix_plkk_event_partner_partner', ['partner_id'], unique=False)

    op.create_table('plkk_monev',
    sa.Column('partner_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=True),
    sa.Column('visited_on', sa.Date(), nullable=True),
    sa.Column('officer', sa.String(length=120), nullable=False),
    sa.Column('scores', sa.JSON(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=True),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['partner_id'], ['plkk_partner.id'], name=op.f('fk_plkk_monev_partner_id_plkk_partner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plkk_monev'))
    )
    with op.batch_alter_table('plkk_monev', schema=None) as batch_op:
        batch_op.create_index('ix_plkk_monev_partner', ['partner_id', 'visited_on'], unique=False)

    op.create_table('plkk_sponsorship',
    sa.Column('partner_id', sa.Uuid(), nullable=False),
    sa.Column('program', sa.String(length=20), nullable=False),
    sa.Column('workers', sa.Integer(), nullable=False),
    sa.Column('months', sa.Integer(), nullable=False),
    sa.Column('start_month', sa.Date(), nullable=False),
    sa.Column('monthly_rate', sa.BigInteger(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['partner_id'], ['plkk_partner.id'], name=op.f('fk_plkk_sponsorship_partner_id_plkk_partner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plkk_sponsorship'))
    )
    with op.batch_alter_table('plkk_sponsorship', schema=None) as batch_op:
        batch_op.create_index('ix_plkk_sponsorship_partner', ['partner_id'], unique=False)

    op.create_table('plkk_follow_up',
    sa.Column('monev_id', sa.Uuid(), nullable=False),
    sa.Column('partner_id', sa.Uuid(), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['monev_id'], ['plkk_monev.id'], name=op.f('fk_plkk_follow_up_monev_id_plkk_monev')),
    sa.ForeignKeyConstraint(['partner_id'], ['plkk_partner.id'], name=op.f('fk_plkk_follow_up_partner_id_plkk_partner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plkk_follow_up'))
    )
    with op.batch_alter_table('plkk_follow_up', schema=None) as batch_op:
        batch_op.create_index('ix_plkk_follow_up_monev', ['monev_id'], unique=False)
    _seed_criteria()


# The default monev criteria (domain.plkk.DEFAULT_CRITERIA at the time of this migration). Their ids
# are derived from their names, so every workstation and laptop seeds the same rows and sync does
# not duplicate them.
CRITERIA_NAMESPACE = uuid.UUID("6f1d3c52-52a4-4c1e-9a57-0c3e8f1d2b70")
DEFAULT_CRITERIA = (
    ("Kecepatan pelayanan", 25, 5),
    ("Direct billing", 20, 5),
    ("Laporan tahap I dan II dalam 2x24 jam", 25, 5),
    ("Integritas", 15, 5),
    ("Sarana dan prasarana", 15, 5),
)


def _seed_criteria() -> None:
    table = sa.table(
        "plkk_criterion",
        sa.column("id", sa.Uuid()), sa.column("name", sa.String()), sa.column("weight", sa.Integer()),
        sa.column("max_score", sa.Integer()), sa.column("rank", sa.Integer()), sa.column("active", sa.Boolean()),
        sa.column("created_at", sa.DateTime(timezone=True)), sa.column("updated_at", sa.DateTime(timezone=True)),
        sa.column("created_by", sa.String()), sa.column("updated_by", sa.String()),
        sa.column("origin", sa.String()), sa.column("version", sa.Integer()),
    )
    now = datetime(2024, 1, 1, tzinfo=UTC)
    if op.get_bind().dialect.name == "sqlite":
        now = now.replace(tzinfo=None)  # stored naive-in-UTC on SQLite, as UTCDateTime does
    op.bulk_insert(table, [
        {"id": uuid.uuid5(CRITERIA_NAMESPACE, name), "name": name, "weight": weight, "max_score": top,
         "rank": rank, "active": True, "created_at": now, "updated_at": now, "created_by": "system",
         "updated_by": "system", "origin": "migration", "version": 1}
        for rank, (name, weight, top) in enumerate(DEFAULT_CRITERIA)
    ])


def downgrade() -> None:
    with op.batch_alter_table('plkk_follow_up', schema=None) as batch_op:
        batch_op.drop_index('ix_plkk_follow_up_monev')

    op.drop_table('plkk_follow_up')
    with op.batch_alter_table('plkk_sponsorship', schema=None) as batch_op:
        batch_op.drop_index('ix_plkk_sponsorship_partner')

    op.drop_table('plkk_sponsorship')
    with op.batch_alter_table('plkk_monev', schema=None) as batch_op:
        batch_op.drop_index('ix_plkk_monev_partner')

    op.drop_table('plkk_monev')
    with op.batch_alter_table('plkk_event_partner', schema=None) as batch_op:
        batch_op.drop_index('ix_plkk_event_partner_partner')
        batch_op.drop_index('ix_plkk_event_partner_pair')

    op.drop_table('plkk_event_partner')
    with op.batch_alter_table('plkk_agreement', schema=None) as batch_op:
        batch_op.drop_index('ix_plkk_agreement_partner')

    op.drop_table('plkk_agreement')
    with op.batch_alter_table('plkk_partner', schema=None) as batch_op:
        batch_op.drop_index('uq_plkk_partner_kode_live', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_plkk_partner_regency')

    op.drop_table('plkk_partner')
    op.drop_table('plkk_event')
    op.drop_table('plkk_criterion')
