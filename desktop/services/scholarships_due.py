"""Scholarship proofs due or overdue, for every child at once: one SQL statement.

The per-child rule (`scholarships._schedule`, shown on a child's page) projects each child's plan in
Python from its recorded years. Doing that for every child on every Dasbor refresh meant several
queries per child (19 s for a branch with 3,000 children). The proof of the academic year running
on `on` is due for a child exactly when

- the child, its claim (not rejected) are live, the scholarship has not stopped, and the claim's
  rule pays yearly (PP 82/2019);
- no year is recorded for that academic year (claimed, paid or refused);
- that academic year is in the child's projected plan: either from the plan made when the child was
  added (no year recorded yet, or the current year lies before the last one recorded; cut at the
  stop date), or it continues the last recorded, not refused year (its level and class, one step a
  year); in both cases within the steps the levels allow and while the child is under the age limit
  on the first day of that year.

A plan moves one "position" a year through (TK-SD 1..8, SMP 1..3, SMA 1..3, PT 1..5)
(`sch.plan_positions`), so the year `current` of a plan that starts at position p in year F sits at
position p + current - F. These conditions are written below in SQL for both SQLite and PostgreSQL;
tests/benefits/test_scholarship_due.py checks them against the per-child rule on varied data.
"""

from __future__ import annotations

import functools
from datetime import date

from sqlalchemy import Date, Integer, and_, bindparam, case, cast, exists, extract, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.domain import scholarships as sch
from desktop.domain.benefits_rules import BenefitRule, Level, ScholarshipScheme
from desktop.models.benefits import BenChild, BenClaim, BenHeir, BenParticipant, BenScholarshipYear
from desktop.services.benefits_common import rulebook
from desktop.services.benefits_views import BenefitSettings, ProofDue


def date_part_sql(part: str, column):
    return cast(extract(part, column), Integer)


def academic_year_sql(column, start_month: int):
    """`sch.academic_year_of` in SQL."""
    return date_part_sql("year", column) - case((date_part_sql("month", column) < start_month, 1), else_=0)


def entry_year_sql(birth, start_month: int):
    """The first academic year that finds a child not yet at school of school-entry age (`plan_child`):
    born on or before the first day of the academic year's month, the child is of age in the year it
    turns that age; born later, a year after."""
    month, day = date_part_sql("month", birth), date_part_sql("day", birth)
    on_time = or_(month < start_month, and_(month == start_month, day == 1))
    return date_part_sql("year", birth) + sch.DEFAULT_SCHOOL_ENTRY_AGE + case((on_time, 0), else_=1)


def position_sql(level, grade, rule: BenefitRule):
    """The plan position of (level, class) in SQL; NULL for a level the rule does not know."""
    first: dict[str, int] = {}
    for index, (lvl, _grade) in enumerate(sch.plan_positions(rule)):
        first.setdefault(lvl.value, index)
    return case(first, value=level) + grade - 1


def _rule_terms(index: int, rule: BenefitRule, current, start_month: int, last_row):
    """(whether the current year's proof is due, its plan position) for the children under `rule`."""
    child = BenChild
    end = len(sch.plan_positions(rule)) - 1
    death_year = academic_year_sql(BenClaim.death_date, start_month)
    entry = entry_year_sql(child.birth_date, start_month)
    at_school = child.level_at_start.is_not(None)
    first_year = case((at_school, death_year), (entry > death_year, entry), else_=death_year)
    max_grade = case({lvl.value: rule.level(lvl).max_years for lvl, _g in sch.plan_positions(rule)},
                     value=child.level_at_start)
    start = case((at_school, position_sql(child.level_at_start, child.grade_at_start, rule)), else_=0)
    from_plan = and_(
        or_(last_row.academic_year.is_(None), last_row.academic_year > current),
        first_year <= current, start + current - first_year <= end,
        or_(~at_school, child.grade_at_start.between(1, max_grade)),  # `plan_child` refuses any other
        or_(child.stopped_on.is_(None), academic_year_sql(child.stopped_on, start_month) > current))
    after_last_position = position_sql(last_row.level, last_row.grade, rule) + current - last_row.academic_year
    after_last = and_(last_row.academic_year < current, after_last_position <= end)
    due = and_(BenClaim.rule_key == rule.key, child.birth_date > bindparam(f"born_after_{index}", type_=Date),
               or_(from_plan, after_last))
    position = case((last_row.academic_year < current, after_last_position), else_=start + current - first_year)
    return due, position


