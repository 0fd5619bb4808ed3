"""People who use Cabang: their accounts, roles and the state of their sign-in.

Passwords are argon2id hashes (desktop.domain.security_passwords); signing in, changing and
resetting them is AuthService's work (desktop.services.auth). The CLI and the tests act as a known
user without a password (`bootstrap_admin`): whoever can run commands on the database file or has
the server's credentials already holds the data.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop.domain.roles import Role
from desktop.domain.security_passwords import check_password, hash_password
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.core import User
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.context import Actor, Area, Changes, Service, get_for_update, snapshot

_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")


@dataclass(frozen=True)
class UserView:
    id: uuid.UUID
    version: int
    username: str
    full_name: str
    role: str
    employee_no: str
    regency: str
    active: bool
    has_password: bool = False
    locked_until: datetime | None = None  # UTC; set while a lock after wrong passwords runs

    def actor(self) -> Actor:
        return Actor(self.username, self.full_name, self.role, self.regency)

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


def _view(u: User) -> UserView:
    return UserView(u.id, u.version, u.username, u.full_name, u.role, u.employee_no, u.regency, u.active,
                    bool(u.password_hash), u.locked_until)


def find_user(session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username, User.deleted_at.is_(None)))


def normalise_username(username: str) -> str:
    name = username.strip().lower()
    if not _USERNAME.match(name):
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "A user name has 2 to 32 small letters, digits, dots or dashes, starting with a letter."))
    return name


class UserService(Service):
    def list(self) -> list[UserView]:
        with self.ctx.read() as session:
            return [_view(u) for u in session.scalars(
                select(User).where(User.deleted_at.is_(None)).order_by(User.full_name))]

    def get(self, username: str) -> UserView | None:
        with self.ctx.read() as session:
            user = find_user(session, username)
            return None if user is None else _view(user)

    def create(self, username: str, full_name: str, role: str, *, employee_no: str = "",
               regency: str = "", password: str | None = None) -> tuple[UserView, Changes]:
        """A new account; with `password` (the first one, given to the person) it can sign in."""
        self.ctx.require("users.manage")
        username = normalise_username(username)
        if role not in set(Role):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Unknown role {role}."), role=role)
        if not full_name.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The full name is required."))
        if password is not None:
            check_password(password, username)
        password_hash = hash_password(password) if password is not None else None
        with self.ctx.write() as session:
            if find_user(session, username):
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The user name {username} is taken."), username=username)
            user = User(username=username, full_name=full_name.strip(), role=role,
                        employee_no=employee_no, regency=regency, password_hash=password_hash)
            session.add(user)
            session.flush()
            audit.record(session, "create", "user", user.id, summary=username, after=snapshot(user))
            return _view(user), Changes.of(Area.USERS)

    def update(self, user_id: uuid.UUID, version: int, *, full_name: str | None = None, role: str | None = None,
               regency: str | None = None, active: bool | None = None) -> tuple[UserView, Changes]:
        """Change a person's name, role, kabupaten or switch the account off (never deleted: the audit
        trail names them)."""
        self.ctx.require("users.manage")
        if role is not None and role not in set(Role):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Unknown role {role}."), role=role)
        with self.ctx.write() as session:
            user = get_for_update(session, User, user_id, version, what="user")
            before = snapshot(user)
            if user.username == self.ctx.actor.username and (active is False or (role and role != user.role)):
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "You cannot switch off your own account or change your own role."))
            if full_name is not None:
                if not full_name.strip():
                    raise UserError(QT_TRANSLATE_NOOP("UserError", "The full name is required."))
                user.full_name = full_name.strip()
            if role is not None:
                user.role = role
            if regency is not None:
                user.regency = regency
            if active is not None:
                user.active = active
            session.flush()
            old, new = audit.diff(before, snapshot(user))
            audit.record(session, "update", "user", user.id, summary=user.username, before=old, after=new)
            return _view(user), Changes.of(Area.USERS)


def bootstrap_admin(db, username: str = "admin") -> UserView:
    """An account to act as on a database that has none (the CLI and the tests); it has no password,
    so nobody can sign in with it in the program: the first run there creates a real administrator
    (AuthService.create_first_admin)."""
    with db.write(username) as session:
        user = find_user(session, username)
        if user is None:
            user = User(username=username, full_name="Administrator", role=Role.ADMIN.value)
            session.add(user)
            session.flush()
            audit.record(session, "create", "user", user.id, summary="first start: administrator account",
                         after=snapshot(user))
        return _view(user)
