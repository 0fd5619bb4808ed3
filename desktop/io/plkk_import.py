"""Reading a partner list from Excel, with a report for every row and every column.

Pure: a file and the partners already known go in; a report comes out that says, row by row, what
would be new, updated, a duplicate or rejected (and why), and, before any row, which columns are
missing or not recognised. The service applies the report in one transaction.

The sheet is read with pandas and the calamine engine. The first row holds the column names; the
sheet named "Mitra PLKK" is used when there is one, else the first sheet. An empty cell never
erases a stored value: to blank a field, edit the partner.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desktop.domain.plkk import (
    FacilityType,
    Ownership,
    PartnerStatus,
    check_email,
    check_kode_faskes,
    check_phone,
    parse_services,
)
from desktop.errors import QT_TRANSLATE_NOOP, UserError

SHEET_NAME = "Mitra PLKK"


@dataclass(frozen=True)
class ColumnDef:
    key: str
    label: str  # the heading written by the export
    required: bool = False
    aliases: tuple[str, ...] = ()


COLUMNS: tuple[ColumnDef, ...] = (
    ColumnDef("kode_faskes", "Kode Faskes", True, ("kode", "kode ppk", "kode plkk", "kode fasilitas kesehatan")),
    ColumnDef("name", "Nama Faskes", True, ("nama", "nama plkk", "nama mitra", "nama fasilitas kesehatan")),
    ColumnDef("facility_type", "Jenis Faskes", True, ("jenis", "tipe faskes", "jenis plkk", "jenis fasilitas")),
    ColumnDef("regency", "Kabupaten/Kota", True, ("kabupaten", "kota", "kab kota", "kab")),
    ColumnDef("district", "Kecamatan", False, ("kec",)),
    ColumnDef("address", "Alamat", False, ("alamat lengkap",)),
    ColumnDef("phone", "Telepon", False, ("telp", "no telepon", "nomor telepon", "no telp", "telpon")),
    ColumnDef("email", "E-mail", False, ("email", "surel", "alamat email")),
    ColumnDef("contact_name", "Narahubung", False, ("contact person", "nama narahubung", "kontak", "pic")),
    ColumnDef("contact_position", "Jabatan Narahubung", False, ("jabatan", "jabatan pic", "jabatan kontak")),
    ColumnDef("services", "Layanan", False, ("jenis layanan", "pelayanan")),
    ColumnDef("ownership", "Kepemilikan", False, ("milik", "status kepemilikan")),
    ColumnDef("status", "Status Kemitraan", False, ("status", "status mitra")),
    ColumnDef("notes", "Catatan", False, ("keterangan", "ket")),
)
# Columns the export adds for reading; an import ignores them.
EXPORT_ONLY = ("Nomor PKS", "Mulai PKS", "Berakhir PKS", "Status PKS", "Sisa Hari", "Monev Terakhir")

FIELDS = tuple(c.key for c in COLUMNS)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


_BY_HEADING: dict[str, str] = {}
for _c in COLUMNS:
    for _name in (_c.label, _c.key, *_c.aliases):
        _BY_HEADING[_norm(_name)] = _c.key
_IGNORED = {_norm(n) for n in EXPORT_ONLY}

_TYPE_WORDS = {
    "rumahsakit": FacilityType.RUMAH_SAKIT, "rs": FacilityType.RUMAH_SAKIT, "rsud": FacilityType.RUMAH_SAKIT,
    "klinik": FacilityType.KLINIK, "klinikpratama": FacilityType.KLINIK, "klinikutama": FacilityType.KLINIK,
    "puskesmas": FacilityType.PUSKESMAS, "praktikdokterbersama": FacilityType.PRAKTIK_DOKTER_BERSAMA,
    "dokterpraktikbersama": FacilityType.PRAKTIK_DOKTER_BERSAMA, "blk": FacilityType.BLK,
    "balailatihankerja": FacilityType.BLK, "balailatihankerjablk": FacilityType.BLK,
}
_OWNERSHIP_WORDS = {"pemerintah": Ownership.PEMERINTAH, "pemda": Ownership.PEMERINTAH,
                    "negeri": Ownership.PEMERINTAH, "swasta": Ownership.SWASTA}
_STATUS_WORDS = {"aktif": PartnerStatus.AKTIF, "prosesperpanjangan": PartnerStatus.PROSES_PERPANJANGAN,
                 "perpanjangan": PartnerStatus.PROSES_PERPANJANGAN, "nonaktif": PartnerStatus.NON_AKTIF,
                 "tidakaktif": PartnerStatus.NON_AKTIF}


@dataclass(frozen=True)
class ColumnProblem:
    kind: str  # "missing" (a required column is absent) or "unknown" (a heading not recognised)
    column: str
    suggestion: str = ""  # the known column it probably is

    def message(self) -> UserError:
        if self.kind == "missing":
            return UserError(QT_TRANSLATE_NOOP("UserError", "The required column \u201c{column}\u201d is missing."),
                             column=self.column)
        if self.suggestion:
            return UserError(QT_TRANSLATE_NOOP(
                "UserError", "The column \u201c{column}\u201d is not recognised; was it renamed from "
                             "\u201c{suggestion}\u201d? Rename it back and import again."),
                column=self.column, suggestion=self.suggestion)
        return UserError(QT_TRANSLATE_NOOP(
            "UserError", "The column \u201c{column}\u201d is not recognised. Remove it or rename it to one of "
                         "the known columns."), column=self.column)


@dataclass(frozen=True)
class SheetRow:
    """A row as read and checked, before it is compared with the database."""

    row: int  # as Excel numbers it (the heading is row 1)
    data: Mapping[str, object]  # normalised values of the non-empty cells
    error: UserError | None = None


@dataclass(frozen=True)
class Sheet:
    path: str
    sheet: str
    columns: tuple[str, ...]  # the field keys present
    rows: tuple[SheetRow, ...]
    problems: tuple[ColumnProblem, ...] = ()


NEW, UPDATED, DUPLICATE, REJECTED = "new", "updated", "duplicate", "rejected"
OUTCOMES = (NEW, UPDATED, DUPLICATE, REJECTED)


@dataclass(frozen=True)
class ImportRow:
    row: int
    kode_faskes: str
    name: str
    outcome: str
    reason: UserError | None = None
    changed: tuple[str, ...] = ()  # fields an update changes
    data: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportReport:
    path: str
    sheet: str
    rows: tuple[ImportRow, ...]
    problems: tuple[ColumnProblem, ...] = ()
    dry_run: bool = True
    applied: bool = False  # the rows were saved

    @property
    def ok(self) -> bool:
        """False when a column problem stops the whole import."""
        return not self.problems

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    @property
    def counts(self) -> dict[str, int]:
        return {o: self.count(o) for o in OUTCOMES}


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def _choice(words: Mapping[str, object], text: str, message: str, what: str) -> str:
    key = _norm(text)
    if key in words:
        return str(words[key])
    values = {str(v) for v in words.values()}
    if text.strip().lower() in values:
        return text.strip().lower()
    raise UserError(message, value=text, what=what)


def normalize_regency(text: str) -> str:
    name = " ".join(text.split())
    return re.sub(r"^(kabupaten|kab\.?)\s+", "", name, flags=re.IGNORECASE)


def check_row(values: Mapping[str, str]) -> dict[str, object]:
    """The row's non-empty cells as stored values; raises UserError for the first problem."""
    out: dict[str, object] = {}
    for key, text in values.items():
        if not text:
            continue
        if key == "kode_faskes":
            out[key] = check_kode_faskes(text)
        elif key == "facility_type":
            out[key] = _choice(_TYPE_WORDS, text, QT_TRANSLATE_NOOP(
                "UserError", "\u201c{value}\u201d is not a facility type (Rumah Sakit, Klinik, Puskesmas, "
                             "Praktik Dokter Bersama or BLK)."), "facility")
        elif key == "ownership":
            out[key] = _choice(_OWNERSHIP_WORDS, text, QT_TRANSLATE_NOOP(
                "UserError", "\u201c{value}\u201d is not an ownership (Pemerintah or Swasta)."), "ownership")
        elif key == "status":
            out[key] = _choice(_STATUS_WORDS, text, QT_TRANSLATE_NOOP(
                "UserError", "\u201c{value}\u201d is not a partner status (Aktif, Proses Perpanjangan or "
                             "Non-aktif)."), "status")
        elif key == "email":
            out[key] = check_email(text)
        elif key == "phone":
            out[key] = check_phone(text)
        elif key == "services":
            out[key] = tuple(parse_services(text))
        elif key == "regency":
            out[key] = normalize_regency(text)
        else:
            out[key] = text
    for required in ("kode_faskes", "name", "facility_type", "regency"):
        if required not in out:
            label = next(c.label for c in COLUMNS if c.key == required)
            raise UserError(QT_TRANSLATE_NOOP("UserError", "\u201c{column}\u201d is empty."), column=label)
    return out


