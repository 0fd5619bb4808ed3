"""The Beasiswa list: every child with this academic year's state and the years paid, worked out,
filtered, sorted and cut into pages by the database.

A child's page (`scholarships._schedule`) lays out the whole plan year by year, with its amounts
and the text describing it. Doing that for each of 3,000 children on every page of the list cost
about 1.4 s of CPU. The list needs much less of it:

- the years paid and their total come from the recorded years alone (summed per child, with the
  paid years gathered once rather than looked up year by year);
- this year's state is the recorded year's (paid, refused, in progress) or, when the current year
  is in the projected plan, its proof's state (the same for every child on a given day);
- whether the scholarship has ended needs only the last year of the schedule.

The projected plan is one or two runs of consecutive years: the plan made when the child was added
(`sch.plan_child`), cut at the stop and at the last recorded, not refused year; then, unless the
scholarship stopped, the years after that one from its level and class (`sch.next_step`). A plan
moves one position a year (`sch.plan_positions`), so a run from position p in year F ends at
F + (last position - p), or earlier at the age limit: arithmetic that SQL does as well as Python
(as in `scholarships_due`). The data is taken as the services store it (classes within their level).

So a page reads 200 rows, not 3,000. A text filter matches words as Python lower-cases them, which
SQLite's LOWER does not do beyond ASCII (Çitra): with one the rows are filtered and sorted here.
tests/benefits/test_scholarship_due.py and test_benefits_speed_shape.py hold the rows, pages, sorts
and filters to the per-child rule on varied data.
"""

from __future__ import annotations

import functools
from datetime import date

from sqlalchemy import Date, Integer, String, and_, bindparam, case, func, literal_column, null, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.domain import scholarships as sch
from desktop.domain.benefits_rules import BenefitRule, ScholarshipScheme
from desktop.domain.money import Money
from desktop.models.benefits import (
    BenChild,
    BenClaim,
    BenDisbursement,
    BenHeir,
    BenParticipant,
    BenScholarshipYear,
)
from desktop.services.benefits_common import PAID, rulebook
from desktop.services.benefits_views import BenefitSettings, ChildRow
from desktop.services.paging import Page, PageRequest
from desktop.services.scholarships_due import academic_year_sql, date_part_sql, entry_year_sql, position_sql

# This year's recorded year, as the statement codes it (the highest wins: a year is recorded once).
IN_PROGRESS, REFUSED, YEAR_PAID = 1, 2, 3
# The columns the database sorts by (the list's columns); another key is sorted here.
SQL_SORTS = ("name", "participant", "kpj", "guardian", "status", "this_year", "age", "paid_years", "paid_total",
             "order", "birth_date")
TEXT_COLUMNS = ("name", "participant", "kpj", "guardian", "status", "this_year")


def _is_set(column):
    """Python's truth of a text column: neither NULL nor empty."""
    return and_(column.is_not(None), column != "")


def _recorded(current):
    """Per child, from its live years: the last one, the last one not refused, how many are paid and
    their amount, and this academic year's state (IN_PROGRESS, REFUSED, YEAR_PAID). A year is paid,
    as `scholarships._payment_state` has it, when one of its payments that is not a reversal is paid."""
    d, y = BenDisbursement, BenScholarshipYear
    paid = (select(d.scholarship_year_id.label("year_id"))
            .where(d.scholarship_year_id.is_not(None), d.reversal_of.is_(None), d.state == PAID)
            .group_by(d.scholarship_year_id).subquery("paid"))
    is_paid = paid.c.year_id.is_not(None)
    state = case((is_paid, YEAR_PAID), (y.status == "refused", REFUSED), else_=IN_PROGRESS)
    return (select(y.child_id,
                   func.max(y.academic_year).label("last_recorded"),
                   func.max(case((y.status != "refused", y.academic_year))).label("last_counted"),
                   func.count(paid.c.year_id).label("paid_years"),
                   func.sum(case((is_paid, y.amount))).label("paid_total"),
                   func.max(case((y.academic_year == current, state))).label("this_year"))
            .outerjoin(paid, paid.c.year_id == y.id)
            .where(y.deleted_at.is_(None)).group_by(y.child_id).subquery("recorded"))


def _by_rule(rules: tuple[BenefitRule, ...], value):
    """`value(rule)` of the child's rule, in SQL (NULL for a rule without a yearly plan)."""
    return case({rule.key: value(rule) for rule in rules}, value=BenClaim.rule_key) if rules else null()


