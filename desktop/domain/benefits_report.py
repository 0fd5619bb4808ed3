"""Claims paid by programme and period, in the shape branches publish them ("JKM 76 kasus Rp3,4
miliar; beasiswa 133 kasus Rp467,5 juta"), and broken down by kabupaten, segment and month.

Pure aggregation over the paid entries (payments and reversals) of a period:
- JKM and JKK: a case is a death claim with a net amount paid in the group; the amount is what was
  paid net of reversals;
- Beasiswa: a case is a scholarship payment (one child's year, or a PP 44/2015 lump sum).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.domain.benefits import Programme, publish_line
from desktop.domain.money import Money

PROGRAMMES = (Programme.JKM.value, Programme.JKK.value, Programme.BEASISWA.value)


@dataclass(frozen=True)
class PaidEntry:
    paid_on: date
    programme: str  # JKM, JKK, Beasiswa
    case_key: str  # the claim (JKM/JKK) or the scholarship slot (Beasiswa)
    kabupaten: str
    segment: str
    amount: Money  # negative for a reversal


@dataclass(frozen=True)
class ProgrammeSummary:
    programme: str
    cases: int
    amount: Money
    line: str  # "JKM 76 kasus Rp3,4 miliar"


@dataclass(frozen=True)
class BreakdownRow:
    group: str
    programme: str
    cases: int
    amount: Money


@dataclass(frozen=True)
class BenefitReport:
    year: int
    month_from: int
    month_to: int
    office: str
    summary: tuple[ProgrammeSummary, ...]
    by_kabupaten: tuple[BreakdownRow, ...]
    by_segment: tuple[BreakdownRow, ...]
    by_month: tuple[BreakdownRow, ...]  # group "01".."12"
    made_on: date

    @property
    def total(self) -> Money:
        return sum((s.amount for s in self.summary), Money(0))

    @property
    def total_cases(self) -> int:
        return sum(s.cases for s in self.summary)

    def published(self) -> str:
        """ "JKM 76 kasus Rp3,4 miliar; JKK 4 kasus Rp247,2 juta; beasiswa 133 kasus Rp467,5 juta" """
        return "; ".join(s.line for s in self.summary)


def _tally(entries: Iterable[PaidEntry]) -> tuple[int, Money]:
    per_case: dict[str, Money] = defaultdict(Money.zero)
    for e in entries:
        per_case[e.case_key] = per_case[e.case_key] + e.amount
    return sum(1 for v in per_case.values() if v.sen > 0), sum(per_case.values(), Money(0))


def _breakdown(entries: list[PaidEntry], key) -> tuple[BreakdownRow, ...]:
    groups: dict[tuple[str, str], list[PaidEntry]] = defaultdict(list)
    for e in entries:
        groups[(key(e), e.programme)].append(e)
    rows = []
    for (group, programme), items in groups.items():
        cases, amount = _tally(items)
        rows.append(BreakdownRow(group, programme, cases, amount))
    order = {p: i for i, p in enumerate(PROGRAMMES)}
    return tuple(sorted(rows, key=lambda r: (r.group, order.get(r.programme, 9))))


def build_report(entries: Iterable[PaidEntry], *, year: int, month_from: int = 1, month_to: int = 12,
                 office: str = "", made_on: date) -> BenefitReport:
    chosen = [e for e in entries if e.paid_on.year == year and month_from <= e.paid_on.month <= month_to]
    summary = []
    for programme in PROGRAMMES:
        cases, amount = _tally(e for e in chosen if e.programme == programme)
        label = "beasiswa" if programme == Programme.BEASISWA.value else programme
        summary.append(ProgrammeSummary(programme, cases, amount, publish_line(label, cases, amount)))
    return BenefitReport(
        year=year, month_from=month_from, month_to=month_to, office=office, summary=tuple(summary),
        by_kabupaten=_breakdown(chosen, lambda e: e.kabupaten or "-"),
        by_segment=_breakdown(chosen, lambda e: e.segment or "-"),
        by_month=_breakdown(chosen, lambda e: f"{e.paid_on.month:02d}"),
        made_on=made_on)
