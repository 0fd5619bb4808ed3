"""What the Dasbor shows: the branch at a glance, as plain frozen data.

Built by desktop.services.dashboard from every area's service, drawn by the UI's tiles and charts
and by the one-page PDF (desktop.documents.dashboard_report). A tile whose area has no data source
yet says so (`available=False`); it never shows made-up numbers.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.coverage import Month
from desktop.domain.coverage_figures import SeriesPoint
from desktop.domain.money import Money


@dataclass(frozen=True)
class RegionCoverage:
    regency: str
    month: Month | None  # the latest month with data; None: no figure at all
    coverage_bp: int | None
    target_bp: int | None
    bpu_coverage_bp: int | None = None

    @property
    def meets_target(self) -> bool | None:
        if self.coverage_bp is None or self.target_bp is None:
            return None
        return self.coverage_bp >= self.target_bp


@dataclass(frozen=True)
class CoverageTile:
    regions: tuple[RegionCoverage, ...] = ()
    branch_bp: int | None = None
    branch_target_bp: int | None = None
    branch_bpu_bp: int | None = None
    phrase: str = ""  # "32 persen dari potensi sekitar 740.000 pekerja"
    latest_month: Month | None = None

    @property
    def has_data(self) -> bool:
        return any(r.coverage_bp is not None for r in self.regions)


@dataclass(frozen=True)
class GrowthTile:
    points: tuple[SeriesPoint, ...] = ()
    growth: int | None = None  # last known minus first known

    @property
    def has_data(self) -> bool:
        return any(p.value is not None for p in self.points)


@dataclass(frozen=True)
class Count:
    key: str
    label: str  # English source, translated in `context` by the UI
    value: int
    label_id: str = ""  # Indonesian, for the printed report
    context: str = "Dashboard"


@dataclass(frozen=True)
class Outcome:
    key: str
    label: str  # English source (context "Dashboard")
    label_id: str  # Indonesian, for the printed report
    value: int | Money


@dataclass(frozen=True)
class CasesTile:
    available: bool = False  # the compliance area gives its figures
    by_state: tuple[Count, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    overdue: int | None = None

    @property
    def total(self) -> int:
        return sum(c.value for c in self.by_state)


@dataclass(frozen=True)
class TileItem:
    title: str
    subtitle: str = ""
    record_id: uuid.UUID | None = None
    when: date | None = None


@dataclass(frozen=True)
class ListTile:
    available: bool = False
    count: int = 0
    items: tuple[TileItem, ...] = ()  # the first few, soonest first


@dataclass(frozen=True)
class MoneyTile:
    available: bool = False
    count: int = 0
    total: Money = field(default_factory=Money.zero)


@dataclass(frozen=True)
class DashboardData:
    today: date
    month: Month
    office_name: str = ""
    coverage: CoverageTile = field(default_factory=CoverageTile)
    bpu_growth: GrowthTile = field(default_factory=GrowthTile)
    cases: CasesTile = field(default_factory=CasesTile)
    agreements_expiring: ListTile = field(default_factory=ListTile)
    scholarship_proofs_due: ListTile = field(default_factory=ListTile)
    disbursements: MoneyTile = field(default_factory=MoneyTile)
    commitments_overdue: ListTile = field(default_factory=ListTile)
    sponsored_workers: int = 0

    @property
    def is_empty(self) -> bool:
        """Nothing at all to show yet (a new office)."""
        return not (self.coverage.has_data or self.bpu_growth.has_data or self.cases.total
                    or self.agreements_expiring.count or self.scholarship_proofs_due.count
                    or self.disbursements.count or self.commitments_overdue.count or self.sponsored_workers)