def _check_headings(headings: list[str]) -> tuple[dict[int, str], list[ColumnProblem]]:
    where: dict[int, str] = {}
    unknown: list[tuple[int, str]] = []
    for i, heading in enumerate(headings):
        if not heading:
            continue
        norm = _norm(heading)
        if norm in _IGNORED:
            continue
        key = _BY_HEADING.get(norm)
        if key is None or key in where.values():
            unknown.append((i, heading))
        else:
            where[i] = key
    problems: list[ColumnProblem] = []
    present = set(where.values())
    absent = [c for c in COLUMNS if c.key not in present]
    labels = {_norm(c.label): c.label for c in absent}
    for _i, heading in unknown:
        match = difflib.get_close_matches(_norm(heading), list(labels), n=1, cutoff=0.5)
        problems.append(ColumnProblem("unknown", heading, labels[match[0]] if match else ""))
    for c in absent:
        if c.required:
            problems.append(ColumnProblem("missing", c.label))
    return where, problems


def read_partner_sheet(path: Path | str) -> Sheet:
    """Read and check a partner list; column problems are reported, never raised."""
    import pandas as pd

    path = Path(path)
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} does not exist."), path=str(path))
    try:
        frames = pd.read_excel(path, engine="calamine", sheet_name=None, header=None, dtype=object)
        sheet = SHEET_NAME if SHEET_NAME in frames else next(iter(frames))
        frame = frames[sheet]
    except Exception as exc:  # calamine says "Cannot detect file format" and the like
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "{path} cannot be read as an Excel workbook ({detail})."),
            path=path.name, detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    values = frame.values.tolist()
    if not values:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The sheet \u201c{sheet}\u201d is empty."), sheet=sheet)
    headings = [_cell(v) for v in values[0]]
    where, problems = _check_headings(headings)
    rows: list[SheetRow] = []
    for offset, raw in enumerate(values[1:], start=2):
        cells = {key: _cell(raw[i]) if i < len(raw) else "" for i, key in where.items()}
        if not any(cells.values()):
            continue  # blank lines between blocks are common in hand-kept sheets
        try:
            rows.append(SheetRow(offset, check_row(cells)))
        except UserError as exc:
            rows.append(SheetRow(offset, {k: v for k, v in cells.items() if v}, exc))
    return Sheet(str(path), sheet, tuple(where.values()), tuple(rows), tuple(problems))


