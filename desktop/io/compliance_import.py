"""Reading employer lists exported from other systems (Excel or CSV) into clean rows.

The exports clerks receive (SIPP, Disnaker WLKP, OSS extracts, a colleague's spreadsheet) vary:
title rows above the header, merged header cells, a second header row under the first, column
names that differ from file to file, totals at the bottom, numbers that Excel stored as numbers
(an NPWP that lost its leading zero). This module finds the header, guesses which column is which
field from an alias table, and turns every data row into either clean values or a reason it was
rejected. It knows nothing of the database: the service decides new, updated or unchanged.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # pandas loads only when a file is read: it costs the start-up a second
    import pandas as pd

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.io.compliance_cells import PARSERS, blank, cell_text, looks_numeric, normalise, parse_column

# The fields an import can fill, in the order the mapping dialog shows them.
FIELDS: tuple[str, ...] = (
    "npp", "name", "npwp", "address", "kabupaten", "kecamatan", "kbli", "sector", "risk_class", "size",
    "contact_name", "contact_phone", "contact_email", "registered_workforce", "estimated_workforce",
    "estimate_source", "estimate_date", "programmes", "reported_wages", "evidence_wages", "status",
)
REQUIRED = ("npp", "name")

FIELD_LABELS: dict[str, str] = {
    "npp": QT_TRANSLATE_NOOP("Compliance", "NPP"),
    "name": QT_TRANSLATE_NOOP("Compliance", "Employer name"),
    "npwp": QT_TRANSLATE_NOOP("Compliance", "NPWP"),
    "address": QT_TRANSLATE_NOOP("Compliance", "Address"),
    "kabupaten": QT_TRANSLATE_NOOP("Compliance", "Kabupaten"),
    "kecamatan": QT_TRANSLATE_NOOP("Compliance", "Kecamatan"),
    "kbli": QT_TRANSLATE_NOOP("Compliance", "KBLI code"),
    "sector": QT_TRANSLATE_NOOP("Compliance", "Sector"),
    "risk_class": QT_TRANSLATE_NOOP("Compliance", "JKK risk class"),
    "size": QT_TRANSLATE_NOOP("Compliance", "Size"),
    "contact_name": QT_TRANSLATE_NOOP("Compliance", "Contact person"),
    "contact_phone": QT_TRANSLATE_NOOP("Compliance", "Phone"),
    "contact_email": QT_TRANSLATE_NOOP("Compliance", "E-mail"),
    "registered_workforce": QT_TRANSLATE_NOOP("Compliance", "Registered workers"),
    "estimated_workforce": QT_TRANSLATE_NOOP("Compliance", "Estimated workers"),
    "estimate_source": QT_TRANSLATE_NOOP("Compliance", "Estimate source"),
    "estimate_date": QT_TRANSLATE_NOOP("Compliance", "Estimate date"),
    "programmes": QT_TRANSLATE_NOOP("Compliance", "Programmes"),
    "reported_wages": QT_TRANSLATE_NOOP("Compliance", "Reported monthly wages"),
    "evidence_wages": QT_TRANSLATE_NOOP("Compliance", "Wages found"),
    "status": QT_TRANSLATE_NOOP("Compliance", "Status"),
}

# Column names seen in real exports, normalised (lower case, no punctuation).
ALIASES: dict[str, tuple[str, ...]] = {
    "npp": ("npp", "no npp", "nomor npp", "nomor pendaftaran perusahaan", "no pendaftaran perusahaan",
            "npp perusahaan", "kode npp", "nomor pokok perusahaan"),
    "name": ("nama perusahaan", "nama badan usaha", "nama pemberi kerja", "nama pk", "nama bu", "perusahaan",
             "badan usaha", "nama", "pemberi kerja", "nama usaha"),
    "npwp": ("npwp", "no npwp", "nomor npwp", "npwp perusahaan", "npwp badan", "npwp badan usaha"),
    "address": ("alamat", "alamat perusahaan", "alamat lengkap", "alamat usaha"),
    "kabupaten": ("kabupaten", "kab", "kabupaten kota", "kab kota", "kota kabupaten", "kota kab", "wilayah"),
    "kecamatan": ("kecamatan", "kec"),
    "kbli": ("kbli", "kode kbli", "kbli 2020"),
    "sector": ("sektor", "bidang usaha", "jenis usaha", "sektor usaha", "uraian kbli", "lapangan usaha"),
    "risk_class": ("kelas risiko", "tingkat risiko", "kelompok risiko", "risiko jkk", "kelas risiko jkk"),
    "size": ("skala usaha", "skala", "ukuran", "kategori usaha", "skala perusahaan"),
    "contact_name": ("kontak", "pic", "nama pic", "contact person", "narahubung", "nama kontak"),
    "contact_phone": ("telepon", "no telp", "no hp", "telp", "hp", "no telepon", "nomor telepon", "telp hp"),
    "contact_email": ("email", "e mail", "surel", "alamat email"),
    "registered_workforce": ("jumlah tk", "tk terdaftar", "jumlah tenaga kerja", "tenaga kerja terdaftar",
                             "jml tk", "jumlah tk terdaftar", "tk aktif", "jumlah pekerja terdaftar",
                             "tenaga kerja jumlah"),
    "estimated_workforce": ("estimasi tk", "tk estimasi", "jumlah tk wlkp", "potensi tk", "perkiraan tk",
                            "tenaga kerja estimasi", "tk wlkp", "jumlah pekerja wlkp", "tenaga kerja potensi"),
    "estimate_source": ("sumber estimasi", "sumber data", "sumber"),
    "estimate_date": ("tanggal estimasi", "tgl data", "tanggal data", "tgl estimasi"),
    "programmes": ("program", "program diikuti", "program terdaftar", "jenis program", "program jamsos"),
    "reported_wages": ("total upah dilaporkan", "upah dilaporkan", "total upah", "upah", "upah lapor"),
    "evidence_wages": ("upah sebenarnya", "upah temuan", "upah bukti", "upah riil"),
    "status": ("status", "status kepesertaan", "status perusahaan"),
}

MAX_HEADER_SEARCH = 30
_TOTAL_WORDS = ("total", "jumlah", "grand total", "sub total", "subtotal")


# -- reading the file ----------------------------------------------------------------------------


def read_raw(path: Path | str) -> pd.DataFrame:
    """Every cell of the first sheet (or the CSV) as Python values, no header assumed."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} does not exist."), path=str(path))
    try:
        if suffix in (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"):
            frame = _read_workbook(path)
        elif suffix in (".csv", ".txt"):
            frame = _read_csv(path)
        else:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "{name} is not an Excel or CSV file."), name=path.name)
    except UserError:
        raise
    except Exception as exc:  # a damaged or password-protected workbook
        raise UserError(QT_TRANSLATE_NOOP("UserError", "{name} cannot be read: {detail}"),
                        name=path.name, detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    frame.columns = range(frame.shape[1])  # empty cells are None already (see _cell, _read_csv)
    return frame.reset_index(drop=True)


# The cells pandas' read_excel takes as empty (its default na_values): a sheet read here means the same.
_EMPTY_TEXTS = frozenset({"", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN",
                          "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null"})


def _cell(v: object) -> object:
    if type(v) is float:  # Excel keeps every number as a float
        return int(v) if v.is_integer() else None if v != v else v
    if type(v) is str and v in _EMPTY_TEXTS:
        return None
    return v


def _read_workbook(path: Path) -> pd.DataFrame:
    """The first sheet, cell by cell, as pandas.read_excel(engine="calamine", header=None, dtype=object)
    gives it, at half its cost: the cells go straight from calamine into the frame, a column at a
    time (100,000 rows: 0.7 s instead of 1.4 s)."""
    import pandas as pd
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python(skip_empty_area=False)
    return pd.DataFrame(dict(enumerate(_column_cells(c) for c in zip_longest(*rows, fillvalue=""))), dtype=object)


def _column_cells(column: tuple) -> list:
    """_cell of every cell; a column of texts none of which is empty (the usual case) is taken as it is."""
    if all(type(v) is str for v in column) and _EMPTY_TEXTS.isdisjoint(column):
        return list(column)
    return [_cell(v) for v in column]


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, the encoding of Excel's "CSV" on Windows."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:40])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ",;\t|"}
        return max(counts, key=counts.get) if any(counts.values()) else ","


def _read_csv(path: Path) -> pd.DataFrame:
    """Rows of any length (title lines above the header have one cell), padded to the widest."""
    import pandas as pd

    text = decode_text(path.read_bytes())
    if not text.strip():
        return pd.DataFrame()
    rows = list(csv.reader(io.StringIO(text), delimiter=sniff_delimiter(text)))
    width = max(len(r) for r in rows)
    return pd.DataFrame([[c.strip() or None for c in r] + [None] * (width - len(r)) for r in rows], dtype=object)


# -- finding the header and guessing the mapping -------------------------------------------------


def _alias_field(name: str) -> str | None:
    for f, aliases in ALIASES.items():
        if name in aliases:
            return f
    return None


def _row_texts(raw: pd.DataFrame, row: int) -> list[str]:
    return ["" if v is None else str(v).strip() for v in raw.iloc[row].tolist()]


def _carry_left(values: list[str]) -> list[str]:
    """Merged header cells come back as blanks after the first: give them the left value."""
    out, last = [], ""
    for v in values:
        last = v or last
        out.append(last if not v else v)
    return out


def _score(names: Sequence[str]) -> int:
    return len({f for n in names if (f := _alias_field(normalise(n)))})


@dataclass(frozen=True)
class Header:
    row: int  # index of the (last) header row in the raw frame
    rows: int  # 1, or 2 when a sub-header row sits under merged cells
    columns: tuple[str, ...]  # unique column names, in file order


def find_header(raw: pd.DataFrame) -> Header:
    """The row whose cells best match known column names; title rows above it are skipped."""
    best: tuple[int, int] | None = None
    for r in range(min(MAX_HEADER_SEARCH, len(raw))):
        score = _score(_row_texts(raw, r))
        if score and (best is None or score > best[1]):
            best = (r, score)
    if best is None:
        for r in range(min(MAX_HEADER_SEARCH, len(raw))):  # no alias at all: the first wide text row
            texts = [t for t in _row_texts(raw, r) if t]
            if len(texts) >= 2 and not any(looks_numeric(t) for t in texts):
                best = (r, 0)
                break
    if best is None:
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "No header row was found in the first {count} rows. The file needs a row of column names."),
            count=MAX_HEADER_SEARCH)
    r = best[0]
    top = _carry_left(_row_texts(raw, r))
    names, rows = top, 1
    if r + 1 < len(raw):
        sub = _row_texts(raw, r + 1)
        if any(sub) and not any(looks_numeric(s) for s in sub if s):
            # A sub-header names the parts of a merged cell ("Tenaga Kerja" over "Terdaftar" and
            # "Estimasi"); take it when it explains more columns than the top row alone.
            combined = [_best_name(t, s) for t, s in zip(top, sub, strict=False)]
            if _score(combined) > _score(top):
                names, rows = combined, 2
    return Header(row=r + rows - 1, rows=rows, columns=tuple(_unique(names)))


