"""PLKK partners (Pusat Layanan Kecelakaan Kerja), their cooperation agreements (PKS), monitoring
visits (monev) with scores and follow-ups, socialisation events, and the vulnerable workers they
sponsor (Sertakan / CSR)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.money import Money
from desktop.models.base import Record
from desktop.models.types import MoneyType

_LIVE = text("deleted_at IS NULL")


class PlkkPartner(Record):
    __tablename__ = "plkk_partner"
    __table_args__ = (
        # kode faskes is unique among partners that are not deleted (a deleted one may come back)
        Index("uq_plkk_partner_kode_live", "kode_faskes", unique=True,
              sqlite_where=_LIVE, postgresql_where=_LIVE),
        Index("ix_plkk_partner_regency", "regency"),
    )

    facility_type: Mapped[str] = mapped_column(String(30))  # domain.plkk.FacilityType
    kode_faskes: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    regency: Mapped[str] = mapped_column(String(80), default="")  # kabupaten/kota
    district: Mapped[str] = mapped_column(String(80), default="")  # kecamatan
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_position: Mapped[str] = mapped_column(String(120), default="")
    services: Mapped[list] = mapped_column(JSON, default=list)
    ownership: Mapped[str] = mapped_column(String(20), default="swasta")
    status: Mapped[str] = mapped_column(String(30), default="aktif")
    notes: Mapped[str] = mapped_column(Text, default="")


class PlkkAgreement(Record):
    """A Perjanjian Kerja Sama; a renewal points at the agreement it renews."""

    __tablename__ = "plkk_agreement"
    __table_args__ = (Index("ix_plkk_agreement_partner", "partner_id", "start_on"),)

    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plkk_partner.id"))
    number: Mapped[str] = mapped_column(String(100))
    signed_on: Mapped[date | None] = mapped_column(Date, default=None)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    # The last day of the unbroken run of agreements this one belongs to (recomputed on every change
    # of the partner's agreements), so "expiring" is a plain query that ignores renewed agreements.
    chain_end: Mapped[date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(Text, default="")
    document_path: Mapped[str] = mapped_column(String(300), default="")  # under documents/plkk
    document_name: Mapped[str] = mapped_column(String(255), default="")  # the file's original name
    document_sha256: Mapped[str] = mapped_column(String(64), default="")
    renews_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("plkk_agreement.id"), default=None)


class PlkkCriterion(Record):
    """A monev scoring criterion: data, so the office can change them without a new program."""

    __tablename__ = "plkk_criterion"

    name: Mapped[str] = mapped_column(String(120))
    weight: Mapped[int] = mapped_column(Integer)
    max_score: Mapped[int] = mapped_column(Integer)
    rank: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PlkkMonev(Record):
    """A monitoring and evaluation visit, planned or done.

    `scores` keeps, per criterion, the name, weight and highest score as they were when the visit
    was scored ([{criterion_id, name, weight, max_score, score}]), so a later change of criteria does
    not rewrite an old result. `total` is the weighted result in hundredths (86,25 -> 8625).
    """

    __tablename__ = "plkk_monev"
    __table_args__ = (Index("ix_plkk_monev_partner", "partner_id", "visited_on"),)

    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plkk_partner.id"))
    status: Mapped[str] = mapped_column(String(20), default="planned")  # domain.plkk.MonevStatus
    planned_on: Mapped[date | None] = mapped_column(Date, default=None)
    visited_on: Mapped[date | None] = mapped_column(Date, default=None)
    officer: Mapped[str] = mapped_column(String(120), default="")
    scores: Mapped[list] = mapped_column(JSON, default=list)
    total: Mapped[int | None] = mapped_column(Integer, default=None)
    findings: Mapped[str] = mapped_column(Text, default="")


class PlkkFollowUp(Record):
    """A follow-up agreed at a monev visit."""

    __tablename__ = "plkk_follow_up"
    __table_args__ = (Index("ix_plkk_follow_up_monev", "monev_id"),)

    monev_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plkk_monev.id"))
    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plkk_partner.id"))
    action: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="open")  # domain.plkk.FollowUpStatus
    done_on: Mapped[date | None] = mapped_column(Date, default=None)


class PlkkEvent(Record):
    """A socialisation or coordination meeting.

    Partners invited are rows of PlkkEventPartner; employers and pemda offices invited are kept in
    `other_parties` as [{name, institution, position, attended}].
    """

    __tablename__ = "plkk_event"

    held_on: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(20), default="")  # "09.00 WIB"
    place: Mapped[str] = mapped_column(String(200), default="")
    topic: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="sosialisasi")  # sosialisasi / koordinasi
    other_parties: Mapped[list] = mapped_column(JSON, default=list)
    minutes: Mapped[str] = mapped_column(Text, default="")


class PlkkEventPartner(Record):
    __tablename__ = "plkk_event_partner"
    __table_args__ = (Index("ix_plkk_event_partner_pair", "event_id", "partner_id"),
                      Index("ix_plkk_event_partner_partner", "partner_id"))

    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plkk_event.id"))
    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plkk_partner.id"))
    attended: Mapped[bool] = mapped_column(Boolean, default=False)
    representative: Mapped[str] = mapped_column(String(120), default="")
    position: Mapped[str] = mapped_column(String(120), default="")


class PlkkSponsorship(Record):
    """A partner paying the pekerja rentan package for N workers over M months (Sertakan / CSR)."""

    __tablename__ = "plkk_sponsorship"
    __table_args__ = (Index("ix_plkk_sponsorship_partner", "partner_id"),)

    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plkk_partner.id"))
    program: Mapped[str] = mapped_column(String(20), default="sertakan")  # domain.plkk.SponsorProgram
    workers: Mapped[int] = mapped_column(Integer)
    months: Mapped[int] = mapped_column(Integer)
    start_month: Mapped[date] = mapped_column(Date)  # the first day of the first month
    monthly_rate: Mapped[Money] = mapped_column(MoneyType)  # per worker per month, when agreed
    notes: Mapped[str] = mapped_column(Text, default="")
