"""Coverage per kabupaten/kota and month: percentages, the latest known figure, history with gaps.

A month without a figure is *unknown*, never zero: the history shows a gap there, and the branch
total for a month is only given when every kabupaten reported that month. The current figure of a
kabupaten is its latest known month; the branch's current figure adds those latest figures (and
says which months they are).

Percentages are kept as basis points (hundredths of a percent) and are truncated, not rounded:
34,999 % is shown as 34,99 %, so a target is never shown as reached before it is (Blora's
17.920 of 352.284 is reported as "5,08 persen", which is the same rule).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.domain.coverage import Month, month_range


def coverage_bp(covered: int, population: int | None) -> int | None:
    """covered / population in basis points (1 % = 100), truncated; None when unknown."""
    if population is None or population <= 0:
        return None
    return covered * 10_000 // population


@dataclass(frozen=True)
class Figure:
    """The figures of one kabupaten/kota for one month."""

    regency: str
    month: Month
    working_population: int  # penduduk bekerja / angkatan kerja
    pu: int  # penerima upah registered
    bpu: int  # bukan penerima upah registered
    jakon: int  # jasa konstruksi registered
    informal_population: int | None = None  # potensi pekerja BPU/informal, if known
    target_bp: int | None = None  # coverage target, basis points of the working population

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
    def meets_target(self) -> bool | None:
        if self.target_bp is None or self.coverage_bp is None:
            return None
        return self.coverage_bp >= self.target_bp


@dataclass(frozen=True)
class HistoryEntry:
    month: Month
    figure: Figure | None  # None: no data for this month (a gap, not zero)

    @property
    def known(self) -> bool:
        return self.figure is not None


def latest_known(figures: Iterable[Figure], regency: str, on_or_before: Month | None = None) -> Figure | None:
    """The kabupaten's figure of its latest month with data (not after `on_or_before`)."""
    best: Figure | None = None
    for f in figures:
        if f.regency != regency or (on_or_before is not None and f.month > on_or_before):
            continue
        if best is None or f.month > best.month:
            best = f
    return best


def history(figures: Iterable[Figure], regency: str, first: Month, last: Month) -> list[HistoryEntry]:
    """One entry per month from first to last; months without data are gaps."""
    by_month = {f.month: f for f in figures if f.regency == regency}
    return [HistoryEntry(m, by_month.get(m)) for m in month_range(first, last)]


@dataclass(frozen=True)
class BranchTotal:
    """The branch's figure from the latest known month of each kabupaten."""

    regions: tuple[Figure, ...]  # one per kabupaten with any data, latest month each
    missing: tuple[str, ...]  # kabupaten without any data at all
    working_population: int
    covered: int
    pu: int
    bpu: int
    jakon: int
    informal_population: int | None  # None unless every kabupaten has it
    target_bp: int | None  # weighted by working population, if every kabupaten has a target

    @property
    def coverage_bp(self) -> int | None:
        return coverage_bp(self.covered, self.working_population)

    @property
    def bpu_coverage_bp(self) -> int | None:
        return coverage_bp(self.bpu, self.informal_population)

    @property
    def months(self) -> tuple[Month, ...]:
        return tuple(sorted({f.month for f in self.regions}))

    @property
    def latest_month(self) -> Month | None:
        return max((f.month for f in self.regions), default=None)

    @property
    def same_month(self) -> bool:
        """True when every kabupaten's latest figure is of the same month."""
        return len(self.months) <= 1


def branch_total(figures: Sequence[Figure], regencies: Sequence[str],
                 on_or_before: Month | None = None) -> BranchTotal:
    latest = [latest_known(figures, r, on_or_before) for r in regencies]
    regions = tuple(f for f in latest if f is not None)
    missing = tuple(r for r, f in zip(regencies, latest, strict=True) if f is None)
    informal = (sum(f.informal_population or 0 for f in regions)
                if regions and all(f.informal_population for f in regions) else None)
    target = None
    population = sum(f.working_population for f in regions)
    if regions and all(f.target_bp is not None for f in regions) and population > 0:
        target = sum(f.working_population * (f.target_bp or 0) for f in regions) // population
    return BranchTotal(
        regions=regions, missing=missing, working_population=population,
        covered=sum(f.covered for f in regions), pu=sum(f.pu for f in regions), bpu=sum(f.bpu for f in regions),
        jakon=sum(f.jakon for f in regions), informal_population=informal, target_bp=target,
    )


@dataclass(frozen=True)
class SeriesPoint:
    month: Month
    value: int | None  # None: unknown for this month (shown as a gap)


def branch_series(figures: Iterable[Figure], regencies: Sequence[str], first: Month, last: Month,
                  field: str = "bpu") -> list[SeriesPoint]:
    """The branch's monthly total of one field; unknown for a month unless every kabupaten reported."""
    table: dict[tuple[str, Month], Figure] = {(f.regency, f.month): f for f in figures}
    points = []
    for m in month_range(first, last):
        values = [table.get((r, m)) for r in regencies]
        if not regencies or any(v is None for v in values):
            points.append(SeriesPoint(m, None))
        else:
            points.append(SeriesPoint(m, sum(getattr(v, field) for v in values if v is not None)))
    return points


def segments(points: Sequence[SeriesPoint]) -> list[list[SeriesPoint]]:
    """Runs of known points, split at the gaps (a line chart draws each run separately)."""
    runs: list[list[SeriesPoint]] = []
    current: list[SeriesPoint] = []
    for p in points:
        if p.value is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append(p)
    if current:
        runs.append(current)
    return runs


def growth(points: Sequence[SeriesPoint]) -> int | None:
    """Last known value minus first known value; None with fewer than two known points."""
    known = [p.value for p in points if p.value is not None]
    return known[-1] - known[0] if len(known) >= 2 else None
