"""The outgoing letter register as an Excel workbook (openpyxl)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HEADERS = ("No.", "Nomor Surat", "Tanggal", "Jenis Surat", "Hal", "Tujuan", "Status", "Alasan Pembatalan",
           "Dibuat oleh", "SHA-256")
WIDTHS = (6, 28, 12, 30, 50, 40, 12, 30, 14, 66)


def write_register(path: Path, rows: Sequence) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Agenda Surat Keluar"
    ws.append(HEADERS)
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F6F43")
        cell.alignment = Alignment(vertical="center")
    for i, r in enumerate(rows, start=1):
        ws.append([i, r.number, r.issued_on, r.template_name or r.template, r.subject, r.recipient,
                   "Dibatalkan" if r.status == "cancelled" else "Terbit", r.cancel_reason, r.issued_by, r.sha256])
        ws.cell(row=i + 1, column=3).number_format = "DD/MM/YYYY"
    for k, w in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(k)].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{max(1, len(rows) + 1)}"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
