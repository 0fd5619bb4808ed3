"""Office mode: connecting a workstation (or a laptop's sync) to the office's PostgreSQL server.

Where the password lives: not in machine.json (plain text any user of the PC could read, and it
gets copied with the profile), and not obfuscated there either (obfuscation is not protection).
The `keyring` library is not part of Cabang. So the password goes, if the user asks for it to be
remembered, into PostgreSQL's own password file, which libpq (and so psycopg) reads by itself when
the URL has no password: `%APPDATA%\\postgresql\\pgpass.conf` on Windows (inside the user's profile,
readable only by that Windows account), `~/.pgpass` elsewhere (created with mode 0600; libpq ignores
it otherwise), or the file named by PGPASSFILE. An administrator can also provision that file for the
workstations, and nothing in Cabang changes. If the user does not want it remembered, the connection
works for the test only and psycopg asks libpq, which finds no password: the start-up error then
says the server refused the login, and the user opens the connection settings again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from desktop.config import Paths, load_machine, save_machine
from desktop.errors import QT_TRANSLATE_NOOP, UserError

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ConnectionSettings:
    host: str
    port: int
    database: str
    user: str

    def url(self, password: str | None = None) -> str:
        return URL.create("postgresql+psycopg", username=self.user or None, password=password or None,
                          host=self.host, port=self.port, database=self.database).render_as_string(hide_password=False)

    def describe(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


@dataclass(frozen=True)
class ConnectionReport:
    ok: bool
    message: str  # what to tell the user (a translatable template rendered by the caller) or ""
    schema: str  # ready | empty | upgrade | newer | ""
    server: str


def validate(settings: ConnectionSettings) -> dict[str, str]:
    """Field -> what is wrong (English templates for tr); empty when the form can be tested."""
    problems = {}
    if not settings.host.strip():
        problems["host"] = QT_TRANSLATE_NOOP("UserError", "The server name or address is required.")
    if not 1 <= int(settings.port) <= 65535:
        problems["port"] = QT_TRANSLATE_NOOP("UserError", "The port is a number from 1 to 65535 (usually 5432).")
    if not settings.database.strip():
        problems["database"] = QT_TRANSLATE_NOOP("UserError", "The database name is required (for example cabang).")
    if not settings.user.strip():
        problems["user"] = QT_TRANSLATE_NOOP("UserError", "The user name is required.")
    return problems


def test_connection(settings: ConnectionSettings, password: str | None) -> ConnectionReport:
    """Connect and look at the schema; a server that is down gives Database.preflight's explanation."""
    from desktop.models.db import Database
    from desktop.models.migrate import schema_state

    problems = validate(settings)
    if problems:
        raise UserError(next(iter(problems.values())))
    db = Database(settings.url(password))
    try:
        db.preflight(must_exist=True)
        state = schema_state(db)
    finally:
        db.dispose()
    if not state.known:
        return ConnectionReport(False, QT_TRANSLATE_NOOP(
            "UserError", "The office database was made by a newer version of Cabang. Install that version here first."),
            "newer", settings.describe())
    if state.empty:
        return ConnectionReport(True, QT_TRANSLATE_NOOP(
            "UserError", "Connected. The database is empty: Cabang will set it up when it starts (or run cabang db upgrade)."),
            "empty", settings.describe())
    if not state.up_to_date:
        return ConnectionReport(True, QT_TRANSLATE_NOOP(
            "UserError", "Connected. The database needs an upgrade: Cabang backs it up and upgrades it when it starts "
                         "(or run cabang db upgrade)."), "upgrade", settings.describe())
    return ConnectionReport(True, QT_TRANSLATE_NOOP("UserError", "Connected. The office database is ready."),
                            "ready", settings.describe())


def parse(url: str) -> ConnectionSettings:
    u = make_url(url)
    return ConnectionSettings(u.host or "localhost", u.port or DEFAULT_PORT, u.database or "", u.username or "")


def current(paths: Paths) -> ConnectionSettings | None:
    """The PostgreSQL server this workstation uses, if any."""
    url = load_machine(paths).get("database_url") or ""
    return parse(url) if url.startswith("postgresql") else None


def save(paths: Paths, settings: ConnectionSettings, password: str | None, *, remember: bool) -> Path | None:
    """Use this server from the next start. Returns the password file written, if any."""
    problems = validate(settings)
    if problems:
        raise UserError(next(iter(problems.values())))
    save_machine(paths, database_url=settings.url())
    if remember and password:
        return remember_password(settings, password)
    return None


def use_local(paths: Paths) -> None:
    """Back to this computer's own database file."""
    save_machine(paths, database_url=None)


def pgpass_path() -> Path:
    env = os.environ.get("PGPASSFILE")
    if env:
        return Path(env)
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def remember_password(settings: ConnectionSettings, password: str) -> Path:
    """Add or replace this server's line in the pgpass file (readable only by this user)."""
    path = pgpass_path()
    prefix = ":".join(_escape(str(v)) for v in (settings.host, settings.port, settings.database, settings.user)) + ":"
    lines = []
    if path.exists():
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith(prefix)]
    lines.append(prefix + _escape(password))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(tmp, path)
    if os.name != "nt":
        os.chmod(path, 0o600)
    return path
