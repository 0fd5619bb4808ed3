"""Coverage figures per kabupaten/kota and month: entry, corrections that keep the history, the
history with its gaps, and the branch's current figure."""

from __future__ import annotations

import uuid
from dataclasses import replace

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.domain.coverage import Month, PopulationSource
from desktop.domain.coverage_figures import SeriesPoint, branch_series, branch_total
from desktop.domain.coverage_words import bpu_phrase, coverage_phrase
from desktop.errors import QT_TRANSLATE_NOOP, StaleRecordError, UserError
from desktop.models.coverage import CoverageFigure
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.context import Area, Changes, Service, get_for_update, snapshot
from desktop.services.coverage_common import known_regencies, resolve_regency
from desktop.services.coverage_views import (
    CoverageSummary,
    FigureInput,
    FigureView,
    HistoryRow,
    RegionSummary,
)
from desktop.services.paging import Page, PageRequest, fetch_page

ALL = PageRequest()


FIGURE_COLUMNS = tuple(getattr(CoverageFigure, name) for name in (
    "id", "version", "regency", "period", "working_population", "population_source", "population_as_of", "pu", "bpu",
    "jakon", "informal_population", "target_bp", "note", "revision", "superseded_by", "deleted_at", "updated_by",
    "created_by", "created_at"))


def figure_view(row) -> FigureView:
    """From a CoverageFigure, or a row of FIGURE_COLUMNS."""
    return FigureView(
        id=row.id, version=row.version, regency=row.regency, month=Month.of(row.period),
        working_population=row.working_population, population_source=PopulationSource(row.population_source),
        population_as_of=row.population_as_of, pu=row.pu, bpu=row.bpu, jakon=row.jakon,
        informal_population=row.informal_population, target_bp=row.target_bp, note=row.note,
        revision=row.revision, superseded=row.superseded_by is not None,
        deleted=row.deleted_at is not None and row.superseded_by is None,
        entered_by=row.updated_by or row.created_by, entered_at=row.created_at,
    )


def check_figure(inp: FigureInput, today_month: Month) -> None:
    def fail(message: str, **params: object) -> None:
        raise UserError(message, **params)

    if inp.month > today_month:
        fail(QT_TRANSLATE_NOOP("UserError", "The month {month} is in the future."), month=inp.month.label())
    if inp.working_population <= 0:
        fail(QT_TRANSLATE_NOOP("UserError", "The working population must be more than zero."))
    if min(inp.pu, inp.bpu, inp.jakon) < 0:
        fail(QT_TRANSLATE_NOOP("UserError", "Participant numbers cannot be negative."))
    if inp.pu + inp.bpu + inp.jakon > inp.working_population:
        fail(QT_TRANSLATE_NOOP("UserError", "More participants ({covered}) than working population ({population})."),
             covered=inp.pu + inp.bpu + inp.jakon, population=inp.working_population)
    if inp.informal_population is not None:
        if inp.informal_population <= 0 or inp.informal_population > inp.working_population:
            fail(QT_TRANSLATE_NOOP("UserError", "The BPU potential must be more than zero and not more than the "
                                   "working population."))
        if inp.bpu > inp.informal_population:
            fail(QT_TRANSLATE_NOOP("UserError", "More BPU participants ({bpu}) than the BPU potential ({informal})."),
                 bpu=inp.bpu, informal=inp.informal_population)
    if inp.target_bp is not None and not 0 < inp.target_bp <= 10_000:
        fail(QT_TRANSLATE_NOOP("UserError", "The target must be more than 0 % and at most 100 %."))
    if inp.population_as_of is not None and inp.population_as_of > inp.month.plus(1).first_day:
        fail(QT_TRANSLATE_NOOP("UserError", "The population figure's date ({date}) is after the month it is used for."),
             date=inp.population_as_of.isoformat())


def live_figure(session: Session, regency: str, month: Month) -> CoverageFigure | None:
    return session.scalar(select(CoverageFigure).where(
        CoverageFigure.regency == regency, CoverageFigure.period == month.first_day,
        CoverageFigure.deleted_at.is_(None)))


