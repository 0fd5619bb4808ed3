"""Dasbor: the branch at a glance, from every area's figures.

`DashboardService.compute()` reads coverage here and the other areas' set-based figures: Kepatuhan
`case_counts_by_state()`, `outcome_totals(year, month)` and `overdue_count()`, Santunan & Beasiswa
`disbursed_in_month(year, month)` through their services (a tile whose area does not offer its figure
is marked unavailable and shows no number, never a made-up one); the PLKK agreements expiring and the
scholarship proofs due as one statement each (count and the first few) in the Dasbor's own read,
because the areas' full lists cost a query per row. It runs off the UI thread; the result is plain
frozen data (desktop.domain.dashboard) that the page draws and that `export_pdf` prints on one page
for the monthly report to the regional office.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from desktop.domain.coverage import Month
from desktop.domain.coverage_figures import growth
from desktop.domain.dashboard import (
    CasesTile,
    Count,
    CoverageTile,
    DashboardData,
    GrowthTile,
    ListTile,
    MoneyTile,
    Outcome,
    RegionCoverage,
    TileItem,
)
from desktop.domain.money import Money
from desktop.domain.plkk import PartnerStatus
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.plkk import PlkkAgreement, PlkkPartner
from desktop.services import audit
from desktop.services.benefits_common import load_settings
from desktop.services.context import Service
from desktop.services.coverage_common import area_service, office_name
from desktop.services.paging import PageRequest
from desktop.services.scholarships_due import proofs_due

log = logging.getLogger(__name__)

TILE_ITEMS = 5  # items listed under a tile (the count covers all)
EXPIRY_DAYS = 90

# Compliance outcome fields, labelled for the tile (English source) and the printed report.
OUTCOME_LABELS = {
    "outcomes": (QT_TRANSLATE_NOOP("Dashboard", "Outcomes recorded"), "Hasil tercatat"),
    "cases_resolved": (QT_TRANSLATE_NOOP("Dashboard", "Cases resolved"), "Kasus selesai"),
    "employers_registered": (QT_TRANSLATE_NOOP("Dashboard", "Employers registered"), "Perusahaan didaftarkan"),
    "workers_added": (QT_TRANSLATE_NOOP("Dashboard", "Workers added"), "Tenaga kerja ditambahkan"),
    "programmes_added": (QT_TRANSLATE_NOOP("Dashboard", "Programmes added"), "Program ditambahkan"),
    "wages_corrected": (QT_TRANSLATE_NOOP("Dashboard", "Wages corrected"), "Koreksi upah"),
    "arrears_recovered": (QT_TRANSLATE_NOOP("Dashboard", "Arrears recovered"), "Tunggakan tertagih"),
}


def _state_labels() -> tuple[Mapping, Mapping]:
    """The compliance area's own names for its case states (English source and Indonesian)."""
    try:
        from desktop.domain import compliance
    except ModuleNotFoundError as exc:  # the compliance area is not built yet
        if exc.name != "desktop.domain.compliance":
            raise
        return {}, {}
    return ({str(k): v for k, v in getattr(compliance, "STATE_LABELS", {}).items()},
            {str(k): v for k, v in getattr(compliance, "STATE_TERMS", {}).items()})


def _counts(value: object) -> tuple[Count, ...]:
    labels, terms = _state_labels()
    items = value.items() if isinstance(value, Mapping) else value
    out = []
    for key, n in items:  # type: ignore[misc]
        key = str(getattr(key, "value", key))
        out.append(Count(key=key, label=labels.get(key, key), value=int(n), label_id=terms.get(key, key),
                         context="Compliance" if key in labels else "Dashboard"))
    return tuple(out)


def _outcomes(value: object) -> tuple[Outcome, ...]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    else:
        fields = dict(value) if isinstance(value, Mapping) else {}
    out = []
    for key, v in fields.items():
        if key in ("year", "month") or not isinstance(v, int | Money) or isinstance(v, bool):
            continue
        label, label_id = OUTCOME_LABELS.get(key, (key.replace("_", " ").capitalize(), key.replace("_", " ")))
        out.append(Outcome(key, label, label_id, v))
    return tuple(out)


