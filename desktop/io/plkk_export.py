"""Writing the partner list to Excel (openpyxl): the import's columns, so the file can be edited and
imported again, followed by read-only agreement and monev columns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from desktop.io.plkk_import import COLUMNS, EXPORT_ONLY, SHEET_NAME

WIDTHS = {"kode_faskes": 14, "name": 42, "facility_type": 22, "regency": 16, "district": 20, "address": 44,
          "phone": 16, "email": 30, "contact_name": 24, "contact_position": 24, "services": 40,
          "ownership": 13, "status": 20, "notes": 30}


def write_partner_sheet(path: Path | str, rows: Sequence[Mapping[str, object]], *, title: str = "") -> Path:
    """rows: one mapping per partner, keyed by the import's field keys plus the EXPORT_ONLY labels;
    values are already written the way a clerk reads them (Indonesian names, dates as dates)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_NAME
    headings = [c.label for c in COLUMNS] + list(EXPORT_ONLY)
    keys = [c.key for c in COLUMNS] + list(EXPORT_ONLY)
    sheet.append(headings)
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="0B6E4F")
    grey = PatternFill("solid", fgColor="6B7278")
    for i, _heading in enumerate(headings, start=1):
        cell = sheet.cell(row=1, column=i)
        cell.font = bold
        cell.fill = fill if i <= len(COLUMNS) else grey
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for row in rows:
        values = []
        for key in keys:
            v = row.get(key, "")
            if isinstance(v, list | tuple):
                v = "; ".join(str(x) for x in v)
            values.append(v if isinstance(v, date | int) else ("" if v is None else str(v)))
        sheet.append(values)
    for i, key in enumerate(keys, start=1):
        letter = get_column_letter(i)
        sheet.column_dimensions[letter].width = WIDTHS.get(key, 16)
        if key == "kode_faskes":  # text, so that a code such as 03020101 keeps its zero
            for cell in sheet[letter][1:]:
                cell.number_format = "@"
        for cell in sheet[letter][1:]:
            if isinstance(cell.value, date):
                cell.number_format = "DD/MM/YYYY"
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = sheet.dimensions
    if title:
        book.properties.title = title
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    book.save(tmp)
    tmp.replace(path)
    return path
