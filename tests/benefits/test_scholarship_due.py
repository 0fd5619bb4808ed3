"""The scholarship proofs due, computed for every child in one SQL statement (the Dasbor, the
benefits page, the reminder letters), agree with the per-child rule that a child's own page shows
(`_schedule`): on a varied set of children and on dates around the academic year's turn."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from desktop.domain import scholarships as sch
from desktop.domain.benefits_rules import PP82_2019, Level, ScholarshipScheme
from desktop.domain.dates import age_on
from desktop.domain.money import Money
from desktop.models.benefits import (
    BenChild,
    BenClaim,
    BenDisbursement,
    BenHeir,
    BenParticipant,
    BenScholarshipYear,
)
from desktop.models.types import utcnow
from desktop.services.benefits_common import load_settings
from desktop.services.benefits_views import BenefitSettings, ChildRow, ProofDue
from desktop.services.scholarships import _rule, _schedule
from desktop.services.scholarships_due import proofs_due

# Names that sort differently by code point and by a language's collation.
NAMES = ("Budi Santoso", "budi santoso", "Ádi Nugroho", "Zainal", "Ani", "ani", "Bambang", "Budi Santoso")
DATES = [date(y, m, d) for y in (2019, 2021, 2023, 2025, 2026, 2028, 2031) for m, d in ((6, 30), (7, 1), (10, 1))]


def per_child(services, on: date) -> list[ProofDue]:
    """The proofs due as the per-child rule sees them (what the benefits area computed before)."""
    out, orders = [], {}
    with services.ctx.read() as session:
        settings = load_settings(session)
        current = sch.academic_year_of(on, settings.academic_year_start_month)
        for child, claim, participant, _guardian in services.benefits._all_children(session):
            if child.stopped_reason or claim.rule_key == "" or \
                    _rule(claim, settings).scholarship_scheme != ScholarshipScheme.PER_LEVEL:
                continue
            schedule, _plan, _views = _schedule(session, claim, child, settings, on)
            planned = next((r for r in schedule if r.academic_year == current and r.status in ("due", "overdue")),
                           None)
            if planned is None:
                continue
            state, deadline = sch.proof_status(current, on, grace_days=settings.proof_grace_days,
                                               start_month=settings.academic_year_start_month)
            guardian = session.get(BenHeir, child.guardian_heir_id) if child.guardian_heir_id else None
            orders[child.id] = child.child_order
            out.append(ProofDue(
                child_id=child.id, claim_id=claim.id, child_name=child.name, participant=participant.name,
                kpj=participant.kpj, guardian_name=guardian.name if guardian else "",
                guardian_phone=guardian.phone if guardian else "",
                guardian_address=guardian.address if guardian else "", academic_year=current, label=planned.label,
                level=planned.level, grade_id=planned.grade_id, amount=planned.amount, status=state.value,
                deadline=deadline))
    # As the benefits area sorted them; two participants of the same name with children of the same name
    # and order came in the database's order, which the fast query settles by the child's id.
    out.sort(key=lambda p: (p.status != "overdue", p.participant, p.child_name, orders[p.child_id], p.child_id))
    return out


def first(services, on: date, n: int) -> tuple[int, list[ProofDue]]:
    """What the Dasbor's tile reads: the count and the first `n`."""
    with services.ctx.read() as session:
        return proofs_due(session, load_settings(session), on, n)


def _level_and_grade(rng: random.Random) -> tuple[str, int]:
    level, grade = rng.choice(sch.plan_positions(PP82_2019))
    return level.value, grade


def varied_children(db, seed: int, claims: int = 45, *, unrated: bool = True) -> None:
    """Claims under both rules, rejected and deleted ones, children at and not yet at school, near
    the age limit, stopped (with and without a reason), with claimed, paid, refused and deleted years and
    their payments. `unrated`: also claims whose entitlement was never computed (no rule yet)."""
    rng = random.Random(seed)
    with db.write("test") as session:
        for n in range(claims):
            participant = BenParticipant(kpj=f"{n:011d}", nik=f"33020112048{n:05d}", name=rng.choice(NAMES),
                                         segment="PU")
            session.add(participant)
            session.flush()
            death = date(2017, 1, 1) + timedelta(days=rng.randint(0, 365 * 11))
            claim = BenClaim(participant_id=participant.id, death_date=death, cause="jkm", programme="JKM",
                             submitted_on=death, scholarship_eligible=True,
                             status=rng.choice(("open", "complete", "paid", "paid", "rejected")),
                             rule_key=rng.choice(("PP82_2019",) * 6 + ("PP44_2015", "" if unrated else "PP82_2019")))
            if rng.random() < 0.05:
                claim.deleted_at = utcnow()
            session.add(claim)
            session.flush()
            heir = BenHeir(claim_id=claim.id, nik=f"33020155088{n:05d}", name=f"Wali {n}", relationship="widow",
                           rank=1, phone=f"0812{n:08d}", address=f"Jalan {n}")
            session.add(heir)
            session.flush()
            for order in range(1, rng.choice((1, 2, 2, 3)) + 1):
                _child(session, rng, claim, heir, rng.random() < 0.8, order)


