"""Importing employer lists: what the file looks like, a dry run, and the import itself.

The file is read by desktop.io.compliance_import (header found, mapping guessed, rows cleaned).
Here each row becomes new, updated, unchanged, duplicate (the same NPP earlier in the file),
rejected (with the reason) or skipped (a total row). The existing employers are loaded in one
query; the import writes in one transaction with batched inserts and updates, and one audit event.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from pathlib import Path

from sqlalchemy import bindparam, select

from desktop.domain import compliance as rules
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.io import compliance_import as reader
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
            existing = {r.npp: r for r in session.execute(select(*[Employer.__table__.c[c] for c in
                                                                  ("id", "version", *_COLUMNS)])
                                                         .where(Employer.deleted_at.is_(None)))}
            by_npwp = {r.npwp16: r for r in existing.values() if r.npp is None and r.npwp16}
            existing.pop(None, None)
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
            row = {c: None for c in _COLUMNS} | {
                "address": "", "kabupaten": "", "kecamatan": "", "kbli": "", "sector": "", "size": "",
                "contact_name": "", "contact_phone": "", "contact_email": "", "registered_workforce": 0,
                "estimate_source": "", "programmes": [], "status": "aktif", "notes": ""}
            row.update(values)
            if row["reported_wages"] is None:
                row["reported_wages"] = Money(0)
            inserts.append(row)
            return ImportRow(p.line, npp, p.name, "new")
        changed = tuple(k for k, v in values.items() if getattr(current, k) != v)
        if not changed:
            return ImportRow(p.line, npp, p.name, "unchanged")
        updates.append({"id": current.id, "version": current.version, **{k: values[k] for k in changed}})
        return ImportRow(p.line, npp, p.name, "updated", changed=changed)

    def _write(self, session, inserts: list[dict], updates: list[dict], report: Callable[[int], None]) -> None:
        """Batched executemany on the table (no ORM unit of work: 100,000 rows stay quick); the sync
        columns are set here as the session hook would set them."""
        table = Employer.__table__
        now, actor, device = utcnow(), self.ctx.actor.username, self.ctx.device
        stamp = {"created_at": now, "updated_at": now, "created_by": actor, "updated_by": actor, "origin": device,
                 "deleted_at": None, "notes": ""}
        done = 0
        for i in range(0, len(inserts), BATCH):
            chunk = [{"id": new_id(), "version": 1, **stamp, **row} for row in inserts[i:i + BATCH]]
            session.execute(table.insert(), chunk)
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
