"""The audit trail as an Excel workbook (streamed: a trail of a million events fits in memory)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

COLUMNS = ("No.", "Waktu", "Pengguna", "Perangkat", "Tindakan", "Objek", "ID objek", "Ringkasan", "Sebelum",
           "Sesudah")
WIDTHS = (8, 20, 16, 14, 16, 18, 38, 50, 50, 50)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_CELL = 32_767  # Excel's limit for the text of one cell


def _text_cell(ws, value: str):
    from openpyxl.cell import WriteOnlyCell

    text = _ILLEGAL.sub("", value)[:MAX_CELL]
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # never a formula, whatever the text starts with
    return cell


def write_audit_workbook(path: Path | str, rows: Iterable[Any], *, total: int = 0, progress=None) -> int:
    """Write AuditRow-like objects to `path` (written to a temporary name, then renamed)."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    path = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Jejak audit")
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.append(list(COLUMNS))
    count = 0
    for r in rows:
        local = r.at.astimezone().replace(tzinfo=None)
        ws.append([r.seq, local] + [_text_cell(ws, v) for v in
                                    (r.user, r.device, r.action, r.entity, r.entity_id, r.summary, r.before, r.after)])
        count += 1
        if progress is not None and count % 1000 == 0:
            progress.progress(count, total)
    partial = path.with_name(path.name + ".partial")
    try:
        wb.save(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return count
