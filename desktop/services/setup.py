"""Setting up a workstation on its first start: the database it works on, the office, the administrator.

The first-run wizard (desktop/ui/setup) collects a `SetupRequest` and calls `set_up()` once, at the
end, so that a wizard cancelled halfway leaves nothing behind. `check_connection()` looks at a
database without changing it (the wizard's "test connection", and whether an existing database
already has its office and administrator). `create_demo()` makes the demo office instead.

Modes (stored as `mode` in the machine's machine.json, with `database_url`):
  single  one workstation, SQLite in the data folder
  office  a workstation of an office that shares a PostgreSQL server
  field   a field officer's laptop, SQLite; synchronisation with the office is set up later
  demo    the fictional Purwokerto office, to look around
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import URL, make_url

from desktop.config import Paths, save_machine, sqlite_url
from desktop.domain.roles import Role
from desktop.domain.security_passwords import check_password, password_problem
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.core import OfficeProfile, User
from desktop.models.db import Database
from desktop.models.migrate import schema_state
from desktop.services.context import Actor, NullProgress, Progress
from desktop.services.office import OfficeView, SignatoryView, validate_office
from desktop.services.users import normalise_username

NO_PROGRESS = NullProgress()
DATABASE_FILE = "cabang.sqlite"
DEMO_FILE = "cabang-demo.sqlite"


class Mode(enum.StrEnum):
    SINGLE = "single"
    OFFICE = "office"
    FIELD = "field"
    DEMO = "demo"


@dataclass(frozen=True)
class ConnectionCheck:
    """What a database holds, seen without changing anything."""

    database: str  # where, without a password
    schema: str | None  # None: an empty database
    head: str
    office_name: str = ""
    users: int = 0
    needs_admin: bool = True

    @property
    def empty(self) -> bool:
        return self.schema is None

    @property
    def needs_upgrade(self) -> bool:
        return self.schema is not None and self.schema != self.head

    @property
    def needs_office(self) -> bool:
        return not self.office_name

    @property
    def ready(self) -> bool:
        """An office database in use: this workstation only needs to point at it."""
        return not self.needs_office and not self.needs_admin


@dataclass(frozen=True)
class OfficeDraft:
    name: str
    code: str
    address: str = ""
    city: str = ""
    signatory_name: str = ""
    signatory_position: str = ""
    signatory_no: str = ""

    def view(self) -> OfficeView:
        signatories = ()
        if self.signatory_name.strip() or self.signatory_position.strip():
            signatories = (SignatoryView(None, self.signatory_name.strip(), self.signatory_position.strip(),
                                         self.signatory_no.strip()),)
        return OfficeView(id=None, version=0, name=self.name.strip(), code=self.code.strip().upper(),
                          address=self.address.strip(), city=self.city.strip(), signatories=signatories)


@dataclass(frozen=True)
class AdminDraft:
    username: str
    full_name: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class SetupRequest:
    mode: Mode
    database_url: str  # with the server's password, if any: the set-up itself connects with it
    office: OfficeDraft | None = None  # None: the database already has its office
    admin: AdminDraft | None = None  # None: the database already has its administrator
    remember_password: bool = True  # the server's password, in PostgreSQL's own password file
    data_folder: str | None = None  # where backups, logs and documents go too (None: the default folders)


@dataclass(frozen=True)
class SetupOutcome:
    mode: Mode
    database_url: str
    database: str  # for people: a path, or the server without its password
    office_name: str
    actor: Actor | None  # the administrator just created (already proved who they are), if any
    counts: dict[str, int] = field(default_factory=dict)  # what the demo holds
    paths: Paths | None = None  # the folders the program uses from now on


# ---- where the data goes ---------------------------------------------------------------------------

def default_data_folder(paths: Paths) -> Path:
    return paths.data


def database_in(folder: Path | str, demo: bool = False) -> Path:
    return Path(folder).expanduser() / (DEMO_FILE if demo else DATABASE_FILE)


def check_folder(folder: Path | str) -> Path:
    """The folder for the database, if it can be created and written; UserError otherwise."""
    text = str(folder).strip()
    if not text:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose a folder for the data."))
    path = Path(text).expanduser()
    if not path.is_absolute():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Give the full path of the folder, for example {example}."),
                        example=str(Path.home() / "Cabang"))
    if path.exists() and not path.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "{path} is a file, not a folder."), path=str(path))
    existing = path
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not os.access(existing, os.W_OK):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The folder {path} cannot be written to."), path=str(existing))
    return path


def postgres_url(host: str, port: int | str, database: str, user: str, password: str) -> str:
    """The connection URL for a PostgreSQL server (psycopg 3)."""
    host, database, user = host.strip(), database.strip(), user.strip()
    if not host or not database or not user:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The server, the database and the user name are required."))
    try:
        number = int(str(port).strip() or "5432")
    except ValueError:
        number = 0
    if not 0 < number < 65536:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The port must be a number from 1 to 65535."))
    url = URL.create("postgresql+psycopg", username=user, password=password or None, host=host, port=number,
                     database=database)
    return url.render_as_string(hide_password=False)


def describe_url(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ""
    return parsed.render_as_string(hide_password=True)


# ---- looking before changing ----------------------------------------------------------------------

def check_connection(url: str) -> ConnectionCheck:
    """Connect, read the schema version, the office and the users; write nothing. Raises UserError
    with the reason when the database cannot be used (a server that is down, a newer schema)."""
    db = Database(url)
    try:
        db.preflight(must_exist=False)
        state = schema_state(db)
        if not state.known:
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "This database was made by a newer version of Cabang (schema {revision}). "
                             "Install the newer version on this workstation to use it."), revision=state.current or "")
        check = ConnectionCheck(database=db.describe(), schema=state.current, head=state.head)
        if state.empty or "office_profile" not in db.table_names():
            return check
        with db.read() as session:
            office = session.scalar(select(OfficeProfile.name).where(OfficeProfile.deleted_at.is_(None)).limit(1))
            users = session.scalar(select(func.count()).select_from(User).where(User.deleted_at.is_(None))) or 0
            admins = session.scalar(select(func.count()).select_from(User).where(
                User.role == Role.ADMIN.value, User.active.is_(True), User.deleted_at.is_(None),
                User.password_hash.is_not(None))) or 0
        return ConnectionCheck(database=check.database, schema=check.schema, head=check.head,
                               office_name=office or "", users=users, needs_admin=admins == 0)
    finally:
        db.dispose()


def office_problems(draft: OfficeDraft) -> dict[str, UserError]:
    """What is wrong with each field of the office form, as the clerk types ("name", "code", "signatory")."""
    problems: dict[str, UserError] = {}
    if not draft.name.strip():
        problems["name"] = UserError(QT_TRANSLATE_NOOP("UserError", "The office name is required."))
    code = draft.code.strip()
    if not code:
        problems["code"] = UserError(QT_TRANSLATE_NOOP("UserError", "The office code is required (for example PWT)."))
    elif not all(c.isascii() and (c.isalnum() or c == "-") for c in code) or not 2 <= len(code) <= 20:
        problems["code"] = UserError(QT_TRANSLATE_NOOP("UserError", "The office code must be 2 to 20 letters or digits."))
    if bool(draft.signatory_name.strip()) != bool(draft.signatory_position.strip()):
        problems["signatory"] = UserError(QT_TRANSLATE_NOOP(
            "UserError", "Give the signatory's name and position together (or leave both empty)."))
    return problems


def admin_problems(username: str, full_name: str, password: str, repeat: str) -> dict[str, UserError]:
    """What is wrong with each field of the administrator form ("username", "full_name", "password", "repeat")."""
    problems: dict[str, UserError] = {}
    try:
        name = normalise_username(username)
    except UserError as exc:
        problems["username"] = exc
        name = username.strip().lower()
    if not full_name.strip():
        problems["full_name"] = UserError(QT_TRANSLATE_NOOP("UserError", "The full name is required."))
    weak = password_problem(password, name)
    if weak is not None:
        problems["password"] = weak
    if repeat != password:
        problems["repeat"] = UserError(QT_TRANSLATE_NOOP("UserError", "The two passwords are not the same."))
    return problems


def validate(request: SetupRequest) -> None:
    """Everything the wizard collected, checked before anything is written."""
    if request.office is not None:
        validate_office(request.office.view())
    if request.admin is not None:
        name = normalise_username(request.admin.username)
        if not request.admin.full_name.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The full name is required."))
        check_password(request.admin.password, name)


# ---- doing it -------------------------------------------------------------------------------------

def set_up(paths: Paths, request: SetupRequest, progress: Progress = NO_PROGRESS) -> SetupOutcome:
    """Create (or migrate) the database, its office profile and administrator, then remember the
    choice for this machine. A new SQLite file is removed again if any step fails."""
    from desktop.services.auth import open_for_sign_in

    validate(request)
    moved = _chosen_folder(paths, request.data_folder)
    paths = moved or paths
    new_file = _new_sqlite_file(request.database_url)
    steps = 4
    progress.progress(0, steps, QT_TRANSLATE_NOOP("Setup", "Preparing the database"))
    auth = None
    try:
        if new_file is not None:
            new_file.parent.mkdir(parents=True, exist_ok=True)
        auth = open_for_sign_in(paths, request.database_url)
        progress.progress(1, steps, QT_TRANSLATE_NOOP("Setup", "Creating the administrator"))
        actor = None
        if request.admin is not None:
            actor = auth.create_first_admin(request.admin.username, request.admin.full_name, request.admin.password)
        progress.progress(2, steps, QT_TRANSLATE_NOOP("Setup", "Saving the office profile"))
        services = auth.start_session(actor or Actor("setup", "Setup", Role.ADMIN.value))
        office = services.office.get()
        if request.office is not None and office.id is None:
            office, _changes = services.office.save(request.office.view())
        description = services.database_description()
        progress.progress(3, steps, QT_TRANSLATE_NOOP("Setup", "Remembering the choice for this computer"))
        save_machine(paths, mode=request.mode.value, database_url=_remember(request),
                     data_folder=str(moved.data) if moved else None)
        progress.progress(4, steps, "")
    except BaseException:
        if auth is not None:
            auth.close()
            auth = None
        if new_file is not None:
            _remove_sqlite(new_file)
        raise
    finally:
        if auth is not None:
            auth.close()
    return SetupOutcome(mode=request.mode, database_url=request.database_url, database=description,
                        office_name=office.name, actor=actor, paths=paths)


def create_demo(paths: Paths, folder: Path | str, progress: Progress = NO_PROGRESS, *,
                seed: int = 2024) -> SetupOutcome:
    """The demo office in `folder`/cabang-demo.sqlite (replaced if it exists), opened as its administrator."""
    from desktop.services.app import StartOptions, start
    from desktop.services.demo import BUILDERS, build_demo

    moved = _chosen_folder(paths, folder)  # the demo's backups, logs and documents beside it
    paths = moved or paths
    target = database_in(check_folder(folder), demo=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_sqlite(target)
    url = sqlite_url(target)
    progress.progress(0, 0, QT_TRANSLATE_NOOP("Setup", "Creating the demo office"))
    services = start(paths, StartOptions(database=url))
    try:
        done = [0]

        def step(_area: str) -> None:  # one call per area builder
            progress.progress(done[0], len(BUILDERS), QT_TRANSLATE_NOOP("Setup", "Creating the demo office"))
            done[0] += 1

        counts = build_demo(services, seed=seed, progress=step)
        office = services.office.get()
        actor = services.actor
        description = services.database_description()
    except BaseException:
        services.close()
        _remove_sqlite(target)
        raise
    services.close()
    save_machine(paths, mode=Mode.DEMO.value, database_url=url, data_folder=str(moved.data) if moved else None)
    return SetupOutcome(mode=Mode.DEMO, database_url=url, database=description, office_name=office.name,
                        actor=actor, counts=counts, paths=paths)


def _chosen_folder(paths: Paths, folder: Path | str | None) -> Paths | None:
    """The program's folders moved into the data folder chosen in the wizard; None when it is the
    default one (the default places stay, the log included)."""
    if not folder:
        return None
    chosen = check_folder(folder)
    return None if chosen.resolve() == paths.data.resolve() else paths.moved_to(chosen)


def _remember(request: SetupRequest) -> str:
    """The URL machine.json keeps: never the server's password (plain text in the profile). The
    password goes, if the person wants it remembered, to PostgreSQL's password file, which libpq
    reads by itself (desktop.services.sync_connection: the same place the connection settings use)."""
    parsed = make_url(request.database_url)
    if parsed.get_backend_name() == "sqlite" or not parsed.password:
        return request.database_url
    if request.remember_password:
        from desktop.services.sync_connection import ConnectionSettings, remember_password

        remember_password(ConnectionSettings(parsed.host or "localhost", parsed.port or 5432, parsed.database or "",
                                             parsed.username or ""), str(parsed.password))
    return URL.create(parsed.drivername, username=parsed.username, host=parsed.host, port=parsed.port,
                      database=parsed.database, query=parsed.query).render_as_string(hide_password=False)


def _new_sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    path = Path(parsed.database)
    return None if path.exists() else path


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def newest_schema() -> str:
    """The newest schema version this program knows (for diagnostics)."""
    from desktop.models.migrate import head_revision

    return head_revision()
