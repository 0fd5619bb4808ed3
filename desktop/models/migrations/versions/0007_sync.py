"""sync: change tracking, tombstones, conflicts, device keys and number blocks

Revision ID: 0007_sync
Revises: 0006_coverage

Besides its tables, this revision installs the change-capture triggers on every synced table that
exists at this point (desktop/models/sync_log.py explains why triggers). Tables created by later
migrations get theirs from `ensure_capture()`, which every sync operation runs first; a later
migration may also call `desktop.models.sync_log.ensure_capture(op.get_bind())` at its end.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_sync"
down_revision = "0006_coverage"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_base',
    sa.Column('tbl', sa.String(length=80), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('tbl', 'row_id', name=op.f('pk_sync_base'))
    )
    op.create_table('sync_bundle',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('device', sa.String(length=32), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('upto_seq', sa.BigInteger(), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_bundle'))
    )
    op.create_table('sync_change',
    sa.Column('tbl', sa.String(length=80), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('tbl', 'row_id', name=op.f('pk_sync_change'))
    )
    with op.batch_alter_table('sync_change', schema=None) as batch_op:
        batch_op.create_index('ix_sync_change_seq', ['seq'], unique=False)

    op.create_table('sync_conflict',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('tbl', sa.String(length=80), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('base_value', sa.JSON(), nullable=False),
    sa.Column('hub_value', sa.JSON(), nullable=False),
    sa.Column('laptop_value', sa.JSON(), nullable=False),
    sa.Column('device', sa.String(length=32), nullable=False),
    sa.Column('laptop_user', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by', sa.String(length=64), nullable=False),
    sa.Column('resolution', sa.String(length=10), nullable=False),
    sa.Column('resolved_value', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index('ix_sync_conflict_open', ['resolved_at', 'tbl'], unique=False)

    op.create_table('sync_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_counter'))
    )
    op.create_table('sync_device',
    sa.Column('device', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('key_hex', sa.String(length=64), nullable=False),
    sa.Column('scope', sa.JSON(), nullable=False),
    sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('registered_by', sa.String(length=64), nullable=False),
    sa.Column('last_sync_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('device', name=op.f('pk_sync_device'))
    )
    op.create_table('sync_number_block',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('device', sa.String(length=32), nullable=False),
    sa.Column('series', sa.String(length=80), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('first', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.Column('next_number', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_number_block'))
    )
    with op.batch_alter_table('sync_number_block', schema=None) as batch_op:
        batch_op.create_index('ix_sync_number_block_series', ['series', 'year', 'device'], unique=False)

    op.create_table('sync_state',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )
    op.create_table('sync_suppress',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_suppress'))
    )

    from desktop.models.sync_log import ensure_capture

    ensure_capture(op.get_bind())


def downgrade() -> None:
    from desktop.models.sync_log import remove_capture

    remove_capture(op.get_bind())
    op.drop_table('sync_suppress')
    op.drop_table('sync_state')
    with op.batch_alter_table('sync_number_block', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_number_block_series')

    op.drop_table('sync_number_block')
    op.drop_table('sync_device')
    op.drop_table('sync_counter')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_conflict_open')

    op.drop_table('sync_conflict')
    with op.batch_alter_table('sync_change', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_change_seq')

    op.drop_table('sync_change')
    op.drop_table('sync_bundle')
    op.drop_table('sync_base')
