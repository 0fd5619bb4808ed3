"""Tables every area shares: the office, its people, its settings and the audit trail."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import AppendOnly, Record
from desktop.models.types import UTCDateTime


class OfficeProfile(Record):
    """The branch office itself (one row): letterhead, region served, time zone."""

    __tablename__ = "office_profile"

    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(120), default="")
    regencies: Mapped[list] = mapped_column(JSON, default=list)  # kabupaten/kota served
    time_zone: Mapped[str] = mapped_column(String(4), default="WIB")
    default_tembusan: Mapped[list] = mapped_column(JSON, default=list)
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    signatories: Mapped[list[Signatory]] = relationship(
        back_populates="office", order_by="Signatory.rank", cascade="all, delete-orphan"
    )


class Signatory(Record):
    """A person who signs letters: "Kepala Kantor Cabang" and those who sign on their behalf."""

    __tablename__ = "signatory"

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office_profile.id"))
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[str] = mapped_column(String(120))
    employee_no: Mapped[str] = mapped_column(String(30), default="")
    # Signs "a.n." (atas nama) the head of the office rather than in their own right.
    on_behalf: Mapped[bool] = mapped_column(Boolean, default=False)
    rank: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    office: Mapped[OfficeProfile] = relationship(back_populates="signatories")


class User(Record):
    __tablename__ = "app_user"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))  # desktop.domain.roles.Role values
    employee_no: Mapped[str] = mapped_column(String(30), default="")
    regency: Mapped[str] = mapped_column(String(80), default="")  # a field officer's kabupaten
    password_hash: Mapped[str | None] = mapped_column(String(255), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Setting(Record):
    """A business setting that belongs to the data (and travels with it), as JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[object] = mapped_column(JSON)


class OfficeHoliday(Record):
    """A day the office is closed beyond the national public holidays: cuti bersama, local closures."""

    __tablename__ = "office_holiday"

    day: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(120), default="Cuti bersama")


class AuditEvent(AppendOnly):
    """Who did what, when, from which device, with the record before and after.

    Events are hash-chained (`hash` = SHA-256 of the previous hash and this event's canonical
    content) so that an edited or deleted event is detected by `cabang audit verify`.
    """

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_entity", "entity", "entity_id"),
        Index("ix_audit_event_seq", "seq", unique=True),
    )

    seq: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(30))  # create, update, delete, approve, print, export...
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    summary: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[dict | None] = mapped_column(JSON, default=None)
    after: Mapped[dict | None] = mapped_column(JSON, default=None)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")
