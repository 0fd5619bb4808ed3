"""ClinicService, part three: monitoring and evaluation visits, their scoring criteria and the
follow-ups agreed at them; which partners have not had their yearly visit."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select

from desktop.domain.dates import check_not_future
from desktop.domain.plkk import (
    Criterion,
    FollowUpStatus,
    MonevStatus,
    PartnerStatus,
    monev_score,
    validate_criterion,
)
from desktop.errors import QT_TRANSLATE_NOOP, StaleRecordError, UserError
from desktop.models.plkk import PlkkCriterion, PlkkFollowUp, PlkkMonev, PlkkPartner
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.context import Area, Changes, Service, get_for_update, get_live, snapshot
from desktop.services.plkk_common import follow_up_view, live_partner, monev_view
from desktop.services.plkk_views import (
    CriterionView,
    FollowUpInput,
    FollowUpView,
    MonevInput,
    MonevView,
    PartnerRef,
    ScoreLine,
)

MONEV_ENTITY = "plkk_monev"
FOLLOW_UP_ENTITY = "plkk_follow_up"
CRITERION_ENTITY = "plkk_criterion"


def _criterion_view(c: PlkkCriterion) -> CriterionView:
    return CriterionView(c.id, c.version, c.name, c.weight, c.max_score, c.active)


class MonevOps(Service):
    # ---- criteria -----------------------------------------------------------------------------

    def criteria(self, *, include_inactive: bool = False) -> list[CriterionView]:
        with self.ctx.read() as session:
            stmt = select(PlkkCriterion).where(PlkkCriterion.deleted_at.is_(None))
            if not include_inactive:
                stmt = stmt.where(PlkkCriterion.active.is_(True))
            return [_criterion_view(c) for c in session.scalars(stmt.order_by(PlkkCriterion.rank, PlkkCriterion.name))]

    def save_criterion(self, view: CriterionView) -> tuple[CriterionView, Changes]:
        saved, changes = self.save_criteria([view])
        return saved[0], changes

    def save_criteria(self, views: list[CriterionView]) -> tuple[list[CriterionView], Changes]:
        """Add or change scoring criteria, all in one transaction; visits already scored keep the
        criteria they used."""
        self.ctx.require("plkk.criteria")
        for view in views:
            validate_criterion(view.name, view.weight, view.max_score)
        out: list[CriterionView] = []
        with self.ctx.write() as session:
            rank = session.scalar(select(func.max(PlkkCriterion.rank))) or 0
            for view in views:
                if view.id is None:
                    rank += 1
                    row = PlkkCriterion(name="", weight=1, max_score=1, rank=rank)
                    session.add(row)
                    before: dict = {}
                else:
                    row = get_for_update(session, PlkkCriterion, view.id, view.version, what=CRITERION_ENTITY)
                    before = snapshot(row)
                row.name, row.weight, row.max_score = " ".join(view.name.split()), view.weight, view.max_score
                row.active = view.active
                session.flush()
                old, new = audit.diff(before, snapshot(row))
                audit.record(session, "update" if before else "create", CRITERION_ENTITY, row.id, summary=row.name,
                             before=old or None, after=new)
                out.append(_criterion_view(row))
            if not session.scalar(select(func.count()).select_from(PlkkCriterion).where(
                    PlkkCriterion.deleted_at.is_(None), PlkkCriterion.active.is_(True))):
                raise UserError(QT_TRANSLATE_NOOP("UserError", "At least one monev criterion must stay in use."))
        return out, Changes.of(Area.PLKK)

    def score_lines(self, monev_id: uuid.UUID | None = None) -> list[ScoreLine]:
        """What a visit is scored against: its own criteria once scored, else those in use now."""
        if monev_id is not None:
            with self.ctx.read() as session:
                m = get_live(session, PlkkMonev, monev_id, what=MONEV_ENTITY)
                if m.scores:
                    return list(monev_view(session, m, "", self.ctx.today()).lines)
        return [ScoreLine(c.id, c.name, c.weight, c.max_score, None) for c in self.criteria()]

    # ---- visits -------------------------------------------------------------------------------

    def monev(self, monev_id: uuid.UUID) -> MonevView:
        with self.ctx.read() as session:
            m = get_live(session, PlkkMonev, monev_id, what=MONEV_ENTITY)
            return monev_view(session, m, live_partner(session, m.partner_id).name, self.ctx.today())

    def monev_history(self, partner_id: uuid.UUID) -> list[MonevView]:
        with self.ctx.read() as session:
            p = live_partner(session, partner_id)
            rows = session.scalars(select(PlkkMonev).where(PlkkMonev.partner_id == p.id, PlkkMonev.deleted_at.is_(None)))
            views = [monev_view(session, m, p.name, self.ctx.today()) for m in rows]
        return sorted(views, key=lambda v: v.day or date.min, reverse=True)

    def save_monev(self, data: MonevInput) -> tuple[MonevView, Changes]:
        """Plan a visit or record one done (with its scores, findings and follow-ups)."""
        self.ctx.require("plkk.edit")
        today = self.ctx.today()
        if data.status not in set(MonevStatus):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose whether the visit is planned or done."))
        if data.status == MonevStatus.PLANNED and data.planned_on is None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Give the date the visit is planned for."))
        if data.status == MonevStatus.DONE:
            if data.visited_on is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "Give the date of the visit."))
            check_not_future(data.visited_on, today, QT_TRANSLATE_NOOP("UserError", "The visit date"))
            if not data.officer.strip():
                raise UserError(QT_TRANSLATE_NOOP("UserError", "Name the officer who made the visit."))
        for f in data.follow_ups:
            if not f.action.strip():
                raise UserError(QT_TRANSLATE_NOOP("UserError", "Every follow-up needs a description."))
            if f.status not in set(FollowUpStatus):
                raise UserError(QT_TRANSLATE_NOOP("UserError", "Unknown follow-up status {status}."), status=f.status)
        with self.ctx.write() as session:
            partner = live_partner(session, data.partner_id)
            if data.id is None:
                row = PlkkMonev(partner_id=partner.id)
                session.add(row)
                before: dict = {}
            else:
                row = get_for_update(session, PlkkMonev, data.id, data.version, what=MONEV_ENTITY)
                before = snapshot(row)
            lines = self._lines_for(session, row)
            if data.status == MonevStatus.DONE:
                criteria = [Criterion(line.criterion_id, line.name, line.weight, line.max_score) for line in lines]
                total = monev_score(criteria, data.scores)
                row.scores = [{"criterion_id": str(c.key), "name": c.name, "weight": c.weight,
                               "max_score": c.max_score, "score": data.scores[c.key]} for c in criteria]
                row.total = total.hundredths
            else:
                row.scores, row.total = [], None
            row.status, row.planned_on, row.visited_on = data.status, data.planned_on, data.visited_on
            row.officer, row.findings = " ".join(data.officer.split()), data.findings.strip()
            session.flush()
            self._sync_follow_ups(session, row, data.follow_ups)
            after = snapshot(row)
            old, new = audit.diff(before, after)
            audit.record(session, "update" if before else "create", MONEV_ENTITY, row.id,
                         summary=f"{partner.kode_faskes} monev {row.status}", before=old or None, after=new)
            view = monev_view(session, row, partner.name, today)
        return view, Changes.of(Area.PLKK)

    def _lines_for(self, session, row: PlkkMonev) -> list[ScoreLine]:
        if row.scores:
            return list(monev_view(session, row, "", self.ctx.today()).lines)
        rows = session.scalars(select(PlkkCriterion).where(PlkkCriterion.deleted_at.is_(None),
                                                           PlkkCriterion.active.is_(True))
                               .order_by(PlkkCriterion.rank, PlkkCriterion.name))
        return [ScoreLine(c.id, c.name, c.weight, c.max_score, None) for c in rows]

    @staticmethod
    def _sync_follow_ups(session, monev: PlkkMonev, wanted: tuple[FollowUpInput, ...]) -> None:
        existing = {f.id: f for f in session.scalars(
            select(PlkkFollowUp).where(PlkkFollowUp.monev_id == monev.id, PlkkFollowUp.deleted_at.is_(None)))}
        keep: set[uuid.UUID] = set()
        for f in wanted:
            if f.id is not None and f.id in existing:
                row = existing[f.id]
                if row.version != f.version:
                    raise StaleRecordError(FOLLOW_UP_ENTITY)
            else:
                row = PlkkFollowUp(monev_id=monev.id, partner_id=monev.partner_id, action="")
                session.add(row)
            row.action, row.due_on, row.status = f.action.strip(), f.due_on, f.status
            row.done_on = f.done_on if f.status == FollowUpStatus.DONE else None
            session.flush()
            keep.add(row.id)
        for fid, row in existing.items():
            if fid not in keep:
                row.deleted_at = utcnow()

    def delete_monev(self, monev_id: uuid.UUID, version: int) -> Changes:
        self.ctx.require("plkk.edit")
        with self.ctx.write() as session:
            row = get_for_update(session, PlkkMonev, monev_id, version, what=MONEV_ENTITY)
            row.deleted_at = utcnow()
            for f in session.scalars(select(PlkkFollowUp).where(PlkkFollowUp.monev_id == row.id,
                                                                PlkkFollowUp.deleted_at.is_(None))):
                f.deleted_at = row.deleted_at
            session.flush()
            audit.record(session, "delete", MONEV_ENTITY, row.id, summary="monev", before=snapshot(row))
        return Changes.of(Area.PLKK)

    # ---- follow-ups ---------------------------------------------------------------------------

    def set_follow_up_status(self, follow_up_id: uuid.UUID, version: int, status: str,
                             done_on: date | None = None) -> Changes:
        self.ctx.require("plkk.edit")
        if status not in set(FollowUpStatus):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Unknown follow-up status {status}."), status=status)
        with self.ctx.write() as session:
            row = get_for_update(session, PlkkFollowUp, follow_up_id, version, what=FOLLOW_UP_ENTITY)
            before = {"status": row.status, "done_on": row.done_on}
            row.status = status
            row.done_on = (done_on or self.ctx.today()) if status == FollowUpStatus.DONE else None
            session.flush()
            audit.record(session, "update", FOLLOW_UP_ENTITY, row.id, summary=row.action[:80], before=before,
                         after={"status": row.status, "done_on": row.done_on})
        return Changes.of(Area.PLKK)

    def open_follow_ups(self, partner_id: uuid.UUID | None = None) -> list[FollowUpView]:
        """Follow-ups not yet done, the earliest due first (all partners, or one)."""
        stmt = (select(PlkkFollowUp, PlkkPartner.name)
                .join(PlkkPartner, PlkkPartner.id == PlkkFollowUp.partner_id)
                .join(PlkkMonev, PlkkMonev.id == PlkkFollowUp.monev_id)
                .where(PlkkFollowUp.deleted_at.is_(None), PlkkPartner.deleted_at.is_(None),
                       PlkkMonev.deleted_at.is_(None), PlkkFollowUp.status == FollowUpStatus.OPEN.value))
        if partner_id is not None:
            stmt = stmt.where(PlkkFollowUp.partner_id == partner_id)
        with self.ctx.read() as session:
            rows = [follow_up_view(f, name, self.ctx.today()) for f, name in session.execute(stmt)]
        return sorted(rows, key=lambda f: (f.due_on or date.max, f.partner_name))

    def partners_without_monev(self, year: int) -> list[PartnerRef]:
        """Partners not inactive that had no monev visit done in `year` (the yearly rule)."""
        done_in_year = (select(PlkkMonev.partner_id).where(
            PlkkMonev.deleted_at.is_(None), PlkkMonev.status == MonevStatus.DONE.value,
            PlkkMonev.visited_on >= date(year, 1, 1), PlkkMonev.visited_on <= date(year, 12, 31)))
        last = (select(func.max(PlkkMonev.visited_on)).where(
            PlkkMonev.partner_id == PlkkPartner.id, PlkkMonev.deleted_at.is_(None),
            PlkkMonev.status == MonevStatus.DONE.value).correlate(PlkkPartner).scalar_subquery())
        stmt = (select(PlkkPartner, last).where(
            PlkkPartner.deleted_at.is_(None), PlkkPartner.status != PartnerStatus.NON_AKTIF.value,
            PlkkPartner.id.not_in(done_in_year)).order_by(PlkkPartner.regency, PlkkPartner.name))
        with self.ctx.read() as session:
            return [PartnerRef(p.id, p.name, p.kode_faskes, p.regency, p.facility_type, last_on)
                    for p, last_on in session.execute(stmt)]
