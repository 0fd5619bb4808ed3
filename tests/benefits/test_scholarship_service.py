"""Scholarships through the service: children (at most two), yearly claims with their proofs, one
payment per child per academic year, proofs due or overdue and the reminder letters."""

from __future__ import annotations

from datetime import date

import pytest
from ben_helpers import approved, ready_claim
from sqlalchemy.exc import IntegrityError

from desktop.domain.money import Money
from desktop.errors import UserError
from desktop.models.benefits import BenScholarshipYear
from desktop.services.benefits_views import ChildInput

R = Money.rupiah


def _child(staff, claim_id, heir, **changes):
    values = dict(name="Dewi Santoso", birth_date=date(2014, 5, 5), guardian_heir_id=heir.id,
                  level_at_start="tk_sd", grade_at_start=7)
    values.update(changes)
    return staff.rina.benefits.add_child(claim_id, ChildInput(**values))[0]


def test_at_most_two_children_a_third_is_refused(staff):
    claim_id, heir = ready_claim(staff)
    _child(staff, claim_id, heir)
    _child(staff, claim_id, heir, name="Bayu Santoso", birth_date=date(2019, 2, 1), level_at_start=None)
    with pytest.raises(UserError, match="child number 3"):
        _child(staff, claim_id, heir, name="Citra Santoso", birth_date=date(2021, 1, 1), level_at_start=None)
    assert len(staff.rina.benefits.children(claim_id)) == 2


def test_no_child_when_the_contributions_are_short(staff):
    claim_id, heir = ready_claim(staff, contribution_months=35)
    with pytest.raises(UserError, match="does not open the scholarship"):
        _child(staff, claim_id, heir)


def test_a_child_over_23_is_refused(staff):
    claim_id, heir = ready_claim(staff)
    with pytest.raises(UserError, match="under 23"):
        _child(staff, claim_id, heir, birth_date=date(2002, 1, 10), level_at_start="pt", grade_at_start=4)


def test_a_year_needs_its_proofs_and_is_paid_once(staff):
    claim_id, heir = ready_claim(staff)
    child = _child(staff, claim_id, heir)
    b = staff.rina.benefits
    with pytest.raises(UserError, match="proof of enrolment"):
        b.record_year(child, 2026, "tk_sd", 8, None, date(2026, 8, 1))
    with pytest.raises(UserError, match="report card"):
        b.record_year(child, 2026, "tk_sd", 8, date(2026, 8, 1), None)
    with pytest.raises(UserError, match="outside the scholarship period"):
        b.record_year(child, 2027, "tk_sd", 8, date(2026, 8, 1), date(2026, 8, 1))
    year_id, disb, _ = b.record_year(child, 2026, "tk_sd", 8, date(2026, 8, 1), date(2026, 8, 3))
    row = b.disbursement(disb)
    assert (row.component, row.amount, row.academic_year, row.heir_name) == (
        "scholarship_year", R(1_500_000), 2026, "Sri Wahyuni")
    with pytest.raises(UserError, match="already claimed"):
        b.record_year(child, 2026, "tk_sd", 8, date(2026, 8, 1), date(2026, 8, 3))
    approved(staff, [disb])
    b.pay(disb, b.disbursement(disb).version)
    view = b.child(child)
    assert view.paid_total == R(1_500_000)
    assert next(r for r in view.schedule if r.academic_year == 2026).status == "paid"
    nxt = next(r for r in view.schedule if r.academic_year == 2027)
    assert (nxt.grade_id, nxt.amount, nxt.status) == ("SMP kelas 1", R(2_000_000), "planned")


def test_the_database_keeps_one_year_per_child(db, staff):
    claim_id, heir = ready_claim(staff)
    child = _child(staff, claim_id, heir)
    staff.rina.benefits.record_year(child, 2026, "tk_sd", 8, date(2026, 8, 1), date(2026, 8, 3))
    with db.write("test") as session:
        session.add(BenScholarshipYear(child_id=child, academic_year=2026, level="tk_sd", grade=8,
                                       amount=R(1_500_000)))
        with pytest.raises(IntegrityError):
            session.flush()
        session.rollback()