def _child(session, rng: random.Random, claim: BenClaim, heir: BenHeir, guardian: bool, order: int) -> None:
    death = claim.death_date
    birth = death - timedelta(days=rng.choice((rng.randint(-280, 365 * 23), 365 * 22 + rng.randint(-60, 60),
                                               365 * 5 + rng.randint(-60, 60))))
    level, grade = _level_and_grade(rng) if rng.random() < 0.65 else (None, 1)
    child = BenChild(claim_id=claim.id, child_order=order, name=rng.choice(("Dewi", "dewi", "Bayu", "Çitra")),
                     birth_date=birth, guardian_heir_id=heir.id if guardian else None, level_at_start=level,
                     grade_at_start=grade)
    if rng.random() < 0.12:
        child.stopped_on = death + timedelta(days=rng.randint(0, 365 * 6))
        child.stopped_reason = rng.choice(("married", "working", None, ""))
    if rng.random() < 0.04:
        child.deleted_at = utcnow()
    session.add(child)
    session.flush()
    first = max(sch.academic_year_of(death), birth.year + 1)  # as `record_year` allows: not before the death
    years = sorted(rng.sample(range(first, first + 12), rng.choice((0, 0, 1, 2, 3, 5))))
    for academic_year in years:
        level_y, grade_y = _level_and_grade(rng)
        year = BenScholarshipYear(child_id=child.id, academic_year=academic_year, level=level_y, grade=grade_y,
                                  amount=Money.rupiah(1_500_000), status=rng.choice(("claimed", "paid", "paid", "refused")))
        session.add(year)
        session.flush()
        _payments(session, rng, claim, heir, year)
        if rng.random() < 0.15:  # a replaced year: the deleted row stays behind the live one
            session.add(BenScholarshipYear(child_id=child.id, academic_year=academic_year, level="smp", grade=1,
                                           amount=Money.rupiah(2_000_000), status="refused", deleted_at=utcnow()))
    session.flush()


def _payments(session, rng: random.Random, claim: BenClaim, heir: BenHeir, year: BenScholarshipYear) -> None:
    """None, one or two payments of the year in any state; a paid one sometimes reversed."""
    for _ in range(rng.choice((0, 1, 1, 2))):
        payment = BenDisbursement(claim_id=claim.id, component="scholarship_year", scholarship_year_id=year.id,
                                  heir_id=heir.id, amount=year.amount,
                                  state=rng.choice(("draft", "verified", "approved", "paid", "cancelled")))
        session.add(payment)
        session.flush()
        if payment.state == "paid" and rng.random() < 0.3:
            session.add(BenDisbursement(claim_id=claim.id, component="scholarship_year", scholarship_year_id=year.id,
                                        heir_id=heir.id, amount=year.amount, state="paid", reversal_of=payment.id))


def per_child_rows(services) -> list[ChildRow]:
    """The Beasiswa list as the per-child rule builds it, one child at a time."""
    today = services.ctx.today()
    out = []
    with services.ctx.read() as session:
        settings = load_settings(session)
        current = sch.academic_year_of(today, settings.academic_year_start_month)
        for child, claim, participant, _guardian in services.benefits._all_children(session):
            schedule, _plan, _views = _schedule(session, claim, child, settings, today)
            paid = [r for r in schedule if r.status == "paid"]
            guardian = session.get(BenHeir, child.guardian_heir_id) if child.guardian_heir_id else None
            ended = not child.stopped_reason and schedule and schedule[-1].academic_year < current
            out.append(ChildRow(
                id=child.id, claim_id=claim.id, name=child.name, participant=participant.name, kpj=participant.kpj,
                birth_date=child.birth_date, age=age_on(child.birth_date, today) if child.birth_date <= today else 0,
                order=child.child_order, guardian=guardian.name if guardian else "",
                status="stopped" if child.stopped_reason else ("ended" if ended else "active"),
                stopped_reason=child.stopped_reason,
                this_year=next((r.status for r in schedule if r.academic_year == current), "none"),
                paid_years=len(paid), paid_total=sum((r.amount for r in paid), Money(0))))
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_the_fast_figure_matches_the_per_child_rule(services, db, seed):
    varied_children(db, seed)
    b = services.benefits
    seen = 0
    for on in DATES:
        expected = per_child(services, on)
        assert b.scholarship_proofs_due(on) == expected, on
        assert first(services, on, 5) == (len(expected), expected[:5]), on
        seen += len(expected)
    assert seen > 40  # the data set really has children due, at different levels
    levels = {p.level for on in DATES for p in b.scholarship_proofs_due(on)}
    assert levels >= {Level.TK_SD.value, Level.SMP.value, Level.SMA.value}


def test_the_children_list_reads_every_year_at_once_and_says_the_same(services, db):
    varied_children(db, 4, unrated=False)  # a child is only added to a claim with its rule
    rows = services.benefits.child_rows()
    assert rows == per_child_rows(services)
    assert {r.this_year for r in rows} >= {"in_progress", "overdue", "refused", "none"}
    assert {r.status for r in rows} >= {"active", "ended", "stopped"} and any(r.paid_years for r in rows)


def test_another_academic_year_start_and_grace_period(services, db):
    varied_children(db, 3, claims=30)
    services.benefits.save_settings(BenefitSettings(pp82_effective=date(2019, 11, 26), proof_grace_days=30,
                                                    academic_year_start_month=1))
    b = services.benefits
    for on in (date(2024, 1, 1), date(2024, 1, 31), date(2024, 2, 1), date(2026, 12, 31), date(2027, 3, 3)):
        expected = per_child(services, on)
        assert b.scholarship_proofs_due(on) == expected, on
        assert first(services, on, 3) == (len(expected), expected[:3]), on
