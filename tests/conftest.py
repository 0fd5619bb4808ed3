"""Shared fixtures: a migrated database per test on SQLite, and on PostgreSQL when
CABANG_TEST_PG_URL points at a server (CI starts one), services acting as a given role, and a Qt
application with the bundled fonts.

`db_url` is parametrised over the available backends, so every test that uses it runs on both.
"""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CABANG_NO_DIALOGS"] = "1"

PG_URL = os.environ.get("CABANG_TEST_PG_URL", "")
TODAY = date(2026, 11, 20)  # a Friday; tests pin "today" so that deadlines do not drift


def pytest_report_header(config):
    return f"PostgreSQL: {'yes (' + PG_URL.rsplit('@', 1)[-1] + ')' if PG_URL else 'not configured (SQLite only)'}"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Each test gets its own data folder and Qt settings: nothing leaks into the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CABANG_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CABANG_DB_URL", raising=False)
    yield


def _pg_admin_engine():
    from sqlalchemy import create_engine

    return create_engine(PG_URL, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_template():
    """A database migrated once; each test copies it (CREATE DATABASE ... TEMPLATE)."""
    if not PG_URL:
        pytest.skip("no PostgreSQL server configured")
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from desktop.models.migrate import open_database

    name = f"cabang_tmpl_{uuid.uuid4().hex[:8]}"
    admin = _pg_admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    db = open_database(url)
    db.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _backends():
    return ["sqlite", "postgresql"] if PG_URL else ["sqlite"]


@pytest.fixture(params=_backends())
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'cabang.sqlite'}"
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    template = request.getfixturevalue("pg_template")
    name = f"cabang_t_{uuid.uuid4().hex[:10]}"
    admin = _pg_admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    request.addfinalizer(lambda: _drop(admin, name))
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


def _drop(admin, name: str) -> None:
    from sqlalchemy import text

    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def paths(tmp_path):
    from desktop.config import Paths

    return Paths(data=tmp_path / "data", logs=tmp_path / "logs", backups=tmp_path / "backups",
                 documents=tmp_path / "documents").ensure()


@pytest.fixture
def db(db_url):
    from desktop.models.migrate import open_database

    database = open_database(db_url, device="test-device")
    yield database
    database.dispose()


@pytest.fixture
def services(db, paths):
    """Services acting as the administrator, with "today" pinned."""
    from desktop.services.app import services_for
    from desktop.services.users import bootstrap_admin

    bootstrap_admin(db)
    return services_for(db, paths, role="admin", username="admin", today=TODAY)


@pytest.fixture
def as_role(db, paths):
    """services_as("clerk", "rina") -> Services acting as that user (created if needed)."""
    from desktop.services.app import services_for
    from desktop.services.users import bootstrap_admin

    admin = None

    def make(role: str, username: str | None = None):
        nonlocal admin
        if admin is None:
            bootstrap_admin(db)
            admin = services_for(db, paths, today=TODAY)
        username = username or role
        if username not in {u.username for u in admin.users.list()}:
            admin.users.create(username, username.title(), role)
        return services_for(db, paths, role=role, username=username, today=TODAY)

    return make


@pytest.fixture(scope="session")
def qapp_args():
    return ["cabang-tests"]


@pytest.fixture
def app_ui(qapp):
    """The QApplication with Cabang's look, fonts and Indonesian translation."""
    from desktop.ui.app import make_app

    make_app(lang="id")
    return qapp


@pytest.fixture
def demo_services(services):
    from desktop.services.demo import build_demo

    build_demo(services, seed=7)
    return services


REPO = Path(__file__).resolve().parent.parent
