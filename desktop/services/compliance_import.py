"""Importing employer lists: what the file looks like, a dry run, and the import itself.

The file is read by desktop.io.compliance_import (header found, mapping guessed, rows cleaned).
Here each row becomes new, updated, unchanged, duplicate (the same NPP earlier in the file),
rejected (with the reason) or skipped (a total row). The existing employers are loaded in one
query; the import writes in one transaction with batched inserts and updates, and one audit event.
"""

from __future__ import annotations

import gc
import hashlib
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path

from sqlalchemy import String, bindparam, select, type_coerce

from desktop.domain import compliance as rules
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.io import compliance_import as reader
from desktop.models import search_index, sync_log
from desktop.models.base import new_id
from desktop.models.compliance import Employer
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.compliance_common import ENTITY_EMPLOYER, NO_PROGRESS
from desktop.services.compliance_views import ImportReport, ImportRow, ImportSource
from desktop.services.context import Area, Changes, Progress

BATCH = 2000
RESULTS = ("new", "updated", "unchanged", "duplicate", "rejected", "skipped")
_COLUMNS = ("npp", "name", "npwp16", "npwp15", "address", "kabupaten", "kecamatan", "kbli", "sector", "risk_class",
            "size", "contact_name", "contact_phone", "contact_email", "registered_workforce", "estimated_workforce",
            "estimate_source", "estimate_date", "programmes", "reported_wages", "evidence_wages", "status")


def _columns(values: Mapping[str, object]) -> dict[str, object]:
    """The parsed fields as table columns; blank cells are left out (they never erase data)."""
    out: dict[str, object] = {}
    for k, v in values.items():
        if v is None or v == "" or v == []:
            continue
        if k == "npwp":
            out["npwp16"], out["npwp15"] = v
        else:
            out[k] = v
    if out.get("kbli") and not out.get("sector"):
        out["sector"] = rules.KBLI_SECTORS.get(str(out["kbli"]), "")
    return out


# A new employer: the columns a file leaves out (blank cells never erase, so they only matter here).
_NEW_ROW: dict[str, object] = {c: None for c in _COLUMNS} | {
    "address": "", "kabupaten": "", "kecamatan": "", "kbli": "", "sector": "", "size": "", "contact_name": "",
    "contact_phone": "", "contact_email": "", "registered_workforce": 0, "estimate_source": "", "programmes": None,
    "reported_wages": Money(0), "status": "aktif", "notes": ""}


def _existing(session, mapping: Mapping[str, str | None]) -> tuple[dict, dict]:
    """The live employers by NPP, and those without an NPP by NPWP, in one query.

    Only the columns the file can change are read (a 6-column file compares 6 fields, not 22).
    """
    cols = {"id", "version", "npp", "npwp16", "status"}
    for f, column in mapping.items():
        if column:
            cols |= {"npwp16", "npwp15"} if f == "npwp" else {f, "sector"} if f == "kbli" else {f}
    table = Employer.__table__
    # The id as stored (no UUID object made per row: only updated rows need theirs, see _classify).
    selected = [type_coerce(table.c.id, String).label("id") if c == "id" else table.c[c] for c in sorted(cols)]
    result = session.execute(select(*selected).where(table.c.deleted_at.is_(None)))
    keys = list(result.keys())
    existing = {r["npp"]: r for r in (dict(zip(keys, t, strict=True)) for t in result.all())}
    by_npwp = {r["npwp16"]: r for r in existing.values() if r["npp"] is None and r["npwp16"]}
    existing.pop(None, None)
    return existing, by_npwp


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a file is imported: 100,000 rows make about a million small
    objects, none in a cycle, and the collector would walk them again and again (1.2 s of 7 s)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _new_ids(n: int) -> list[int]:
    """n UUIDv7 (as integers) in increasing order, as n calls of new_id() would give (0.7 s per 100,000
    there; a tenth of that here): this millisecond, and a random starting point counted up in the
    random bits."""
    if n == 0:
        return []
    first = new_id().int
    return list(range(first, first + n)) if (first & (2**62 - 1)) + n < 2**62 else [new_id().int for _ in range(n)]


