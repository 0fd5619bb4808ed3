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
    """Sponsorship programmes (title, sponsor, desa), Perisai agents and enrolled workers (name or NIK).

    Programmes and agents are a few hundred rows; the enrolled workers (tens of thousands) go
    through their trigram index where there is one.
    """
    from sqlalchemy import bindparam

    from desktop.models.search_index import indexed, match_param, restrict

    digits = "".join(ch for ch in text if ch.isdigit())
    nik = len(digits) >= 6  # a NIK or part of one
    fts = indexed(session, "cov_worker", text.split())

    def build():
        pattern, nik_part, top = bindparam("pattern"), bindparam("nik_part"), bindparam("limit")
        programmes = (select(Sponsorship.id, Sponsorship.title, Sponsorship.sponsor, Sponsorship.start_month,
                             Sponsorship.end_month)
                      .where(Sponsorship.deleted_at.is_(None),
                             or_(Sponsorship.title.ilike(pattern, escape="\\"),
                                 Sponsorship.sponsor.ilike(pattern, escape="\\"),
                                 Sponsorship.desa.ilike(pattern, escape="\\")))
                      .order_by(Sponsorship.title).limit(top))
        agents = (select(PerisaiAgent.id, PerisaiAgent.name, PerisaiAgent.nik, PerisaiAgent.regency)
                  .where(PerisaiAgent.deleted_at.is_(None),
                         or_(PerisaiAgent.name.ilike(pattern, escape="\\"), *([PerisaiAgent.nik.like(nik_part)] if nik else [])))
                  .order_by(PerisaiAgent.name).limit(top))
        workers = (select(EnrolledWorker.id, EnrolledWorker.name, EnrolledWorker.nik, EnrolledWorker.desa,
                          Sponsorship.title)
                   .join(Sponsorship, Sponsorship.id == EnrolledWorker.sponsorship_id)
                   .where(EnrolledWorker.deleted_at.is_(None)))
        if fts:
            workers = restrict(workers, "cov_worker")
        else:
            workers = workers.where(or_(EnrolledWorker.name.ilike(pattern, escape="\\"),
                                        *([EnrolledWorker.nik.like(nik_part)] if nik else []))
                                    ).order_by(EnrolledWorker.name)
        return programmes, agents, workers.limit(top)

    programmes, agents, workers = search.shaped(("coverage", nik, fts), build)
    params = {"pattern": like_pattern(text), "nik_part": f"%{digits}%", "limit": limit}
    hits = [search.SearchHit("coverage", "Sponsorship", row.title,
                             f"{row.sponsor} · {row.start_month:%m/%Y}–{row.end_month:%m/%Y}", row.id)
            for row in session.execute(programmes, params)]
    hits += [search.SearchHit("coverage", "Perisai agent", row.name, f"{mask_nik(row.nik)} · {row.regency}", row.id)
             for row in session.execute(agents, params)]
    if len(hits) >= limit:
        return hits[:limit]
    params = {**params, "limit": limit - len(hits), **(match_param("cov_worker", text.split()) if fts else {})}
    hits += [search.SearchHit("coverage", "Enrolled worker", row.name, f"{mask_nik(row.nik)} · {row.desa} · {row.title}",
                              row.id) for row in session.execute(workers, params)]
    return hits
