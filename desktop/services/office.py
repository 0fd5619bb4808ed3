"""The office profile (letterhead, region, time zone) and its signatories."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace

from sqlalchemy import select

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.core import OfficeProfile, Signatory
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.context import Area, Changes, Service, get_for_update, snapshot

TIME_ZONES = ("WIB", "WITA", "WIT")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\- ]{5,30}$")


@dataclass(frozen=True)
class SignatoryView:
    id: uuid.UUID | None
    name: str
    position: str
    employee_no: str = ""
    on_behalf: bool = False
    active: bool = True


@dataclass(frozen=True)
class OfficeView:
    id: uuid.UUID | None
    version: int
    name: str
    code: str
    address: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    regencies: tuple[str, ...] = ()
    time_zone: str = "WIB"
    default_tembusan: tuple[str, ...] = ()
    logo_png: bytes | None = None
    signatories: tuple[SignatoryView, ...] = field(default_factory=tuple)

    def with_changes(self, **values: object) -> OfficeView:
        return replace(self, **values)


EMPTY_OFFICE = OfficeView(id=None, version=0, name="", code="")


def _view(row: OfficeProfile) -> OfficeView:
    return OfficeView(
        id=row.id, version=row.version, name=row.name, code=row.code, address=row.address, city=row.city,
        phone=row.phone, email=row.email, website=row.website, regencies=tuple(row.regencies or ()),
        time_zone=row.time_zone, default_tembusan=tuple(row.default_tembusan or ()), logo_png=row.logo_png,
        signatories=tuple(
            SignatoryView(s.id, s.name, s.position, s.employee_no, s.on_behalf, s.active)
            for s in row.signatories if s.deleted_at is None
        ),
    )


def validate_office(view: OfficeView) -> None:
    def fail(message: str, **params: object) -> None:
        raise UserError(message, **params)

    if not view.name.strip():
        fail(QT_TRANSLATE_NOOP("UserError", "The office name is required."))
    if not re.fullmatch(r"[A-Za-z0-9\-]{2,20}", view.code.strip()):
        fail(QT_TRANSLATE_NOOP("UserError", "The office code must be 2 to 20 letters or digits."))
    if view.email and not _EMAIL.match(view.email):
        fail(QT_TRANSLATE_NOOP("UserError", "The e-mail address {email} is not valid."), email=view.email)
    if view.phone and not _PHONE.match(view.phone):
        fail(QT_TRANSLATE_NOOP("UserError", "The phone number {phone} is not valid."), phone=view.phone)
    if view.time_zone not in TIME_ZONES:
        fail(QT_TRANSLATE_NOOP("UserError", "The time zone must be WIB, WITA or WIT."))
    for s in view.signatories:
        if not s.name.strip() or not s.position.strip():
            fail(QT_TRANSLATE_NOOP("UserError", "Every signatory needs a name and a position."))
    if view.signatories and not any(s.active and not s.on_behalf for s in view.signatories):
        fail(QT_TRANSLATE_NOOP("UserError", "At least one active signatory must sign in their own right (not a.n.)."))


class OfficeService(Service):
    def get(self) -> OfficeView:
        with self.ctx.read() as session:
            row = session.scalar(select(OfficeProfile).where(OfficeProfile.deleted_at.is_(None)).limit(1))
            return EMPTY_OFFICE if row is None else _view(row)

    def save(self, view: OfficeView) -> tuple[OfficeView, Changes]:
        """Create or update the profile and its signatories; refuses a stale edit."""
        self.ctx.require("office.edit")
        validate_office(view)
        with self.ctx.write() as session:
            if view.id is None:
                if session.scalar(select(OfficeProfile.id).where(OfficeProfile.deleted_at.is_(None))):
                    raise UserError(QT_TRANSLATE_NOOP("UserError", "The office profile already exists; reload it."))
                row = OfficeProfile(name="", code="")
                session.add(row)
                before: dict = {}
            else:
                row = get_for_update(session, OfficeProfile, view.id, view.version, what="office")
                before = snapshot(row) | {"signatories": [_sig_dict(s) for s in row.signatories]}
            for name in ("name", "code", "address", "city", "phone", "email", "website", "time_zone", "logo_png"):
                setattr(row, name, getattr(view, name).strip() if isinstance(getattr(view, name), str) else getattr(view, name))
            row.regencies = list(view.regencies)
            row.default_tembusan = list(view.default_tembusan)
            self._sync_signatories(session, row, view.signatories)
            session.flush()
            after = snapshot(row) | {"signatories": [_sig_dict(s) for s in row.signatories]}
            old, new = audit.diff(before, after)
            audit.record(session, "create" if not before else "update", "office_profile", row.id,
                         summary=row.name, before=old or None, after=new)
            result = _view(row)
        return result, Changes.of(Area.OFFICE)

    @staticmethod
    def _sync_signatories(session, row: OfficeProfile, wanted: tuple[SignatoryView, ...]) -> None:
        existing = {s.id: s for s in row.signatories}
        keep = set()
        for rank, s in enumerate(wanted):
            target = existing.get(s.id) if s.id else None
            if target is None:
                target = Signatory(name=s.name, position=s.position)
                row.signatories.append(target)
            target.name, target.position = s.name.strip(), s.position.strip()
            target.employee_no = "".join(s.employee_no.split())  # NIP/NPP are written without spaces
            target.on_behalf, target.active, target.rank = s.on_behalf, s.active, rank
            target.deleted_at = None
            keep.add(id(target))
        for s in row.signatories:
            if id(s) not in keep and s.deleted_at is None:
                s.deleted_at = utcnow()


def _sig_dict(s: Signatory) -> dict:
    return {"name": s.name, "position": s.position, "employee_no": s.employee_no,
            "on_behalf": s.on_behalf, "deleted": s.deleted_at is not None}
