"""ClinicService (`services.plkk`): the PLKK partners of the branch — registry, cooperation
agreements (PKS), monitoring visits (monev), socialisation events, sponsored workers, their letters
and the Excel import/export. Domain rules live in desktop.domain.plkk.

The facade is assembled from one part per concept (plkk_partners, plkk_agreements, plkk_monev,
plkk_events, plkk_letters, plkk_transfer); this module adds the partner's one-screen detail and the
global-search provider. Other areas call `expiring_agreements`, `partners_without_monev` and
`sponsored_workers_total`.
"""

from __future__ import annotations

import uuid

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.domain.plkk import FACILITY_NAMES_ID, FacilityType, cover_status, monev_due, next_monev
from desktop.models.plkk import PlkkEvent, PlkkEventPartner, PlkkPartner
from desktop.services import search
from desktop.services.paging import like_pattern
from desktop.services.plkk_agreements import AgreementOps
from desktop.services.plkk_common import PARTNER_ENTITY, cover_columns, live_partner, outer_days
from desktop.services.plkk_events import EventOps
from desktop.services.plkk_letters import LetterOps
from desktop.services.plkk_monev import MonevOps
from desktop.services.plkk_partners import EXPIRY_FILTERS, PartnerOps
from desktop.services.plkk_transfer import TransferOps
from desktop.services.plkk_views import PartnerDetail, PartnerEvent

__all__ = ["ClinicService", "EXPIRY_FILTERS"]


class ClinicService(PartnerOps, AgreementOps, MonevOps, EventOps, LetterOps, TransferOps):
    """The PLKK area's facade."""

    def partner_detail(self, partner_id: uuid.UUID) -> PartnerDetail:
        """Everything about one partner for its page: agreement state, last and next monev, open
        follow-ups, events, letters sent and workers sponsored."""
        today = self.ctx.today()
        outer = outer_days(self.ctx)
        with self.ctx.read() as session:
            p = live_partner(session, partner_id)
            current, last, upcoming = cover_columns(today)
            cur, last_end, next_start = session.execute(
                select(current, last, upcoming).select_from(PlkkPartner).where(PlkkPartner.id == p.id)).one()
            events = _partner_events(session, p.id)
        partner = self.partner(partner_id)
        cover = cover_status(cur, last_end, next_start, today, outer)
        agreements = tuple(self.agreements(partner_id))
        in_force = [a for a in agreements if a.start_on <= today <= a.end_on]
        current_agreement = in_force[0] if in_force else None
        history = tuple(self.monev_history(partner_id))
        done = [m for m in history if m.status == "done"]
        planned = sorted(m.planned_on for m in history if m.status == "planned" and m.planned_on)
        future = [d for d in planned if d >= today]
        upcoming_plan = future[0] if future else (planned[-1] if planned else None)  # else an overdue plan
        last_done = done[0] if done else None
        next_day, only_due = next_monev(last_done.visited_on if last_done else None, upcoming_plan, today)
        sponsorships = tuple(self.sponsorships(partner_id))
        return PartnerDetail(
            partner=partner, cover=cover, agreements=agreements, current_agreement=current_agreement,
            last_monev=last_done, next_monev=next_day, next_monev_planned=not only_due,
            monev_due_this_year=monev_due(last_done.visited_on if last_done else None, today.year),
            monev_history=history, open_follow_ups=tuple(self.open_follow_ups(partner_id)), events=events,
            letters=tuple(self._letters_about(partner_id)), sponsorships=sponsorships,
            workers_sponsored_now=sum(s.workers for s in sponsorships if s.active),
            sponsorship_total=sum((s.total_cost for s in sponsorships), start=_zero()),
        )

    def _letters_about(self, partner_id: uuid.UUID) -> list:
        from desktop.services.letters import LetterService

        letters = LetterService(self.ctx).letters_about(PARTNER_ENTITY, partner_id)
        return sorted(letters, key=lambda letter: (letter.issued_on, letter.number), reverse=True)


def _zero():
    from desktop.domain.money import Money

    return Money.zero()


def _partner_events(session: Session, partner_id: uuid.UUID) -> tuple[PartnerEvent, ...]:
    rows = session.execute(
        select(PlkkEvent, PlkkEventPartner.attended).join(PlkkEventPartner, PlkkEventPartner.event_id == PlkkEvent.id)
        .where(PlkkEventPartner.partner_id == partner_id, PlkkEventPartner.deleted_at.is_(None),
               PlkkEvent.deleted_at.is_(None))
        .order_by(PlkkEvent.held_on.desc()))
    return tuple(PartnerEvent(e.id, e.held_on, e.topic, e.place, attended) for e, attended in rows)


@search.register("plkk")
def search_partners(session: Session, text: str, limit: int) -> list[search.SearchHit]:
    from sqlalchemy import bindparam

    words = text.split()

    def build():
        stmt = select(PlkkPartner).where(PlkkPartner.deleted_at.is_(None))
        for i in range(len(words)):
            w = bindparam(f"w{i}")
            stmt = stmt.where(or_(PlkkPartner.name.ilike(w, escape="\\"), PlkkPartner.kode_faskes.ilike(w, escape="\\"),
                                  PlkkPartner.regency.ilike(w, escape="\\"), PlkkPartner.district.ilike(w, escape="\\")))
        return stmt.order_by(PlkkPartner.name).limit(bindparam("limit"))

    # a few hundred partners at most: a scan costs less than keeping an index in step
    params = {f"w{i}": like_pattern(w) for i, w in enumerate(words)}
    hits = []
    for p in session.scalars(search.shaped(("plkk", len(words)), build), {**params, "limit": limit}):
        kind = FACILITY_NAMES_ID.get(FacilityType(p.facility_type), p.facility_type)
        place = ", ".join(x for x in (p.district, p.regency) if x)
        hits.append(search.SearchHit(area="plkk", kind="Partner", title=p.name,
                                     subtitle=f"{p.kode_faskes} · {kind} · {place}", record_id=p.id))
    return hits
