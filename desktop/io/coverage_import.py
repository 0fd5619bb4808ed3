"""Reading coverage spreadsheets: figures per kabupaten and month, lists of sponsored workers, and
Perisai agents' monthly figures — each with a problem report for every row.

Pure: a file goes in; rows that passed every check and the problems of the others come out. What
needs the database (an unknown programme, a NIK already enrolled elsewhere) is checked by the
service, which then saves everything in one transaction or nothing at all.

Sheets are read with pandas (calamine engine for .xlsx/.xls/.ods; .csv too). The first row holds the
column names; Indonesian headings as the pemda and the branch write them are recognised ("NIK",
"Nama", "Kelompok", "Desa/Kelurahan", "Bulan", "Penduduk Bekerja", ...). Row numbers in the report
are Excel's (the heading is row 1).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.coverage import (
    Month,
    PopulationSource,
    WorkerGroup,
    parse_population_source,
    parse_worker_group,
)
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.io import coverage_cells as cell

FIGURES, WORKERS, PERISAI = "figures", "workers", "perisai"
KINDS = (FIGURES, WORKERS, PERISAI)


@dataclass(frozen=True)
class ColumnDef:
    key: str
    label: str  # the heading the template writes
    required: bool
    aliases: tuple[str, ...] = ()


COLUMNS: dict[str, tuple[ColumnDef, ...]] = {
    FIGURES: (
        ColumnDef("regency", "Kabupaten/Kota", True, ("kabupaten", "kota", "kab", "wilayah")),
        ColumnDef("month", "Bulan", True, ("periode", "bulan data", "month")),
        ColumnDef("working_population", "Penduduk Bekerja", True,
                  ("angkatan kerja", "jumlah pekerja", "potensi pekerja", "penduduk yang bekerja")),
        ColumnDef("source", "Sumber Data", False, ("sumber",)),
        ColumnDef("as_of", "Tanggal Data", False, ("tanggal sumber", "per tanggal")),
        ColumnDef("pu", "Peserta PU", True, ("pu", "penerima upah")),
        ColumnDef("bpu", "Peserta BPU", True, ("bpu", "bukan penerima upah")),
        ColumnDef("jakon", "Peserta Jakon", True, ("jakon", "jasa konstruksi", "peserta jasa konstruksi")),
        ColumnDef("informal_population", "Potensi BPU", False,
                  ("potensi pekerja bpu", "pekerja informal", "potensi informal")),
        ColumnDef("target", "Target (%)", False, ("target", "target cakupan", "target persen")),
        ColumnDef("note", "Catatan", False, ("keterangan", "ket")),
    ),
    WORKERS: (
        ColumnDef("name", "Nama", True, ("nama lengkap", "nama pekerja", "nama peserta")),
        ColumnDef("nik", "NIK", True, ("no ktp", "nomor induk kependudukan", "nik ktp")),
        ColumnDef("group", "Kelompok", True, ("kelompok pekerja", "jenis pekerjaan", "pekerjaan", "kategori")),
        ColumnDef("regency", "Kabupaten/Kota", False, ("kabupaten", "kota", "kab")),
        ColumnDef("desa", "Desa/Kelurahan", False, ("desa", "kelurahan")),
        ColumnDef("programme", "Program", False, ("program sponsor", "nama program", "sponsor")),
    ),
    PERISAI: (
        ColumnDef("agent_name", "Nama Agen", True, ("nama", "agen", "nama perisai", "nama agen perisai")),
        ColumnDef("agent_nik", "NIK Agen", True, ("nik", "nik perisai")),
        ColumnDef("regency", "Kabupaten/Kota", False, ("kabupaten", "kota", "wilayah")),
        ColumnDef("month", "Bulan", True, ("periode",)),
        ColumnDef("acquired", "Peserta Diakuisisi", True, ("akuisisi", "peserta baru", "jumlah akuisisi")),
        ColumnDef("contributions", "Iuran Terkumpul", True, ("iuran", "iuran dikumpulkan", "jumlah iuran")),
        ColumnDef("still_active", "Masih Aktif", True, ("peserta aktif", "aktif", "jumlah aktif")),
    ),
}


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong with the file: row 1 is the heading (a column problem)."""

    row: int
    column: str
    error: UserError

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        return self.error.render(translate)


@dataclass(frozen=True)
class FigureRow:
    row: int
    regency: str
    month: Month
    working_population: int
    source: PopulationSource
    as_of: date | None
    pu: int
    bpu: int
    jakon: int
    informal_population: int | None
    target_bp: int | None
    note: str


@dataclass(frozen=True)
class WorkerRow:
    row: int
    name: str
    nik: str
    group: WorkerGroup
    regency: str
    desa: str
    programme: str


@dataclass(frozen=True)
class PerisaiRow:
    row: int
    agent_name: str
    agent_nik: str
    regency: str
    month: Month
    acquired: int
    contributions: Money
    still_active: int


