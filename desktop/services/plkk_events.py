"""ClinicService, part four: socialisation and coordination events, and the vulnerable workers
partners sponsor (Sertakan / CSR)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select

from desktop.domain.plkk import (
    PEKERJA_RENTAN_PACKAGE,
    SponsorProgram,
    month_start,
    sponsorship_last_month,
    validate_sponsorship,
)
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.plkk import PlkkEvent, PlkkEventPartner, PlkkPartner, PlkkSponsorship
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.context import Area, Changes, Service, get_for_update, get_live, snapshot
from desktop.services.paging import Page, PageRequest, fetch_page
from desktop.services.plkk_common import live_partner, sponsorship_view
from desktop.services.plkk_views import (
    EventInput,
    EventPartnerInput,
    EventPartnerView,
    EventRow,
    EventView,
    OtherParty,
    SponsorshipInput,
    SponsorshipView,
)

EVENT_ENTITY = "plkk_event"
SPONSORSHIP_ENTITY = "plkk_sponsorship"
EVENT_KINDS = ("sosialisasi", "koordinasi")


def event_view(session, e: PlkkEvent) -> EventView:
    rows = session.execute(
        select(PlkkEventPartner, PlkkPartner).join(PlkkPartner, PlkkPartner.id == PlkkEventPartner.partner_id)
        .where(PlkkEventPartner.event_id == e.id, PlkkEventPartner.deleted_at.is_(None),
               PlkkPartner.deleted_at.is_(None))
        .order_by(PlkkPartner.regency, PlkkPartner.name))
    partners = tuple(EventPartnerView(p.id, p.name, p.kode_faskes, p.regency, ep.attended, ep.representative,
                                      ep.position, p.address) for ep, p in rows)
    others = tuple(OtherParty(o.get("name", ""), o.get("institution", ""), o.get("position", ""),
                              bool(o.get("attended", False))) for o in (e.other_parties or ()))
    return EventView(e.id, e.version, e.held_on, e.start_time, e.place, e.topic, e.kind, e.minutes, partners, others)


class EventOps(Service):
    # ---- events -------------------------------------------------------------------------------

    def event(self, event_id: uuid.UUID) -> EventView:
        with self.ctx.read() as session:
            return event_view(session, get_live(session, PlkkEvent, event_id, what=EVENT_ENTITY))

    def list_events(self, request: PageRequest | None = None) -> Page[EventRow]:
        request = request or PageRequest()
        invited = (select(func.count()).select_from(PlkkEventPartner)
                   .where(PlkkEventPartner.event_id == PlkkEvent.id, PlkkEventPartner.deleted_at.is_(None))
                   .correlate(PlkkEvent).scalar_subquery())
        came = (select(func.count()).select_from(PlkkEventPartner)
                .where(PlkkEventPartner.event_id == PlkkEvent.id, PlkkEventPartner.deleted_at.is_(None),
                       PlkkEventPartner.attended.is_(True))
                .correlate(PlkkEvent).scalar_subquery())
        stmt = select(PlkkEvent, invited, came).where(PlkkEvent.deleted_at.is_(None))
        if request.filters.get("year"):
            year = int(request.filters["year"])
            stmt = stmt.where(PlkkEvent.held_on.between(date(year, 1, 1), date(year, 12, 31)))

        def to_row(r) -> EventRow:
            e, n_invited, n_came = r
            others = e.other_parties or ()
            return EventRow(e.id, e.version, e.held_on, e.topic, e.place, e.kind, (n_invited or 0) + len(others),
                            (n_came or 0) + sum(bool(o.get("attended")) for o in others))

        with self.ctx.read() as session:
            return fetch_page(session, stmt, request,
                              sort_columns={"held_on": PlkkEvent.held_on, "topic": func.lower(PlkkEvent.topic),
                                            "place": PlkkEvent.place, "kind": PlkkEvent.kind},
                              search_columns=[PlkkEvent.topic, PlkkEvent.place],
                              tiebreak=PlkkEvent.id, to_row=to_row)

    def save_event(self, data: EventInput) -> tuple[EventView, Changes]:
        """Create or edit an event with its invited partners and other parties, and who attended."""
        self.ctx.require("plkk.edit")
        if not data.topic.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The event needs a topic."))
        if data.kind not in EVENT_KINDS:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose socialisation or coordination."))
        if data.held_on > self.ctx.today() and any(p.attended for p in data.partners) | any(
                o.attended for o in data.others):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Attendance can only be recorded once the event has "
                                                           "taken place."))
        seen: set[uuid.UUID] = set()
        for p in data.partners:
            if p.partner_id in seen:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "A partner is invited twice."))
            seen.add(p.partner_id)
        for o in data.others:
            if not o.institution.strip():
                raise UserError(QT_TRANSLATE_NOOP("UserError", "Every other invited party needs an institution "
                                                               "(company or office)."))
        with self.ctx.write() as session:
            if data.id is None:
                row = PlkkEvent(held_on=data.held_on, topic="")
                session.add(row)
                before: dict = {}
            else:
                row = get_for_update(session, PlkkEvent, data.id, data.version, what=EVENT_ENTITY)
                before = snapshot(row)
            row.held_on, row.topic, row.place = data.held_on, " ".join(data.topic.split()), data.place.strip()
            row.start_time, row.kind, row.minutes = data.start_time.strip(), data.kind, data.minutes.strip()
            row.other_parties = [{"name": o.name.strip(), "institution": o.institution.strip(),
                                  "position": o.position.strip(), "attended": o.attended} for o in data.others]
            session.flush()
            self._sync_invited(session, row, data.partners)
            after = snapshot(row) | {"partners": sorted(str(p.partner_id) for p in data.partners)}
            old, new = audit.diff(before, after)
            audit.record(session, "update" if before else "create", EVENT_ENTITY, row.id,
                         summary=f"{row.held_on} {row.topic}"[:200], before=old or None, after=new)
            view = event_view(session, row)
        return view, Changes.of(Area.PLKK)

    @staticmethod
    def _sync_invited(session, event: PlkkEvent, wanted: tuple[EventPartnerInput, ...]) -> None:
        existing = {ep.partner_id: ep for ep in session.scalars(
            select(PlkkEventPartner).where(PlkkEventPartner.event_id == event.id))}
        for p in wanted:
            live_partner(session, p.partner_id)
            row = existing.get(p.partner_id)
            if row is None:
                row = PlkkEventPartner(event_id=event.id, partner_id=p.partner_id)
                session.add(row)
            row.deleted_at = None
            row.attended, row.representative, row.position = p.attended, p.representative.strip(), p.position.strip()
        wanted_ids = {p.partner_id for p in wanted}
        for pid, row in existing.items():
            if pid not in wanted_ids and row.deleted_at is None:
                row.deleted_at = utcnow()
        session.flush()

    def delete_event(self, event_id: uuid.UUID, version: int) -> Changes:
        self.ctx.require("plkk.edit")
        with self.ctx.write() as session:
            row = get_for_update(session, PlkkEvent, event_id, version, what=EVENT_ENTITY)
            row.deleted_at = utcnow()
            session.flush()
            audit.record(session, "delete", EVENT_ENTITY, row.id, summary=row.topic[:200], before=snapshot(row))
        return Changes.of(Area.PLKK)

    # ---- sponsorships -------------------------------------------------------------------------

    def package_rate(self):
        """The pekerja rentan package (JKK Rp10.000 + JKM Rp6.800 a month)."""
        return PEKERJA_RENTAN_PACKAGE

    def sponsorships(self, partner_id: uuid.UUID | None = None) -> list[SponsorshipView]:
        stmt = (select(PlkkSponsorship, PlkkPartner.name).join(PlkkPartner, PlkkPartner.id == PlkkSponsorship.partner_id)
                .where(PlkkSponsorship.deleted_at.is_(None), PlkkPartner.deleted_at.is_(None))
                .order_by(PlkkSponsorship.start_month.desc()))
        if partner_id is not None:
            stmt = stmt.where(PlkkSponsorship.partner_id == partner_id)
        with self.ctx.read() as session:
            return [sponsorship_view(s, name, self.ctx.today()) for s, name in session.execute(stmt)]

    def save_sponsorship(self, data: SponsorshipInput) -> tuple[SponsorshipView, Changes]:
        """Record a partner covering N workers for M months at the package rate (kept with the record)."""
        self.ctx.require("plkk.edit")
        validate_sponsorship(data.workers, data.months)
        if data.program not in set(SponsorProgram):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the programme (Sertakan or CSR)."))
        with self.ctx.write() as session:
            partner = live_partner(session, data.partner_id)
            if data.id is None:
                row = PlkkSponsorship(partner_id=partner.id, monthly_rate=PEKERJA_RENTAN_PACKAGE.monthly)
                session.add(row)
                before: dict = {}
            else:
                row = get_for_update(session, PlkkSponsorship, data.id, data.version, what=SPONSORSHIP_ENTITY)
                before = snapshot(row)
            row.program, row.workers, row.months = data.program, data.workers, data.months
            row.start_month, row.notes = month_start(data.start_month), data.notes.strip()
            session.flush()
            old, new = audit.diff(before, snapshot(row))
            audit.record(session, "update" if before else "create", SPONSORSHIP_ENTITY, row.id,
                         summary=f"{partner.kode_faskes} {row.workers} pekerja x {row.months} bulan",
                         before=old or None, after=new)
            view = sponsorship_view(row, partner.name, self.ctx.today())
        return view, Changes.of(Area.PLKK, Area.COVERAGE)

    def delete_sponsorship(self, sponsorship_id: uuid.UUID, version: int) -> Changes:
        self.ctx.require("plkk.edit")
        with self.ctx.write() as session:
            row = get_for_update(session, PlkkSponsorship, sponsorship_id, version, what=SPONSORSHIP_ENTITY)
            row.deleted_at = utcnow()
            session.flush()
            audit.record(session, "delete", SPONSORSHIP_ENTITY, row.id, before=snapshot(row))
        return Changes.of(Area.PLKK, Area.COVERAGE)

    def sponsored_workers_total(self, on: date | None = None) -> int:
        """Workers covered this month (or `on`'s month) by partners' sponsorships (for Cakupan/Dasbor)."""
        day = month_start(on or self.ctx.today())
        stmt = (select(PlkkSponsorship.workers, PlkkSponsorship.start_month, PlkkSponsorship.months)
                .join(PlkkPartner, PlkkPartner.id == PlkkSponsorship.partner_id)
                .where(PlkkSponsorship.deleted_at.is_(None), PlkkPartner.deleted_at.is_(None),
                       PlkkSponsorship.start_month <= day))
        with self.ctx.read() as session:
            return sum(w for w, start, months in session.execute(stmt)
                       if sponsorship_last_month(start, months) >= day)
