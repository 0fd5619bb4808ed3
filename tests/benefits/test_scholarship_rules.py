"""The scholarship plan and yearly claims (domain.md section 2): levels and years, at most two
children, the age-23 boundary, a child too young for school, proofs required."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import scholarships as sch
from desktop.domain.benefits_rules import PP44_2015, PP82_2019, Level
from desktop.domain.money import Money
from desktop.errors import UserError

R = Money.rupiah
DEATH = date(2024, 3, 1)  # academic year 2023/2024


def claim(year: int, level: Level = Level.SMA, grade: int = 1, proof: date | None = date(2024, 8, 1),
          card: date | None = date(2024, 8, 1)) -> sch.YearClaim:
    return sch.YearClaim(year, level, grade, proof, card)


def test_the_levels_pay_per_year_up_to_their_years():
    rows = {r.level: (r.per_year, r.max_years) for r in PP82_2019.levels}
    assert rows == {Level.TK_SD: (R(1_500_000), 8), Level.SMP: (R(2_000_000), 3), Level.SMA: (R(3_000_000), 3),
                    Level.PT: (R(12_000_000), 5)}
    assert PP82_2019.scholarship_max_per_child * PP82_2019.scholarship_max_children == R(174_000_000)


def test_a_plan_goes_up_the_levels_and_stops_before_23():
    plan = sch.plan_child(PP82_2019, DEATH, sch.ChildFacts(date(2008, 5, 5), Level.SMA, 2))
    assert [(y.label, y.level, y.grade) for y in plan.years[:3]] == [
        ("2023/2024", Level.SMA, 2), ("2024/2025", Level.SMA, 3), ("2025/2026", Level.PT, 1)]
    assert len(plan.years) == 7 and plan.total == R(3_000_000) * 2 + R(12_000_000) * 5
    assert all(y.age_at_start < 23 for y in plan.years)


@pytest.mark.parametrize(("birth", "years"), [
    (date(2001, 7, 1), 1),  # 23 on the first day of 2024/2025: that year is not paid
    (date(2001, 7, 2), 2),  # still 22 on 1 July 2024: paid; 23 by 1 July 2025
])
def test_the_age_23_boundary(birth, years):
    plan = sch.plan_child(PP82_2019, DEATH, sch.ChildFacts(birth, Level.PT, 1))
    assert len(plan.years) == years


def test_a_yearly_claim_at_23_is_refused():
    with pytest.raises(UserError, match="ends at 23"):
        sch.check_year_claim(PP82_2019, date(2001, 7, 1), claim(2024, Level.PT, 1),
                             years_paid_at_level=0, stopped=None)
    assert sch.check_year_claim(PP82_2019, date(2001, 7, 2), claim(2024, Level.PT, 1),
                                years_paid_at_level=0, stopped=None) == R(12_000_000)


def test_a_child_too_young_for_school_starts_when_entering_it():
    plan = sch.plan_child(PP82_2019, DEATH, sch.ChildFacts(date(2022, 9, 1), None))
    # still 4 on 1 July 2027; 5 on 1 July 2028: TK A in 2028/2029
    assert (plan.years[0].label, plan.years[0].grade_id, plan.years[0].age_at_start) == ("2028/2029", "TK A", 5)
    assert plan.years[8].grade_id == "SMP kelas 1" and plan.total == R(75_000_000)


def test_at_most_two_children_a_third_is_refused():
    for order in (1, 2):
        sch.check_child(PP82_2019, DEATH, date(2015, 1, 1), order, eligible=True)
    with pytest.raises(UserError, match="child number 3"):
        sch.check_child(PP82_2019, DEATH, date(2015, 1, 1), 3, eligible=True)
    with pytest.raises(UserError, match="child number 2"):
        sch.check_child(PP44_2015, date(2018, 1, 1), date(2010, 1, 1), 2, eligible=True)  # old rule: one child


def test_a_child_over_23_or_a_death_without_the_scholarship_is_refused():
    with pytest.raises(UserError, match="under 23"):
        sch.check_child(PP82_2019, DEATH, date(2001, 2, 28), 1, eligible=True)
    sch.check_child(PP82_2019, DEATH, date(2001, 3, 2), 1, eligible=True)  # 22 on the day of death
    with pytest.raises(UserError, match="does not open the scholarship"):
        sch.check_child(PP82_2019, DEATH, date(2015, 1, 1), 1, eligible=False)


def test_a_year_without_proof_is_refused():
    with pytest.raises(UserError, match="proof of enrolment"):
        sch.check_year_claim(PP82_2019, date(2008, 1, 1), claim(2024, proof=None), years_paid_at_level=0,
                             stopped=None)
    with pytest.raises(UserError, match="report card"):
        sch.check_year_claim(PP82_2019, date(2008, 1, 1), claim(2024, card=None), years_paid_at_level=0,
                             stopped=None)
    # a child just entering school has no report card yet
    assert sch.check_year_claim(PP82_2019, date(2019, 1, 1), claim(2024, Level.TK_SD, 1, card=None),
                                years_paid_at_level=0, stopped=None, first_school_year=True) == R(1_500_000)


def test_the_years_of_a_level_are_capped_and_a_stop_is_final():
    with pytest.raises(UserError, match="all 3 years"):
        sch.check_year_claim(PP82_2019, date(2008, 1, 1), claim(2024), years_paid_at_level=3, stopped=None)
    with pytest.raises(UserError, match="stopped"):
        sch.check_year_claim(PP82_2019, date(2008, 1, 1), claim(2024), years_paid_at_level=0,
                             stopped=sch.StopReason.MARRIED)


def test_proof_due_then_overdue():
    assert sch.proof_status(2026, date(2026, 6, 30)) == (None, date(2026, 9, 29))
    assert sch.proof_status(2026, date(2026, 9, 29))[0] == sch.ProofStatus.DUE
    assert sch.proof_status(2026, date(2026, 9, 30))[0] == sch.ProofStatus.OVERDUE
    assert sch.academic_year_of(date(2026, 6, 30)) == 2025 and sch.academic_year_of(date(2026, 7, 1)) == 2026
