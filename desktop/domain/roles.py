"""Roles and what each may do. Services check these; the UI only hides what a role may not do.

Permissions are plain strings "area.action" so that a new action is one line here and one
`ctx.require(...)` in its service.
"""

from __future__ import annotations

import enum

from desktop.errors import QT_TRANSLATE_NOOP


class Role(enum.StrEnum):
    CLERK = "clerk"
    FIELD_OFFICER = "field_officer"
    SUPERVISOR = "supervisor"
    HEAD = "head"
    ADMIN = "admin"


ROLE_LABELS = {
    Role.CLERK: QT_TRANSLATE_NOOP("Role", "Clerk"),
    Role.FIELD_OFFICER: QT_TRANSLATE_NOOP("Role", "Field officer"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Role", "Supervisor"),
    Role.HEAD: QT_TRANSLATE_NOOP("Role", "Head of branch"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}

_EVERYONE = frozenset(Role)
_STAFF = frozenset({Role.CLERK, Role.FIELD_OFFICER, Role.SUPERVISOR, Role.HEAD, Role.ADMIN})
_SUPERVISORS = frozenset({Role.SUPERVISOR, Role.HEAD})
_ADMINS = frozenset({Role.ADMIN, Role.HEAD})

PERMISSIONS: dict[str, frozenset[Role]] = {
    "office.edit": _ADMINS,
    "settings.edit": _ADMINS,
    "users.manage": frozenset({Role.ADMIN}),
    "audit.view": frozenset({Role.ADMIN, Role.HEAD}),
    "templates.edit": _ADMINS,
    "letters.issue": _STAFF,
    "letters.cancel": _SUPERVISORS | {Role.ADMIN},
    "plkk.edit": _STAFF,
    "plkk.criteria": _SUPERVISORS | {Role.ADMIN},
    "compliance.edit": _STAFF,
    "compliance.bulk": _SUPERVISORS | {Role.CLERK, Role.ADMIN},
    "benefits.edit": frozenset({Role.CLERK, Role.SUPERVISOR, Role.HEAD}),
    "benefits.verify": frozenset({Role.CLERK, Role.SUPERVISOR, Role.HEAD}),
    "benefits.approve": _SUPERVISORS,
    "benefits.pay": frozenset({Role.CLERK, Role.SUPERVISOR, Role.HEAD}),
    "benefits.reverse": _SUPERVISORS,
    "coverage.edit": _STAFF,
    "data.import": _STAFF,
    "data.export": _STAFF,
    "personal.view_full": frozenset({Role.CLERK, Role.SUPERVISOR, Role.HEAD}),
    "backup.run": _EVERYONE,
    "backup.restore": _ADMINS,
    "sync.run": _EVERYONE,
    "sync.resolve": _SUPERVISORS | {Role.ADMIN},
    "sync.manage": _ADMINS,
}


def allowed(role: str, permission: str) -> bool:
    try:
        return Role(role) in PERMISSIONS[permission]
    except (ValueError, KeyError):
        return False  # an unknown role or permission is never allowed
