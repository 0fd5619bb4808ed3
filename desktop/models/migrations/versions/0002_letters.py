"""letters, receipts and the numbering register

Revision ID: 0002_letters
Revises: 0001_core

The default letter templates are not seeded here: the letter service adds any that are missing when
it first runs (`ensure_default_templates`), so improved default texts reach existing databases as
new template revisions without a migration.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_letters"
down_revision = "0001_core"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letter_asset",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_asset")),
        sa.UniqueConstraint("sha256", name=op.f("uq_letter_asset_sha256")),
    )
    op.create_table(
        "letter_counter",
        sa.Column("series", sa.String(length=80), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_counter")),
        sa.UniqueConstraint("series", "year", name="uq_letter_counter_series_year"),
    )
    op.create_table(
        "letter_issued",
        sa.Column("number", sa.String(length=120), nullable=False),
        sa.Column("series", sa.String(length=80), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("template_key", sa.String(length=60), nullable=False),
        sa.Column("template_revision", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("recipient", sa.String(length=300), nullable=False),
        sa.Column("recipient_address", sa.Text(), nullable=False),
        sa.Column("recipient_city", sa.String(length=100), nullable=False),
        sa.Column("field_data", sa.JSON(), nullable=False),
        sa.Column("render", sa.JSON(), nullable=False),
        sa.Column("about_entity", sa.String(length=60), nullable=True),
        sa.Column("about_id", sa.Uuid(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf_path", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_issued")),
        sa.UniqueConstraint("number", name=op.f("uq_letter_issued_number")),
        sa.UniqueConstraint("series", "year", "seq", name="uq_letter_issued_series_year_seq"),
    )
    with op.batch_alter_table("letter_issued", schema=None) as batch_op:
        batch_op.create_index("ix_letter_issued_about", ["about_entity", "about_id"], unique=False)
        batch_op.create_index("ix_letter_issued_issued_on", ["issued_on"], unique=False)

    op.create_table(
        "letter_secret",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_secret")),
        sa.UniqueConstraint("key", name=op.f("uq_letter_secret_key")),
    )
    op.create_table(
        "letter_template",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("closing", sa.Text(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("number_format", sa.String(length=120), nullable=False),
        sa.Column("meterai_rule", sa.String(length=12), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_template")),
        sa.UniqueConstraint("key", "revision", name="uq_letter_template_key_revision"),
    )
    op.create_table(
        "receipt_issued",
        sa.Column("number", sa.String(length=120), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("payee_name", sa.String(length=200), nullable=False),
        sa.Column("payee_nik", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("payer", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("components", sa.JSON(), nullable=False),
        sa.Column("extra_lines", sa.JSON(), nullable=False),
        sa.Column("meterai", sa.Boolean(), nullable=False),
        sa.Column("render", sa.JSON(), nullable=False),
        sa.Column("about_entity", sa.String(length=60), nullable=True),
        sa.Column("about_id", sa.Uuid(), nullable=True),
        sa.Column("code", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf_path", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_issued")),
        sa.UniqueConstraint("number", name=op.f("uq_receipt_issued_number")),
        sa.UniqueConstraint("year", "seq", name="uq_receipt_issued_year_seq"),
    )
    with op.batch_alter_table("receipt_issued", schema=None) as batch_op:
        batch_op.create_index("ix_receipt_issued_about", ["about_entity", "about_id"], unique=False)

    op.create_table(
        "letter_event",
        sa.Column("letter_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"], ["letter_issued.id"], name=op.f("fk_letter_event_letter_id_letter_issued")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_event")),
    )
    with op.batch_alter_table("letter_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_letter_event_letter_id"), ["letter_id"], unique=False)

    op.create_table(
        "receipt_event",
        sa.Column("receipt_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["receipt_id"], ["receipt_issued.id"], name=op.f("fk_receipt_event_receipt_id_receipt_issued")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_event")),
    )
    with op.batch_alter_table("receipt_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_receipt_event_receipt_id"), ["receipt_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("receipt_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_receipt_event_receipt_id"))

    op.drop_table("receipt_event")
    with op.batch_alter_table("letter_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_event_letter_id"))

    op.drop_table("letter_event")
    with op.batch_alter_table("receipt_issued", schema=None) as batch_op:
        batch_op.drop_index("ix_receipt_issued_about")

    op.drop_table("receipt_issued")
    op.drop_table("letter_template")
    op.drop_table("letter_secret")
    with op.batch_alter_table("letter_issued", schema=None) as batch_op:
        batch_op.drop_index("ix_letter_issued_issued_on")
        batch_op.drop_index("ix_letter_issued_about")

    op.drop_table("letter_issued")
    op.drop_table("letter_counter")
    op.drop_table("letter_asset")
