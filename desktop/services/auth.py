"""Signing in, passwords, and the first administrator.

The program opens the database with nobody signed in (`open_for_sign_in`), creates the first
administrator when no administrator has a password yet (`create_first_admin`, called by the
first-run wizard), signs a person in (`sign_in` -> Actor) and then works as them
(`start_session(actor)` -> Services). Five wrong passwords in a row lock the account for the
setting `security.lockout_minutes`; an administrator can unlock it or set a new password.
Every sign-in, failure, lock and password change is in the audit trail (never the password).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from desktop.config import Paths, database_url, device_id
from desktop.domain.roles import Role
from desktop.domain.security_passwords import (
    burn_time,
    check_password,
    hash_password,
    needs_rehash,
    verify_password,
)
from desktop.errors import QT_TRANSLATE_NOOP, StaleRecordError, UserError
from desktop.models.core import User
from desktop.models.migrate import open_database
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.context import Actor, AppContext, Area, Changes, Service
from desktop.services.users import find_user, normalise_username

log = logging.getLogger(__name__)

MAX_FAILED_ATTEMPTS = 5
NOBODY = Actor(username="", full_name="", role="")  # before sign-in: no permission at all


class SignInFailed(UserError):
    """Wrong user name or password, a locked or switched-off account."""


class AccountLocked(SignInFailed):
    def __init__(self, until: datetime) -> None:
        local = until.astimezone()
        super().__init__(
            QT_TRANSLATE_NOOP("UserError", "This account is locked after {attempts} wrong passwords until {time}. "
                                           "Wait, or ask an administrator to unlock it."),
            attempts=MAX_FAILED_ATTEMPTS, time=local.strftime("%H:%M"))
        self.until = until


def _wrong() -> SignInFailed:
    return SignInFailed(QT_TRANSLATE_NOOP("UserError", "The user name or the password is wrong."))


@dataclass(frozen=True)
class _Attempt:
    user_id: object
    username: str
    role: str
    full_name: str
    regency: str
    active: bool
    password_hash: str | None
    locked_until: datetime | None
    version: int


class AuthService(Service):
    """Works on an open database before sign-in (actor NOBODY) and for a signed-in session."""

    def __init__(self, ctx: AppContext, *, clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__(ctx)
        self.clock = clock

    # ---- before sign-in ---------------------------------------------------------------------

    def needs_first_admin(self) -> bool:
        """True while no active administrator has a password: the first run must create one."""
        with self.ctx.read() as session:
            return not session.scalar(select(func.count()).select_from(User).where(
                User.role == Role.ADMIN.value, User.active.is_(True), User.deleted_at.is_(None),
                User.password_hash.is_not(None)))

    def create_first_admin(self, username: str, full_name: str, password: str) -> Actor:
        """The administrator of a new installation (refused once one exists)."""
        name = normalise_username(username)
        if not full_name.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The full name is required."))
        check_password(password, name)
        password_hash = hash_password(password)
        if not self.needs_first_admin():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "An administrator already exists; sign in instead."))
        with self.ctx.db.write(name) as session:
            if not self._needs_first_admin_in(session):  # another workstation was quicker
                raise UserError(QT_TRANSLATE_NOOP("UserError", "An administrator already exists; sign in instead."))
            user = find_user(session, name)
            if user is not None and (user.role != Role.ADMIN.value or user.password_hash):
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The user name {username} is taken."), username=name)
            if user is None:
                user = User(username=name, full_name=full_name.strip(), role=Role.ADMIN.value)
                session.add(user)
            user.full_name, user.password_hash, user.active = full_name.strip(), password_hash, True
            user.failed_attempts, user.locked_until = 0, None
            session.flush()
            audit.record(session, "create", "user", user.id, summary="first administrator",
                         after={"username": name, "role": Role.ADMIN.value})
            return Actor(user.username, user.full_name, user.role, user.regency)

    @staticmethod
    def _needs_first_admin_in(session) -> bool:
        return not session.scalar(select(func.count()).select_from(User).where(
            User.role == Role.ADMIN.value, User.active.is_(True), User.deleted_at.is_(None),
            User.password_hash.is_not(None)))

    def sign_in(self, username: str, password: str, *, meanwhile: Callable[[], object] | None = None) -> Actor:
        """The Actor for a right user name and password; SignInFailed (or AccountLocked) otherwise.
        `meanwhile` is the caller's own work, done while the password is checked (see _checking)."""
        name = username.strip().lower()
        now = self.clock()
        with self.ctx.read() as session:
            user = find_user(session, name) if name else None
            attempt = None if user is None else _Attempt(
                user.id, user.username, user.role, user.full_name, user.regency, user.active, user.password_hash,
                user.locked_until, user.version)
        if attempt is None:
            _checking(lambda: burn_time(password), meanwhile)
            self._record(None, "sign_in_failed", "unknown user name")
            raise _wrong()
        if attempt.locked_until is not None and attempt.locked_until > now:
            raise AccountLocked(attempt.locked_until)
        if not _checking(lambda: verify_password(attempt.password_hash, password), meanwhile):
            until = self._failed(attempt, now)
            if until is not None:
                raise AccountLocked(until)
            if not attempt.password_hash:
                raise SignInFailed(QT_TRANSLATE_NOOP(
                    "UserError", "This account has no password yet. Ask an administrator to set one."))
            raise _wrong()
        if not attempt.active:
            raise SignInFailed(QT_TRANSLATE_NOOP(
                "UserError", "This account is switched off. Ask an administrator if you need it again."))
        self._succeeded(attempt, password)
        return Actor(attempt.username, attempt.full_name, attempt.role, attempt.regency)

    def _record(self, user_id, action: str, summary: str, after: dict | None = None) -> None:
        with self.ctx.db.write("") as session:
            audit.record(session, action, "user", user_id, summary=summary, after=after)

    def _failed(self, attempt: _Attempt, now: datetime) -> datetime | None:
        """Count a wrong password; returns the end of the lock when this one locks the account."""
        minutes = int(self._setting("security.lockout_minutes"))
        try:
            with self.ctx.db.write(attempt.username) as session:
                user = session.get(User, attempt.user_id)
                expired = user.locked_until is not None and user.locked_until <= now
                user.failed_attempts = (0 if expired else user.failed_attempts) + 1
                if expired:
                    user.locked_until = None
                locked = None
                if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                    locked = user.locked_until = now + timedelta(minutes=minutes)
                    user.failed_attempts = 0
                session.flush()
                audit.record(session, "lock" if locked else "sign_in_failed", "user", user.id,
                             summary=user.username, after={"locked_until": locked} if locked else None)
                return locked
        except StaleDataError:  # two wrong tries at once on two workstations: counted once
            return None

    def _succeeded(self, attempt: _Attempt, password: str) -> None:
        try:
            with self.ctx.db.write(attempt.username) as session:
                user = session.get(User, attempt.user_id)
                user.failed_attempts, user.locked_until = 0, None
                if needs_rehash(user.password_hash or ""):
                    user.password_hash = hash_password(password)
                session.flush()
                audit.record(session, "sign_in", "user", user.id, summary=user.username)
        except StaleDataError:
            log.info("sign-in bookkeeping skipped: the account changed at the same moment")

    def _setting(self, key: str) -> object:
        from desktop.services.settings import SettingsService

        return SettingsService(self.ctx).get(key)

    def start_session(self, actor: Actor):
        """Services acting as the signed-in `actor`, on this database."""
        from desktop.services.app import Services

        return Services(AppContext(db=self.ctx.db, actor=actor, paths=self.ctx.paths,
                                   today_override=self.ctx.today_override))

    def database_description(self) -> str:
        return self.ctx.db.describe()

    def close(self) -> None:
        self.ctx.db.dispose()

    # ---- a signed-in person ----------------------------------------------------------------

    def confirm(self, password: str) -> None:
        """The signed-in person proves it is still them (the lock screen); counts like a sign-in."""
        actor = self.sign_in(self.ctx.actor.username, password)
        if actor.username != self.ctx.actor.username:
            raise _wrong()

    def change_password(self, old_password: str, new_password: str) -> Changes:
        """The signed-in person changes their own password."""
        actor = self.ctx.actor
        if not actor.username:
            raise _wrong()
        check_password(new_password, actor.username)
        with self.ctx.read() as session:
            user = find_user(session, actor.username)
            stored = user.password_hash if user else None
        if not verify_password(stored, old_password):
            raise SignInFailed(QT_TRANSLATE_NOOP("UserError", "The current password is wrong."))
        if old_password == new_password:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The new password must differ from the current one."))
        self._set_password(actor.username, hash_password(new_password), "password_change", "password changed")
        return Changes.of(Area.USERS)

    def reset_password(self, username: str, new_password: str) -> Changes:
        """An administrator gives someone a new password (and lifts a lock)."""
        self.ctx.require("users.manage")
        name = normalise_username(username)
        check_password(new_password, name)
        self._set_password(name, hash_password(new_password), "password_reset",
                           f"password reset by {self.ctx.actor.username}")
        return Changes.of(Area.USERS)

    def set_shared_password(self, usernames: list[str], password: str) -> int:
        """The demo office: the published demo password for these accounts, hashed once (one salt for
        all; acceptable only because the password is public anyway). Returns how many were set."""
        self.ctx.require("users.manage")
        check_password(password)
        password_hash = hash_password(password)
        for name in usernames:
            self._set_password(normalise_username(name), password_hash, "password_reset", "demo password")
        return len(usernames)

    def unlock(self, username: str) -> Changes:
        """An administrator lifts the lock after wrong passwords."""
        self.ctx.require("users.manage")
        with self.ctx.write() as session:
            user = self._user(session, normalise_username(username))
            before = {"locked_until": user.locked_until, "failed_attempts": user.failed_attempts}
            user.locked_until, user.failed_attempts = None, 0
            session.flush()
            audit.record(session, "unlock", "user", user.id, summary=user.username, before=before,
                         after={"locked_until": None, "failed_attempts": 0})
        return Changes.of(Area.USERS)

    def _set_password(self, username: str, password_hash: str, action: str, summary: str) -> None:
        try:
            with self.ctx.db.write(self.ctx.actor.username) as session:
                user = self._user(session, username)
                user.password_hash, user.failed_attempts, user.locked_until = password_hash, 0, None
                session.flush()
                audit.record(session, action, "user", user.id, summary=f"{user.username}: {summary}")
        except StaleDataError as exc:
            raise StaleRecordError("user") from exc

    @staticmethod
    def _user(session, username: str) -> User:
        user = find_user(session, username)
        if user is None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no user named {username}."), username=username)
        return user


