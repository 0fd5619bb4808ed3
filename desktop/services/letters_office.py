"""The office profile as the letter engine prints it (letterhead, signatories, default tembusan)."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop.models.base import new_id
from desktop.models.core import OfficeProfile
from desktop.models.letters import LetterAsset
from desktop.models.types import utcnow
from desktop.services.letters_render import FALLBACK_OFFICE, OfficeSnapshot


def load_office(session: Session) -> OfficeSnapshot:
    """The office profile, or a plain BPJS Ketenagakerjaan letterhead while none is set up."""
    row = session.scalar(select(OfficeProfile).where(OfficeProfile.deleted_at.is_(None)).limit(1))
    if row is None:
        f = FALLBACK_OFFICE
        return OfficeSnapshot(f["name"], f["code"], "", "", "", "", "", None, None, (), ())
    signatories = tuple(
        {"id": str(s.id), "name": s.name, "position": s.position, "employee_no": s.employee_no,
         "on_behalf": bool(s.on_behalf), "active": bool(s.active)}
        for s in row.signatories if s.deleted_at is None
    )
    logo = row.logo_png or None
    return OfficeSnapshot(
        name=row.name, code=row.code, address=row.address or "", city=row.city or "", phone=row.phone or "",
        email=row.email or "", website=row.website or "",
        logo_sha=hashlib.sha256(logo).hexdigest() if logo else None, logo_png=logo,
        signatories=signatories, default_tembusan=tuple(row.default_tembusan or ()),
    )


def store_logo(session: Session, data: bytes | None) -> str | None:
    """Keep the logo as printed (once per distinct image) so that reprints use the same one."""
    if not data:
        return None
    sha = hashlib.sha256(data).hexdigest()
    if session.scalar(select(LetterAsset.id).where(LetterAsset.sha256 == sha)) is None:
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        session.execute(insert(LetterAsset).values(
            id=new_id(), created_at=utcnow(), created_by=session.info.get("actor", ""),
            origin=session.info.get("device", ""), sha256=sha, data=data,
        ).on_conflict_do_nothing(index_elements=["sha256"]))
    return sha


def logo_bytes(session: Session, sha: str | None) -> bytes | None:
    if not sha:
        return None
    return session.scalar(select(LetterAsset.data).where(LetterAsset.sha256 == sha))
