"""The coverage report per kabupaten, as PDF and Excel, in the branch's own phrasing
("Sudah 32 persen dari potensi sekitar 740.000 pekerja ... yang telah terlindungi")."""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path

from sqlalchemy import func, select

from desktop.domain.coverage import Month, SponsorSource
from desktop.domain.coverage_report import (
    CommitmentRow,
    CoverageReportData,
    RegionRow,
    SponsorRow,
    short_regency,
)
from desktop.domain.dates import format_date_id
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.coverage import EnrolledWorker, Sponsorship
from desktop.services import audit
from desktop.services.context import Service
from desktop.services.coverage_common import area_service, office_name
from desktop.services.coverage_views import FigureView
from desktop.services.paging import PageRequest

log = logging.getLogger(__name__)

RATES_NOTE = (
    "Iuran BPU per bulan: JKK 1 % dari penghasilan yang dilaporkan (paling sedikit Rp10.000 pada penghasilan "
    "Rp1.000.000, paling banyak Rp207.000), JKM Rp6.800, JHT 2 % dari penghasilan. Paket pekerja rentan JKK + JKM "
    "Rp16.800; tiga program (JKK + JKM + JHT) pada penghasilan Rp1.000.000 Rp36.800 (hasil perhitungan, bukan "
    "angka yang ditemukan tertulis dalam sumber)."
)


def _source_text(f: FigureView) -> str:
    text = f.population_source.label_id
    return f"{text}, {format_date_id(f.population_as_of)}" if f.population_as_of else text


class ReportsMixin(Service):
    def sponsored_workers_total(self) -> int:
        """Workers covered this month by a sponsor: those enrolled in programmes running now, plus
        those the PLKK partners sponsor (kept on the PLKK page; counted when that area is built)."""
        first = Month.of(self.ctx.today()).first_day
        with self.ctx.read() as session:
            here = session.scalar(
                select(func.count()).select_from(EnrolledWorker)
                .join(Sponsorship, Sponsorship.id == EnrolledWorker.sponsorship_id)
                .where(EnrolledWorker.deleted_at.is_(None), Sponsorship.deleted_at.is_(None),
                       Sponsorship.start_month <= first, Sponsorship.end_month >= first)) or 0
        plkk = area_service(self.ctx, "desktop.services.plkk", "ClinicService")
        if plkk is not None and hasattr(plkk, "sponsored_workers_total"):
            here += int(plkk.sponsored_workers_total())
        return here

    def report_data(self) -> CoverageReportData:
        summary = self.current()
        with self.ctx.read() as session:
            name = office_name(session)
        regions = []
        for r in summary.regions:
            f = r.latest
            if f is None:
                regions.append(RegionRow(r.regency, None, None, "", 0, 0, 0, None, None))
            else:
                regions.append(RegionRow(r.regency, f.month, f.working_population, _source_text(f), f.pu, f.bpu,
                                         f.jakon, f.informal_population, f.target_bp))
        t = summary.total
        total = RegionRow("Jumlah", t.latest_month, t.working_population, "", t.pu, t.bpu, t.jakon,
                          t.informal_population, t.target_bp)
        today_month = Month.of(self.ctx.today())
        sponsors: dict[SponsorSource, list] = defaultdict(lambda: [0, 0, Money.zero()])
        for s in self.all_sponsorships():
            if s.start <= today_month <= s.end:
                acc = sponsors[s.source]
                acc[0] += 1
                acc[1] += s.workers
                acc[2] = acc[2] + s.monthly_cost
        sponsor_rows = tuple(SponsorRow(src.label_id, *sponsors[src]) for src in SponsorSource if src in sponsors)
        perisai = self.perisai_summary(first=today_month.plus(-12), last=today_month)
        commitments = self.list_commitments(PageRequest(limit=1000, sort_key="due_date", filters={"open": True})).rows
        return CoverageReportData(
            office_name=name,
            area_names=tuple(short_regency(r.regency) for r in summary.regions),
            printed_on=self.ctx.today(),
            regions=tuple(regions), total=total, months_differ=not t.same_month,
            sponsors=sponsor_rows, sponsored_workers=self.sponsored_workers_total(),
            perisai_agents=perisai.agents, perisai_acquired=perisai.acquired,
            perisai_still_active=perisai.still_active,
            commitments=tuple(CommitmentRow(c.party, c.text, c.due_date, c.status.label_id, c.overdue)
                              for c in commitments),
            rates_note=RATES_NOTE,
        )

    def export_report(self, path: Path | str) -> Path:
        """Write the coverage report as PDF (.pdf) or Excel (.xlsx), by the file's extension."""
        self.ctx.require("data.export")
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".pdf", ".xlsx"):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The report can be written as .pdf or .xlsx, not "
                                              "\u201c{suffix}\u201d."), suffix=suffix or path.name)
        data = self.report_data()
        try:
            if suffix == ".pdf":
                from desktop.documents.coverage_report import render_coverage_report

                path.write_bytes(render_coverage_report(data))
            else:
                from desktop.io.coverage_export import write_coverage_workbook

                write_coverage_workbook(data, path)
        except OSError as exc:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The report cannot be written to {path}: {detail}"),
                            path=str(path), detail=exc.strerror or str(exc)) from exc
        with self.ctx.write() as session:
            audit.record(session, "export", "cov_report", None, summary=path.name)
        return path
