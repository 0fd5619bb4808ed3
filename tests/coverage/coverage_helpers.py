"""Helpers for the coverage tests (imported by name: a module called conftest would clash with the
suite's own when several test folders run together): the office's kabupaten, figures that add up to the Purwokerto
branch's (about 740.000 potential workers, 32 % covered), a programme, and real .xlsx files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.domain.coverage import Month, PopulationSource, ProgrammeSet, SponsorSource
from desktop.domain.money import Money
from desktop.services.coverage_views import FigureInput, SponsorshipInput
from desktop.services.office import OfficeView, SignatoryView

REGENCIES = ("Kabupaten Banyumas", "Kabupaten Purbalingga", "Kabupaten Banjarnegara")
OCT = Month(2026, 10)
JAN = Month(2026, 1)
# (working population, PU, BPU, Jakon, BPU potential, target %): 738.400 workers, 236.288 covered = 32,00 %
PURWOKERTO = {
    "Kabupaten Banyumas": (328_500, 86_300, 17_500, 11_800, 180_700, 35),
    "Kabupaten Purbalingga": (219_900, 47_300, 10_700, 7_900, 125_300, 33),
    "Kabupaten Banjarnegara": (190_000, 38_500, 9_500, 6_788, 114_000, 32),
}


def make_office(services) -> None:
    services.office.save(OfficeView(
        id=None, version=0, name="BPJS Ketenagakerjaan Kantor Cabang Purwokerto", code="PWT", regencies=REGENCIES,
        signatories=(SignatoryView(None, "Antony Sugiarto", "Kepala Kantor Cabang"),)))


def enter_purwokerto(services, month: Month = OCT) -> None:
    for regency, (pop, pu, bpu, jakon, informal, target) in PURWOKERTO.items():
        services.coverage.save_figure(FigureInput(regency, month, pop, pu, bpu, jakon, PopulationSource.BPS,
                                                  date(2025, 8, 1), informal, target * 100))


def programme(services, title: str = "APBD Banyumas 2026 — pekerja rentan", *, workers_budget: int = 10,
              start: Month = JAN, months: int = 12, source=SponsorSource.APBD, sponsor: str = "Pemkab",
              desa: str = ""):
    view, _ = services.coverage.save_sponsorship(SponsorshipInput(
        title=title, source=source, sponsor=sponsor, regency="Banyumas", start=start, end=start.plus(months - 1),
        programmes=ProgrammeSet.JKK_JKM, reported_income=Money.rupiah(1_000_000),
        budget=Money.rupiah(16_800 * months * workers_budget), desa=desa))
    return view


def write_xlsx(path: Path, header: list, rows: list[list], text_columns: tuple[int, ...] = ()) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
        for c in text_columns:
            ws.cell(ws.max_row, c + 1).number_format = "@"
    wb.save(path)
    return path