def _expiring_agreements(session: Session, today: date) -> ListTile:
    """PLKK partners (not inactive) whose agreements in force end within EXPIRY_DAYS, soonest first:
    `ClinicService.expiring_agreements` as one statement (count and the first few), where the area's
    own list checks "in force today" with a query per agreement."""
    in_force = aliased(PlkkAgreement, name="in_force")
    rows = session.execute(
        select(PlkkPartner.name, PlkkAgreement.number, PlkkPartner.id, PlkkAgreement.chain_end, func.count().over())
        .join(PlkkPartner, PlkkPartner.id == PlkkAgreement.partner_id)
        .where(PlkkAgreement.deleted_at.is_(None), PlkkPartner.deleted_at.is_(None),
               PlkkPartner.status != PartnerStatus.NON_AKTIF.value,
               PlkkAgreement.end_on == PlkkAgreement.chain_end,  # the last agreement of its run
               PlkkAgreement.chain_end >= today, PlkkAgreement.chain_end <= today + timedelta(days=EXPIRY_DAYS),
               exists().where(in_force.partner_id == PlkkPartner.id, in_force.deleted_at.is_(None),
                              in_force.chain_end == PlkkAgreement.chain_end, in_force.start_on <= today))
        .order_by(PlkkAgreement.chain_end, PlkkPartner.name, PlkkAgreement.id).limit(TILE_ITEMS)).all()
    return ListTile(available=True, count=rows[0][-1] if rows else 0,
                    items=tuple(TileItem(name, number, partner_id, end) for name, number, partner_id, end, _n in rows))


def _proofs_due(session: Session, today: date) -> ListTile:
    count, rows = proofs_due(session, load_settings(session), today, TILE_ITEMS)
    return ListTile(available=True, count=count, items=tuple(
        TileItem(p.child_name, p.participant, p.claim_id, p.deadline) for p in rows))


class DashboardService(Service):
    def compute(self) -> DashboardData:
        today = self.ctx.today()
        month = Month.of(today)
        from desktop.services.coverage import CoverageService

        coverage = CoverageService(self.ctx)
        compliance = area_service(self.ctx, "desktop.services.compliance", "ComplianceService")
        benefits = area_service(self.ctx, "desktop.services.benefits", "BenefitService")

        summary, series = coverage.overview(12)
        regions = tuple(RegionCoverage(
            regency=r.regency, month=r.latest.month if r.latest else None,
            coverage_bp=r.latest.coverage_bp if r.latest else None,
            target_bp=r.latest.target_bp if r.latest else None,
            bpu_coverage_bp=r.latest.bpu_coverage_bp if r.latest else None) for r in summary.regions)
        total = summary.total
        coverage_tile = CoverageTile(regions=regions, branch_bp=total.coverage_bp, branch_target_bp=total.target_bp,
                                     branch_bpu_bp=total.bpu_coverage_bp, phrase=summary.phrase,
                                     latest_month=total.latest_month)
        points = tuple(series)
        overdue = coverage.list_commitments(PageRequest(limit=TILE_ITEMS, sort_key="due_date",
                                                        filters={"overdue": True}))
        commitments = ListTile(available=True, count=overdue.total, items=tuple(
            TileItem(c.party, c.text, c.id, c.due_date) for c in overdue.rows))

        cases = CasesTile()
        if compliance is not None and hasattr(compliance, "case_counts_by_state"):
            cases = CasesTile(
                available=True, by_state=_counts(compliance.case_counts_by_state()),
                outcomes=(_outcomes(compliance.outcome_totals(today.year, today.month))
                          if hasattr(compliance, "outcome_totals") else ()),
                overdue=int(compliance.overdue_count()) if hasattr(compliance, "overdue_count") else None)

        disbursements = MoneyTile()
        if benefits is not None and hasattr(benefits, "disbursed_in_month"):
            count, amount = benefits.disbursed_in_month(today.year, today.month)
            disbursements = MoneyTile(available=True, count=int(count), total=amount)

        with self.ctx.read() as session:
            name = office_name(session)
            agreements = _expiring_agreements(session, today)
            proofs = _proofs_due(session, today)
        return DashboardData(
            today=today, month=month, office_name=name, coverage=coverage_tile,
            bpu_growth=GrowthTile(points=points, growth=growth(points)), cases=cases,
            agreements_expiring=agreements, scholarship_proofs_due=proofs, disbursements=disbursements,
            commitments_overdue=commitments, sponsored_workers=coverage.sponsored_workers_total())

    def export_pdf(self, path: Path | str, data: DashboardData | None = None) -> Path:
        """The Dasbor on one A4 page, for the monthly report to the regional office."""
        self.ctx.require("data.export")
        from desktop.documents.dashboard_report import render_dashboard

        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        pdf = render_dashboard(data or self.compute())
        try:
            path.write_bytes(pdf)
        except OSError as exc:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The report cannot be written to {path}: {detail}"),
                            path=str(path), detail=exc.strerror or str(exc)) from exc
        with self.ctx.write() as session:
            audit.record(session, "export", "dashboard", None, summary=path.name)
        return path
