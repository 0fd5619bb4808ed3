"""Sync fixtures: the office database (the `db` fixture: SQLite, and PostgreSQL when configured) and
laptop SQLite files checked out from it, plus helpers that compare what each side holds."""

from __future__ import annotations

from datetime import date

import pytest

TODAY = date(2026, 11, 20)


def services_on(db, paths, username: str = "admin", role: str = "admin"):
    from desktop.services.app import services_for

    return services_for(db, paths, role=role, username=username, today=TODAY)


def sync(laptop, hub, user: str = "admin", **kwargs):
    from desktop.services.sync_direct import run_direct

    return run_direct(laptop, hub, user=user, **kwargs)


def table_state(db, tables=None) -> dict[str, dict[str, dict]]:
    """Every shared table's rows (as the sync sees them), by table and id."""
    from desktop.services.sync_changes import read_all
    from desktop.services.sync_changes import tables as catalog_tables
    from desktop.services.sync_direct import shared_tables

    wanted = tables or shared_tables()
    cat = catalog_tables()
    with db.read() as session:
        return {t: read_all(session, cat[t]) for t in wanted}


def audit_ids(db) -> set[str]:
    from sqlalchemy import select

    from desktop.models.core import AuditEvent

    with db.read() as session:
        return {str(i) for i in session.scalars(select(AuditEvent.id))}


def assert_same(hub, *laptops) -> None:
    """Each laptop (checked out with everything) holds exactly the office's rows, and the office has
    every audit event the laptops wrote."""
    office = table_state(hub)
    office_audit = audit_ids(hub)
    for laptop in laptops:
        mine = table_state(laptop)
        for table, rows in office.items():
            assert mine[table] == rows, f"{table} differs between the office and {laptop.device}"
        assert audit_ids(laptop) <= office_audit


def pending(db) -> int:
    from desktop.services.sync_changes import pending_count

    with db.read() as session:
        return pending_count(session)


def conflicts(db, include_resolved: bool = False):
    from desktop.services.sync_conflicts import conflict_views

    with db.read() as session:
        return conflict_views(session, include_resolved=include_resolved)


@pytest.fixture
def hub(db):
    """The office database, with its administrator."""
    from desktop.services.users import bootstrap_admin

    bootstrap_admin(db)
    return db


@pytest.fixture
def office(hub, paths):
    return services_on(hub, paths)


@pytest.fixture(scope="session")
def laptop_template(tmp_path_factory):
    """An empty laptop database migrated once; each laptop starts as a copy of it."""
    from desktop.models.migrate import open_database

    path = tmp_path_factory.mktemp("laptop-template") / "laptop.sqlite"
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    return path


@pytest.fixture
def make_laptop(tmp_path, hub, paths, laptop_template):
    """make_laptop("lap-a", by="all") -> a laptop database checked out from the hub."""
    import shutil

    from desktop.models.migrate import open_database
    from desktop.services.sync_checkout import Scope
    from desktop.services.sync_direct import checkout

    made = []

    def make(device: str, by: str = "all", user: str = "admin", check_out: bool = True):
        path = tmp_path / (device + ".sqlite")
        shutil.copyfile(laptop_template, path)
        laptop = open_database(f"sqlite:///{path}", device=device)
        made.append(laptop)
        if check_out:
            checkout(laptop, hub, scope=Scope.parse(by), device=device, user=user)
        return laptop

    yield make
    for laptop in made:
        laptop.dispose()


@pytest.fixture
def sx(paths):
    """The helpers above, for the tests (conftest modules cannot be imported by name)."""
    from types import SimpleNamespace

    return SimpleNamespace(sync=sync, table_state=table_state, assert_same=assert_same, pending=pending,
                           conflicts=conflicts, audit_ids=audit_ids,
                           on=lambda db, username="admin", role="admin": services_on(db, paths, username, role))
