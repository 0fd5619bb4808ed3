"""Print the Alembic operations that would bring a database at the current head to the models.

    uv run python scripts/migration_diff.py [table_prefix ...]

Paste the output into your migration's upgrade(); with prefixes, only tables whose name starts
with one of them are shown (several areas add tables at the same time).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic.autogenerate import produce_migrations, render_python_code
from alembic.operations import ops
from alembic.runtime.migration import MigrationContext

from desktop.models import load_all
from desktop.models.migrate import open_database

Base = load_all()  # every table: the schema the migrations must produce


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """The FTS5 tables and their shadow tables are made by raw SQL in 0008_search, not by the models."""
    return not (type_ == "table" and name and "_fts" in name)


def _plain(code: str) -> str:
    """Migrations must not import the app's column types (they may move); use the plain SQL types."""
    return (code.replace("desktop.models.types.UTCDateTime(timezone=True)", "sa.DateTime(timezone=True)")
            .replace("desktop.models.types.UTCDateTime()", "sa.DateTime(timezone=True)")
            .replace("desktop.models.types.MoneyType()", "sa.BigInteger()"))


def main(prefixes: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'diff.sqlite'}")
        with db.engine.connect() as conn:
            mc = MigrationContext.configure(conn, opts={"render_as_batch": True, "compare_type": True,
                                                        "include_object": include_object})
            script = produce_migrations(mc, Base.metadata)

            def keep(op) -> bool:
                name = getattr(op, "table_name", None) or getattr(getattr(op, "table", None), "name", "")
                return not prefixes or any(str(name).startswith(p) for p in prefixes)

            script.upgrade_ops.ops = [o for o in script.upgrade_ops.ops if keep(o)]
            if not script.upgrade_ops.ops:
                print("# no differences")
                return
            print(_plain(render_python_code(script.upgrade_ops, render_as_batch=True)))
            print("# ---- downgrade")
            print(_plain(render_python_code(script.upgrade_ops.reverse(), render_as_batch=True)))
        db.dispose()


if __name__ == "__main__":
    del ops
    main(sys.argv[1:])
