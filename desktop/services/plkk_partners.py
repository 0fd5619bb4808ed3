"""ClinicService, part one: the partner registry (create, edit, delete, list with filters)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.exc import IntegrityError

from desktop.domain.plkk import (
    FacilityType,
    Ownership,
    PartnerStatus,
    check_email,
    check_kode_faskes,
    check_phone,
    cover_status,
    parse_services,
)
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.plkk import PlkkPartner
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.context import Area, Changes, Service, get_for_update, snapshot
from desktop.services.paging import Page, PageRequest, fetch_page
from desktop.services.plkk_common import (
    PARTNER_ENTITY,
    cover_columns,
    duplicate_kode,
    last_monev_column,
    live_partner,
    outer_days,
    partner_view,
)
from desktop.services.plkk_views import PartnerRow, PartnerView

# Filter values for "expiry": "30", "60", "90" (= the outer band setting) mean "ending within";
# the others pick a state.
EXPIRY_FILTERS = ("30", "60", "90", "expired", "upcoming", "none", "active")


def validate_partner(view: PartnerView) -> PartnerView:
    """The partner as it will be stored (trimmed, normalised); UserError for the first problem."""
    name = " ".join(view.name.split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The partner's name is required."))
    if view.facility_type not in set(FacilityType):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the facility type."))
    if view.ownership not in set(Ownership):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the ownership (government or private)."))
    if view.status not in set(PartnerStatus):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the partner's status."))
    regency = " ".join(view.regency.split())
    if not regency:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The kabupaten/kota is required."))
    return view.with_changes(
        name=name, kode_faskes=check_kode_faskes(view.kode_faskes), regency=regency,
        district=" ".join(view.district.split()), address=view.address.strip(), phone=check_phone(view.phone),
        email=check_email(view.email), contact_name=" ".join(view.contact_name.split()),
        contact_position=" ".join(view.contact_position.split()),
        services=tuple(parse_services("; ".join(view.services))), notes=view.notes.strip(),
    )


_FIELDS = ("facility_type", "kode_faskes", "name", "address", "regency", "district", "phone", "email",
           "contact_name", "contact_position", "ownership", "status", "notes")


def apply_partner_fields(row: PlkkPartner, view: PartnerView) -> None:
    for name in _FIELDS:
        setattr(row, name, getattr(view, name))
    row.services = list(view.services)


def kode_taken(session, kode: str, exclude: uuid.UUID | None) -> bool:
    stmt = select(PlkkPartner.id).where(PlkkPartner.kode_faskes == kode, PlkkPartner.deleted_at.is_(None))
    if exclude is not None:
        stmt = stmt.where(PlkkPartner.id != exclude)
    return session.scalar(stmt.limit(1)) is not None


class PartnerOps(Service):
    # ---- reading ------------------------------------------------------------------------------

    def partner(self, partner_id: uuid.UUID) -> PartnerView:
        with self.ctx.read() as session:
            return partner_view(live_partner(session, partner_id))

    def kode_faskes_taken(self, kode: str, exclude: uuid.UUID | None = None) -> bool:
        """Whether another partner has this code (the form says so as the clerk types)."""
        with self.ctx.read() as session:
            return kode_taken(session, " ".join(kode.split()).upper().replace(" ", ""), exclude)

    def regencies(self) -> list[str]:
        """The kabupaten/kota of the office's region and of any stored partner, for the filter."""
        from desktop.domain.plkk import KABUPATEN

        with self.ctx.read() as session:
            stored = session.scalars(select(PlkkPartner.regency).where(PlkkPartner.deleted_at.is_(None))
                                     .distinct())
            return sorted(set(KABUPATEN) | {r for r in stored if r})

    def list_partners(self, request: PageRequest | None = None) -> Page[PartnerRow]:
        """Partners with their agreement state. Filters: regency, facility_type, status, expiry
        (see EXPIRY_FILTERS). Sort keys: the PartnerRow fields of the list's columns."""
        request = request or PageRequest()
        today = self.ctx.today()
        outer = outer_days(self.ctx)
        current, last, upcoming = cover_columns(today)
        last_monev = last_monev_column()
        stmt = select(PlkkPartner, current, last, upcoming, last_monev).where(PlkkPartner.deleted_at.is_(None))
        f = request.filters
        for key in ("regency", "facility_type", "status"):
            if f.get(key):
                stmt = stmt.where(getattr(PlkkPartner, key) == f[key])
        expiry = f.get("expiry")
        if expiry in ("30", "60", "90"):
            days = outer if expiry == "90" else min(int(expiry), outer)
            stmt = stmt.where(current.between(today, today + timedelta(days=days)))
        elif expiry == "active":
            stmt = stmt.where(current.is_not(None))
        elif expiry == "upcoming":
            stmt = stmt.where(and_(current.is_(None), upcoming.is_not(None)))
        elif expiry == "expired":
            stmt = stmt.where(and_(current.is_(None), upcoming.is_(None), last.is_not(None)))
        elif expiry == "none":
            stmt = stmt.where(last.is_(None))
        end_sort = func.coalesce(current, last, date.max)  # partners without any agreement last
        sort_columns = {
            "kode_faskes": PlkkPartner.kode_faskes, "name": func.lower(PlkkPartner.name),
            "facility_type": PlkkPartner.facility_type, "regency": PlkkPartner.regency,
            "district": PlkkPartner.district, "status": PlkkPartner.status, "ownership": PlkkPartner.ownership,
            "agreement_end": end_sort, "days_left": end_sort, "band": end_sort, "last_monev": last_monev,
        }

        def to_row(r) -> PartnerRow:
            p, cur, last_end, next_start, monev = r
            cover = cover_status(cur, last_end, next_start, today, outer)
            return PartnerRow(
                id=p.id, version=p.version, kode_faskes=p.kode_faskes, name=p.name,
                facility_type=p.facility_type, regency=p.regency, district=p.district, ownership=p.ownership,
                status=p.status, state=cover.state, agreement_end=cover.end, days_left=cover.days_left,
                band=cover.band, last_monev=monev,
            )

        with self.ctx.read() as session:
            return fetch_page(session, stmt, request, sort_columns=sort_columns,
                              search_columns=[PlkkPartner.name, PlkkPartner.kode_faskes, PlkkPartner.regency,
                                              PlkkPartner.district, PlkkPartner.contact_name],
                              tiebreak=PlkkPartner.id, to_row=to_row)

    # ---- writing ------------------------------------------------------------------------------

    def save_partner(self, view: PartnerView) -> tuple[PartnerView, Changes]:
        """Create (id None) or update a partner; refuses a duplicate kode faskes and a stale edit."""
        self.ctx.require("plkk.edit")
        clean = validate_partner(view)
        with self.ctx.write() as session:
            if kode_taken(session, clean.kode_faskes, clean.id):
                raise duplicate_kode(clean.kode_faskes)
            if clean.id is None:
                row = PlkkPartner(facility_type=clean.facility_type, kode_faskes=clean.kode_faskes, name=clean.name)
                session.add(row)
                before: dict = {}
            else:
                row = get_for_update(session, PlkkPartner, clean.id, clean.version, what=PARTNER_ENTITY)
                before = snapshot(row)
            apply_partner_fields(row, clean)
            try:
                session.flush()
            except IntegrityError as exc:  # another workstation saved the same code a moment ago
                raise duplicate_kode(clean.kode_faskes) from exc
            after = snapshot(row)
            old, new = audit.diff(before, after)
            audit.record(session, "update" if before else "create", PARTNER_ENTITY, row.id,
                         summary=f"{row.kode_faskes} {row.name}", before=old or None, after=new)
            result = partner_view(row)
        return result, Changes.of(Area.PLKK)

    def delete_partner(self, partner_id: uuid.UUID, version: int) -> Changes:
        """Remove a partner from the lists (a tombstone; its history stays in the audit trail)."""
        self.ctx.require("plkk.edit")
        with self.ctx.write() as session:
            row = get_for_update(session, PlkkPartner, partner_id, version, what=PARTNER_ENTITY)
            row.deleted_at = utcnow()
            session.flush()
            audit.record(session, "delete", PARTNER_ENTITY, row.id, summary=f"{row.kode_faskes} {row.name}")
        return Changes.of(Area.PLKK)