def _stored_ids(ids: list[int], convert: Callable[[object], object] | None) -> list[object]:
    """The ids in the database's form: 32 hex digits written straight from the integer where the
    column stores that (SQLite; a UUID object per row and its conversion cost 0.2 s per 100,000)."""
    probe = uuid.UUID(int=ids[0]) if ids else None
    if convert is not None and probe is not None and convert(probe) == probe.hex:
        return [f"{i:032x}" for i in ids]
    as_uuids = [uuid.UUID(int=i) for i in ids]
    return [convert(u) for u in as_uuids] if convert else as_uuids


def _insert_many(session, table, ids: list[int], rows: list[dict], same: dict) -> None:
    """One executemany of `rows` (with `ids`, and the values `same` on every row), the values already
    converted to the database's form: SQLAlchemy's executemany converts every value of every row on
    its own (3 s of CPU for 100,000 rows of 30 columns); here a converter runs once per distinct value
    (most columns repeat: [] programmes, Rp0) and `same` once. The row dicts are filled in place."""
    conn = session.connection()
    dialect = conn.dialect
    compiled = table.insert().compile(dialect=dialect)
    keys = list(compiled.positiontup) if compiled.positional else [c.key for c in table.columns]
    fixed = {}
    for key in keys:
        convert = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        if key in same:
            fixed[key] = convert(same[key]) if convert else same[key]
        elif key == "id":
            for row, id_ in zip(rows, _stored_ids(ids, convert), strict=True):
                row["id"] = id_
        elif convert is not None:
            done: dict = {}
            for row in rows:
                v = row[key]
                seen = (type(v), tuple(v) if isinstance(v, list) else v)
                if seen not in done:
                    done[seen] = convert(v)
                row[key] = done[seen]
    if dialect.name == "sqlite":
        _insert_sqlite(conn, table, keys, rows, fixed)
        return
    for row in rows:
        row.update(fixed)
    params = list(map(itemgetter(*keys), rows)) if compiled.positional else rows
    conn.exec_driver_sql(compiled.string, params)


def _insert_sqlite(conn, table, keys: list[str], rows: list[dict], fixed: dict) -> None:
    """The executemany on SQLite, with a column that holds one value on every row (the sync columns,
    the fields a file leaves blank) written into the statement as a literal: sqlite3 binds every
    parameter of every row on its own (100,000 rows: 0.3 s less with 8 parameters a row than 31)."""
    names, marks, bound = [], [], []
    for key in keys:
        values = None if key in fixed else [row[key] for row in rows]
        first = fixed[key] if values is None else values[0]
        literal = None if key == "id" else _sql_literal(first)
        if literal is not None and (values is None or values.count(first) == len(values)):
            marks.append(literal)
        else:
            marks.append("?")
            bound.append([first] * len(rows) if values is None else values)
        names.append(f'"{table.c[key].name}"')
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({", ".join(names)}) VALUES ({", ".join(marks)})',
                         list(zip(*bound, strict=True)))


def _sql_literal(value: object) -> str | None:
    """`value` as an SQLite literal, for NULL, whole numbers and texts; None for anything else."""
    if value is None:
        return "NULL"
    if type(value) is int:
        return str(value)
    if type(value) is str and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


