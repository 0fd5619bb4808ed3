"""Death claims, heirs, scholarships and disbursements (table prefix `ben_`).

The employer of a participant is kept as plain text (name and NPP): the compliance area's employer
table is a different register and is not referenced.

Paying twice is prevented by the database itself: a disbursement gets its `paid_key` when it is
paid, and `paid_key` is unique. The key names what is paid (a claim component, or one child's
scholarship year) and where it sits in the chain of corrections: the first payment ("...:first"),
its reversal ("...:rev:<payment id>") and the payment that replaces it ("...:after:<reversal id>").
So two workstations paying the same component at once cannot both commit, and a correction is only
possible after a reversal.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.money import Money
from desktop.models.base import AppendOnly, Record
from desktop.models.types import MoneyType, UTCDateTime

_LIVE = text("deleted_at IS NULL")


class BenParticipant(Record):
    __tablename__ = "ben_participant"
    __table_args__ = (
        Index("ix_ben_participant_kpj_live", "kpj", unique=True, sqlite_where=_LIVE, postgresql_where=_LIVE),
        Index("ix_ben_participant_nik", "nik"),
        Index("ix_ben_participant_name", "name"),
        # The Peserta list's other sorts (each within the name) and its segment filter and count.
        Index("ix_ben_participant_segment_live", "segment", "name", sqlite_where=_LIVE, postgresql_where=_LIVE),
        Index("ix_ben_participant_employer_live", "employer_name", "name", sqlite_where=_LIVE,
              postgresql_where=_LIVE),
        Index("ix_ben_participant_start_live", "membership_start", "name", sqlite_where=_LIVE,
              postgresql_where=_LIVE),
    )

    kpj: Mapped[str] = mapped_column(String(11))
    nik: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(120))
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    segment: Mapped[str] = mapped_column(String(8))  # PU, BPU, JAKON
    employer_name: Mapped[str] = mapped_column(String(200), default="")
    employer_npp: Mapped[str] = mapped_column(String(20), default="")
    membership_start: Mapped[date | None] = mapped_column(Date, default=None)
    contribution_months: Mapped[int] = mapped_column(Integer, default=0)
    reported_wage: Mapped[Money] = mapped_column(MoneyType, default=Money(0))


class BenClaim(Record):
    """A death and what it entitles the heirs to (one claim per participant)."""

    __tablename__ = "ben_claim"
    __table_args__ = (
        Index("ix_ben_claim_participant_live", "participant_id", unique=True,
              sqlite_where=_LIVE, postgresql_where=_LIVE),
        Index("ix_ben_claim_death_date", "death_date"),
    )

    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ben_participant.id"))
    death_date: Mapped[date] = mapped_column(Date)
    cause: Mapped[str] = mapped_column(String(8))  # jkm, jkk
    programme: Mapped[str] = mapped_column(String(10))  # JKM, JKK
    kabupaten: Mapped[str] = mapped_column(String(80), default="")
    submitted_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open, complete, paid, rejected
    rejected_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The entitlement as computed, with the rule version it was computed under.
    rule_key: Mapped[str] = mapped_column(String(20), default="")
    entitlement: Mapped[list | None] = mapped_column(JSON, default=None)
    entitlement_total: Mapped[Money] = mapped_column(MoneyType, default=Money(0))
    scholarship_eligible: Mapped[bool] = mapped_column(Boolean, default=False)
    computed_on: Mapped[date | None] = mapped_column(Date, default=None)


class BenClaimDocument(Record):
    __tablename__ = "ben_claim_document"
    __table_args__ = (Index("ix_ben_claim_document_kind", "claim_id", "kind", unique=True),)

    claim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ben_claim.id"))
    kind: Mapped[str] = mapped_column(String(30))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    received_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(String(200), default="")


class BenHeir(Record):
    __tablename__ = "ben_heir"
    __table_args__ = (Index("ix_ben_heir_claim", "claim_id"), Index("ix_ben_heir_nik", "nik"))

    claim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ben_claim.id"))
    nik: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(120))
    relationship: Mapped[str] = mapped_column(String(20))
    rank: Mapped[int] = mapped_column(Integer)
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    bank_name: Mapped[str] = mapped_column(String(60), default="")
    account_number: Mapped[str] = mapped_column(String(30), default="")
    entitled: Mapped[bool] = mapped_column(Boolean, default=False)  # as proposed by the legal order
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)  # confirmed by a clerk
    confirmed_by: Mapped[str] = mapped_column(String(64), default="")
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class BenChild(Record):
    """A child receiving (or refused) the scholarship."""

    __tablename__ = "ben_child"
    __table_args__ = (
        Index("ix_ben_child_order_live", "claim_id", "child_order", unique=True,
              sqlite_where=_LIVE, postgresql_where=_LIVE),
    )

    claim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ben_claim.id"))
    child_order: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120))
    nik: Mapped[str] = mapped_column(String(16), default="")
    birth_date: Mapped[date] = mapped_column(Date)
    guardian_heir_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ben_heir.id"), default=None)
    level_at_start: Mapped[str | None] = mapped_column(String(8), default=None)  # None: not yet at school
    grade_at_start: Mapped[int] = mapped_column(Integer, default=1)
    stopped_reason: Mapped[str | None] = mapped_column(String(20), default=None)
    stopped_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class BenScholarshipYear(Record):
    """One academic year of one child: its proofs and the amount it may be paid."""

    __tablename__ = "ben_scholarship_year"
    __table_args__ = (
        Index("ix_ben_scholarship_year_live", "child_id", "academic_year", unique=True,
              sqlite_where=_LIVE, postgresql_where=_LIVE),
    )

    child_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ben_child.id"))
    academic_year: Mapped[int] = mapped_column(Integer)  # first calendar year: 2025 = 2025/2026
    level: Mapped[str] = mapped_column(String(8))
    grade: Mapped[int] = mapped_column(Integer, default=1)
    amount: Mapped[Money] = mapped_column(MoneyType)
    enrolment_proof_on: Mapped[date | None] = mapped_column(Date, default=None)
    report_card_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(12), default="claimed")  # claimed, paid, refused


class BenDisbursement(Record):
    """One payment: draft -> verified -> approved -> paid, or cancelled. Its terms are fixed once it
    leaves draft; once paid it is never changed again (a correction is a reversal and a new entry).
    Every state change is also appended to ben_disbursement_event."""

    __tablename__ = "ben_disbursement"
    __table_args__ = (
        Index("ix_ben_disbursement_claim", "claim_id"),
        Index("ix_ben_disbursement_state", "state"),
        Index("ix_ben_disbursement_paid_on", "paid_on"),
    )

    claim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ben_claim.id"))
    component: Mapped[str] = mapped_column(String(20))
    scholarship_year_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("ben_scholarship_year.id"), default=None)
    heir_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ben_heir.id"))  # the payee
    amount: Mapped[Money] = mapped_column(MoneyType)
    state: Mapped[str] = mapped_column(String(12), default="draft")
    entered_by: Mapped[str] = mapped_column(String(64), default="")
    verified_by: Mapped[str] = mapped_column(String(64), default="")
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    paid_by: Mapped[str] = mapped_column(String(64), default="")
    cancelled_by: Mapped[str] = mapped_column(String(64), default="")
    cancelled_reason: Mapped[str] = mapped_column(Text, default="")
    paid_on: Mapped[date | None] = mapped_column(Date, default=None)
    receipt_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    receipt_number: Mapped[str] = mapped_column(String(60), default="")
    reversal_of: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ben_disbursement.id"), default=None)
    corrects: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ben_disbursement.id"), default=None)
    paid_key: Mapped[str | None] = mapped_column(String(120), unique=True, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class BenDisbursementEvent(AppendOnly):
    """The append-only history of a disbursement's states: who moved it, when, and why."""

    __tablename__ = "ben_disbursement_event"
    __table_args__ = (Index("ix_ben_disbursement_event_disb", "disbursement_id"),)

    disbursement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ben_disbursement.id"))
    state: Mapped[str] = mapped_column(String(12))
    actor: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")


class BenHandover(AppendOnly):
    """A handover ceremony (penyerahan santunan): who received what, and the batch printed."""

    __tablename__ = "ben_handover"

    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    heir_ids: Mapped[list] = mapped_column(JSON, default=list)
    disbursement_ids: Mapped[list] = mapped_column(JSON, default=list)
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
