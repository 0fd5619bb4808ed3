"""Scholarships (beasiswa) of the children of a deceased participant: the children, each one's plan
of levels and years, the yearly claims with their proofs, and the proofs due or overdue."""

from __future__ import annotations

import functools
import uuid
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain import benefits as dom
from desktop.domain import scholarships as sch
from desktop.domain.benefits_rules import Level, ScholarshipScheme
from desktop.domain.dates import age_on
from desktop.domain.identifiers import parse_nik
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.benefits import (
    BenChild,
    BenClaim,
    BenDisbursement,
    BenHeir,
    BenParticipant,
    BenScholarshipYear,
)
from desktop.services import audit, scholarships_list
from desktop.services.benefits_common import CANCELLED, PAID, load_settings, may_see_full, rulebook, show_nik
from desktop.services.benefits_views import (
    BenefitSettings,
    ChildInput,
    ChildRow,
    ChildView,
    ProofDue,
    ScheduleRow,
    ScholarshipYearView,
)
from desktop.services.context import Area, Changes, get_for_update, get_live, snapshot
from desktop.services.paging import Page, PageRequest
from desktop.services.scholarships_due import proofs_due

YEAR = dom.Component.SCHOLARSHIP_YEAR.value


def _rule(claim: BenClaim, settings: BenefitSettings):
    return _rule_by_key(settings, claim.rule_key)


@functools.lru_cache(maxsize=32)
def _rule_by_key(settings: BenefitSettings, key: str):
    """Rule rows are remade with the office's dates on every `rulebook()`; a list of all children
    asks for the same few thousands of times."""
    return rulebook(settings).by_key(key)


def _child_facts(child: BenChild) -> sch.ChildFacts:
    return sch.ChildFacts(birth_date=child.birth_date,
                          level=Level(child.level_at_start) if child.level_at_start else None,
                          grade=child.grade_at_start,
                          stopped=sch.StopReason(child.stopped_reason) if child.stopped_reason else None)


def _plan(claim: BenClaim, child: BenChild, settings: BenefitSettings) -> sch.ChildPlan:
    rule = _rule(claim, settings)
    facts = _child_facts(child)
    # The plan after a stop still shows the years before it; `plan_child` drops everything once stopped.
    plan = sch.plan_child(rule, claim.death_date, replace(facts, stopped=None),
                          start_month=settings.academic_year_start_month)
    if child.stopped_on is not None:
        cut = sch.academic_year_of(child.stopped_on, settings.academic_year_start_month)
        plan = sch.ChildPlan(tuple(y for y in plan.years if y.academic_year < cut), plan.text_en, plan.params)
    return plan


_LIVE_PAYMENT = (BenDisbursement.reversal_of.is_(None), BenDisbursement.state != CANCELLED)


def _payment_state(states: list[str]) -> str:
    """The state of a year's live payment ("" when none)."""
    return PAID if PAID in states else (states[0] if states else "")


def _year_state(session: Session, year: BenScholarshipYear) -> str:
    return _payment_state(list(session.scalars(select(BenDisbursement.state).where(
        BenDisbursement.scholarship_year_id == year.id, *_LIVE_PAYMENT))))


def _year_view(y: BenScholarshipYear, disbursement_state: str) -> ScholarshipYearView:
    level = Level(y.level)
    return ScholarshipYearView(id=y.id, version=y.version, academic_year=y.academic_year,
                               label=sch.academic_year_label(y.academic_year), level=y.level, grade=y.grade,
                               grade_id=sch.grade_label_id(level, y.grade), amount=y.amount,
                               enrolment_proof_on=y.enrolment_proof_on, report_card_on=y.report_card_on,
                               status=y.status, disbursement_state=disbursement_state)


def _years(session: Session, child_id: uuid.UUID) -> list[BenScholarshipYear]:
    return list(session.scalars(select(BenScholarshipYear).where(
        BenScholarshipYear.child_id == child_id, BenScholarshipYear.deleted_at.is_(None))
        .order_by(BenScholarshipYear.academic_year)))