@functools.lru_cache(maxsize=16)
def _statement(rules: tuple[BenefitRule, ...], start_month: int, postgresql: bool, limited: bool):
    """The query, built once per rule set and dialect (building it costs more than running it);
    the academic year, the age limits' birth dates and the limit are bound at each call."""
    year = BenScholarshipYear
    current = bindparam("current", type_=Integer)
    # The last recorded, not refused year, looked up (by index) only for the children the cheap
    # conditions leave: a join to a grouped subquery would aggregate every year of every child.
    counted = aliased(year, name="counted")
    last_year = (select(func.max(counted.academic_year))
                 .where(counted.child_id == BenChild.id, counted.deleted_at.is_(None), counted.status != "refused")
                 .correlate(BenChild).scalar_subquery())
    last_row = aliased(year, name="last_row")
    recorded = aliased(year, name="recorded")
    guardian = aliased(BenHeir, name="guardian")
    terms = [_rule_terms(i, rule, current, start_month, last_row) for i, rule in enumerate(rules)]
    position = case(*((BenClaim.rule_key == rule.key, pos) for rule, (_due, pos) in zip(rules, terms, strict=True)))

    def binary(column):  # names by code point, as Python sorts them, whatever PostgreSQL's collation is
        return column.collate("C") if postgresql else column

    query = (
        select(BenChild.id, BenClaim.id, BenChild.name, BenParticipant.name, BenParticipant.kpj, guardian.name,
               guardian.phone, guardian.address, BenClaim.rule_key, position, func.count().over())
        .join(BenClaim, BenClaim.id == BenChild.claim_id)
        .join(BenParticipant, BenParticipant.id == BenClaim.participant_id)
        .outerjoin(guardian, guardian.id == BenChild.guardian_heir_id)
        .outerjoin(last_row, and_(last_row.child_id == BenChild.id, last_row.deleted_at.is_(None),
                                  last_row.academic_year == last_year))
        .where(BenChild.deleted_at.is_(None), BenClaim.deleted_at.is_(None), BenClaim.status != "rejected",
               or_(BenChild.stopped_reason.is_(None), BenChild.stopped_reason == ""),
               ~exists().where(recorded.child_id == BenChild.id, recorded.academic_year == current,
                               recorded.deleted_at.is_(None)),
               or_(*(due for due, _pos in terms)))
        .order_by(binary(BenParticipant.name), binary(BenChild.name), BenChild.child_order, BenChild.id))
    return query.limit(bindparam("first", type_=Integer)) if limited else query


def proofs_due(session: Session, settings: BenefitSettings, on: date, first: int | None = None
               ) -> tuple[int, list[ProofDue]]:
    """How many proofs are due or overdue on `on`, and the rows (all, or the first `first`)."""
    start_month = settings.academic_year_start_month
    current = sch.academic_year_of(on, start_month)
    rules = tuple(r for r in rulebook(settings).rows() if r.scholarship_scheme == ScholarshipScheme.PER_LEVEL)
    if not rules:
        return 0, []
    query = _statement(rules, start_month, session.get_bind().dialect.name == "postgresql", first is not None)
    params = {"current": current, "first": first} | {
        f"born_after_{i}": sch.under_age_born_after(r.child_age_limit, current, start_month)
        for i, r in enumerate(rules)}
    rows = session.execute(query, params).all()
    by_key = {r.key: r for r in rules}
    state, deadline = sch.proof_status(current, on, grace_days=settings.proof_grace_days, start_month=start_month)
    status = state.value if state else sch.ProofStatus.DUE.value  # `on` lies in `current`: never None
    out = []
    for (child_id, claim_id, child_name, participant, kpj, guardian_name, phone, address, rule_key, pos,
         _total) in rows:
        rule = by_key[rule_key]
        level, grade = sch.plan_positions(rule)[pos]
        out.append(ProofDue(
            child_id=child_id, claim_id=claim_id, child_name=child_name, participant=participant, kpj=kpj,
            guardian_name=guardian_name or "", guardian_phone=phone or "", guardian_address=address or "",
            academic_year=current, label=sch.academic_year_label(current), level=level.value,
            grade_id=sch.grade_label_id(Level(level), grade), amount=rule.level(level).per_year, status=status,
            deadline=deadline))
    return (rows[0][-1] if rows else 0), out
