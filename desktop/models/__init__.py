"""SQLAlchemy 2 tables, the engine and session setup, and the Alembic migrations.

Each area's tables live in their own module and are mapped when that module is first imported:
a start of the program maps only what signing in and the first page need (mapping every table
costs about a third of a second, as much as a bare Qt window takes to appear). Whatever needs the
whole schema at once (Alembic, the sync catalogue, the schema check) calls `load_all()` first.
"""

import importlib

from desktop.models.base import Base, Record
from desktop.models.db import Database, DatabaseError

__all__ = ["Base", "Record", "Database", "DatabaseError", "load_all", "TABLE_MODULES"]

# Every module that defines tables. Foreign keys never cross these modules, so each one can be
# mapped on its own (tests/setup/test_lazy_imports.py checks both).
TABLE_MODULES = (
    "desktop.models.core",
    "desktop.models.letters",
    "desktop.models.sync",
    "desktop.models.plkk",
    "desktop.models.compliance",
    "desktop.models.benefits",
    "desktop.models.coverage",
)


def load_all() -> type[Base]:
    """Map every table; returns `Base`, whose metadata then holds the whole schema."""
    for name in TABLE_MODULES:
        importlib.import_module(name)
    return Base
