"""A start on an up-to-date database does not load Alembic: the newest revision is read from the
migration scripts' own `revision`/`down_revision` lines. These tests hold that reading to Alembic's."""

from __future__ import annotations

import subprocess
import sys

from alembic.script import ScriptDirectory

from desktop.models import migrate


def _alembic() -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate._config())


def test_the_plainly_read_head_is_alembics_head():
    assert migrate._plain_head() is not None, "a migration script is not in the plain revision = '…' form"
    assert migrate._plain_head() == _alembic().get_current_head()
    assert migrate.head_revision() == _alembic().get_current_head()


def test_every_script_is_read_with_the_revision_alembic_reads():
    scripts = {s.revision: s.down_revision for s in _alembic().walk_revisions()}
    for path in (migrate.MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        (revision,) = migrate._REVISION.findall(source)
        down = migrate._DOWN_REVISION.search(source).group(1)
        assert scripts[revision] == down, path.name


def test_an_older_database_is_still_upgraded(tmp_path):
    from desktop.models.db import Database

    database = Database(f"sqlite:///{tmp_path / 'old.sqlite'}")
    migrate.upgrade(database, backup_dir=None, revision="0001_core")
    state = migrate.schema_state(database)
    assert (state.current, state.up_to_date, state.known) == ("0001_core", False, True)
    database.dispose()
    database = migrate.open_database(f"sqlite:///{tmp_path / 'old.sqlite'}")
    assert migrate.current_revision(database) == migrate.head_revision()
    database.dispose()


def test_a_newer_database_is_still_refused(tmp_path):
    from sqlalchemy import text

    database = migrate.open_database(f"sqlite:///{tmp_path / 'new.sqlite'}")
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    state = migrate.schema_state(database)
    assert not state.known and state.current == "9999_from_the_future"
    database.dispose()


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path):
    database = migrate.open_database(f"sqlite:///{tmp_path / 'office.sqlite'}")
    database.dispose()
    code = ("import sys\n"
            "from desktop.models.migrate import open_database, schema_state\n"
            "db = open_database(sys.argv[1])\n"
            "assert schema_state(db).up_to_date\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n")
    done = subprocess.run([sys.executable, "-c", code, f"sqlite:///{tmp_path / 'office.sqlite'}"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
