"""The UI shows only what the role may do: which side-bar pages and Admin tabs a person gets.

The services refuse anything else anyway (PermissionDenied); hiding is for a clear screen.
"""

from __future__ import annotations

from desktop.domain.roles import allowed
from desktop.services.context import Actor

# A page is shown when the role has any of these permissions; pages not listed are for everyone.
PAGE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "admin": ("users.manage", "settings.edit", "office.edit", "audit.view"),
}

ADMIN_TAB_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "office": ("office.edit",),
    "settings": ("settings.edit",),
    "users": ("users.manage",),
    "audit": ("audit.view",),
    "backups": ("backup.run",),
}


def may(actor: Actor, *permissions: str) -> bool:
    return any(allowed(actor.role, p) for p in permissions)


def page_visible(actor: Actor, key: str) -> bool:
    needed = PAGE_PERMISSIONS.get(key)
    return needed is None or may(actor, *needed)


def visible_pages(actor: Actor, specs) -> list:
    return [s for s in specs if page_visible(actor, s.key)]


def tab_visible(actor: Actor, tab: str) -> bool:
    return may(actor, *ADMIN_TAB_PERMISSIONS.get(tab, ()))
