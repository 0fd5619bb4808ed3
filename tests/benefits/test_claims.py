"""Death claims through the service, on SQLite and PostgreSQL: the entitlement stored with its rule
version, the documents checklist, stale edits, heirs proposed and confirmed, masking and search."""

from __future__ import annotations

from datetime import date

import pytest
from ben_helpers import WIDOW_NIK, claim_input, ready_claim, widow

from desktop.domain.money import Money
from desktop.errors import PermissionDenied, StaleRecordError, UserError
from desktop.services.benefits_views import HeirInput
from desktop.services.paging import PageRequest


def test_a_claim_stores_its_entitlement_with_the_rule_version(staff):
    claim_id, _ = staff.rina.benefits.create_claim(claim_input())
    claim = staff.rina.benefits.claim(claim_id)
    assert (claim.rule_key, claim.rule_short, claim.total) == ("PP82_2019", "PP 82/2019", Money.rupiah(42_000_000))
    assert [ln.component for ln in claim.lines] == ["lump_sum", "berkala", "funeral"]
    assert claim.lines[1].text_id.startswith("Santunan berkala 24 x Rp500.000")
    assert claim.scholarship_eligible and claim.status == "open"
    kinds = {d.kind for d in claim.documents}
    assert {"akta_kematian", "kk", "ktp_peserta", "ktp_ahli_waris", "sk_ahli_waris", "buku_tabungan",
            "surat_referensi_kerja"} <= kinds and not any(d.received_on for d in claim.documents)


def test_bad_facts_are_refused_before_anything_is_stored(staff):
    b = staff.rina.benefits
    with pytest.raises(UserError, match="before the membership started"):
        b.create_claim(claim_input(membership_start=date(2026, 3, 3)))
    with pytest.raises(UserError, match="in the future"):
        b.create_claim(claim_input(death_date=date(2026, 11, 21)))
    with pytest.raises(UserError, match="11 digits"):
        b.create_claim(claim_input(kpj="1234"))
    assert b.claims_page(PageRequest()).total == 0
    b.create_claim(claim_input())
    with pytest.raises(UserError, match="already exists"):
        b.create_claim(claim_input())


def test_a_stale_edit_is_refused_and_new_facts_recompute_the_entitlement(staff):
    b = staff.rina.benefits
    claim_id, _ = b.create_claim(claim_input())
    opened = b.claim(claim_id)
    b.update_claim(claim_id, opened.version, claim_input(cause="jkk", reported_wage=Money.rupiah(4_500_000)))
    claim = b.claim(claim_id)
    assert claim.total == Money.rupiah(238_000_000) and claim.facts.cause == "jkk"
    assert "laporan_kk" in {d.kind for d in claim.documents}  # a JKK death needs the accident report
    with pytest.raises(StaleRecordError):
        staff.bagus.benefits.update_claim(claim_id, opened.version, claim_input(contribution_months=50))


def test_documents_and_a_confirmed_heir_make_the_claim_ready(staff):
    b = staff.rina.benefits
    claim_id, _ = b.create_claim(claim_input())
    heir, _ = b.add_heir(claim_id, widow())
    assert heir.entitled and not heir.confirmed
    b.receive_all_documents(claim_id, date(2026, 3, 20))
    assert b.claim(claim_id).status == "open"
    b.confirm_heirs(claim_id, [heir.id])
    assert b.claim(claim_id).status == "complete"
    doc = next(d for d in b.claim(claim_id).documents if d.kind == "kk")
    b.set_document(doc.id, doc.version, None)
    assert b.claim(claim_id).status == "open"
    with pytest.raises(UserError, match="future"):
        b.set_document(doc.id, doc.version + 1, date(2026, 11, 21))


def test_the_program_proposes_the_heirs_and_the_clerk_confirms(staff):
    b = staff.rina.benefits
    claim_id, _ = b.create_claim(claim_input())
    mother, _ = b.add_heir(claim_id, HeirInput(nik="3302014101550001", name="Sumarni", relationship="parent"))
    assert b.propose_heirs(claim_id).entitled == (mother.id,)
    wife, _ = b.add_heir(claim_id, widow())
    proposal = b.propose_heirs(claim_id)
    assert proposal.entitled == (wife.id,) and proposal.rank == 1
    with pytest.raises(UserError, match="not entitled under the legal order"):
        b.confirm_heirs(claim_id, [mother.id])
    b.confirm_heirs(claim_id, [wife.id])
    heirs = {h.name: h for h in b.heirs(claim_id)}
    assert heirs["Sri Wahyuni"].confirmed and not heirs["Sumarni"].entitled
    assert heirs["Sri Wahyuni"].confirmed_by == "rina"


def test_personal_data_is_masked_for_roles_that_may_not_see_it(staff):
    claim_id, _ = ready_claim(staff)
    clerk_row = staff.rina.benefits.claims_page(PageRequest()).rows[0]
    admin_row = staff.admin.benefits.claims_page(PageRequest()).rows[0]
    assert clerk_row.nik == "3302011204850003"
    assert admin_row.nik == "3302**********03"
    heir = staff.admin.benefits.heirs(claim_id)[0]
    assert heir.nik == "3302**********02" and heir.account_number == "•••••••••9012"
    assert staff.rina.benefits.heirs(claim_id)[0].account_number == "0123456789012"


def test_only_benefit_staff_enter_claims(staff):
    with pytest.raises(PermissionDenied):
        staff.admin.benefits.create_claim(claim_input())


def test_global_search_finds_kpj_nik_participant_and_heir(staff):
    claim_id, _ = ready_claim(staff)
    for text in ("12345678901", "3302011204", "budi sant", "Wahyuni", WIDOW_NIK[:8]):
        hits = [h for h in staff.rina.search.search(text) if h.area == "benefits"]
        assert hits and all(h.record_id == claim_id for h in hits), text
    hit = next(h for h in staff.rina.search.search("Budi") if h.area == "benefits")
    assert "3302**********03" in hit.subtitle  # never the full NIK in a hit list


def test_a_rejected_claim_cannot_be_paid(staff):
    claim_id, _ = ready_claim(staff)
    ids, _ = staff.rina.benefits.create_disbursements(claim_id)
    with pytest.raises(PermissionDenied):
        staff.rina.benefits.reject_claim(claim_id, staff.rina.benefits.claim(claim_id).version, "KPJ keliru")
    staff.diyah.benefits.reject_claim(claim_id, staff.rina.benefits.claim(claim_id).version, "Bukan peserta aktif")
    assert {d.state for d in staff.rina.benefits.claim(claim_id).disbursements} == {"cancelled"}
    with pytest.raises(UserError, match="rejected"):
        staff.rina.benefits.create_disbursements(claim_id)