def plan_import(sheet: Sheet, existing: Mapping[str, Mapping[str, object]], *, dry_run: bool = True) -> ImportReport:
    """Compare each row with the partners already stored (by kode faskes) and with earlier rows."""
    if sheet.problems:
        return ImportReport(sheet.path, sheet.sheet, (), sheet.problems, dry_run)
    seen: dict[str, int] = {}
    out: list[ImportRow] = []
    for r in sheet.rows:
        kode = str(r.data.get("kode_faskes", ""))
        name = str(r.data.get("name", ""))
        if r.error is not None:
            out.append(ImportRow(r.row, kode, name, REJECTED, r.error, data=r.data))
            continue
        if kode in seen:
            out.append(ImportRow(r.row, kode, name, DUPLICATE, UserError(QT_TRANSLATE_NOOP(
                "UserError", "The kode faskes {kode} was already given in row {row}; this row is skipped."),
                kode=kode, row=seen[kode]), data=r.data))
            continue
        seen[kode] = r.row
        stored = existing.get(kode)
        if stored is None:
            out.append(ImportRow(r.row, kode, name, NEW, data=r.data))
            continue
        changed = tuple(k for k, v in r.data.items() if _comparable(stored.get(k)) != _comparable(v))
        if changed:
            out.append(ImportRow(r.row, kode, name, UPDATED, changed=changed, data=r.data))
        else:
            out.append(ImportRow(r.row, kode, name, DUPLICATE, UserError(QT_TRANSLATE_NOOP(
                "UserError", "Same as the partner already saved; nothing to change.")), data=r.data))
    return ImportReport(sheet.path, sheet.sheet, tuple(out), (), dry_run)


def _comparable(value: object) -> object:
    if isinstance(value, list | tuple):
        return tuple(value)
    return "" if value is None else value
