"""What CoverageService takes and returns: plain frozen dataclasses, never ORM objects."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain.coverage import (
    CommitmentStatus,
    Month,
    PopulationSource,
    ProgrammeSet,
    SponsorSource,
    WorkerGroup,
)
from desktop.domain.coverage_figures import BranchTotal, Figure, coverage_bp
from desktop.domain.money import Money
from desktop.io.coverage_import import RowProblem

# ---- figures ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureInput:
    regency: str
    month: Month
    working_population: int
    pu: int
    bpu: int
    jakon: int
    population_source: PopulationSource = PopulationSource.BPS
    population_as_of: date | None = None
    informal_population: int | None = None
    target_bp: int | None = None
    note: str = ""


@dataclass(frozen=True)
class FigureView:
    id: uuid.UUID
    version: int
    regency: str
    month: Month
    working_population: int
    population_source: PopulationSource
    population_as_of: date | None
    pu: int
    bpu: int
    jakon: int
    informal_population: int | None
    target_bp: int | None
    note: str
    revision: int
    superseded: bool
    deleted: bool
    entered_by: str
    entered_at: datetime

    @property
    def covered(self) -> int:
        return self.pu + self.bpu + self.jakon

    @property
    def coverage_bp(self) -> int | None:
        return coverage_bp(self.covered, self.working_population)

    @property
    def bpu_coverage_bp(self) -> int | None:
        return coverage_bp(self.bpu, self.informal_population)

    @property
    def month_label(self) -> str:
        return self.month.label()

    def figure(self) -> Figure:
        return Figure(self.regency, self.month, self.working_population, self.pu, self.bpu, self.jakon,
                      self.informal_population, self.target_bp)

    def as_input(self) -> FigureInput:
        return FigureInput(self.regency, self.month, self.working_population, self.pu, self.bpu, self.jakon,
                           self.population_source, self.population_as_of, self.informal_population,
                           self.target_bp, self.note)


@dataclass(frozen=True)
class HistoryRow:
    """One month of a kabupaten's history; `figure` None is a gap (no data), not zero."""

    regency: str
    month: Month
    figure: FigureView | None

    @property
    def known(self) -> bool:
        return self.figure is not None

    @property
    def month_label(self) -> str:
        return self.month.label()


@dataclass(frozen=True)
class RegionSummary:
    regency: str
    latest: FigureView | None  # the latest month with data


@dataclass(frozen=True)
class CoverageSummary:
    regions: tuple[RegionSummary, ...]
    total: BranchTotal
    phrase: str  # "32 persen dari potensi sekitar 740.000 pekerja" ("" without data)
    bpu_phrase: str


# ---- sponsorships and workers ------------------------------------------------------------------


@dataclass(frozen=True)
class SponsorshipInput:
    title: str
    source: SponsorSource
    sponsor: str
    regency: str
    start: Month
    end: Month
    programmes: ProgrammeSet
    reported_income: Money
    budget: Money
    desa: str = ""
    planned_workers: int = 0
    months_paid: int = 0
    plkk_partner_id: uuid.UUID | None = None
    notes: str = ""


@dataclass(frozen=True)
class SponsorshipView:
    id: uuid.UUID
    version: int
    title: str
    source: SponsorSource
    sponsor: str
    regency: str
    desa: str
    start: Month
    end: Month
    programmes: ProgrammeSet
    reported_income: Money
    monthly_contribution: Money  # per worker, at the rates of the start month
    rates_effective_from: date
    budget: Money
    planned_workers: int
    months_paid: int
    plkk_partner_id: uuid.UUID | None
    notes: str
    workers: int  # enrolled now
    period_cost: Money  # workers x each month's contribution over the whole period
    affordable_workers: int  # how many workers the budget pays for over the period
    status: str  # "upcoming", "running", "ended"
    renewal_due: bool

    @property
    def months(self) -> int:
        return self.start.months_until(self.end) + 1

    @property
    def monthly_cost(self) -> Money:
        return self.monthly_contribution * self.workers

    @property
    def budget_left(self) -> Money:
        return self.budget - self.period_cost

    @property
    def period_label(self) -> str:
        return f"{self.start.label()} – {self.end.label()}"

    def as_input(self) -> SponsorshipInput:
        return SponsorshipInput(self.title, self.source, self.sponsor, self.regency, self.start, self.end,
                                self.programmes, self.reported_income, self.budget, self.desa,
                                self.planned_workers, self.months_paid, self.plkk_partner_id, self.notes)