def write_figure(session: Session, inp: FigureInput, previous: CoverageFigure | None) -> CoverageFigure:
    """Add the figure; a previous live figure of the month is superseded (kept, marked)."""
    row = CoverageFigure(
        regency=inp.regency, period=inp.month.first_day, working_population=inp.working_population,
        population_source=inp.population_source.value, population_as_of=inp.population_as_of,
        informal_population=inp.informal_population, pu=inp.pu, bpu=inp.bpu, jakon=inp.jakon,
        target_bp=inp.target_bp, note=inp.note.strip(), revision=1 if previous is None else previous.revision + 1,
    )
    if previous is not None:
        previous.deleted_at = utcnow()
        session.flush([previous])  # the live slot is free before the new row takes it
    session.add(row)
    session.flush()
    if previous is not None:
        previous.superseded_by = row.id
        audit.record(session, "update", "cov_figure", row.id,
                     summary=f"{inp.regency} {inp.month.iso()} (revisi {row.revision})",
                     before=snapshot(previous), after=snapshot(row))
    else:
        audit.record(session, "create", "cov_figure", row.id, summary=f"{inp.regency} {inp.month.iso()}",
                     after=snapshot(row))
    return row


class FiguresMixin(Service):
    def regions(self) -> list[str]:
        with self.ctx.read() as session:
            return known_regencies(session)

    def save_figure(self, inp: FigureInput, *, replaces: tuple[uuid.UUID, int] | None = None
                    ) -> tuple[FigureView, Changes]:
        """Enter a month's figure. A month that has one already needs `replaces=(id, version)` of the
        figure the clerk corrected; the old figure stays in the history as superseded."""
        self.ctx.require("coverage.edit")
        with self.ctx.write() as session:
            regency = resolve_regency(inp.regency, known_regencies(session))
            inp = replace(inp, regency=regency)
            check_figure(inp, Month.of(self.ctx.today()))
            previous = live_figure(session, regency, inp.month)
            if previous is not None and replaces is None:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "{regency} already has a figure for {month}. Open it and correct it instead."),
                    regency=regency, month=inp.month.label())
            if replaces is not None:
                if previous is None or previous.id != replaces[0] or previous.version != replaces[1]:
                    raise StaleRecordError("cov_figure")
            row = write_figure(session, inp, previous)
            view = figure_view(row)
        return view, Changes.of(Area.COVERAGE)

    def delete_figure(self, figure_id: uuid.UUID, version: int) -> Changes:
        """Withdraw a month's figure: the month becomes unknown again (the row stays, tombstoned)."""
        self.ctx.require("coverage.edit")
        with self.ctx.write() as session:
            row = get_for_update(session, CoverageFigure, figure_id, version, what="cov_figure")
            row.deleted_at = utcnow()
            session.flush()
            audit.record(session, "delete", "cov_figure", row.id, summary=f"{row.regency} {row.period:%Y-%m}",
                         before=snapshot(row))
        return Changes.of(Area.COVERAGE)

    def figure(self, figure_id: uuid.UUID) -> FigureView:
        with self.ctx.read() as session:
            row = session.get(CoverageFigure, figure_id)
            if row is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The record was not found; it may have been deleted "
                                                  "({what})."), what="cov_figure")
            return figure_view(row)

    def list_figures(self, request: PageRequest = ALL) -> Page[FigureView]:
        """Live figures; filters: regency."""
        stmt = select(CoverageFigure).where(CoverageFigure.deleted_at.is_(None))
        if request.filters.get("regency"):
            stmt = stmt.where(CoverageFigure.regency == request.filters["regency"])
        sort = {"regency": CoverageFigure.regency, "month": CoverageFigure.period, "month_label": CoverageFigure.period,
                "working_population": CoverageFigure.working_population, "pu": CoverageFigure.pu,
                "bpu": CoverageFigure.bpu, "jakon": CoverageFigure.jakon}
        with self.ctx.read() as session:
            return fetch_page(session, stmt, request, sort_columns=sort, search_columns=[CoverageFigure.regency],
                              tiebreak=CoverageFigure.period, to_row=lambda r: figure_view(r[0]))

    def all_figures(self) -> list[FigureView]:
        return self._snapshot()[1]

    def _snapshot(self) -> tuple[list[str], list[FigureView]]:
        """The kabupaten and every live figure, read in one session (columns, not ORM objects: the
        Dasbor reads them on every refresh)."""
        with self.ctx.read() as session:
            regions = known_regencies(session)
            rows = session.execute(select(*FIGURE_COLUMNS).where(CoverageFigure.deleted_at.is_(None))
                                   .order_by(CoverageFigure.regency, CoverageFigure.period))
            return regions, [figure_view(r) for r in rows]

    def revisions(self, regency: str, month: Month) -> list[FigureView]:
        """Every figure ever entered for the month, oldest first (superseded ones included)."""
        with self.ctx.read() as session:
            rows = session.scalars(select(CoverageFigure).where(
                CoverageFigure.regency == regency, CoverageFigure.period == month.first_day
            ).order_by(CoverageFigure.revision, CoverageFigure.created_at))
            return [figure_view(r) for r in rows]

    def history(self, regency: str, first: Month | None = None, last: Month | None = None) -> list[HistoryRow]:
        """Month by month, newest first, from the first figure (or `first`) to this month; gaps stay."""
        figures = [f for f in self.all_figures() if f.regency == regency]
        last = last or Month.of(self.ctx.today())
        if first is None:
            first = min((f.month for f in figures), default=last.plus(-11))
        by_month = {f.month: f for f in figures}
        months = [first.plus(i) for i in range(first.months_until(last) + 1)]
        return [HistoryRow(regency, m, by_month.get(m)) for m in reversed(months)]

    def current(self) -> CoverageSummary:
        """Each kabupaten's latest known month, and the branch total from those."""
        return self.overview(months=0)[0]

    def series(self, field: str = "bpu", months: int = 12) -> list[SeriesPoint]:
        """The branch's monthly total of `field` over the last `months` months that have data;
        a month some kabupaten did not report is unknown (a gap)."""
        regions, _, window = self._recent(months)
        return self._series(regions, window, field, months)

    def overview(self, months: int = 12) -> tuple[CoverageSummary, list[SeriesPoint]]:
        """current() and series("bpu", months) from one read (the Dasbor calls it on every refresh):
        only each kabupaten's latest figure and the figures of the last `months` months are loaded,
        however long the history."""
        regions, latest, window = self._recent(months)
        return self._current(regions, latest), (self._series(regions, window, "bpu", months) if months else [])

    def _recent(self, months: int) -> tuple[list[str], list[FigureView], list[FigureView]]:
        live = CoverageFigure.deleted_at.is_(None)
        with self.ctx.read() as session:
            regions = known_regencies(session)
            newest = (select(CoverageFigure.regency, func.max(CoverageFigure.period).label("period"))
                      .where(live).group_by(CoverageFigure.regency).subquery())
            latest = [figure_view(r) for r in session.execute(
                select(*FIGURE_COLUMNS).join(newest, and_(newest.c.regency == CoverageFigure.regency,
                                                          newest.c.period == CoverageFigure.period)).where(live))]
            window: list[FigureView] = []
            if months and latest:
                last = max(f.month for f in latest)
                window = [figure_view(r) for r in session.execute(
                    select(*FIGURE_COLUMNS).where(live, CoverageFigure.period >= last.plus(-(months - 1)).first_day))]
        return regions, latest, window

    @staticmethod
    def _current(regions: list[str], figures: list[FigureView]) -> CoverageSummary:
        total = branch_total([f.figure() for f in figures], regions)
        latest: dict[str, FigureView] = {}
        for f in figures:
            if f.regency not in latest or f.month > latest[f.regency].month:
                latest[f.regency] = f
        phrase = coverage_phrase(total.covered, total.working_population) if total.working_population else ""
        bpu = bpu_phrase(total.bpu, total.informal_population) if total.informal_population else ""
        return CoverageSummary(regions=tuple(RegionSummary(r, latest.get(r)) for r in regions), total=total,
                               phrase=phrase, bpu_phrase=bpu)

    @staticmethod
    def _series(regions: list[str], views: list[FigureView], field: str, months: int) -> list[SeriesPoint]:
        if field not in ("bpu", "pu", "jakon", "covered", "working_population"):
            raise ValueError(field)
        figures = [f.figure() for f in views]
        if not figures:
            return []
        last = max(f.month for f in figures)
        first = max(last.plus(-(months - 1)), min(f.month for f in figures))  # nothing before the first figure
        return branch_series(figures, regions, first, last, field)