@dataclass(frozen=True)
class ParsedSheet:
    kind: str
    path: str
    rows: tuple[Any, ...]  # FigureRow | WorkerRow | PerisaiRow, for the rows without problems
    problems: tuple[RowProblem, ...] = ()
    data_rows: int = 0  # non-empty rows read
    columns: tuple[str, ...] = field(default=())


def _norm(text: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(text).lower())


def _problem(row: int, column: str, message: str, /, **params: object) -> RowProblem:
    return RowProblem(row, column, UserError(message, **params))


# ---- reading the file ---------------------------------------------------------------------------


def read_frame(path: Path | str):
    """The first sheet (or the CSV) as a DataFrame of raw cells."""
    import pandas as pd

    path = Path(path)
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} does not exist."), path=str(path))
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return pd.read_csv(path, dtype=str, keep_default_na=False, sep=None, engine="python")
        if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
            return pd.read_excel(path, engine="calamine", dtype=object, header=0, sheet_name=0)
    except Exception as exc:  # a damaged file: calamine and the csv sniffer raise their own errors
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} cannot be read as a spreadsheet: {detail}"),
                        path=path.name, detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    raise UserError(QT_TRANSLATE_NOOP("UserError", "{path}: only Excel (.xlsx) or CSV files can be imported."),
                    path=path.name)


# ---- the three kinds ----------------------------------------------------------------------------


class _CellError(Exception):
    def __init__(self, key: str, error: UserError) -> None:
        super().__init__(key)
        self.key, self.error = key, error


def _get(cells: Mapping[str, object], key: str, fn: Callable[[object], Any]) -> Any:
    """fn(cell), with a problem blamed on the cell's column."""
    try:
        return fn(cells.get(key))
    except UserError as exc:
        raise _CellError(key, exc) from None


def _required_text(message: str) -> Callable[[object], str]:
    def read(value: object) -> str:
        text = cell.text(value)
        if not text:
            raise UserError(message)
        return text

    return read


def _future(month: Month, today: date) -> None:
    if month > Month.of(today):
        raise _CellError("month", UserError(QT_TRANSLATE_NOOP("UserError", "The month {month} is in the future."),
                                            month=month.label()))


def _figure(cells: Mapping[str, object], row: int, today: date) -> FigureRow:
    regency = _get(cells, "regency", _required_text(QT_TRANSLATE_NOOP("UserError", "The kabupaten/kota is required.")))
    month = _get(cells, "month", cell.month)
    _future(month, today)
    population = _get(cells, "working_population", cell.whole)
    if not population:
        raise _CellError("working_population", UserError(QT_TRANSLATE_NOOP(
            "UserError", "The working population must be more than zero.")))
    pu, bpu, jakon = (_get(cells, k, cell.whole) for k in ("pu", "bpu", "jakon"))
    if pu + bpu + jakon > population:
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "More participants ({covered}) than working population ({population})."),
            covered=pu + bpu + jakon, population=population)
    informal = _get(cells, "informal_population", lambda v: cell.whole(v, allow_blank=True))
    if informal is not None and bpu > informal:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "More BPU participants ({bpu}) than the BPU potential "
                                          "({informal})."), bpu=bpu, informal=informal)
    source_text = cell.text(cells.get("source"))
    return FigureRow(row=row, regency=regency, month=month, working_population=population,
                     source=parse_population_source(source_text) if source_text else PopulationSource.BPS,
                     as_of=_get(cells, "as_of", cell.day), pu=pu, bpu=bpu, jakon=jakon, informal_population=informal,
                     target_bp=_get(cells, "target", cell.percent_bp), note=cell.text(cells.get("note")))


def _worker(cells: Mapping[str, object], row: int, today: date) -> WorkerRow:
    name = _get(cells, "name", _required_text(QT_TRANSLATE_NOOP("UserError", "The name is required.")))
    nik = _get(cells, "nik", lambda v: cell.nik(v, today))
    group_text = _get(cells, "group", _required_text(QT_TRANSLATE_NOOP("UserError",
                                                                       "The group (kelompok) is required.")))
    group = _get(cells, "group", lambda _v: parse_worker_group(group_text))
    return WorkerRow(row=row, name=name, nik=nik, group=group, regency=cell.text(cells.get("regency")),
                     desa=cell.text(cells.get("desa")), programme=cell.text(cells.get("programme")))


