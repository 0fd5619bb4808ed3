"""People who use Cabang. Sign-in and passwords come with the security work; every write already
records who acted, so the program acts as a known user from the first start."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from desktop.domain.roles import Role
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.core import User
from desktop.services import audit
from desktop.services.context import Actor, Area, Changes, Service, snapshot

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

    def actor(self) -> Actor:
        return Actor(self.username, self.full_name, self.role, self.regency)


def _view(u: User) -> UserView:
    return UserView(u.id, u.version, u.username, u.full_name, u.role, u.employee_no, u.regency, u.active)


def find_user(session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username, User.deleted_at.is_(None)))


class UserService(Service):
    def list(self) -> list[UserView]:
        with self.ctx.read() as session:
            return [_view(u) for u in session.scalars(
                select(User).where(User.deleted_at.is_(None)).order_by(User.full_name))]

    def create(self, username: str, full_name: str, role: str, *, employee_no: str = "",
               regency: str = "") -> tuple[UserView, Changes]:
        self.ctx.require("users.manage")
        username = username.strip().lower()
        if not _USERNAME.match(username):
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "A user name has 2 to 32 small letters, digits, dots or dashes, starting with a letter."))
        if role not in set(Role):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Unknown role {role}."), role=role)
        if not full_name.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The full name is required."))
        with self.ctx.write() as session:
            if find_user(session, username):
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The user name {username} is taken."), username=username)
            user = User(username=username, full_name=full_name.strip(), role=role,
                        employee_no=employee_no, regency=regency)
            session.add(user)
            session.flush()
            audit.record(session, "create", "user", user.id, summary=username, after=snapshot(user))
            return _view(user), Changes.of(Area.USERS)


def bootstrap_admin(db, username: str = "admin") -> UserView:
    """The first start of an empty database creates the administrator account."""
    with db.write(username) as session:
        user = find_user(session, username)
        if user is None:
            user = User(username=username, full_name="Administrator", role=Role.ADMIN.value)
            session.add(user)
            session.flush()
            audit.record(session, "create", "user", user.id, summary="first start: administrator account",
                         after=snapshot(user))
        return _view(user)
