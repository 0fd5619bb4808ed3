"""Alembic environment: always run with a connection handed in by desktop.models.migrate."""

from alembic import context

from desktop.models import load_all

Base = load_all()  # every table, for the comparison and the batch operations

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