def _perisai(cells: Mapping[str, object], row: int, today: date) -> PerisaiRow:
    name = _get(cells, "agent_name", _required_text(QT_TRANSLATE_NOOP("UserError",
                                                                      "The agent's name is required.")))
    nik = _get(cells, "agent_nik", lambda v: cell.nik(v, today))
    month = _get(cells, "month", cell.month)
    _future(month, today)
    acquired, still_active = _get(cells, "acquired", cell.whole), _get(cells, "still_active", cell.whole)
    if still_active > acquired:
        raise _CellError("still_active", UserError(QT_TRANSLATE_NOOP(
            "UserError", "Still active ({active}) cannot be more than acquired ({acquired})."),
            active=still_active, acquired=acquired))
    return PerisaiRow(row=row, agent_name=name, agent_nik=nik, regency=cell.text(cells.get("regency")), month=month,
                      acquired=acquired, contributions=_get(cells, "contributions", cell.money),
                      still_active=still_active)


_PARSERS = {FIGURES: _figure, WORKERS: _worker, PERISAI: _perisai}
_KEYS = {FIGURES: lambda r: (r.regency.lower(), r.month), WORKERS: lambda r: (r.nik, r.programme.lower()),
         PERISAI: lambda r: (r.agent_nik, r.month)}
_DUPLICATE = {
    FIGURES: QT_TRANSLATE_NOOP("UserError", "The same kabupaten and month are already in row {first}."),
    WORKERS: QT_TRANSLATE_NOOP("UserError", "The same NIK (for the same programme) is already in row {first}."),
    PERISAI: QT_TRANSLATE_NOOP("UserError", "The same agent and month are already in row {first}."),
}


def match_columns(kind: str, headings: list[object]) -> tuple[dict[str, object], list[RowProblem]]:
    """Which heading is which field; problems for missing required columns."""
    lookup: dict[str, str] = {}
    for c in COLUMNS[kind]:
        for name in (c.label, c.key, *c.aliases):
            lookup.setdefault(_norm(name), c.key)
    found: dict[str, object] = {}
    for heading in headings:
        key = lookup.get(_norm(heading))
        if key is not None and key not in found:
            found[key] = heading
    problems = [
        _problem(1, c.label, QT_TRANSLATE_NOOP("UserError", "The required column \u201c{column}\u201d is missing."),
                 column=c.label)
        for c in COLUMNS[kind] if c.required and c.key not in found
    ]
    return found, problems


def parse_sheet(kind: str, path: Path | str, *, today: date) -> ParsedSheet:
    """Read and check every row; nothing here touches the database."""
    if kind not in KINDS:
        raise ValueError(f"unknown import kind {kind!r}")
    frame = read_frame(path)
    columns, problems = match_columns(kind, list(frame.columns))
    if problems:
        return ParsedSheet(kind, str(path), (), tuple(problems), data_rows=len(frame), columns=tuple(columns))
    labels = {c.key: c.label for c in COLUMNS[kind]}
    parser, key_of = _PARSERS[kind], _KEYS[kind]
    rows: list[Any] = []
    seen: dict[object, int] = {}
    data_rows = 0
    records = frame.to_dict("records")
    for offset, record in enumerate(records):
        row_no = offset + 2
        cells = {key: record.get(heading) for key, heading in columns.items()}
        if all(cell.is_blank(v) for v in cells.values()):
            continue
        data_rows += 1
        try:
            parsed = parser(cells, row_no, today)
        except _CellError as exc:
            problems.append(RowProblem(row_no, labels.get(exc.key, ""), exc.error))
            continue
        except UserError as exc:
            problems.append(RowProblem(row_no, "", exc))
            continue
        key = key_of(parsed)
        if key in seen:
            problems.append(_problem(row_no, "", _DUPLICATE[kind], first=seen[key]))
            continue
        seen[key] = row_no
        rows.append(parsed)
    return ParsedSheet(kind, str(path), tuple(rows), tuple(problems), data_rows=data_rows, columns=tuple(columns))


def write_template(kind: str, path: Path | str) -> Path:
    """An empty sheet with the expected headings (and one example row) for the clerk to fill in."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    examples = {
        FIGURES: ["Kabupaten Banyumas", "2026-10", 1_024_000, "BPS", "2026-08-01", 205_000, 24_000, 27_000,
                  410_000, 33, ""],
        WORKERS: ["Slamet Riyadi", "3302011204850003", "Marbot masjid", "Kabupaten Banyumas", "Karangklesem",
                  "APBD Banyumas 2026"],
        PERISAI: ["Sri Lestari", "3302015508900002", "Kabupaten Banyumas", "2026-10", 54, 1_987_200, 41],
    }
    wb = Workbook()
    ws = wb.active
    ws.title = {FIGURES: "Cakupan", WORKERS: "Pekerja", PERISAI: "Perisai"}[kind]
    ws.append([c.label for c in COLUMNS[kind]])
    ws.append(examples[kind])
    for heading in ws[1]:
        heading.font = Font(bold=True)
    for i, c in enumerate(COLUMNS[kind], start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = max(14, len(c.label) + 4)
        if c.key in ("nik", "agent_nik"):
            ws.cell(2, i).number_format = "@"
    out = Path(path)
    wb.save(out)
    return out
