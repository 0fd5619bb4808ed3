"""Each role can do what desktop/domain/roles.py says, and nothing else: enforced by the services
themselves, whatever the screen shows.

Area actions are called on a record that does not exist: a role that may act gets past the
permission check and is told the record is not there; a role that may not is refused before
anything is looked up.
"""

from __future__ import annotations

import uuid

import pytest

from desktop.domain.roles import PERMISSIONS, Role, allowed
from desktop.errors import PermissionDenied, UserError
from desktop.services.paging import PageRequest
from desktop.services.security_personal import can_view_personal, show_account, show_nik

MISSING = uuid.UUID("01900000-0000-7000-8000-000000000000")

ACTIONS = {
    # core: these succeed for real
    "users.manage": lambda s: s.users.create(f"u{uuid.uuid4().hex[:8]}", "Someone New", "clerk"),
    "settings.edit": lambda s: s.settings.set("ui.idle_lock_minutes", 20),
    "audit.view": lambda s: s.audit.page(PageRequest()),
    "backup.run": lambda s: s.backup.backup(),
    # the areas: one representative action each, on a missing record
    "benefits.edit": lambda s: s.benefits.delete_claim(MISSING, 1),
    "benefits.verify": lambda s: s.benefits.verify(MISSING, 1),
    "benefits.approve": lambda s: s.benefits.approve(MISSING, 1),
    "compliance.edit": lambda s: s.compliance.delete_employer(MISSING, 1),
    "coverage.edit": lambda s: s.coverage.delete_commitment(MISSING, 1),
    "plkk.edit": lambda s: s.plkk.delete_partner(MISSING, 1),
    "letters.cancel": lambda s: s.letters.cancel_receipt(MISSING, "dibatalkan karena salah ketik"),
}


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_every_role_against_every_representative_action(as_role, role):
    services = as_role(role, f"{role.replace('_', '')}1")
    for permission, action in ACTIONS.items():
        assert permission in PERMISSIONS
        try:
            action(services)
        except PermissionDenied:
            assert not allowed(role, permission), f"{role} was refused {permission}"
        except UserError as exc:  # past the check: the record is missing, or PostgreSQL backs up with pg_dump
            assert allowed(role, permission), f"{role} got past {permission}: {exc}"
        else:
            assert allowed(role, permission), f"{role} was allowed {permission}"


def test_the_rules_that_matter_most():
    # four eyes: only supervisors and the head approve payments; clerks pay
    assert {r for r in Role if allowed(r, "benefits.approve")} == {Role.SUPERVISOR, Role.HEAD}
    assert not allowed(Role.CLERK, "benefits.approve")
    # only the administrator manages accounts
    assert {r for r in Role if allowed(r, "users.manage")} == {Role.ADMIN}
    # unknown roles and permissions are never allowed
    assert not allowed("guest", "backup.run") and not allowed(Role.ADMIN, "no.such.permission")
    assert not allowed("", "backup.run")  # nobody signed in


@pytest.mark.parametrize("role,full", [("clerk", True), ("supervisor", True), ("head", True),
                                       ("field_officer", False), ("admin", False)])
def test_who_sees_niks_and_accounts_in_full(role, full):
    from desktop.services.context import Actor

    actor = Actor("x", "X", role)
    assert can_view_personal(actor) is full
    nik, account = "3302011204850003", "0123456789"
    assert (show_nik(actor, nik) == nik) is full
    assert (show_account(actor, account) == account) is full
    if not full:
        assert show_nik(actor, nik) == "3302**********03" and show_account(actor, account).endswith("6789")
    assert show_nik(actor, None) == "" and show_account(actor, "") == ""