def _facts(rules: tuple[BenefitRule, ...], start_month: int, current):
    """Per child, the numbers its projected plan hangs on, computed once (a CTE the database keeps,
    so the conditions on them do not repeat these expressions):

    - plan_first, plan_end, under_age_end: the plan made when the child was added runs from
      plan_first for (last position - start position) years, and no year starts once the child has
      reached the age limit (`sch.under_age_born_after`);
    - stop_end: the last year before the stop; counted: the last recorded, not refused year;
    - tail_end: after `counted` the plan goes on one position a year from that year's next class
      (`sch.next_step`), unless the scholarship stopped; NULL when there is none."""
    c = BenChild
    recorded = _recorded(current)
    last = aliased(BenScholarshipYear, name="last_counted")
    death = academic_year_sql(BenClaim.death_date, start_month)
    entry = entry_year_sql(c.birth_date, start_month)
    at_school = _is_set(c.level_at_start)
    first = case((at_school, death), (entry > death, entry), else_=death)
    start = case((at_school, _by_rule(rules, lambda r: position_sql(c.level_at_start, c.grade_at_start, r))),
                 else_=0)
    end = _by_rule(rules, lambda r: len(sch.plan_positions(r)) - 1)
    month, day = date_part_sql("month", c.birth_date), date_part_sql("day", c.birth_date)
    born_after_its_start = or_(month > start_month, and_(month == start_month, day > 1))
    under_age_end = (date_part_sql("year", c.birth_date) - case((born_after_its_start, 0), else_=1)
                     + _by_rule(rules, lambda r: r.child_age_limit))
    counted = recorded.c.last_counted
    last_position = _by_rule(rules, lambda r: position_sql(last.level, last.grade, r))
    tail = and_(counted.is_not(None), ~_is_set(c.stopped_reason), last_position < end)
    return (select(c.id, c.claim_id, c.name, c.birth_date, c.child_order, c.stopped_reason,
                   BenParticipant.name.label("participant"), BenParticipant.kpj,
                   func.coalesce(BenHeir.name, "").label("guardian"),
                   BenClaim.rule_key.in_([r.key for r in rules]).label("yearly"),
                   first.label("plan_first"), (first + end - start).label("plan_end"),
                   under_age_end.label("under_age_end"),
                   (academic_year_sql(c.stopped_on, start_month) - 1).label("stop_end"), counted.label("counted"),
                   case((tail, counted + 1 + end - (last_position + 1))).label("tail_end"),
                   recorded.c.last_recorded, recorded.c.paid_years, recorded.c.paid_total,
                   recorded.c.this_year.label("recorded_state"))
            .join(BenClaim, BenClaim.id == c.claim_id)
            .join(BenParticipant, BenParticipant.id == BenClaim.participant_id)
            .outerjoin(BenHeir, BenHeir.id == c.guardian_heir_id)
            .outerjoin(recorded, recorded.c.child_id == c.id)
            .outerjoin(last, and_(last.child_id == c.id, last.academic_year == counted, last.deleted_at.is_(None)))
            .where(c.deleted_at.is_(None), BenClaim.deleted_at.is_(None), BenClaim.status != "rejected")
            .cte("facts").prefix_with("MATERIALIZED"))


@functools.lru_cache(maxsize=8)
def _listing(rules: tuple[BenefitRule, ...], start_month: int):
    """Every live child of a claim not rejected, as the list's columns (`ChildRow`), unordered.
    Built once per rule set; bound at each call: current (academic year), planned (this year's
    state of a planned year), today and its year, month and day.

    The plan's first run ends at the least of plan_end, under_age_end, stop_end and counted - 1; the
    second (tail) runs from counted + 1 to the lesser of tail_end and under_age_end. "x <= the least"
    is written as x <= each of them."""
    rules = tuple(r for r in rules if r.scholarship_scheme == ScholarshipScheme.PER_LEVEL)
    current = bindparam("current", type_=Integer)
    f = _facts(rules, start_month, current).c

    def up_to(year, *ends):  # year <= every end that is set (stop_end and counted may be NULL)
        return and_(*(or_(e.is_(None), year <= e) for e in ends))

    def one_before(year, *ends):  # some end that is set lies before year
        return or_(*(and_(e.is_not(None), e < year) for e in ends))

    plan_ends = (f.plan_end, f.under_age_end, f.stop_end, f.counted - 1)
    tail_first = f.counted + 1
    tail_ends = (f.tail_end, f.under_age_end)
    plan_some = and_(f.yearly, up_to(f.plan_first, *plan_ends))
    tail_some = and_(f.yearly, f.tail_end.is_not(None), up_to(tail_first, *tail_ends))
    in_run = or_(and_(plan_some, f.plan_first <= current, up_to(current, *plan_ends)),
                 and_(tail_some, tail_first <= current, up_to(current, *tail_ends)))
    runs_before = and_(or_(~plan_some, one_before(current, *plan_ends)),
                       or_(~tail_some, one_before(current, *tail_ends)))
    stopped = _is_set(f.stopped_reason)
    ended = and_(~stopped, or_(plan_some, tail_some, f.last_recorded.is_not(None)), runs_before,
                 or_(f.last_recorded.is_(None), f.last_recorded < current))
    state = f.recorded_state
    this_year = case((state == YEAR_PAID, "paid"), (state == REFUSED, "refused"), (state == IN_PROGRESS, "in_progress"),
                     (in_run, bindparam("planned", type_=String)), else_="none")
    today_month, today_day = bindparam("today_month", type_=Integer), bindparam("today_day", type_=Integer)
    birth_month, birth_day = date_part_sql("month", f.birth_date), date_part_sql("day", f.birth_date)
    birthday_to_come = or_(today_month < birth_month, and_(today_month == birth_month, today_day < birth_day))
    age = case((f.birth_date > bindparam("today", type_=Date), 0),
               else_=bindparam("today_year", type_=Integer) - date_part_sql("year", f.birth_date)
               - case((birthday_to_come, 1), else_=0))
    return (select(f.id.label("id"), f.claim_id.label("claim_id"), f.name.label("name"),
                   f.participant.label("participant"), f.kpj.label("kpj"), f.birth_date.label("birth_date"),
                   age.label("age"), f.child_order.label("order"), f.guardian.label("guardian"),
                   case((stopped, "stopped"), (ended, "ended"), else_="active").label("status"),
                   f.stopped_reason.label("stopped_reason"), this_year.label("this_year"),
                   func.coalesce(f.paid_years, 0).label("paid_years"), f.paid_total.label("paid_total"))
            .subquery("listing"))


