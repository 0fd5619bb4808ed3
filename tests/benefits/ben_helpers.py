"""Helpers of the benefits tests: the staff acting on the area, claims ready to pay."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.money import Money
from desktop.services.app import Services
from desktop.services.benefits_views import ClaimInput, HeirInput

WIDOW_NIK = "3302015508880002"  # born 15 August 1988, female


@dataclass
class Staff:
    admin: Services
    rina: Services  # clerk: enters
    bagus: Services  # clerk: verifies
    diyah: Services  # supervisor: approves
    antony: Services  # head


def claim_input(**changes) -> ClaimInput:
    values = dict(kpj="12345678901", nik="3302011204850003", name="Budi Santoso", segment="PU",
                  death_date=date(2026, 3, 2), cause="jkm", contribution_months=48,
                  reported_wage=Money.rupiah(3_000_000), membership_start=date(2021, 1, 4), kabupaten="Banyumas",
                  employer_name="PT Maju Jaya Abadi")
    values.update(changes)
    return ClaimInput(**values)


def widow(**changes) -> HeirInput:
    values = dict(nik=WIDOW_NIK, name="Sri Wahyuni", relationship="widow", bank_name="BRI",
                  account_number="0123456789012", phone="081234567890", address="Jalan Merdeka Nomor 5\nSokaraja")
    values.update(changes)
    return HeirInput(**values)


def ready_claim(staff: Staff, **changes):
    """A claim with its documents in and the widow confirmed: (claim id, widow's heir view)."""
    b = staff.rina.benefits
    claim_id, _ = b.create_claim(claim_input(**changes))
    heir, _ = b.add_heir(claim_id, widow())
    b.confirm_heirs(claim_id, [heir.id])
    b.receive_all_documents(claim_id, date(2026, 3, 20))
    return claim_id, heir


def approved(staff: Staff, ids) -> None:
    """Verified by Bagus and approved by Diyah (four eyes)."""
    for i in ids:
        staff.bagus.benefits.verify(i, staff.bagus.benefits.disbursement(i).version)
        staff.diyah.benefits.approve(i, staff.diyah.benefits.disbursement(i).version)
