"""Queries and row-to-view conversions that the parts of ClinicService share."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from desktop.domain.plkk import (
    AgreementState,
    FollowUpStatus,
    Period,
    Score,
    chain_ends,
    sponsorship_active,
    sponsorship_cost,
    sponsorship_last_month,
)
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.plkk import (
    PlkkAgreement,
    PlkkFollowUp,
    PlkkMonev,
    PlkkPartner,
    PlkkSponsorship,
)
from desktop.services.context import AppContext, get_live
from desktop.services.plkk_views import (
    AgreementView,
    FollowUpView,
    MonevView,
    PartnerView,
    ScoreLine,
    SponsorshipView,
)

PARTNER_ENTITY = "plkk_partner"  # also the `about` entity of every letter sent to a partner


def outer_days(ctx: AppContext) -> int:
    from desktop.services.settings import SettingsService

    return int(SettingsService(ctx).get("plkk.expiry_warning_days"))


def live_partner(session: Session, partner_id: uuid.UUID) -> PlkkPartner:
    return get_live(session, PlkkPartner, partner_id, what=QT_TRANSLATE_NOOP("UserError", "partner"))


def partner_view(p: PlkkPartner) -> PartnerView:
    return PartnerView(
        id=p.id, version=p.version, facility_type=p.facility_type, kode_faskes=p.kode_faskes, name=p.name,
        address=p.address, regency=p.regency, district=p.district, phone=p.phone, email=p.email,
        contact_name=p.contact_name, contact_position=p.contact_position, services=tuple(p.services or ()),
        ownership=p.ownership, status=p.status, notes=p.notes,
    )


# ---- agreement facts per partner, as correlated subqueries ------------------------------------

def cover_columns(today: date) -> tuple[ColumnElement, ColumnElement, ColumnElement]:
    """(end of the run of agreements in force today, last end, next start) for PlkkPartner rows."""
    a = aliased(PlkkAgreement)
    live = (a.partner_id == PlkkPartner.id, a.deleted_at.is_(None))
    current = select(func.max(a.chain_end)).where(*live, a.start_on <= today, a.end_on >= today)
    last = select(func.max(a.end_on)).where(*live)
    upcoming = select(func.min(a.start_on)).where(*live, a.start_on > today)
    return (current.correlate(PlkkPartner).scalar_subquery(), last.correlate(PlkkPartner).scalar_subquery(),
            upcoming.correlate(PlkkPartner).scalar_subquery())


def last_monev_column() -> ColumnElement:
    m = aliased(PlkkMonev)
    return (select(func.max(m.visited_on))
            .where(m.partner_id == PlkkPartner.id, m.deleted_at.is_(None), m.status == "done")
            .correlate(PlkkPartner).scalar_subquery())


def partner_agreements(session: Session, partner_id: uuid.UUID) -> list[PlkkAgreement]:
    return list(session.scalars(
        select(PlkkAgreement).where(PlkkAgreement.partner_id == partner_id, PlkkAgreement.deleted_at.is_(None))
        .order_by(PlkkAgreement.start_on)))


def recompute_chains(session: Session, partner_id: uuid.UUID) -> None:
    rows = partner_agreements(session, partner_id)
    ends = chain_ends([Period(r.start_on, r.end_on, r.id, r.number) for r in rows])
    for r in rows:
        if r.chain_end != ends[r.id]:
            r.chain_end = ends[r.id]


def agreement_state(start: date, end: date, today: date) -> AgreementState:
    if start > today:
        return AgreementState.UPCOMING
    if end < today:
        return AgreementState.EXPIRED
    return AgreementState.ACTIVE


def agreement_view(a: PlkkAgreement, today: date, numbers: dict[uuid.UUID, str],
                   renewed_by: dict[uuid.UUID, str]) -> AgreementView:
    return AgreementView(
        id=a.id, version=a.version, partner_id=a.partner_id, number=a.number, signed_on=a.signed_on,
        start_on=a.start_on, end_on=a.end_on, chain_end=a.chain_end, scope=a.scope,
        document_name=a.document_name, document_sha256=a.document_sha256, renews_id=a.renews_id,
        renews_number=numbers.get(a.renews_id, "") if a.renews_id else "",
        renewed_by_number=renewed_by.get(a.id, ""),
        state=agreement_state(a.start_on, a.end_on, today), days_left=(a.end_on - today).days,
    )


def agreement_views(rows: list[PlkkAgreement], today: date) -> list[AgreementView]:
    numbers = {r.id: r.number for r in rows}
    renewed_by = {r.renews_id: r.number for r in rows if r.renews_id}
    return [agreement_view(r, today, numbers, renewed_by) for r in rows]


# ---- monev ------------------------------------------------------------------------------------

def follow_up_view(f: PlkkFollowUp, partner_name: str, today: date) -> FollowUpView:
    return FollowUpView(
        id=f.id, version=f.version, monev_id=f.monev_id, partner_id=f.partner_id, partner_name=partner_name,
        action=f.action, due_on=f.due_on, status=f.status, done_on=f.done_on,
        overdue=f.status == FollowUpStatus.OPEN and f.due_on is not None and f.due_on < today,
    )


def monev_view(session: Session, m: PlkkMonev, partner_name: str, today: date) -> MonevView:
    follow = session.scalars(
        select(PlkkFollowUp).where(PlkkFollowUp.monev_id == m.id, PlkkFollowUp.deleted_at.is_(None))
        .order_by(PlkkFollowUp.due_on, PlkkFollowUp.created_at))
    lines = tuple(ScoreLine(uuid.UUID(str(s["criterion_id"])), s["name"], int(s["weight"]), int(s["max_score"]),
                            None if s.get("score") is None else int(s["score"])) for s in (m.scores or ()))
    return MonevView(
        id=m.id, version=m.version, partner_id=m.partner_id, partner_name=partner_name, status=m.status,
        planned_on=m.planned_on, visited_on=m.visited_on, officer=m.officer, lines=lines,
        total=None if m.total is None else Score(m.total), findings=m.findings,
        follow_ups=tuple(follow_up_view(f, partner_name, today) for f in follow),
    )


# ---- sponsorships -----------------------------------------------------------------------------

def sponsorship_view(s: PlkkSponsorship, partner_name: str, today: date) -> SponsorshipView:
    return SponsorshipView(
        id=s.id, version=s.version, partner_id=s.partner_id, partner_name=partner_name, program=s.program,
        workers=s.workers, months=s.months, start_month=s.start_month,
        last_month=sponsorship_last_month(s.start_month, s.months), monthly_rate=s.monthly_rate,
        total_cost=sponsorship_cost(s.workers, s.months, s.monthly_rate),
        active=sponsorship_active(s.start_month, s.months, today), notes=s.notes,
    )


def duplicate_kode(kode: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "UserError", "Another partner already has the kode faskes {kode}. Each partner's code must be unique."),
        kode=kode)
