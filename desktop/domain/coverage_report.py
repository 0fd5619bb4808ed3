"""What the coverage report (PDF and Excel) says, assembled by the service and rendered by
desktop.documents.coverage_report / desktop.io.coverage_export. Indonesian whatever the UI language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.coverage import Month
from desktop.domain.coverage_figures import coverage_bp
from desktop.domain.coverage_words import bpu_phrase, coverage_phrase
from desktop.domain.money import Money


@dataclass(frozen=True)
class RegionRow:
    regency: str
    month: Month | None  # None: no figure yet
    working_population: int | None
    population_source: str  # "BPS, 1 Agustus 2026"
    pu: int
    bpu: int
    jakon: int
    informal_population: int | None
    target_bp: int | None

    @property
    def covered(self) -> int:
        return self.pu + self.bpu + self.jakon

    @property
    def coverage_bp(self) -> int | None:
        return coverage_bp(self.covered, self.working_population)

    @property
    def bpu_coverage_bp(self) -> int | None:
        return coverage_bp(self.bpu, self.informal_population)


@dataclass(frozen=True)
class SponsorRow:
    source: str  # Indonesian label: "APBD", "CSR perusahaan"
    programmes: int
    workers: int
    monthly_cost: Money


@dataclass(frozen=True)
class CommitmentRow:
    party: str
    text: str
    due: date | None
    status: str  # Indonesian label
    overdue: bool


@dataclass(frozen=True)
class CoverageReportData:
    office_name: str
    area_names: tuple[str, ...]  # "Banyumas", "Purbalingga", ...
    printed_on: date
    regions: tuple[RegionRow, ...]
    total: RegionRow  # the branch, from each kabupaten's latest month
    months_differ: bool  # the kabupaten's latest months are not all the same
    sponsors: tuple[SponsorRow, ...]
    sponsored_workers: int  # enrolled here, plus those PLKK partners sponsor
    perisai_agents: int
    perisai_acquired: int
    perisai_still_active: int
    commitments: tuple[CommitmentRow, ...]
    rates_note: str

    @property
    def headline(self) -> str:
        """"Sudah 32 persen dari potensi sekitar 740.000 pekerja di wilayah ... telah terlindungi"."""
        if not self.total.working_population:
            return "Belum ada data cakupan kepesertaan."
        phrase = coverage_phrase(self.total.covered, self.total.working_population)
        return f"Sudah {phrase} di wilayah {join_id(self.area_names)} yang telah terlindungi."

    @property
    def bpu_sentence(self) -> str:
        if not self.total.informal_population:
            return ""
        return (f"Pekerja bukan penerima upah (BPU) yang terlindungi baru "
                f"{bpu_phrase(self.total.bpu, self.total.informal_population)}.")

    @property
    def perisai_active_bp(self) -> int | None:
        return coverage_bp(self.perisai_still_active, self.perisai_acquired)


def join_id(names: tuple[str, ...] | list[str]) -> str:
    """("A", "B", "C") -> "A, B dan C" (Indonesian lists take no comma before "dan")."""
    names = list(names)
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " dan " + names[-1]


def short_regency(name: str) -> str:
    """"Kabupaten Banyumas" -> "Banyumas"; "Kota Semarang" stays (a city is said with "Kota")."""
    for prefix in ("Kabupaten ", "Kab. ", "Kab "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name
