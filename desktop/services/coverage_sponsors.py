"""Sponsorship programmes for pekerja rentan and the workers they enrol: the monthly contribution
from the reported income, what a programme costs against its budget, renewals due."""

from __future__ import annotations

import calendar
import uuid
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.coverage import (
    Month,
    ProgrammeSet,
    SponsorSource,
    WorkerGroup,
    contribution_for_months,
    monthly_contribution,
    sponsorship_months,
)
from desktop.domain.identifiers import parse_nik
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.coverage import EnrolledWorker, Sponsorship
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.context import Area, Changes, Service, get_for_update, get_live, snapshot
from desktop.services.coverage_common import known_regencies, resolve_regency, show_nik
from desktop.services.coverage_views import (
    SponsorCost,
    SponsorshipInput,
    SponsorshipView,
    WorkerInput,
    WorkerView,
)
from desktop.services.paging import Page, PageRequest, fetch_page

ALL = PageRequest()

RENEWAL_WINDOW_DAYS = 60  # a programme ending within this many days is due for renewal
LAPSED_DAYS = 90  # one that ended up to this long ago without a successor is still listed


def last_day(month: Month) -> date:
    return date(month.year, month.month, calendar.monthrange(month.year, month.month)[1])


def per_worker_period(row: Sponsorship) -> Money:
    months = sponsorship_months(Month.of(row.start_month), Month.of(row.end_month))
    return contribution_for_months(row.reported_income, ProgrammeSet(row.programmes), months)


def _status(row: Sponsorship, today: date) -> str:
    now = Month.of(today)
    if now < Month.of(row.start_month):
        return "upcoming"
    return "ended" if now > Month.of(row.end_month) else "running"


def _renewed(session: Session, row: Sponsorship) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Sponsorship).where(
        Sponsorship.deleted_at.is_(None), Sponsorship.id != row.id, Sponsorship.source == row.source,
        func.lower(Sponsorship.sponsor) == row.sponsor.lower(), Sponsorship.end_month > row.end_month)))


def renewal_due(session: Session, row: Sponsorship, today: date) -> bool:
    end = last_day(Month.of(row.end_month))
    if not (today - timedelta(days=LAPSED_DAYS) <= end <= today + timedelta(days=RENEWAL_WINDOW_DAYS)):
        return False
    return not _renewed(session, row)


def worker_counts(session: Session, ids: list[uuid.UUID] | None = None) -> dict[uuid.UUID, int]:
    stmt = (select(EnrolledWorker.sponsorship_id, func.count()).where(EnrolledWorker.deleted_at.is_(None))
            .group_by(EnrolledWorker.sponsorship_id))
    if ids is not None:
        stmt = stmt.where(EnrolledWorker.sponsorship_id.in_(ids))
    return {sid: n for sid, n in session.execute(stmt)}


def sponsorship_view(session: Session, row: Sponsorship, today: date, workers: int | None = None) -> SponsorshipView:
    if workers is None:
        workers = worker_counts(session, [row.id]).get(row.id, 0)
    per_worker = per_worker_period(row)
    return SponsorshipView(
        id=row.id, version=row.version, title=row.title, source=SponsorSource(row.source), sponsor=row.sponsor,
        regency=row.regency, desa=row.desa, start=Month.of(row.start_month), end=Month.of(row.end_month),
        programmes=ProgrammeSet(row.programmes), reported_income=row.reported_income,
        monthly_contribution=row.monthly_contribution, rates_effective_from=row.rates_effective_from,
        budget=row.budget, planned_workers=row.planned_workers, months_paid=row.months_paid,
        plkk_partner_id=row.plkk_partner_id, notes=row.notes, workers=workers,
        period_cost=per_worker * workers,
        affordable_workers=row.budget.sen // per_worker.sen if per_worker.sen else 0,
        status=_status(row, today), renewal_due=renewal_due(session, row, today),
    )


