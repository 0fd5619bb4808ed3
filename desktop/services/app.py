"""The service facades of one signed-in session, and how a session starts.

The UI gets one `Services` object and never a database. Area facades are created on first use, so
that start-up does not pay for areas the clerk has not opened (and heavy libraries such as
ReportLab and pandas load only when a document or an import needs them).
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from desktop.config import Paths, database_url, device_id
from desktop.domain.roles import Role
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.db import Database
from desktop.models.migrate import open_database, schema_state
from desktop.services.context import Actor, AppContext
from desktop.services.users import bootstrap_admin, find_user

log = logging.getLogger(__name__)

# Area service modules: importing one registers its search provider (loaded on the first search).
AREA_MODULES = (
    "desktop.services.letters",
    "desktop.services.plkk",
    "desktop.services.compliance",
    "desktop.services.benefits",
    "desktop.services.coverage",
    "desktop.services.dashboard",
)


def load_areas() -> list[str]:
    """Import the area modules that exist in this build; returns their names."""
    loaded = []
    for name in AREA_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a real missing dependency inside the module is a bug
                raise
            continue
        loaded.append(name)
    return loaded


class Services:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    def database_description(self) -> str:
        return self.ctx.db.describe()

    def schema_revision(self) -> str:
        return schema_state(self.ctx.db).current or ""

    def close(self) -> None:
        self.ctx.db.dispose()

    @cached_property
    def office(self):
        from desktop.services.office import OfficeService

        return OfficeService(self.ctx)

    @cached_property
    def settings(self):
        from desktop.services.settings import SettingsService

        return SettingsService(self.ctx)

    @cached_property
    def users(self):
        from desktop.services.users import UserService

        return UserService(self.ctx)

    @cached_property
    def search(self):
        from desktop.services.search import SearchService

        load_areas()  # every area's search provider, on the first search rather than at start-up
        return SearchService(self.ctx)

    @cached_property
    def auth(self):
        from desktop.services.auth import AuthService

        return AuthService(self.ctx)

    @cached_property
    def audit(self):
        from desktop.services.audit import AuditService

        return AuditService(self.ctx)

    @cached_property
    def backup(self):
        from desktop.services.backup import BackupService

        return BackupService(self.ctx)

    @cached_property
    def letters(self):
        from desktop.services.letters import LetterService

        return LetterService(self.ctx)

    @cached_property
    def plkk(self):
        from desktop.services.plkk import ClinicService

        return ClinicService(self.ctx)

    @cached_property
    def compliance(self):
        from desktop.services.compliance import ComplianceService

        return ComplianceService(self.ctx)

    @cached_property
    def benefits(self):
        from desktop.services.benefits import BenefitService

        return BenefitService(self.ctx)

    @cached_property
    def coverage(self):
        from desktop.services.coverage import CoverageService

        return CoverageService(self.ctx)

    @cached_property
    def sync(self):
        from desktop.services.sync import SyncService

        return SyncService(self.ctx)

    @cached_property
    def dashboard(self):
        from desktop.services.dashboard import DashboardService

        return DashboardService(self.ctx)


@dataclass(frozen=True)
class StartOptions:
    database: str | None = None  # a path or URL; None: the machine's configured database
    username: str | None = None
    must_exist: bool = False
    migrate: bool = True
    today: date | None = None


def start(paths: Paths, options: StartOptions = StartOptions()) -> Services:
    """Open (and migrate) the database and act as the configured user. Raises UserError."""
    paths.ensure()
    url = database_url(paths, options.database)
    db = open_database(url, device=device_id(paths), backup_dir=paths.backups,
                       must_exist=options.must_exist, migrate=options.migrate)
    try:
        actor = _actor(db, options.username)
    except BaseException:
        db.dispose()
        raise
    return Services(AppContext(db=db, actor=actor, paths=paths, today_override=options.today))


def _actor(db: Database, username: str | None) -> Actor:
    if username is None:
        return bootstrap_admin(db).actor()
    with db.read() as session:
        user = find_user(session, username)
        if user is None or not user.active:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no active user named {username}."),
                            username=username)
        return Actor(user.username, user.full_name, user.role, user.regency)


def services_for(db: Database, paths: Paths, role: str = Role.ADMIN.value, username: str = "admin",
                 today: date | None = None) -> Services:
    """Services acting as a given user on an already open database (tests, commands, demo)."""
    return Services(AppContext(db=db, actor=Actor(username, username.title(), role), paths=paths,
                               today_override=today))


def data_root(paths: Paths) -> Path:
    return paths.data