def _schedule(session: Session, claim: BenClaim, child: BenChild, settings: BenefitSettings, on: date
              ) -> tuple[tuple[ScheduleRow, ...], sch.ChildPlan, list[ScholarshipYearView]]:
    """Each year of the child's plan with what happened to it. After a recorded year the plan goes on
    from that year's real level and class (a repeated class moves the rest of the plan). The Beasiswa
    list works out what it shows of this for every child at once (`scholarships_list`)."""
    rule = _rule(claim, settings)
    start_month = settings.academic_year_start_month
    plan = _plan(claim, child, settings)
    views = [_year_view(y, _year_state(session, y)) for y in _years(session, child.id)]
    actual = {v.academic_year: v for v in views}
    projected = list(plan.years)
    counted = [v for v in views if v.status != "refused"]
    if counted and rule.scholarship_scheme == ScholarshipScheme.PER_LEVEL:
        last = counted[-1]
        step = sch.next_step(rule, Level(last.level), last.grade)
        tail = sch.project(rule, child.birth_date, last.academic_year + 1, *step, start_month=start_month) \
            if step is not None and not child.stopped_reason else ()
        projected = [p for p in projected if p.academic_year < last.academic_year] + list(tail)
    current = sch.academic_year_of(on, start_month)
    rows: dict[int, ScheduleRow] = {}
    for v in views:
        status = "refused" if v.status == "refused" else "in_progress"
        if v.disbursement_state == PAID:
            status = "paid"
        rows[v.academic_year] = ScheduleRow(v.academic_year, v.label, v.level, v.grade_id, v.amount,
                                            age_on(child.birth_date, sch.academic_year_start(
                                                v.academic_year, start_month)), status)
    for p in projected:
        if p.academic_year in actual:
            continue
        if p.academic_year < current:
            status = "not_claimed"
        elif p.academic_year == current:
            state, _deadline = sch.proof_status(p.academic_year, on, grace_days=settings.proof_grace_days,
                                                start_month=start_month)
            status = state.value if state else "planned"
        else:
            status = "planned"
        rows[p.academic_year] = ScheduleRow(p.academic_year, p.label, p.level.value, p.grade_id, p.amount,
                                            p.age_at_start, status)
    schedule = tuple(rows[k] for k in sorted(rows))
    remaining = tuple(sch.PlannedYear(r.academic_year, Level(r.level), 1, r.amount, r.age_at_start)
                      for r in schedule if r.status not in ("refused", "not_claimed"))
    return schedule, sch.plan_text(remaining) if rule.scholarship_scheme == ScholarshipScheme.PER_LEVEL \
        else plan, views