def _base_order(listing):
    """By parent's name (as the database collates it) and child order; ties by the child's id. The
    name as an expression: otherwise SQLite walks the index of 300,000 participants' names to skip
    sorting a few thousand children (0.6 s)."""
    return [listing.c.participant + "", listing.c.order, listing.c.id]


def _sort_column(listing, key: str, postgresql: bool):
    column = listing.c[key]
    if key == "paid_total":
        return func.coalesce(column, literal_column("0"))
    if key in TEXT_COLUMNS and postgresql:  # by code point, as Python sorts text
        return column.collate("C")
    return column


def _params(settings: BenefitSettings, today: date) -> dict:
    start_month = settings.academic_year_start_month
    current = sch.academic_year_of(today, start_month)
    state, _deadline = sch.proof_status(current, today, grace_days=settings.proof_grace_days,
                                        start_month=start_month)
    return {"current": current, "planned": state.value if state else "planned", "today": today,
            "today_year": today.year, "today_month": today.month, "today_day": today.day}


def _as_row(r) -> ChildRow:
    return ChildRow(id=r.id, claim_id=r.claim_id, name=r.name, participant=r.participant, kpj=r.kpj,
                    birth_date=r.birth_date, age=r.age, order=r.order, guardian=r.guardian, status=r.status,
                    stopped_reason=r.stopped_reason, this_year=r.this_year, paid_years=r.paid_years,
                    paid_total=r.paid_total or Money(0))


def _listing_for(settings: BenefitSettings):
    return _listing(rulebook(settings).rows(), settings.academic_year_start_month)


def child_rows(session: Session, settings: BenefitSettings, today: date) -> list[ChildRow]:
    """Every child, by parent's name and child order."""
    listing = _listing_for(settings)
    rows = session.execute(select(listing).order_by(*_base_order(listing)), _params(settings, today))
    return [_as_row(r) for r in rows]


def children_page(session: Session, settings: BenefitSettings, today: date, request: PageRequest
                  ) -> Page[ChildRow]:
    """Filters: this_year. Sort keys: the `ChildRow` fields; by parent's name and child order unless asked."""
    words = request.text.lower().split()
    key = request.sort_key
    if words or (key and key not in SQL_SORTS):
        return _page_here(child_rows(session, settings, today), words, request)
    listing = _listing_for(settings)
    postgresql = session.get_bind().dialect.name == "postgresql"
    order = _base_order(listing)
    if key:
        column = _sort_column(listing, key, postgresql)
        order.insert(0, column.desc() if request.descending else column.asc())
    stmt = select(listing, func.count().over().label("total")).order_by(*order)
    if request.filters.get("this_year"):
        stmt = stmt.where(listing.c.this_year == request.filters["this_year"])
    params = _params(settings, today)
    rows = session.execute(stmt.offset(request.offset).limit(request.limit), params).all()
    if rows:
        total = rows[0].total
    else:  # past the end: count them
        total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()), params) or 0
    return Page([_as_row(r) for r in rows], total, request.offset)


def _page_here(rows: list[ChildRow], words: list[str], request: PageRequest) -> Page[ChildRow]:
    if words:
        rows = [r for r in rows if all(w in f"{r.name} {r.participant} {r.kpj} {r.guardian}".lower()
                                       for w in words)]
    if request.filters.get("this_year"):
        rows = [r for r in rows if r.this_year == request.filters["this_year"]]
    if request.sort_key:
        rows.sort(key=lambda r: (getattr(r, request.sort_key, "") is None, getattr(r, request.sort_key, "")),
                  reverse=request.descending)
    return Page(rows[request.offset:request.offset + request.limit], len(rows), request.offset)
