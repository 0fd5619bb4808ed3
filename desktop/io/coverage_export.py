"""The coverage report as an Excel workbook: the table per kabupaten (sheet "Cakupan", with the
branch's headline sentence above it), sponsored workers by source ("Sponsor") and open
commitments ("Komitmen"). Numbers stay numbers (percentages as Excel percentages), so the regional
office can add them up."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.coverage_report import CoverageReportData, short_regency
from desktop.domain.dates import format_date_id


def _pct(bp: int | None) -> float | None:
    return None if bp is None else bp / 10_000


def write_coverage_workbook(data: CoverageReportData, path: Path | str) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E3F1EC")
    late = PatternFill("solid", fgColor="FBE9E7")
    wb = Workbook()
    ws = wb.active
    ws.title = "Cakupan"
    ws["A1"] = "LAPORAN CAKUPAN KEPESERTAAN PER KABUPATEN"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = data.office_name
    ws["A3"] = f"Dicetak {format_date_id(data.printed_on)}"
    ws["A4"] = data.headline
    ws["A4"].font = bold
    ws["A5"] = data.bpu_sentence
    headers = ["Kabupaten/Kota", "Bulan data", "Penduduk bekerja", "Sumber", "PU", "BPU", "Jakon",
               "Jumlah peserta", "Cakupan", "Target", "Potensi BPU", "Cakupan BPU"]
    ws.append([])
    ws.append(headers)
    header_row = ws.max_row
    for cell in ws[header_row]:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for r in (*data.regions, data.total):
        ws.append([short_regency(r.regency), r.month.label() if r.month else "belum ada data", r.working_population,
                   r.population_source, r.pu, r.bpu, r.jakon, r.covered, _pct(r.coverage_bp), _pct(r.target_bp),
                   r.informal_population, _pct(r.bpu_coverage_bp)])
        row = ws.max_row
        for col in (3, 5, 6, 7, 8, 11):
            ws.cell(row, col).number_format = "#,##0"
        for col in (9, 10, 12):
            ws.cell(row, col).number_format = "0.00%"
    for cell in ws[ws.max_row]:
        cell.font = bold
    for letter, width in zip("ABCDEFGHIJKL", (22, 16, 16, 20, 11, 11, 11, 14, 10, 10, 13, 12), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = ws.cell(header_row + 1, 2)

    sp = wb.create_sheet("Sponsor")
    sp.append(["Sumber dana", "Program berjalan", "Pekerja", "Iuran per bulan (Rp)"])
    for s in data.sponsors:
        sp.append([s.source, s.programmes, s.workers, s.monthly_cost.sen / 100])
        sp.cell(sp.max_row, 4).number_format = "#,##0.00"
    sp.append(["Jumlah pekerja dibantu (termasuk mitra PLKK)", None, data.sponsored_workers, None])
    for cell in sp[1]:
        cell.font = bold
        cell.fill = fill
    for letter, width in zip("ABCD", (44, 18, 12, 22), strict=True):
        sp.column_dimensions[letter].width = width

    km = wb.create_sheet("Komitmen")
    km.append(["Pihak", "Komitmen", "Batas waktu", "Status", "Terlambat"])
    for c in data.commitments:
        km.append([c.party, c.text, c.due, c.status, "ya" if c.overdue else ""])
        km.cell(km.max_row, 3).number_format = "dd/mm/yyyy"
        if c.overdue:
            for cell in km[km.max_row]:
                cell.fill = late
    for cell in km[1]:
        cell.font = bold
        cell.fill = fill
    for letter, width in zip("ABCDE", (36, 80, 14, 16, 10), strict=True):
        km.column_dimensions[letter].width = width

    out = Path(path)
    wb.save(out)
    return out