class ScholarshipMixin:
    """Part of BenefitService."""

    def _child_view(self, session: Session, claim: BenClaim, child: BenChild, settings: BenefitSettings,
                    full: bool) -> ChildView:
        schedule, plan, views = _schedule(session, claim, child, settings, self.ctx.today())
        guardian = session.get(BenHeir, child.guardian_heir_id) if child.guardian_heir_id else None
        paid = session.scalar(select(func.sum(BenDisbursement.amount)).where(
            BenDisbursement.scholarship_year_id.in_([v.id for v in views]), BenDisbursement.state == PAID)) \
            if views else None
        return ChildView(
            id=child.id, version=child.version, claim_id=child.claim_id, order=child.child_order, name=child.name,
            nik=show_nik(child.nik, full), birth_date=child.birth_date,
            age=age_on(child.birth_date, self.ctx.today()) if child.birth_date <= self.ctx.today() else 0,
            guardian_heir_id=child.guardian_heir_id, guardian_name=guardian.name if guardian else "",
            level_at_start=child.level_at_start, grade_at_start=child.grade_at_start,
            stopped_reason=child.stopped_reason, stopped_on=child.stopped_on, years=tuple(views),
            schedule=schedule, plan_text_en=plan.text_en, plan_params=dict(plan.params), paid_total=paid or Money(0))

    def _clean_child(self, session: Session, claim: BenClaim, data: ChildInput, stored: BenChild | None) -> ChildInput:
        name = " ".join(data.name.split())
        if not name:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Enter the child's name."))
        nik = data.nik.strip()
        if stored is not None and "*" in nik:
            nik = stored.nik
        elif nik:
            nik = parse_nik(nik, today=self.ctx.today()).nik
        if data.level_at_start is not None:
            try:
                Level(data.level_at_start)
            except ValueError:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the child's school level.")) from None
        if data.guardian_heir_id is not None:
            heir = session.get(BenHeir, data.guardian_heir_id)
            if heir is None or heir.deleted_at is not None or heir.claim_id != claim.id:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The guardian must be an heir recorded on this claim."))
        return replace(data, name=name, nik=nik)

    def add_child(self, claim_id: uuid.UUID, data: ChildInput) -> tuple[uuid.UUID, Changes]:
        self.ctx.require("benefits.edit")
        with self.ctx.write() as session:
            claim = get_live(session, BenClaim, claim_id, what="claim")
            settings = load_settings(session)
            rule = _rule(claim, settings)
            data = self._clean_child(session, claim, data, None)
            order = (session.scalar(select(func.count()).select_from(BenChild).where(
                BenChild.claim_id == claim.id, BenChild.deleted_at.is_(None))) or 0) + 1
            sch.check_child(rule, claim.death_date, data.birth_date, order, claim.scholarship_eligible)
            child = BenChild(claim_id=claim.id, child_order=order, name=data.name, nik=data.nik,
                             birth_date=data.birth_date, guardian_heir_id=data.guardian_heir_id,
                             level_at_start=data.level_at_start, grade_at_start=data.grade_at_start,
                             notes=data.notes.strip())
            if rule.scholarship_scheme == ScholarshipScheme.PER_LEVEL:
                sch.plan_child(rule, claim.death_date, _child_facts(child),
                               start_month=settings.academic_year_start_month)  # refuses a grade that does not exist
            session.add(child)
            session.flush()
            audit.record(session, "create", "ben_child", child.id, summary=f"child {order}",
                         after=snapshot(child) | {"nik": ""})
            return child.id, Changes.of(Area.BENEFITS)

    def update_child(self, child_id: uuid.UUID, version: int, data: ChildInput) -> Changes:
        self.ctx.require("benefits.edit")
        with self.ctx.write() as session:
            child = get_for_update(session, BenChild, child_id, version, what="child")
            claim = session.get(BenClaim, child.claim_id)
            settings = load_settings(session)
            data = self._clean_child(session, claim, data, child)
            rule = _rule(claim, settings)
            sch.check_child(rule, claim.death_date, data.birth_date, child.child_order, claim.scholarship_eligible)
            before = snapshot(child)
            child.name, child.nik, child.birth_date = data.name, data.nik, data.birth_date
            child.guardian_heir_id, child.level_at_start = data.guardian_heir_id, data.level_at_start
            child.grade_at_start, child.notes = data.grade_at_start, data.notes.strip()
            if rule.scholarship_scheme == ScholarshipScheme.PER_LEVEL:
                sch.plan_child(rule, claim.death_date, _child_facts(child),
                               start_month=settings.academic_year_start_month)
            session.flush()
            old, new = audit.diff(before, snapshot(child))
            audit.record(session, "update", "ben_child", child.id, before=old, after=new)
        return Changes.of(Area.BENEFITS)

    def stop_child(self, child_id: uuid.UUID, version: int, reason: str, on: date) -> Changes:
        """The scholarship stops: the child reached 23, married, started work or left school."""
        self.ctx.require("benefits.edit")
        try:
            stop = sch.StopReason(reason)
        except ValueError:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose why the scholarship stops.")) from None
        if on > self.ctx.today():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The scholarship cannot stop on a future date."))
        with self.ctx.write() as session:
            child = get_for_update(session, BenChild, child_id, version, what="child")
            child.stopped_reason, child.stopped_on = stop.value, on
            session.flush()
            audit.record(session, "stop", "ben_child", child.id, summary=stop.value,
                         after={"stopped_reason": stop.value, "stopped_on": on.isoformat()})
        return Changes.of(Area.BENEFITS)

    def record_year(self, child_id: uuid.UUID, academic_year: int, level: str, grade: int,
                    enrolment_proof_on: date | None, report_card_on: date | None
                    ) -> tuple[uuid.UUID, uuid.UUID, Changes]:
        """The yearly claim with its proofs: refused without proof, over 23, after a stop, beyond the
        years of a level, or twice for the same academic year. Makes a draft payment to the guardian."""
        self.ctx.require("benefits.edit")
        today = self.ctx.today()
        for proof in (enrolment_proof_on, report_card_on):
            if proof is not None and proof > today:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "A proof cannot be received in the future."))
        try:
            lvl = Level(level)
        except ValueError:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the child's school level.")) from None
        with self.ctx.write() as session:
            child = get_live(session, BenChild, child_id, what="child")
            claim = session.get(BenClaim, child.claim_id)
            settings = load_settings(session)
            rule = _rule(claim, settings)
            start_month = settings.academic_year_start_month
            first_ay = sch.academic_year_of(claim.death_date, start_month)
            if academic_year < first_ay or academic_year > sch.academic_year_of(today, start_month):
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "The academic year {year} is outside the scholarship period "
                                                   "(from {first} up to the current year)."),
                    year=sch.academic_year_label(academic_year), first=sch.academic_year_label(first_ay))
            existing = _years(session, child.id)
            if any(y.academic_year == academic_year and y.status != "refused" for y in existing):
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The academic year {year} of this child is already "
                                                               "claimed; one payment per child per year."),
                                year=sch.academic_year_label(academic_year))
            at_level = sum(1 for y in existing if y.level == lvl.value and y.status != "refused")
            amount = sch.check_year_claim(
                rule, child.birth_date, sch.YearClaim(academic_year, lvl, grade, enrolment_proof_on, report_card_on),
                years_paid_at_level=at_level,
                stopped=sch.StopReason(child.stopped_reason) if child.stopped_reason else None,
                first_school_year=child.level_at_start is None and not existing, start_month=start_month)
            guardian = session.get(BenHeir, child.guardian_heir_id) if child.guardian_heir_id else None
            if guardian is None or not guardian.confirmed or guardian.deleted_at is not None:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "Choose a confirmed heir as the child's guardian: the scholarship is paid to them."))
            for y in existing:  # a refused year is replaced by the new claim
                if y.academic_year == academic_year:
                    from desktop.models.types import utcnow

                    y.deleted_at = utcnow()
            session.flush()
            year = BenScholarshipYear(child_id=child.id, academic_year=academic_year, level=lvl.value, grade=grade,
                                      amount=amount, enrolment_proof_on=enrolment_proof_on,
                                      report_card_on=report_card_on, status="claimed")
            session.add(year)
            session.flush()
            audit.record(session, "create", "ben_scholarship_year", year.id,
                         summary=f"{sch.academic_year_label(academic_year)} {lvl.value} {amount.format_table()}",
                         after=snapshot(year))
            disb_id = self._new_draft(session, claim, YEAR, guardian, amount, year.id, None)
            return year.id, disb_id, Changes.of(Area.BENEFITS)

    def preview_child(self, claim_id: uuid.UUID, data: ChildInput, child_id: uuid.UUID | None = None
                      ) -> tuple[str, dict[str, str], tuple[ScheduleRow, ...]]:
        """The plan a child would get (nothing stored); UserError when the child cannot be added."""
        with self.ctx.read() as session:
            claim = get_live(session, BenClaim, claim_id, what="claim")
            settings = load_settings(session)
            rule = _rule(claim, settings)
            data = self._clean_child(session, claim, data, session.get(BenChild, child_id) if child_id else None)
            if child_id is None:
                order = (session.scalar(select(func.count()).select_from(BenChild).where(
                    BenChild.claim_id == claim.id, BenChild.deleted_at.is_(None))) or 0) + 1
            else:
                order = get_live(session, BenChild, child_id, what="child").child_order
        sch.check_child(rule, claim.death_date, data.birth_date, order, claim.scholarship_eligible)
        plan = sch.plan_child(rule, claim.death_date, sch.ChildFacts(
            data.birth_date, Level(data.level_at_start) if data.level_at_start else None, data.grade_at_start),
            start_month=settings.academic_year_start_month)
        rows = tuple(ScheduleRow(p.academic_year, p.label, p.level.value, p.grade_id, p.amount, p.age_at_start,
                                 "planned") for p in plan.years)
        return plan.text_en, dict(plan.params), rows

    # ---- reading ---------------------------------------------------------------------------------

    def children(self, claim_id: uuid.UUID) -> list[ChildView]:
        full = may_see_full(self.ctx)
        with self.ctx.read() as session:
            claim = get_live(session, BenClaim, claim_id, what="claim")
            settings = load_settings(session)
            return [self._child_view(session, claim, c, settings, full) for c in session.scalars(
                select(BenChild).where(BenChild.claim_id == claim.id, BenChild.deleted_at.is_(None))
                .order_by(BenChild.child_order))]

    def child(self, child_id: uuid.UUID) -> ChildView:
        with self.ctx.read() as session:
            child = get_live(session, BenChild, child_id, what="child")
            claim = session.get(BenClaim, child.claim_id)
            return self._child_view(session, claim, child, load_settings(session), may_see_full(self.ctx))

    def _all_children(self, session: Session):
        """(child, claim, participant, guardian's name or None) of every live child of a claim not rejected."""
        return session.execute(
            select(BenChild, BenClaim, BenParticipant, BenHeir.name)
            .join(BenClaim, BenClaim.id == BenChild.claim_id)
            .join(BenParticipant, BenParticipant.id == BenClaim.participant_id)
            .outerjoin(BenHeir, BenHeir.id == BenChild.guardian_heir_id)
            .where(BenChild.deleted_at.is_(None), BenClaim.deleted_at.is_(None), BenClaim.status != "rejected")
            .order_by(BenParticipant.name, BenChild.child_order, BenChild.id)).all()

    def child_rows(self) -> list[ChildRow]:
        with self.ctx.read() as session:
            return scholarships_list.child_rows(session, load_settings(session), self.ctx.today())

    def children_page(self, request: PageRequest) -> Page[ChildRow]:
        with self.ctx.read() as session:
            return scholarships_list.children_page(session, load_settings(session), self.ctx.today(), request)

    def scholarship_proofs_due(self, on: date) -> list[ProofDue]:
        """Children whose proof for the academic year running on `on` is due or overdue (none received),
        overdue first, then by participant and child."""
        with self.ctx.read() as session:
            return proofs_due(session, load_settings(session), on)[1]