class ImportMixin:
    ctx: object

    def import_source(self, path: Path | str) -> ImportSource:
        """The file's header, columns and a guessed mapping, before anything is decided."""
        path = Path(path)
        raw = reader.read_raw(path)
        header = reader.find_header(raw)
        sample = tuple(tuple(reader.cell_text(v) for v in raw.iloc[i].tolist())
                       for i in range(header.row + 1, min(len(raw), header.row + 6)))
        return ImportSource(path=path, columns=header.columns, header_line=header.row + 1,
                            data_rows=max(0, len(raw) - header.row - 1), guessed=reader.guess_mapping(header.columns),
                            signature=reader.signature(header.columns), sample=sample)

    def import_dry_run(self, path: Path | str, mapping: Mapping[str, str | None] | None = None, *,
                       progress: Progress = NO_PROGRESS) -> ImportReport:
        """What the import would do, row by row; nothing is written."""
        report, _ = self._import(Path(path), mapping, apply=False, progress=progress)
        return report

    def import_employers(self, path: Path | str, mapping: Mapping[str, str | None] | None = None, *,
                         progress: Progress = NO_PROGRESS) -> tuple[ImportReport, Changes]:
        """Import in one transaction: a cancel or an error leaves the employers as they were."""
        self.ctx.require("data.import")
        self.ctx.require("compliance.edit")
        return self._import(Path(path), mapping, apply=True, progress=progress)

    def _import(self, path: Path, mapping, *, apply: bool, progress: Progress) -> tuple[ImportReport, Changes]:
        with _collector_paused():
            return self._import_rows(path, mapping, apply=apply, progress=progress)

    def _import_rows(self, path: Path, mapping, *, apply: bool, progress: Progress) -> tuple[ImportReport, Changes]:
        progress.progress(0, 0, "")
        raw = reader.read_raw(path)
        header = reader.find_header(raw)
        mapping = dict(mapping) if mapping is not None else reader.guess_mapping(header.columns)

        def check(done: int, total: int) -> None:
            progress.progress(done, total * 2, "")
            progress.check()

        parsed = reader.parse(raw, header, mapping, check=check)
        total = len(parsed.rows)
        rows: list[ImportRow] = []
        inserts: list[dict] = []
        updates: list[dict] = []
        opened = self.ctx.write() if apply else self.ctx.read()
        with opened as session:
            existing, by_npwp = _existing(session, mapping)
            first_line: dict[str, int] = {}
            for n, p in enumerate(parsed.rows):
                if n % 2000 == 0:
                    check(total + n, total)
                rows.append(self._classify(p, existing, by_npwp, first_line, inserts, updates))
            counts = {k: 0 for k in RESULTS}
            for r in rows:
                counts[r.result] += 1
            if apply:
                self._write(session, inserts, updates, lambda done: check(total + done * total // max(
                    1, len(inserts) + len(updates)), total))
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                audit.record(session, "import", ENTITY_EMPLOYER, None,
                             summary=f"{path.name}: " + ", ".join(f"{v} {k}" for k, v in counts.items() if v),
                             after={"file": path.name, "sha256": digest, "counts": counts,
                                    "mapping": {k: v for k, v in mapping.items() if v},
                                    "signature": reader.signature(header.columns)})
        progress.progress(1, 1, "")
        report = ImportReport(path=path, applied=apply, rows=tuple(rows), counts=counts)
        return report, (Changes.of(Area.COMPLIANCE) if apply else Changes())

    @staticmethod
    def _classify(p: reader.ParsedRow, existing: dict, by_npwp: dict, first_line: dict[str, int],
                  inserts: list[dict], updates: list[dict]) -> ImportRow:
        if p.skipped:
            return ImportRow(p.line, p.npp, p.name, "skipped")
        if p.problem is not None:
            return ImportRow(p.line, p.npp, p.name, "rejected", reason=p.problem)
        npp = p.npp
        if npp in first_line:
            return ImportRow(p.line, npp, p.name, "duplicate", reason=UserError(
                QT_TRANSLATE_NOOP("UserError", "The same NPP as row {line} of the file."), line=first_line[npp]))
        first_line[npp] = p.line
        values = _columns(p.values)
        current = existing.get(npp)
        if current is None and values.get("npwp16") in by_npwp:
            current = by_npwp.pop(values["npwp16"])  # a PWBD employer that has registered since
            values.setdefault("status", "aktif")
        if current is None:
            row = _NEW_ROW.copy()
            row.update(values)
            row["programmes"] = row["programmes"] or []  # a fresh list per row, never the shared default
            inserts.append(row)
            return ImportRow(p.line, npp, p.name, "new")
        changed = tuple(k for k, v in values.items() if current[k] != v)
        if not changed:
            return ImportRow(p.line, npp, p.name, "unchanged")
        updates.append({"id": uuid.UUID(str(current["id"])), "version": current["version"],
                        **{k: values[k] for k in changed}})
        return ImportRow(p.line, npp, p.name, "updated", changed=changed)

    def _write(self, session, inserts: list[dict], updates: list[dict], report: Callable[[int], None]) -> None:
        """Batched executemany on the table (no ORM unit of work: 100,000 rows stay quick); the sync
        columns are set here as the session hook would set them."""
        table = Employer.__table__
        now, actor, device = utcnow(), self.ctx.actor.username, self.ctx.device
        stamp = {"version": 1, "created_at": now, "updated_at": now, "created_by": actor, "updated_by": actor,
                 "origin": device, "deleted_at": None}
        done = 0
        with search_index.bulk_insert(session, table.name), \
                sync_log.bulk_inserts(session, table.name):
            for i in range(0, len(inserts), BATCH):
                chunk = inserts[i:i + BATCH]
                _insert_many(session, table, _new_ids(len(chunk)), chunk, stamp)
                done += len(chunk)
                report(done)
        groups: dict[tuple, list[dict]] = {}
        for row in updates:  # one executemany per set of changed columns
            fields = tuple(sorted(k for k in row if k not in ("id", "version")))
            groups.setdefault(fields, []).append({"b_id": row["id"], "b_version": row["version"],
                                                  **{f"b_{k}": row[k] for k in fields}})
        for fields, rows in groups.items():
            stmt = (table.update().where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
                    .values({**{k: bindparam(f"b_{k}") for k in fields}, "version": table.c.version + 1,
                             "updated_at": now, "updated_by": actor}))
            for i in range(0, len(rows), BATCH):
                session.execute(stmt, rows[i:i + BATCH])
                done += len(rows[i:i + BATCH])
                report(done)

    def export_import_report(self, report: ImportReport, path: Path | str,
                             translate: Callable[[str, str], str] | None = None) -> Path:
        """The row-level report as an Excel workbook (reasons in the UI language when translated)."""
        t = translate or (lambda _ctx, text: text)
        labels = {"new": t("Compliance", "New"), "updated": t("Compliance", "Updated"),
                  "unchanged": t("Compliance", "Unchanged"), "duplicate": t("Compliance", "Duplicate"),
                  "rejected": t("Compliance", "Rejected"), "skipped": t("Compliance", "Skipped")}
        headers = {"line": t("Compliance", "Row"), "npp": "NPP", "name": t("Compliance", "Employer name"),
                   "result": t("Compliance", "Result"), "detail": t("Compliance", "Reason or changes")}
        out = [{"line": r.line, "npp": r.npp, "name": r.name, "result": labels[r.result],
                "detail": r.reason.render(translate) if r.reason else ", ".join(r.changed)} for r in report.rows]
        return reader.write_report(out, path, headers)


IMPORT_LABELS = (QT_TRANSLATE_NOOP("Compliance", "New"), QT_TRANSLATE_NOOP("Compliance", "Updated"),
                 QT_TRANSLATE_NOOP("Compliance", "Unchanged"), QT_TRANSLATE_NOOP("Compliance", "Duplicate"),
                 QT_TRANSLATE_NOOP("Compliance", "Rejected"), QT_TRANSLATE_NOOP("Compliance", "Skipped"),
                 QT_TRANSLATE_NOOP("Compliance", "Row"), QT_TRANSLATE_NOOP("Compliance", "Result"),
                 QT_TRANSLATE_NOOP("Compliance", "Reason or changes"))