def _best_name(top: str, sub: str) -> str:
    if not sub:
        return top
    combined = f"{top} {sub}".strip() if top != sub else sub
    if _alias_field(normalise(combined)):
        return combined
    if _alias_field(normalise(sub)) or not top:
        return sub
    return combined


def _unique(names: Sequence[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, n in enumerate(names):
        n = n or f"Kolom {i + 1}"
        if n in seen:
            seen[n] += 1
            n = f"{n} ({seen[n]})"
        else:
            seen[n] = 1
        out.append(n)
    return out


def guess_mapping(columns: Sequence[str]) -> dict[str, str | None]:
    """field -> column, from the alias table: exact names first, then names containing an alias."""
    mapping: dict[str, str | None] = dict.fromkeys(FIELDS)
    used: set[str] = set()
    norm = {c: normalise(c) for c in columns}

    def take(f: str, matches: Callable[[str], bool]) -> None:
        for c in columns:
            if c not in used and matches(norm[c]):
                mapping[f] = c
                used.add(c)
                return

    for f in FIELDS:
        take(f, lambda n, f=f: n in ALIASES[f])
    for f in FIELDS:
        if mapping[f] is None:
            take(f, lambda n, f=f: any(len(a) > 3 and set(a.split()) <= set(n.split()) for a in ALIASES[f]))
    return mapping


def signature(columns: Sequence[str]) -> str:
    """Identifies a layout of export: the same columns give the same signature (mapping memory)."""
    return hashlib.sha1("|".join(normalise(c) for c in columns).encode()).hexdigest()[:16]


# -- turning rows into values --------------------------------------------------------------------


class ParsedRow(NamedTuple):  # a tuple, not a frozen dataclass: made 100,000 times, 3 times quicker
    line: int  # the row number the clerk sees in Excel (1-based)
    values: Mapping[str, object]  # field -> clean value (only mapped fields)
    problem: UserError | None = None
    skipped: bool = False  # a total row or a repeated header, not an employer

    @property
    def npp(self) -> str:
        return str(self.values.get("npp") or "")

    @property
    def name(self) -> str:
        return str(self.values.get("name") or "")


@dataclass(frozen=True)
class ParsedFile:
    header: Header
    mapping: Mapping[str, str | None]
    rows: list[ParsedRow] = field(default_factory=list)


def check_mapping(mapping: Mapping[str, str | None], columns: Sequence[str]) -> None:
    for f in REQUIRED:
        if not mapping.get(f):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the column that holds {field}."),
                            field=FIELD_LABELS[f])
    unknown = [c for c in mapping.values() if c and c not in columns]
    if unknown:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The file has no column named {column}."), column=unknown[0])
    used = [c for c in mapping.values() if c]
    dup = next((c for c in used if used.count(c) > 1), None)
    if dup:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The column {column} is chosen for two fields."), column=dup)


def parse(raw: pd.DataFrame, header: Header, mapping: Mapping[str, str | None], *,
          check: Callable[[int, int], None] = lambda done, total: None) -> ParsedFile:
    """Every row under the header, cleaned and validated; blank rows are left out.

    The cells are parsed a column at a time (see compliance_cells.parse_column); a row with a
    problem is parsed again on its own, so that its reason is the first problem in field order.
    """
    check_mapping(mapping, header.columns)
    index = {c: i for i, c in enumerate(header.columns)}
    cols = {f: index[c] for f, c in mapping.items() if c}
    header_norm = {normalise(c) for c in header.columns}
    body = raw.iloc[header.row + 1:]
    total = len(body)
    check(0, total)
    lines = range(header.row + 2, header.row + 2 + total)  # raw's index counts from 0, Excel from 1
    npp_cells = body[cols["npp"]].tolist()
    # Rows that are not employers: blank, a total or note, the header repeated on a printed page.
    special: dict[int, ParsedRow | None] = {}
    no_npp = [n for n, c in enumerate(npp_cells) if blank(c)]
    for n, row in zip(no_npp, body.iloc[no_npp].itertuples(index=False, name=None), strict=True):
        filled = [c for c in row if not blank(c)]
        if not filled:
            special[n] = None  # a blank row
        elif len(filled) == 1 or normalise(filled[0]).startswith(_TOTAL_WORDS):
            # a total at the bottom, or a lone note ("Sumber: WLKP 2026"): not an employer
            special[n] = ParsedRow(lines[n], {"name": cell_text(filled[0])}, skipped=True)
    for n, npp_cell in enumerate(npp_cells):
        if (isinstance(npp_cell, str) and not npp_cell[:1].isdigit() and not blank(npp_cell)
                and normalise(npp_cell) in header_norm):
            special[n] = ParsedRow(lines[n], {}, skipped=True)
    fields = list(cols)
    cells = {f: body[c].tolist() for f, c in cols.items()}
    parsed, bad = [], set(special)
    for k, f in enumerate(fields):
        parsed.append(parse_column(f, cells[f], bad))
        check(total * (k + 1) // len(fields), total)
    rows: list[ParsedRow] = []
    npp_at, name_at = fields.index("npp"), fields.index("name")
    for n, values in enumerate(zip(*parsed, strict=True)):
        if n not in bad and values[npp_at] and values[name_at]:
            rows.append(ParsedRow(lines[n], dict(zip(fields, values, strict=True))))
        elif n in special:
            if special[n] is not None:
                rows.append(special[n])
        else:
            rows.append(_parse_row(lines[n], {f: cells[f][n] for f in fields}))  # the reason, as one row gives it
    check(total, total)
    return ParsedFile(header=header, mapping=dict(mapping), rows=rows)


def _parse_row(line: int, cells: Mapping[str, object]) -> ParsedRow:
    values: dict[str, object] = {}
    try:
        for f, raw in cells.items():
            values[f] = PARSERS[f](raw)
        if not values.get("npp"):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The NPP is missing."))
        if not values.get("name"):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The employer name is missing."))
    except UserError as exc:
        shown = {f: cell_text(cells.get(f)) for f in ("npp", "name")}
        return ParsedRow(line, {**shown, **{k: v for k, v in values.items() if k in ("npp", "name")}}, problem=exc)
    return ParsedRow(line, values)


# -- the report ----------------------------------------------------------------------------------


def write_report(rows: Sequence[Mapping[str, object]], path: Path | str, headers: Mapping[str, str]) -> Path:
    """The row-level report as an Excel workbook; `headers` maps keys to column titles."""
    import pandas as pd

    path = Path(path)
    frame = pd.DataFrame([{headers[k]: r.get(k, "") for k in headers} for r in rows], columns=list(headers.values()))
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        frame.to_excel(writer, index=False, sheet_name="Laporan impor")
        sheet = writer.sheets["Laporan impor"]
        for i, title in enumerate(headers.values()):
            width = max([len(str(title))] + [len(str(v)) for v in frame.iloc[:, i].tolist()[:500]])
            sheet.column_dimensions[sheet.cell(row=1, column=i + 1).column_letter].width = min(60, width + 2)
        sheet.freeze_panes = "A2"
    return path
