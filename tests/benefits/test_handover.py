"""A handover ceremony: the approved payments of the heirs present are paid, and the handover list
and all their receipts come out as one PDF."""

from __future__ import annotations

from datetime import date

import pytest
from ben_helpers import approved, ready_claim

from desktop.domain.money import Money
from desktop.errors import UserError


def test_the_heirs_present_are_paid_and_printed_in_one_batch(staff, tmp_path):
    from pypdf import PdfReader

    a, heir_a = ready_claim(staff)
    b, heir_b = ready_claim(staff, kpj="22222222222", nik="3303010101800001", name="Slamet Riyadi")
    not_present, _ = ready_claim(staff, kpj="33333333333", nik="3303010101800002", name="Warsito")
    for claim_id in (a, b, not_present):
        ids, _ = staff.rina.benefits.create_disbursements(claim_id)
        approved(staff, ids)
    heirs = {h.heir_id for h in staff.rina.benefits.handover_heirs()}
    assert {heir_a.id, heir_b.id} <= heirs
    result, _ = staff.rina.benefits.handover([heir_a.id, heir_b.id], tmp_path / "penyerahan.pdf",
                                             held_on=date(2026, 11, 20), place="Aula KC Purwokerto")
    assert result.paid == 6 and len(result.receipts) == 2 and result.heirs == 2
    reader = PdfReader(result.pdf)
    first = reader.pages[0].extract_text()
    assert "DAFTAR PENYERAHAN SANTUNAN DAN BEASISWA" in first and "Aula KC Purwokerto" in first
    assert all(number in first for number in result.receipts) and "Rp84.000.000" in first
    receipts_text = "".join(p.extract_text() for p in reader.pages[1:])
    assert receipts_text.count("KUITANSI") >= 2 and "Slamet Riyadi" in receipts_text
    assert staff.rina.benefits.claim(a).status == "paid"
    assert staff.rina.benefits.claim(not_present).paid_total == Money(0)
    with pytest.raises(UserError, match="nothing approved or paid to hand over"):
        staff.rina.benefits.handover([heir_a.id], tmp_path / "again.pdf")
