"""Reports of the Santunan & Beasiswa area: claims and amounts paid by programme and period, by
kabupaten and segment, as the branch publishes them; exported as PDF or Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.domain import benefits as dom
from desktop.domain.benefits_report import BenefitReport, PaidEntry, ProgrammeSummary, build_report
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.benefits import BenClaim, BenDisbursement, BenParticipant
from desktop.services import audit
from desktop.services.benefits_common import PAID

SCHOLARSHIP = {dom.Component.SCHOLARSHIP_YEAR.value, dom.Component.SCHOLARSHIP_LUMP.value}


def letterhead_for(ctx):
    from desktop.documents.letterhead import Letterhead
    from desktop.services.office import OfficeService

    office = OfficeService(ctx).get()
    return Letterhead(name=office.name or "BPJS Ketenagakerjaan", address=office.address, phone=office.phone,
                      email=office.email, website=office.website, logo_png=office.logo_png)


class ReportsMixin:
    """Part of BenefitService."""

    def paid_entries(self, year: int) -> list[PaidEntry]:
        start, end = date(year, 1, 1), date(year, 12, 31)
        with self.ctx.read() as session:
            rows = session.execute(
                select(BenDisbursement.paid_on, BenDisbursement.component, BenDisbursement.claim_id,
                       BenDisbursement.scholarship_year_id, BenDisbursement.amount, BenClaim.programme,
                       BenClaim.kabupaten, BenParticipant.segment)
                .join(BenClaim, BenClaim.id == BenDisbursement.claim_id)
                .join(BenParticipant, BenParticipant.id == BenClaim.participant_id)
                .where(BenDisbursement.state == PAID, BenDisbursement.paid_on >= start,
                       BenDisbursement.paid_on <= end, BenClaim.deleted_at.is_(None))).all()
        out = []
        for paid_on, component, claim_id, year_id, amount, programme, kabupaten, segment in rows:
            if component in SCHOLARSHIP:
                out.append(PaidEntry(paid_on, dom.Programme.BEASISWA.value, f"{component}:{year_id or claim_id}",
                                     kabupaten, segment, amount))
            else:
                out.append(PaidEntry(paid_on, programme, f"claim:{claim_id}", kabupaten, segment, amount))
        return out

    def report(self, year: int, month_from: int = 1, month_to: int = 12) -> BenefitReport:
        if not (1 <= month_from <= month_to <= 12) or not 2000 <= year <= 2100:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose a year and months from January to December."))
        from desktop.services.office import OfficeService

        office = OfficeService(self.ctx).get().name
        return build_report(self.paid_entries(year), year=year, month_from=month_from, month_to=month_to,
                            office=office, made_on=self.ctx.today())

    def claims_summary(self, year: int) -> list[ProgrammeSummary]:
        """For the dashboard: cases and amounts paid per programme in a year (JKM, JKK, Beasiswa)."""
        return list(self.report(year).summary)

    def export_report(self, year: int, out: Path, month_from: int = 1, month_to: int = 12) -> Path:
        """Write the report as .pdf or .xlsx (by the file's extension)."""
        self.ctx.require("data.export")
        out = Path(out)
        suffix = out.suffix.lower()
        if suffix not in (".pdf", ".xlsx"):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The report file must end in .pdf or .xlsx."))
        report = self.report(year, month_from, month_to)
        from desktop.documents.benefits_report import render_report_pdf, render_report_xlsx

        data = render_report_pdf(report, letterhead_for(self.ctx)) if suffix == ".pdf" else render_report_xlsx(report)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
        except OSError as exc:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} cannot be written: {detail}"),
                            path=str(out), detail=exc.strerror or str(exc)) from exc
        with self.ctx.write() as session:
            audit.record(session, "export", "ben_report", None, summary=f"{year} {month_from}-{month_to} {out.name}")
        return out
