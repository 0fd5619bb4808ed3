"""Employer compliance: employers, cases, their timeline of actions, outcomes and SKK batches.

- `Employer`: the NPP is unique among live rows (a PWBD employer has none yet); the NPWP is kept
  as 16 digits with the legacy 15 beside it (reference 9.2).
- `Case`: one follow-up of an employer (PDS Tenaga Kerja, PDS Upah, PDS Program, PWBD, Tunggakan)
  with its findings and where it stands in the workflow (desktop.domain.compliance). The due date
  and the first day of the next escalation are fixed when a step is taken: the letter states them.
- `CaseAction`: the append-only timeline of a case (visits, letters, replies, referral steps).
- `Outcome`: what a case achieved (workers and programmes added, wages corrected, arrears paid).
- `SkkBatch`/`SkkItem`: the cases handed to one Kejaksaan Negeri together under one covering
  letter, and each one's result there (every change of it is also a `CaseAction` of kind "jpn").
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.money import Money
from desktop.models.base import AppendOnly, Record
from desktop.models.types import MoneyType

_LIVE_NPP = text("deleted_at IS NULL AND npp IS NOT NULL")


class Employer(Record):
    __tablename__ = "cmp_employer"
    __table_args__ = (
        Index("uq_cmp_employer_npp_live", "npp", unique=True, sqlite_where=_LIVE_NPP, postgresql_where=_LIVE_NPP),
        Index("ix_cmp_employer_name", "name"),
        Index("ix_cmp_employer_npwp16", "npwp16"),
        Index("ix_cmp_employer_kabupaten_status", "kabupaten", "status"),
    )

    npp: Mapped[str | None] = mapped_column(String(20), default=None)
    name: Mapped[str] = mapped_column(String(200))
    npwp16: Mapped[str | None] = mapped_column(String(16), default=None)
    npwp15: Mapped[str | None] = mapped_column(String(15), default=None)
    address: Mapped[str] = mapped_column(Text, default="")
    kabupaten: Mapped[str] = mapped_column(String(60), default="")
    kecamatan: Mapped[str] = mapped_column(String(60), default="")
    kbli: Mapped[str] = mapped_column(String(5), default="")
    sector: Mapped[str] = mapped_column(String(200), default="")
    risk_class: Mapped[int | None] = mapped_column(Integer, default=None)  # JKK risk class 1..5
    size: Mapped[str] = mapped_column(String(10), default="")  # mikro, kecil, menengah, besar
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    contact_email: Mapped[str] = mapped_column(String(120), default="")
    registered_workforce: Mapped[int] = mapped_column(Integer, default=0)
    estimated_workforce: Mapped[int | None] = mapped_column(Integer, default=None)
    estimate_source: Mapped[str] = mapped_column(String(12), default="")  # WLKP, Disnaker, kunjungan, OSS
    estimate_date: Mapped[date | None] = mapped_column(Date, default=None)
    programmes: Mapped[list] = mapped_column(JSON, default=list)  # ["JKK", "JKM", ...]
    reported_wages: Mapped[Money] = mapped_column(MoneyType, default=Money(0))  # monthly total reported
    evidence_wages: Mapped[Money | None] = mapped_column(MoneyType, default=None)  # monthly total seen
    status: Mapped[str] = mapped_column(String(12), default="aktif")  # aktif, pwbd, tutup
    notes: Mapped[str] = mapped_column(Text, default="")


class Case(Record):
    __tablename__ = "cmp_case"
    __table_args__ = (
        Index("ix_cmp_case_state_due", "state", "due_date"),
        Index("ix_cmp_case_officer_state", "officer", "state"),
    )

    case_no: Mapped[str] = mapped_column(String(24), unique=True)
    employer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cmp_employer.id"), index=True)
    case_type: Mapped[str] = mapped_column(String(12))
    workers_unregistered: Mapped[int] = mapped_column(Integer, default=0)
    wage_gap: Mapped[Money] = mapped_column(MoneyType, default=Money(0))  # monthly, wages not reported
    programmes_missing: Mapped[list] = mapped_column(JSON, default=list)
    arrears: Mapped[Money] = mapped_column(MoneyType, default=Money(0))
    arrears_months: Mapped[int] = mapped_column(Integer, default=0)
    last_payment_date: Mapped[date | None] = mapped_column(Date, default=None)
    officer: Mapped[str] = mapped_column(String(64), default="")
    priority: Mapped[str] = mapped_column(String(8), default="sedang")
    state: Mapped[str] = mapped_column(String(16), default="identified")
    opened_on: Mapped[date] = mapped_column(Date)
    state_since: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    escalate_from: Mapped[date | None] = mapped_column(Date, default=None)
    awaiting_reply: Mapped[bool] = mapped_column(Boolean, default=False)
    referral_steps: Mapped[list] = mapped_column(JSON, default=list)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    close_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CaseAction(AppendOnly):
    """One step on a case's timeline; never edited (a correction is a new note)."""

    __tablename__ = "cmp_action"
    __table_args__ = (Index("ix_cmp_action_case_on", "case_id", "on_date"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cmp_case.id"))
    employer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cmp_employer.id"), index=True)
    on_date: Mapped[date] = mapped_column(Date)
    officer: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(24))  # a move's target state, a referral step, or a note kind
    from_state: Mapped[str | None] = mapped_column(String(16), default=None)
    to_state: Mapped[str | None] = mapped_column(String(16), default=None)
    letter_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    letter_number: Mapped[str] = mapped_column(String(120), default="")
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    reply_date: Mapped[date | None] = mapped_column(Date, default=None)
    reply_content: Mapped[str] = mapped_column(Text, default="")
    evidence_name: Mapped[str] = mapped_column(String(200), default="")
    evidence_path: Mapped[str] = mapped_column(String(300), default="")  # relative to the documents folder
    evidence_sha256: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Outcome(Record):
    __tablename__ = "cmp_outcome"
    __table_args__ = (Index("ix_cmp_outcome_on", "on_date"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cmp_case.id"), index=True)
    employer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cmp_employer.id"))
    on_date: Mapped[date] = mapped_column(Date)
    officer: Mapped[str] = mapped_column(String(64), default="")
    workers_added: Mapped[int] = mapped_column(Integer, default=0)
    programmes_added: Mapped[list] = mapped_column(JSON, default=list)
    wages_corrected: Mapped[Money] = mapped_column(MoneyType, default=Money(0))  # monthly wages added
    arrears_recovered: Mapped[Money] = mapped_column(MoneyType, default=Money(0))
    notes: Mapped[str] = mapped_column(Text, default="")


class SkkBatch(Record):
    """Cases handed over together to one Kejaksaan Negeri under Surat Kuasa Khusus."""

    __tablename__ = "cmp_skk_batch"

    kejari: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(120), default="")  # the covering letter's number
    letter_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    handed_over: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The printed batch (covering letter + attached list) as it was handed over, relative to the
    # documents folder, and its SHA-256: the list is a snapshot of the cases on that day.
    pdf_path: Mapped[str] = mapped_column(String(300), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")


class SkkItem(Record):
    """One case in an SKK batch and how the Jaksa Pengacara Negara's work on it went."""

    __tablename__ = "cmp_skk_item"
    __table_args__ = (UniqueConstraint("batch_id", "case_id", name="uq_cmp_skk_item_batch_case"),)

    batch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cmp_skk_batch.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cmp_case.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    skk_number: Mapped[str] = mapped_column(String(60), default="")
    jpn_status: Mapped[str] = mapped_column(String(16), default="diserahkan")
    status_date: Mapped[date | None] = mapped_column(Date, default=None)
    promised_date: Mapped[date | None] = mapped_column(Date, default=None)  # settlement promised in the statement
    recovered: Mapped[Money] = mapped_column(MoneyType, default=Money(0))
    notes: Mapped[str] = mapped_column(Text, default="")
