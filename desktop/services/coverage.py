"""Cakupan: coverage of informal and vulnerable workers per kabupaten/kota, who sponsors them, the
commitments made at coordination meetings, and the Perisai agents (reference sections 4 and 11).

`CoverageService` is the one facade of the area; its parts live in the coverage_* modules next to
this one (figures, sponsors and workers, commitments, Perisai, imports, reports).
"""

from __future__ import annotations

import uuid

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.domain.identifiers import mask_nik
from desktop.models.coverage import (
    Commitment,
    CoordinationMeeting,
    CoverageFigure,
    EnrolledWorker,
    PerisaiAgent,
    Sponsorship,
)
from desktop.services import search
from desktop.services.coverage_commitments import CommitmentsMixin
from desktop.services.coverage_figures import FiguresMixin
from desktop.services.coverage_import import ImportMixin
from desktop.services.coverage_perisai import PerisaiMixin
from desktop.services.coverage_reports import ReportsMixin
from desktop.services.coverage_sponsors import SponsorsMixin
from desktop.services.paging import like_pattern


class CoverageService(FiguresMixin, SponsorsMixin, CommitmentsMixin, PerisaiMixin, ImportMixin, ReportsMixin):
    """Coverage figures, sponsorships and enrolled workers, commitments, Perisai agents, imports, reports."""

    def locate(self, record_id: uuid.UUID) -> str | None:
        """Which kind of coverage record an id is (for search hits and Dasbor tiles):
        "figure", "sponsorship", "worker", "meeting", "commitment", "agent", or None."""
        with self.ctx.read() as session:
            for kind, model in (("sponsorship", Sponsorship), ("worker", EnrolledWorker), ("agent", PerisaiAgent),
                                ("commitment", Commitment), ("meeting", CoordinationMeeting),
                                ("figure", CoverageFigure)):
                row = session.get(model, record_id)
                if row is not None and row.deleted_at is None:
                    return kind
        return None


@search.register("coverage")
def search_coverage(session: Session, text: str, limit: int) -> list[search.SearchHit]:
    """Sponsorship programmes (title, sponsor, desa), Perisai agents and enrolled workers (name or NIK)."""
    pattern = like_pattern(text)
    digits = "".join(ch for ch in text if ch.isdigit())
    hits: list[search.SearchHit] = []
    for row in session.scalars(select(Sponsorship).where(
            Sponsorship.deleted_at.is_(None),
            or_(Sponsorship.title.ilike(pattern, escape="\\"), Sponsorship.sponsor.ilike(pattern, escape="\\"),
                Sponsorship.desa.ilike(pattern, escape="\\"))).order_by(Sponsorship.title).limit(limit)):
        hits.append(search.SearchHit("coverage", "Sponsorship", row.title,
                                     f"{row.sponsor} · {row.start_month:%m/%Y}–{row.end_month:%m/%Y}", row.id))
    agent_filter = [PerisaiAgent.name.ilike(pattern, escape="\\")]
    worker_filter = [EnrolledWorker.name.ilike(pattern, escape="\\")]
    if len(digits) >= 6:  # a NIK or part of one
        agent_filter.append(PerisaiAgent.nik.like(f"%{digits}%"))
        worker_filter.append(EnrolledWorker.nik.like(f"%{digits}%"))
    for row in session.scalars(select(PerisaiAgent).where(PerisaiAgent.deleted_at.is_(None), or_(*agent_filter))
                               .order_by(PerisaiAgent.name).limit(limit)):
        hits.append(search.SearchHit("coverage", "Perisai agent", row.name,
                                     f"{mask_nik(row.nik)} · {row.regency}", row.id))
    for row, title in session.execute(
            select(EnrolledWorker, Sponsorship.title).join(Sponsorship, Sponsorship.id == EnrolledWorker.sponsorship_id)
            .where(EnrolledWorker.deleted_at.is_(None), or_(*worker_filter)).order_by(EnrolledWorker.name)
            .limit(limit)):
        hits.append(search.SearchHit("coverage", "Enrolled worker", row.name,
                                     f"{mask_nik(row.nik)} · {row.desa} · {title}", row.id))
    return hits[:limit]
