"""Coverage of informal and vulnerable workers: figures per kabupaten and month, sponsorship
programmes and the workers they enrol, coordination meetings and their commitments, Perisai agents.

- `CoverageFigure`: one live row per kabupaten/kota and month. Entering a new figure for a month
  supersedes the old one: the old row stays, with `deleted_at` set and `superseded_by` pointing at
  its successor, and the new row carries the next `revision` (the history is never lost).
- `Sponsorship`: who pays for whom (APBD, APBDes per desa, CSR, GN Lingkaran, Sertakan, Mitra PLKK,
  Baznas, a bank for its credit customers), the period, the programmes and the reported income the
  monthly contribution is computed from (kept with the row, with the rates' effective date).
- `EnrolledWorker`: a sponsored worker, by NIK, in one programme.
- `CoordinationMeeting` / `Commitment`: a rapat koordinasi and what each party promised, with the
  evidence file (`CommitmentEvidence`, append-only, kept in the database so every workstation and
  every synced laptop has it) and its SHA-256.
- `PerisaiAgent` / `PerisaiMonth`: agents and their monthly figures.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.money import Money
from desktop.models.base import AppendOnly, Record
from desktop.models.types import MoneyType

_LIVE = text("deleted_at IS NULL")


class CoverageFigure(Record):
    __tablename__ = "cov_figure"
    __table_args__ = (
        Index("uq_cov_figure_live", "regency", "period", unique=True, sqlite_where=_LIVE, postgresql_where=_LIVE),
        Index("ix_cov_figure_regency_period", "regency", "period"),
    )

    regency: Mapped[str] = mapped_column(String(120))  # "Kabupaten Banyumas"
    period: Mapped[date] = mapped_column(Date)  # the first day of the month
    working_population: Mapped[int] = mapped_column(Integer)
    population_source: Mapped[str] = mapped_column(String(12), default="bps")  # PopulationSource
    population_as_of: Mapped[date | None] = mapped_column(Date, default=None)
    informal_population: Mapped[int | None] = mapped_column(Integer, default=None)  # potensi BPU
    pu: Mapped[int] = mapped_column(Integer, default=0)
    bpu: Mapped[int] = mapped_column(Integer, default=0)
    jakon: Mapped[int] = mapped_column(Integer, default=0)
    target_bp: Mapped[int | None] = mapped_column(Integer, default=None)  # basis points: 3500 = 35 %
    note: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    superseded_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)


class Sponsorship(Record):
    __tablename__ = "cov_sponsorship"
    __table_args__ = (Index("ix_cov_sponsorship_end", "end_month"),)

    title: Mapped[str] = mapped_column(String(160))  # "APBD Banyumas 2026 — pekerja rentan"
    source: Mapped[str] = mapped_column(String(20))  # SponsorSource
    sponsor: Mapped[str] = mapped_column(String(160))  # "Pemkab Banyumas", "PT ...", "Bank ..."
    regency: Mapped[str] = mapped_column(String(120), default="")
    desa: Mapped[str] = mapped_column(String(120), default="")  # APBDes: the village
    start_month: Mapped[date] = mapped_column(Date)
    end_month: Mapped[date] = mapped_column(Date)
    programmes: Mapped[str] = mapped_column(String(20))  # ProgrammeSet
    reported_income: Mapped[Money] = mapped_column(MoneyType)
    monthly_contribution: Mapped[Money] = mapped_column(MoneyType)  # per worker, computed
    rates_effective_from: Mapped[date] = mapped_column(Date)
    budget: Mapped[Money] = mapped_column(MoneyType)
    planned_workers: Mapped[int] = mapped_column(Integer, default=0)
    months_paid: Mapped[int] = mapped_column(Integer, default=0)
    plkk_partner_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class EnrolledWorker(Record):
    __tablename__ = "cov_worker"
    __table_args__ = (
        Index("ix_cov_worker_nik", "nik"),
        Index("ix_cov_worker_sponsorship", "sponsorship_id"),
    )

    sponsorship_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cov_sponsorship.id"))
    name: Mapped[str] = mapped_column(String(160))
    nik: Mapped[str] = mapped_column(String(16))
    worker_group: Mapped[str] = mapped_column(String(30))  # WorkerGroup
    regency: Mapped[str] = mapped_column(String(120), default="")
    desa: Mapped[str] = mapped_column(String(120), default="")


class CoordinationMeeting(Record):
    __tablename__ = "cov_meeting"

    held_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[str] = mapped_column(Text, default="")  # with whom
    notes: Mapped[str] = mapped_column(Text, default="")


class CommitmentEvidence(AppendOnly):
    """A file that shows a commitment was kept (an SK Bupati, a DPA page, minutes)."""

    __tablename__ = "cov_evidence"
    __table_args__ = (Index("ix_cov_evidence_sha256", "sha256"),)

    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Commitment(Record):
    __tablename__ = "cov_commitment"
    __table_args__ = (Index("ix_cov_commitment_due", "status", "due_date"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cov_meeting.id"))
    seq: Mapped[int] = mapped_column(Integer, default=1)  # "kesatu", "kedua", ...
    party: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="open")  # CommitmentStatus
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    evidence_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cov_evidence.id"), default=None)
    evidence_name: Mapped[str] = mapped_column(String(255), default="")
    evidence_sha256: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class PerisaiAgent(Record):
    __tablename__ = "cov_agent"
    __table_args__ = (
        Index("uq_cov_agent_nik_live", "nik", unique=True, sqlite_where=_LIVE, postgresql_where=_LIVE),
    )

    name: Mapped[str] = mapped_column(String(160))
    nik: Mapped[str] = mapped_column(String(16))
    regency: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PerisaiMonth(Record):
    __tablename__ = "cov_agent_month"
    __table_args__ = (
        Index("uq_cov_agent_month_live", "agent_id", "period", unique=True, sqlite_where=_LIVE,
              postgresql_where=_LIVE),
    )

    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cov_agent.id"))
    period: Mapped[date] = mapped_column(Date)
    acquired: Mapped[int] = mapped_column(Integer, default=0)
    contributions: Mapped[Money] = mapped_column(MoneyType)
    still_active: Mapped[int] = mapped_column(Integer, default=0)
