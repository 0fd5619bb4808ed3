"""Paying: draft -> verified -> approved -> paid with the kuitansi; four-eyes approval; never above
the rule; never paid twice (also by two workstations at once, on PostgreSQL); a paid disbursement is
never edited but reversed and entered again."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from ben_helpers import approved, ready_claim
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop.domain.money import Money
from desktop.errors import PermissionDenied, StaleRecordError, UserError
from desktop.models.benefits import BenDisbursement

R = Money.rupiah


def test_the_whole_workflow_ends_with_a_receipt(staff):
    claim_id, heir = ready_claim(staff)
    ids, _ = staff.rina.benefits.create_disbursements(claim_id)
    assert len(ids) == 3
    approved(staff, ids)
    versions = staff.rina.benefits.versions(ids)
    result, changes = staff.rina.benefits.pay_many([(i, versions[i]) for i in ids], paid_on=date(2026, 11, 19))
    assert result.paid == 3 and len(result.receipt_numbers) == 1  # one kuitansi for the widow's payment
    rows = [staff.rina.benefits.disbursement(i) for i in ids]
    assert {(r.state, r.entered_by, r.verified_by, r.approved_by, r.paid_by) for r in rows} == {
        ("paid", "rina", "bagus", "diyah", "rina")}
    assert {r.receipt_number for r in rows} == set(result.receipt_numbers)
    receipt = staff.rina.letters.receipts_about("ben_claim", claim_id)[0]
    assert receipt.amount == R(42_000_000) and receipt.payee_name == heir.name
    assert receipt.paid_on == date(2026, 11, 19) and receipt.meterai  # above Rp5.000.000
    assert staff.rina.letters.verify_receipt(receipt.code).ok
    pdf = receipt.pdf_path.read_bytes()
    assert pdf.startswith(b"%PDF")
    claim = staff.rina.benefits.claim(claim_id)
    assert claim.status == "paid" and claim.paid_total == R(42_000_000)
    history = [e.state for e in staff.rina.benefits.disbursement_history(ids[0])]
    assert history == ["draft", "verified", "approved", "paid"]


def test_the_receipt_carries_kpj_participant_relationship_and_the_masked_account(staff):
    from pypdf import PdfReader

    claim_id, _ = ready_claim(staff)
    ids, _ = staff.rina.benefits.create_disbursements(claim_id)
    approved(staff, ids[:1])
    result, _ = staff.rina.benefits.pay(ids[0], staff.rina.benefits.disbursement(ids[0]).version)
    receipt = staff.rina.letters.receipts_about("ben_claim", claim_id)[0]
    text = PdfReader(receipt.pdf_path).pages[0].extract_text()
    for expected in ("KUITANSI", "12345678901", "Budi Santoso", "Istri (janda)", "9012", "Santunan sekaligus",
                     "Dua Puluh Juta Rupiah"):
        assert expected in text, expected
    assert "0123456789012" not in text and "3302015508880002" not in text


def test_approval_needs_a_second_person(staff):
    claim_id, _ = ready_claim(staff)
    # Diyah (a supervisor) enters and verifies herself: she cannot approve it
    d1 = staff.diyah.benefits.create_disbursements(claim_id)[0][0]
    staff.diyah.benefits.verify(d1, staff.diyah.benefits.disbursement(d1).version)
    with pytest.raises(UserError, match="four-eyes"):
        staff.diyah.benefits.approve(d1, staff.diyah.benefits.disbursement(d1).version)
    # a clerk may not approve at all
    with pytest.raises(PermissionDenied):
        staff.bagus.benefits.approve(d1, staff.bagus.benefits.disbursement(d1).version)
    # a different supervisor (the head) may
    staff.antony.benefits.approve(d1, staff.antony.benefits.disbursement(d1).version)
    assert staff.rina.benefits.disbursement(d1).approved_by == "antony"


def test_the_verifier_cannot_approve_either(staff):
    claim_id, _ = ready_claim(staff)
    ids, _ = staff.rina.benefits.create_disbursements(claim_id)
    staff.diyah.benefits.verify(ids[0], staff.diyah.benefits.disbursement(ids[0]).version)
    with pytest.raises(UserError, match="You verified"):
        staff.diyah.benefits.approve(ids[0], staff.diyah.benefits.disbursement(ids[0]).version)
    staff.antony.benefits.approve(ids[0], staff.antony.benefits.disbursement(ids[0]).version)


def test_an_amount_above_the_rule_is_refused(staff):
    claim_id, heir = ready_claim(staff)
    b = staff.rina.benefits
    with pytest.raises(UserError, match="more than the rule allows"):
        b.add_disbursement(claim_id, "funeral", heir.id, R(10_000_001))
    with pytest.raises(UserError, match="no component"):
        b.add_disbursement(claim_id, "jkk_48x", heir.id, R(1_000_000))
    funeral, _ = b.add_disbursement(claim_id, "funeral", heir.id, R(10_000_000))
    with pytest.raises(UserError, match="more than the rule allows"):
        b.update_draft(funeral, b.disbursement(funeral).version, R(12_000_000))


def test_a_component_cannot_be_entered_or_paid_twice(staff):
    claim_id, heir = ready_claim(staff)
    b = staff.rina.benefits
    (first, *_), _ = b.create_disbursements(claim_id)
    with pytest.raises(UserError, match="already paid or being paid"):
        b.add_disbursement(claim_id, "lump_sum", heir.id, R(20_000_000))
    approved(staff, [first])
    b.pay(first, b.disbursement(first).version)
    with pytest.raises(UserError, match="already paid or being paid"):
        b.add_disbursement(claim_id, "lump_sum", heir.id, R(1))


def test_the_database_refuses_a_second_paid_key(db, staff):
    claim_id, heir = ready_claim(staff)
    with db.write("test") as session:
        for _ in range(2):
            session.add(BenDisbursement(claim_id=claim_id, component="lump_sum", heir_id=heir.id,
                                        amount=R(20_000_000), state="paid", paid_key=f"claim:{claim_id}:lump_sum:first"))
        with pytest.raises(IntegrityError):
            session.flush()
        session.rollback()


def _duplicate_approved(db, staff, claim_id):
    """A second approved entry for the same component, as a laptop's sync could bring in."""
    b = staff.rina.benefits
    with db.write("wahyu") as session:
        first = session.get(BenDisbursement, b.create_disbursements(claim_id)[0][0])
        twin = BenDisbursement(claim_id=first.claim_id, component=first.component, heir_id=first.heir_id,
                               amount=first.amount, state="draft", entered_by="wahyu")
        session.add(twin)
        session.flush()
        ids = [first.id, twin.id]
    approved(staff, ids)
    return ids