def open_for_sign_in(paths: Paths, database: str | None = None, *, today: date | None = None) -> AuthService:
    """Open (and migrate, after a backup) the database; nobody is signed in yet. Raises UserError
    (PassphraseRequired for an encrypted database whose passphrase is not known yet)."""
    paths.ensure()
    db = open_database(database_url(paths, database), device=device_id(paths), backup_dir=paths.backups)
    return AuthService(AppContext(db=db, actor=NOBODY, paths=paths, today_override=today))


def for_session(services) -> AuthService:
    """AuthService for the signed-in person of `services` (password change, lock screen, admin)."""
    return AuthService(services.ctx)


def _checking[T](check: Callable[[], T], meanwhile: Callable[[], object] | None) -> T:
    """Run the password check, and `meanwhile` on this thread at the same time. Argon2 computes in C
    without holding the interpreter lock, so the caller's Python work (the program imports its main
    window) runs on the other core instead of after the check. A wrong name runs the same way as a
    wrong password, so the time taken still does not tell which names exist."""
    if meanwhile is None:
        return check()
    outcome: list = []  # [value] or [None, exception] from the checking thread

    def run() -> None:
        try:
            outcome.append(check())
        except BaseException as exc:  # noqa: BLE001  (re-raised on the caller's thread below)
            outcome.extend((None, exc))

    worker = threading.Thread(target=run, name="password-check", daemon=True)
    worker.start()
    try:
        meanwhile()
    finally:
        worker.join()
    if len(outcome) == 2:
        raise outcome[1]
    return outcome[0]
