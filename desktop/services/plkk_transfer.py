"""ClinicService, part six: the partner list to and from Excel.

An import is always looked at first (a dry run changes nothing); applying it saves every new and
updated row in one transaction, or nothing at all. A sheet with a missing or renamed column is
refused before any row is looked at.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop.domain.dates import format_date_id
from desktop.domain.plkk import (
    FACILITY_NAMES_ID,
    OWNERSHIP_NAMES_ID,
    STATUS_NAMES_ID,
    FacilityType,
    Ownership,
    PartnerStatus,
    cover_status,
)
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.io.plkk_import import NEW, UPDATED, ImportReport, plan_import, read_partner_sheet
from desktop.models.plkk import PlkkPartner
from desktop.services import audit
from desktop.services.context import Area, Changes, NullProgress, Progress, Service, snapshot
from desktop.services.plkk_common import (
    PARTNER_ENTITY,
    cover_columns,
    duplicate_kode,
    last_monev_column,
    outer_days,
)
from desktop.services.plkk_partners import apply_partner_fields, validate_partner
from desktop.services.plkk_views import PartnerView

_STATE_NAMES_ID = {"active": "Berlaku", "upcoming": "Belum berlaku", "expired": "Berakhir", "none": "Belum ada PKS"}


def _stored(p: PlkkPartner) -> dict[str, object]:
    return {"kode_faskes": p.kode_faskes, "name": p.name, "facility_type": p.facility_type, "regency": p.regency,
            "district": p.district, "address": p.address, "phone": p.phone, "email": p.email,
            "contact_name": p.contact_name, "contact_position": p.contact_position,
            "services": tuple(p.services or ()), "ownership": p.ownership, "status": p.status, "notes": p.notes}


class TransferOps(Service):
    def export_partners(self, path: Path | str) -> int:
        """Write every partner to an Excel workbook that can be edited and imported again."""
        from desktop.io.plkk_export import write_partner_sheet
        from desktop.models.plkk import PlkkAgreement

        self.ctx.require("data.export")
        today = self.ctx.today()
        outer = outer_days(self.ctx)
        current, last, upcoming = cover_columns(today)
        stmt = (select(PlkkPartner, current, last, upcoming, last_monev_column())
                .where(PlkkPartner.deleted_at.is_(None)).order_by(PlkkPartner.regency, PlkkPartner.name))
        rows = []
        with self.ctx.read() as session:
            for p, cur, last_end, next_start, monev in session.execute(stmt):
                cover = cover_status(cur, last_end, next_start, today, outer)
                agreement = session.scalar(
                    select(PlkkAgreement).where(PlkkAgreement.partner_id == p.id, PlkkAgreement.deleted_at.is_(None),
                                                PlkkAgreement.start_on <= today)
                    .order_by(PlkkAgreement.end_on.desc()).limit(1))
                row: dict[str, object] = _stored(p)
                row["facility_type"] = FACILITY_NAMES_ID[FacilityType(p.facility_type)]
                row["ownership"] = OWNERSHIP_NAMES_ID[Ownership(p.ownership)]
                row["status"] = STATUS_NAMES_ID[PartnerStatus(p.status)]
                row["Status PKS"] = _STATE_NAMES_ID[cover.state]
                if agreement is not None:
                    row["Nomor PKS"] = agreement.number
                    row["Mulai PKS"] = agreement.start_on
                    row["Berakhir PKS"] = cover.end if cover.end else agreement.end_on
                if cover.days_left is not None and cover.days_left >= 0:
                    row["Sisa Hari"] = cover.days_left
                row["Monev Terakhir"] = monev
                rows.append(row)
        write_partner_sheet(path, rows, title=f"Mitra PLKK per {format_date_id(today)}")
        with self.ctx.write() as session:
            audit.record(session, "export", PARTNER_ENTITY, None, summary=f"{len(rows)} mitra -> {Path(path).name}")
        return len(rows)

    def import_partners(self, path: Path | str, *, dry_run: bool = True,
                        progress: Progress | None = None) -> tuple[ImportReport, Changes]:
        """Read a partner list and report every row; with dry_run=False also save the new and
        updated rows, all in one transaction. A report with column problems saves nothing."""
        self.ctx.require("data.import")
        self.ctx.require("plkk.edit")
        progress = progress or NullProgress()
        progress.progress(0, 0, "")
        sheet = read_partner_sheet(path)
        progress.check()
        if dry_run or sheet.problems:
            with self.ctx.read() as session:
                return plan_import(sheet, self._existing(session), dry_run=True), Changes()
        with self.ctx.write() as session:
            stored = {p.kode_faskes: p for p in session.scalars(
                select(PlkkPartner).where(PlkkPartner.deleted_at.is_(None)))}
            report = plan_import(sheet, {k: _stored(p) for k, p in stored.items()}, dry_run=False)
            todo = [r for r in report.rows if r.outcome in (NEW, UPDATED)]
            for i, r in enumerate(todo, start=1):
                progress.progress(i, len(todo), r.name)
                base = stored.get(r.kode_faskes)
                current = PartnerView(id=None, version=0, facility_type="", kode_faskes="", name="") \
                    if base is None else PartnerView(id=base.id, version=base.version, **_stored(base))
                merged = current.with_changes(**{k: v for k, v in r.data.items()})
                try:
                    clean = validate_partner(merged)
                except UserError as exc:  # cannot happen for rows the reader accepted; say which row
                    raise UserError(QT_TRANSLATE_NOOP("UserError", "Row {row}: {problem}"),
                                    row=r.row, problem=exc.render()) from exc
                row = base or PlkkPartner(facility_type=clean.facility_type, kode_faskes=clean.kode_faskes,
                                          name=clean.name)
                before = {} if base is None else snapshot(row)
                apply_partner_fields(row, clean)
                if base is None:
                    session.add(row)
                try:
                    session.flush()
                except IntegrityError as exc:
                    raise duplicate_kode(clean.kode_faskes) from exc
                old, new = audit.diff(before, snapshot(row))
                audit.record(session, "import", PARTNER_ENTITY, row.id,
                             summary=f"{row.kode_faskes} {row.name} ({Path(path).name} baris {r.row})",
                             before=old or None, after=new)
        applied = replace(report, applied=True)
        changed = report.count(NEW) + report.count(UPDATED)
        return applied, (Changes.of(Area.PLKK) if changed else Changes())

    @staticmethod
    def _existing(session) -> dict[str, dict[str, object]]:
        return {p.kode_faskes: _stored(p) for p in session.scalars(
            select(PlkkPartner).where(PlkkPartner.deleted_at.is_(None)))}
