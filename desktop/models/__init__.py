"""SQLAlchemy 2 tables, the engine and session setup, and the Alembic migrations.

Importing this package registers every table on `Base.metadata` (Alembic and the tests rely on it).
"""

from desktop.models import (
    benefits,  # noqa: F401
    compliance,  # noqa: F401
    core,  # noqa: F401  (registers the tables)
    coverage,  # noqa: F401
    letters,  # noqa: F401
    plkk,  # noqa: F401
    sync,  # noqa: F401
)
from desktop.models.base import Base, Record
from desktop.models.db import Database, DatabaseError

__all__ = ["Base", "Record", "Database", "DatabaseError"]