def _race(db_url, paths, jobs):
    """Run each job on its own Database (its own connections) at the same moment."""
    from desktop.models.db import Database
    from desktop.services.app import services_for

    barrier = threading.Barrier(len(jobs))
    outcomes: list[object] = [None] * len(jobs)

    def run(k: int, username: str, fn) -> None:
        db = Database(db_url, device=f"ws{k}")
        try:
            services = services_for(db, paths, role="clerk", username=username, today=date(2026, 11, 20))
            barrier.wait(timeout=30)
            outcomes[k] = fn(services)
        except Exception as exc:  # the loser's error is the point of the test
            outcomes[k] = exc
        finally:
            db.dispose()

    threads = [threading.Thread(target=run, args=(k, u, fn)) for k, (u, fn) in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return outcomes


def test_two_workstations_paying_the_same_component_at_once_only_one_succeeds(db, db_url, paths, staff):
    claim_id, _ = ready_claim(staff)
    a, b = _duplicate_approved(db, staff, claim_id)
    va, vb = staff.rina.benefits.versions([a, b]).values()
    outcomes = _race(db_url, paths, [("rina", lambda s: s.benefits.pay(a, va)),
                                     ("bagus", lambda s: s.benefits.pay(b, vb))])
    errors = [o for o in outcomes if isinstance(o, Exception)]
    assert len(errors) == 1 and isinstance(errors[0], UserError), outcomes
    with db.read() as session:
        paid = session.scalars(select(BenDisbursement).where(BenDisbursement.claim_id == claim_id,
                                                             BenDisbursement.component == "lump_sum",
                                                             BenDisbursement.state == "paid")).all()
    assert len(paid) == 1 and paid[0].receipt_number
    assert len(staff.rina.letters.receipts_about("ben_claim", claim_id)) == 1


def test_two_workstations_paying_the_same_disbursement_only_one_succeeds(db_url, paths, staff):
    claim_id, _ = ready_claim(staff)
    ids, _ = staff.rina.benefits.create_disbursements(claim_id)
    approved(staff, ids[:1])
    version = staff.rina.benefits.disbursement(ids[0]).version
    outcomes = _race(db_url, paths, [("rina", lambda s: s.benefits.pay(ids[0], version)),
                                     ("bagus", lambda s: s.benefits.pay(ids[0], version))])
    errors = [o for o in outcomes if isinstance(o, Exception)]
    assert len(errors) == 1 and isinstance(errors[0], StaleRecordError | UserError), outcomes
    assert len(staff.rina.letters.receipts_about("ben_claim", claim_id)) == 1


def test_a_paid_disbursement_is_never_edited_but_reversed_and_entered_again(staff):
    claim_id, heir = ready_claim(staff)
    b = staff.rina.benefits
    ids, _ = b.create_disbursements(claim_id)
    funeral = next(i for i in ids if b.disbursement(i).component == "funeral")
    approved(staff, [funeral])
    b.pay(funeral, b.disbursement(funeral).version)
    paid = b.disbursement(funeral)
    with pytest.raises(UserError, match="never edited"):
        b.update_draft(funeral, paid.version, R(9_000_000))
    with pytest.raises(UserError, match="cannot be cancelled"):
        b.cancel(funeral, paid.version, "salah")
    with pytest.raises(PermissionDenied):
        b.reverse(funeral, paid.version, "Salah rekening")
    reversal, _ = staff.diyah.benefits.reverse(funeral, paid.version, "Salah rekening tujuan")
    with pytest.raises(UserError, match="already been reversed"):
        staff.diyah.benefits.reverse(funeral, b.disbursement(funeral).version, "lagi")
    assert b.disbursement(reversal).amount == R(-10_000_000) and b.disbursement(funeral).reversed
    assert b.disbursement(funeral).state == "paid" and b.disbursement(funeral).amount == R(10_000_000)
    correction, _ = b.add_disbursement(claim_id, "funeral", heir.id, R(10_000_000), corrects=reversal)
    approved(staff, [correction])
    b.pay(correction, b.disbursement(correction).version)
    claim = b.claim(claim_id)
    funeral_rows = [d for d in claim.disbursements if d.component == "funeral"]
    assert sorted(d.amount.sen for d in funeral_rows) == [-1_000_000_000, 1_000_000_000, 1_000_000_000]
    assert sum((d.amount for d in funeral_rows), Money(0)) == R(10_000_000)


def test_a_cancelled_draft_keeps_its_reason_and_frees_the_component(staff):
    claim_id, heir = ready_claim(staff)
    b = staff.rina.benefits
    ids, _ = b.create_disbursements(claim_id)
    with pytest.raises(UserError, match="reason"):
        b.cancel(ids[0], b.disbursement(ids[0]).version, " ")
    b.cancel(ids[0], b.disbursement(ids[0]).version, "Rekening belum sesuai")
    row = b.disbursement(ids[0])
    assert (row.state, row.cancelled_reason) == ("cancelled", "Rekening belum sesuai")
    again, _ = b.create_disbursements(claim_id)
    assert len(again) == 1


def test_the_month_paid_for_the_dashboard(staff):
    claim_id, _ = ready_claim(staff)
    ids, _ = staff.rina.benefits.create_disbursements(claim_id)
    approved(staff, ids)
    versions = staff.rina.benefits.versions(ids)
    staff.rina.benefits.pay_many([(i, versions[i]) for i in ids], paid_on=date(2026, 11, 2))
    assert staff.rina.benefits.disbursed_in_month(2026, 11) == (3, R(42_000_000))
    assert staff.rina.benefits.disbursed_in_month(2026, 10) == (0, Money(0))


def test_a_payment_is_verified_only_with_the_documents_in(staff):
    claim_id, _ = ready_claim(staff)
    b = staff.rina.benefits
    doc = next(d for d in b.claim(claim_id).documents if d.kind == "akta_kematian")
    b.set_document(doc.id, doc.version, None)
    ids, _ = b.create_disbursements(claim_id)
    with pytest.raises(UserError, match="1 required document"):
        staff.bagus.benefits.verify(ids[0], b.disbursement(ids[0]).version)
    b.set_document(doc.id, doc.version + 1, date(2026, 11, 20))
    staff.bagus.benefits.verify(ids[0], b.disbursement(ids[0]).version)


def test_with_no_heir_only_the_funeral_costs_are_paid_to_whoever_arranged_it(staff):
    from ben_helpers import claim_input

    from desktop.services.benefits_views import HeirInput

    b = staff.rina.benefits
    claim_id, _ = b.create_claim(claim_input())
    b.receive_all_documents(claim_id, date(2026, 3, 20))
    neighbour, _ = b.add_heir(claim_id, HeirInput(nik="3302011505700003", name="Tarno", relationship="funeral_arranger"))
    assert b.propose_heirs(claim_id).to_fund
    b.confirm_heirs(claim_id, [neighbour.id])
    ids, _ = b.create_disbursements(claim_id)
    assert [b.disbursement(i).component for i in ids] == ["funeral"]
    with pytest.raises(UserError, match="only receive the funeral costs"):
        b.add_disbursement(claim_id, "lump_sum", neighbour.id, R(20_000_000))
    approved(staff, ids)
    b.pay(ids[0], b.disbursement(ids[0]).version)
    assert b.claim(claim_id).status == "paid"
