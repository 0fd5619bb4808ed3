"""Personal data (UU 27/2022): who sees NIKs and bank accounts in full, and the masks for the rest.

Area services call these when they build the rows of a list or the data of a printout:

    from desktop.services.security_personal import can_view_personal, show_nik, show_account
    row = HeirRow(nik=show_nik(self.ctx.actor, heir.nik), account=show_account(self.ctx.actor, heir.account))

and record every export or print of personal data in the same transaction as anything else it
does (or on its own):

    audit.personal_data_access(session, "beneficiary list", count=len(rows), action="export")

The rule: roles with the permission `personal.view_full` (clerk, supervisor, head of branch: they
pay benefits and need the numbers) see them in full; the others (field officer, administrator)
see `3302**********03` and `••••••7890`. Documents that must carry the full number (a receipt
for the bank) are printed by roles that may see it, and each print is audited.
"""

from __future__ import annotations

from desktop.domain.identifiers import mask_account, mask_nik
from desktop.domain.roles import allowed
from desktop.services.context import Actor

PERMISSION = "personal.view_full"


def can_view_personal(actor: Actor) -> bool:
    """May this person see NIKs and bank account numbers in full?"""
    return allowed(actor.role, PERMISSION)


def show_nik(actor: Actor, nik: str | None) -> str:
    if not nik:
        return ""
    return nik if can_view_personal(actor) else mask_nik(nik)


def show_account(actor: Actor, account: str | None) -> str:
    if not account:
        return ""
    return account if can_view_personal(actor) else mask_account(account)