@dataclass(frozen=True)
class WorkerInput:
    sponsorship_id: uuid.UUID
    name: str
    nik: str
    group: WorkerGroup
    regency: str = ""
    desa: str = ""


@dataclass(frozen=True)
class WorkerView:
    id: uuid.UUID
    version: int
    sponsorship_id: uuid.UUID
    sponsorship_title: str
    name: str
    nik: str  # masked unless the role may see personal data in full
    group: WorkerGroup
    regency: str
    desa: str


@dataclass(frozen=True)
class SponsorCost:
    """What a programme costs, month by month and in all."""

    sponsorship_id: uuid.UUID
    per_worker_month: Money
    workers: int
    monthly: Money
    months: int
    period_total: Money
    paid: Money  # months_paid x monthly
    budget: Money
    budget_left: Money


# ---- meetings and commitments -------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingInput:
    held_on: date
    title: str
    place: str = ""
    participants: str = ""
    notes: str = ""


@dataclass(frozen=True)
class MeetingView:
    id: uuid.UUID
    version: int
    held_on: date
    title: str
    place: str
    participants: str
    notes: str
    commitments: int
    open: int
    overdue: int


@dataclass(frozen=True)
class CommitmentInput:
    meeting_id: uuid.UUID
    party: str
    text: str
    due_date: date | None = None
    status: CommitmentStatus = CommitmentStatus.OPEN
    notes: str = ""


@dataclass(frozen=True)
class CommitmentView:
    id: uuid.UUID
    version: int
    meeting_id: uuid.UUID
    meeting_title: str
    held_on: date
    seq: int
    party: str
    text: str
    due_date: date | None
    status: CommitmentStatus
    done_on: date | None
    evidence_name: str
    evidence_sha256: str
    notes: str
    overdue: bool
    days_overdue: int

    @property
    def has_evidence(self) -> bool:
        return bool(self.evidence_sha256)


# ---- Perisai ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgentInput:
    name: str
    nik: str
    regency: str = ""
    phone: str = ""
    active: bool = True


@dataclass(frozen=True)
class AgentView:
    id: uuid.UUID
    version: int
    name: str
    nik: str  # masked unless allowed
    regency: str
    phone: str
    active: bool
    acquired: int  # over all reported months
    still_active: int
    contributions: Money
    last_month: Month | None

    @property
    def active_bp(self) -> int | None:
        return coverage_bp(self.still_active, self.acquired)


@dataclass(frozen=True)
class AgentMonthView:
    id: uuid.UUID
    version: int
    agent_id: uuid.UUID
    agent_name: str
    month: Month
    acquired: int
    contributions: Money
    still_active: int

    @property
    def month_label(self) -> str:
        return self.month.label()

    @property
    def active_bp(self) -> int | None:
        return coverage_bp(self.still_active, self.acquired)


@dataclass(frozen=True)
class PerisaiSummary:
    agents: int
    active_agents: int
    acquired: int
    still_active: int
    contributions: Money
    first: Month | None
    last: Month | None
    by_month: tuple[tuple[Month, int, int], ...] = ()  # (month, acquired, still active)

    @property
    def active_bp(self) -> int | None:
        return coverage_bp(self.still_active, self.acquired)


# ---- imports ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportReport:
    """What an import found and did. Nothing is saved unless every row is right."""

    kind: str
    path: str
    data_rows: int
    problems: tuple[RowProblem, ...] = ()
    created: int = 0
    updated: int = 0  # replaced a figure or an agent's month
    dry_run: bool = False
    saved: bool = False
    notes: tuple[str, ...] = field(default=())  # e.g. agents created

    @property
    def ok(self) -> bool:
        return not self.problems