def test_a_year_at_23_is_refused_by_the_service(staff):
    claim_id, heir = ready_claim(staff)
    # 22 on the day of death (2 March 2026), 23 on 1 July 2026: 2025/2026 is paid, 2026/2027 is not
    child = _child(staff, claim_id, heir, birth_date=date(2003, 6, 1), level_at_start="pt", grade_at_start=4)
    staff.rina.benefits.record_year(child, 2025, "pt", 4, date(2026, 4, 1), date(2026, 4, 1))
    with pytest.raises(UserError, match="ends at 23"):
        staff.rina.benefits.record_year(child, 2026, "pt", 5, date(2026, 8, 1), date(2026, 8, 1))


def test_proofs_due_overdue_and_the_reminder_letters(staff, tmp_path):
    from pypdf import PdfReader

    claim_id, heir = ready_claim(staff)
    on_time = _child(staff, claim_id, heir)
    young = _child(staff, claim_id, heir, name="Bayu Santoso", birth_date=date(2024, 1, 1), level_at_start=None)
    b = staff.rina.benefits
    due = b.scholarship_proofs_due(date(2026, 8, 15))
    assert [(d.child_name, d.status, d.label) for d in due] == [("Dewi Santoso", "due", "2026/2027")]
    assert young not in {d.child_id for d in due}  # too young for school this year
    assert [d.status for d in b.scholarship_proofs_due(date(2026, 11, 20))] == ["overdue"]
    letters, _ = b.send_reminders(date(2026, 11, 20), one_pdf=tmp_path / "pengingat.pdf")
    assert len(letters) == 1 and letters[0].template == "pengingat_beasiswa"
    assert staff.rina.letters.letters_about("ben_child", on_time)[0].number == letters[0].number
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "pengingat.pdf").pages)
    assert "Dewi Santoso" in text and "Budi Santoso" in text
    b.record_year(on_time, 2026, "tk_sd", 8, date(2026, 11, 2), date(2026, 11, 2))
    assert b.scholarship_proofs_due(date(2026, 11, 20)) == []
    with pytest.raises(UserError, match="No scholarship proof is due"):
        b.send_reminders(date(2026, 11, 20))


def test_a_stopped_scholarship_is_no_longer_due(staff):
    claim_id, heir = ready_claim(staff)
    child = _child(staff, claim_id, heir, birth_date=date(2005, 3, 3), level_at_start="sma", grade_at_start=3)
    b = staff.rina.benefits
    assert [d.child_id for d in b.scholarship_proofs_due(date(2026, 11, 20))] == [child]
    b.stop_child(child, b.child(child).version, "working", date(2026, 10, 1))
    assert b.scholarship_proofs_due(date(2026, 11, 20)) == []
    with pytest.raises(UserError, match="stopped"):
        b.record_year(child, 2026, "pt", 1, date(2026, 11, 1), date(2026, 11, 1))
    assert b.child_rows()[0].status == "stopped"


def test_the_old_rule_pays_one_lump_sum_for_one_child(staff):
    claim_id, heir = ready_claim(staff, death_date=date(2019, 8, 2), membership_start=date(2012, 1, 2),
                                 contribution_months=80)
    claim = staff.rina.benefits.claim(claim_id)
    assert claim.rule_key == "PP44_2015" and claim.total == R(36_000_000)  # 24 million + 12 million beasiswa
    _child(staff, claim_id, heir, birth_date=date(2012, 5, 5), level_at_start="tk_sd", grade_at_start=3)
    with pytest.raises(UserError, match="child number 2"):
        _child(staff, claim_id, heir, name="Bayu Santoso", birth_date=date(2015, 5, 5))