def check_sponsorship(inp: SponsorshipInput) -> None:
    def fail(message: str, **params: object) -> None:
        raise UserError(message, **params)

    if not inp.title.strip():
        fail(QT_TRANSLATE_NOOP("UserError", "The programme needs a title."))
    if not inp.sponsor.strip():
        fail(QT_TRANSLATE_NOOP("UserError", "The sponsor's name is required."))
    if inp.source is SponsorSource.APBDES and not inp.desa.strip():
        fail(QT_TRANSLATE_NOOP("UserError", "A village budget (APBDes) programme needs the desa."))
    months = sponsorship_months(inp.start, inp.end)
    if not 0 <= inp.months_paid <= len(months):
        fail(QT_TRANSLATE_NOOP("UserError", "Months paid must be between 0 and the {months} months of the period."),
             months=len(months))
    if inp.budget.sen <= 0:
        fail(QT_TRANSLATE_NOOP("UserError", "The budget must be more than zero."))
    if inp.planned_workers < 0:
        fail(QT_TRANSLATE_NOOP("UserError", "The number of planned workers cannot be negative."))


class SponsorsMixin(Service):
    # ---- programmes ---------------------------------------------------------------------------

    def save_sponsorship(self, inp: SponsorshipInput, *, record: tuple[uuid.UUID, int] | None = None
                         ) -> tuple[SponsorshipView, Changes]:
        """Create a programme, or update `record=(id, version)`; the contribution is computed here."""
        self.ctx.require("coverage.edit")
        inp = replace(inp, source=SponsorSource(inp.source), programmes=ProgrammeSet(inp.programmes))
        check_sponsorship(inp)
        contribution = monthly_contribution(inp.reported_income, inp.programmes, inp.start.first_day)
        with self.ctx.write() as session:
            inp = replace(inp, regency=resolve_regency(inp.regency, known_regencies(session), required=False))
            clash = select(Sponsorship.id).where(Sponsorship.deleted_at.is_(None),
                                                 func.lower(Sponsorship.title) == inp.title.strip().lower())
            if record is not None:
                clash = clash.where(Sponsorship.id != record[0])
            if session.scalar(clash) is not None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "Another programme is already called {title}."),
                                title=inp.title.strip())
            if record is None:
                row = Sponsorship(title="", source="", sponsor="", start_month=inp.start.first_day,
                                  end_month=inp.end.first_day, programmes="", reported_income=Money.zero(),
                                  monthly_contribution=Money.zero(), rates_effective_from=date.min,
                                  budget=Money.zero())
                session.add(row)
                before: dict = {}
            else:
                row = get_for_update(session, Sponsorship, record[0], record[1], what="cov_sponsorship")
                before = snapshot(row)
            row.title, row.source, row.sponsor = inp.title.strip(), inp.source.value, inp.sponsor.strip()
            row.regency, row.desa = inp.regency, inp.desa.strip()
            row.start_month, row.end_month = inp.start.first_day, inp.end.first_day
            row.programmes, row.reported_income = inp.programmes.value, inp.reported_income
            row.monthly_contribution = contribution.total
            row.rates_effective_from = contribution.rates.effective_from
            row.budget, row.planned_workers, row.months_paid = inp.budget, inp.planned_workers, inp.months_paid
            row.plkk_partner_id, row.notes = inp.plkk_partner_id, inp.notes.strip()
            session.flush()
            view = sponsorship_view(session, row, self.ctx.today())
            if view.workers > view.affordable_workers:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "The budget pays for {affordable} workers over the period, but {workers} are "
                                 "enrolled."), affordable=view.affordable_workers, workers=view.workers)
            old, new = audit.diff(before, snapshot(row))
            audit.record(session, "create" if not before else "update", "cov_sponsorship", row.id,
                         summary=row.title, before=old or None, after=new)
        return view, Changes.of(Area.COVERAGE)

    def delete_sponsorship(self, sponsorship_id: uuid.UUID, version: int) -> Changes:
        self.ctx.require("coverage.edit")
        with self.ctx.write() as session:
            row = get_for_update(session, Sponsorship, sponsorship_id, version, what="cov_sponsorship")
            if worker_counts(session, [row.id]).get(row.id):
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "{title} still has enrolled workers; remove them first."), title=row.title)
            row.deleted_at = utcnow()
            session.flush()
            audit.record(session, "delete", "cov_sponsorship", row.id, summary=row.title, before=snapshot(row))
        return Changes.of(Area.COVERAGE)

    def sponsorship(self, sponsorship_id: uuid.UUID) -> SponsorshipView:
        with self.ctx.read() as session:
            return sponsorship_view(session, get_live(session, Sponsorship, sponsorship_id, what="cov_sponsorship"),
                                    self.ctx.today())

    def list_sponsorships(self, request: PageRequest = ALL) -> Page[SponsorshipView]:
        """Programmes; filters: source, regency."""
        stmt = select(Sponsorship).where(Sponsorship.deleted_at.is_(None))
        for key in ("source", "regency"):
            if request.filters.get(key):
                stmt = stmt.where(getattr(Sponsorship, key) == str(request.filters[key]))
        sort = {"title": Sponsorship.title, "sponsor": Sponsorship.sponsor, "source": Sponsorship.source,
                "regency": Sponsorship.regency, "start": Sponsorship.start_month, "end": Sponsorship.end_month,
                "budget": Sponsorship.budget, "monthly_contribution": Sponsorship.monthly_contribution}
        today = self.ctx.today()
        with self.ctx.read() as session:
            page = fetch_page(session, stmt, request, sort_columns=sort,
                              search_columns=[Sponsorship.title, Sponsorship.sponsor, Sponsorship.desa,
                                              Sponsorship.regency],
                              tiebreak=Sponsorship.start_month, to_row=lambda r: r[0])
            counts = worker_counts(session, [r.id for r in page.rows])
            return Page([sponsorship_view(session, r, today, counts.get(r.id, 0)) for r in page.rows],
                        page.total, page.offset)

    def all_sponsorships(self) -> list[SponsorshipView]:
        return self.list_sponsorships(PageRequest(limit=100_000, sort_key="start")).rows

    def sponsorship_cost(self, sponsorship_id: uuid.UUID) -> SponsorCost:
        view = self.sponsorship(sponsorship_id)
        return SponsorCost(sponsorship_id=view.id, per_worker_month=view.monthly_contribution, workers=view.workers,
                           monthly=view.monthly_cost, months=view.months, period_total=view.period_cost,
                           paid=view.monthly_cost * view.months_paid, budget=view.budget,
                           budget_left=view.budget_left)

    def renewals_due(self) -> list[SponsorshipView]:
        """Programmes ending within 60 days, or ended in the last 90 days, with no later one from the
        same sponsor: the workers lose their cover unless someone renews."""
        return sorted((s for s in self.all_sponsorships() if s.renewal_due), key=lambda s: s.end)

    # ---- workers ------------------------------------------------------------------------------

    def _check_worker(self, session: Session, inp: WorkerInput, exclude: uuid.UUID | None = None) -> Sponsorship:
        if not inp.name.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The name is required."))
        parse_nik(inp.nik, today=self.ctx.today())
        sponsorship = get_live(session, Sponsorship, inp.sponsorship_id, what="cov_sponsorship")
        other = enrolled_elsewhere(session, inp.nik, sponsorship, exclude)
        if other is not None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "NIK {nik} is already enrolled in {title} for an "
                                              "overlapping period."), nik=show_nik(self.ctx, inp.nik), title=other)
        return sponsorship

    def add_worker(self, inp: WorkerInput) -> tuple[WorkerView, Changes]:
        self.ctx.require("coverage.edit")
        with self.ctx.write() as session:
            nik = parse_nik(inp.nik, today=self.ctx.today()).nik
            inp = replace(inp, nik=nik, regency=resolve_regency(inp.regency, known_regencies(session), required=False))
            sponsorship = self._check_worker(session, inp)
            view = sponsorship_view(session, sponsorship, self.ctx.today())
            if view.workers + 1 > view.affordable_workers:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The budget of {title} pays for {affordable} workers "
                                                  "over its period; it has {workers}."),
                                title=sponsorship.title, affordable=view.affordable_workers, workers=view.workers)
            row = EnrolledWorker(sponsorship_id=sponsorship.id, name=inp.name.strip(), nik=nik,
                                 worker_group=inp.group.value, regency=inp.regency or sponsorship.regency,
                                 desa=inp.desa.strip() or sponsorship.desa)
            session.add(row)
            session.flush()
            audit.record(session, "create", "cov_worker", row.id, summary=f"{row.name} ({sponsorship.title})",
                         after=snapshot(row))
            result = self._worker_view(row, sponsorship.title)
        return result, Changes.of(Area.COVERAGE)

    def update_worker(self, worker_id: uuid.UUID, version: int, inp: WorkerInput) -> tuple[WorkerView, Changes]:
        self.ctx.require("coverage.edit")
        with self.ctx.write() as session:
            row = get_for_update(session, EnrolledWorker, worker_id, version, what="cov_worker")
            nik = parse_nik(inp.nik, today=self.ctx.today()).nik if "*" not in inp.nik else row.nik
            inp = replace(inp, nik=nik, regency=resolve_regency(inp.regency, known_regencies(session), required=False))
            sponsorship = self._check_worker(session, inp, exclude=row.id)
            before = snapshot(row)
            row.sponsorship_id, row.name, row.nik = sponsorship.id, inp.name.strip(), nik
            row.worker_group, row.regency, row.desa = inp.group.value, inp.regency, inp.desa.strip()
            session.flush()
            old, new = audit.diff(before, snapshot(row))
            audit.record(session, "update", "cov_worker", row.id, summary=row.name, before=old, after=new)
            result = self._worker_view(row, sponsorship.title)
        return result, Changes.of(Area.COVERAGE)

    def remove_worker(self, worker_id: uuid.UUID, version: int) -> Changes:
        self.ctx.require("coverage.edit")
        with self.ctx.write() as session:
            row = get_for_update(session, EnrolledWorker, worker_id, version, what="cov_worker")
            row.deleted_at = utcnow()
            session.flush()
            audit.record(session, "delete", "cov_worker", row.id, summary=row.name, before=snapshot(row))
        return Changes.of(Area.COVERAGE)

    def list_workers(self, request: PageRequest = ALL) -> Page[WorkerView]:
        """Enrolled workers; filters: sponsorship_id, group, regency."""
        stmt = (select(EnrolledWorker, Sponsorship.title).join(Sponsorship, Sponsorship.id == EnrolledWorker.sponsorship_id)
                .where(EnrolledWorker.deleted_at.is_(None)))
        f = request.filters
        if f.get("sponsorship_id"):
            stmt = stmt.where(EnrolledWorker.sponsorship_id == f["sponsorship_id"])
        if f.get("group"):
            stmt = stmt.where(EnrolledWorker.worker_group == str(f["group"]))
        if f.get("regency"):
            stmt = stmt.where(EnrolledWorker.regency == f["regency"])
        sort = {"name": EnrolledWorker.name, "group": EnrolledWorker.worker_group, "desa": EnrolledWorker.desa,
                "regency": EnrolledWorker.regency, "sponsorship_title": Sponsorship.title}
        with self.ctx.read() as session:
            return fetch_page(session, stmt, request, sort_columns=sort,
                              search_columns=[EnrolledWorker.name, EnrolledWorker.nik, EnrolledWorker.desa,
                                              Sponsorship.title],
                              tiebreak=EnrolledWorker.name, to_row=lambda r: self._worker_view(r[0], r[1]))

    def worker(self, worker_id: uuid.UUID) -> WorkerView:
        with self.ctx.read() as session:
            row = get_live(session, EnrolledWorker, worker_id, what="cov_worker")
            return self._worker_view(row, session.get(Sponsorship, row.sponsorship_id).title)

    def group_counts(self) -> dict[WorkerGroup, int]:
        with self.ctx.read() as session:
            rows = session.execute(select(EnrolledWorker.worker_group, func.count())
                                   .where(EnrolledWorker.deleted_at.is_(None)).group_by(EnrolledWorker.worker_group))
            return {WorkerGroup(g): n for g, n in rows}

    def _worker_view(self, row: EnrolledWorker, title: str) -> WorkerView:
        return WorkerView(id=row.id, version=row.version, sponsorship_id=row.sponsorship_id, sponsorship_title=title,
                          name=row.name, nik=show_nik(self.ctx, row.nik), group=WorkerGroup(row.worker_group),
                          regency=row.regency, desa=row.desa)


def enrolled_elsewhere(session: Session, nik: str, sponsorship: Sponsorship,
                       exclude: uuid.UUID | None = None) -> str | None:
    """The title of a live programme whose period overlaps this one and enrols the NIK already."""
    stmt = (select(Sponsorship.title).join(EnrolledWorker, EnrolledWorker.sponsorship_id == Sponsorship.id)
            .where(EnrolledWorker.nik == nik, EnrolledWorker.deleted_at.is_(None), Sponsorship.deleted_at.is_(None),
                   Sponsorship.start_month <= sponsorship.end_month, Sponsorship.end_month >= sponsorship.start_month))
    if exclude is not None:
        stmt = stmt.where(EnrolledWorker.id != exclude)
    return session.scalar(stmt.limit(1))
