"""Imports of coverage spreadsheets: figures, enrolled workers, Perisai monthly figures.

Every row is checked first (the file by desktop.io.coverage_import, then against the database);
the report lists each problem with its row and column. Only a file without any problem is saved,
all of it in one transaction: nothing is ever half-saved. A dry run checks and reports only.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.coverage import Month
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.io.coverage_import import (
    FIGURES,
    KINDS,
    PERISAI,
    WORKERS,
    FigureRow,
    ParsedSheet,
    PerisaiRow,
    RowProblem,
    WorkerRow,
    parse_sheet,
    write_template,
)
from desktop.models.coverage import EnrolledWorker, PerisaiAgent, PerisaiMonth, Sponsorship
from desktop.services import audit
from desktop.services.context import Area, Changes, NullProgress, Progress, Service, get_live, snapshot
from desktop.services.coverage_common import known_regencies, resolve_regency, show_nik
from desktop.services.coverage_figures import check_figure, live_figure, write_figure
from desktop.services.coverage_perisai import check_month_figures
from desktop.services.coverage_sponsors import per_worker_period, worker_counts
from desktop.services.coverage_views import FigureInput, ImportReport

NO_PROGRESS = NullProgress()


def enrolments(session: Session, niks: list[str]) -> dict[str, list[tuple]]:
    """NIK -> (start, end, title) of the live programmes that enrol it, for the NIKs of a file."""
    out: dict[str, list[tuple]] = defaultdict(list)
    unique = sorted(set(niks))
    for i in range(0, len(unique), 500):
        stmt = (select(EnrolledWorker.nik, Sponsorship.start_month, Sponsorship.end_month, Sponsorship.title)
                .join(Sponsorship, Sponsorship.id == EnrolledWorker.sponsorship_id)
                .where(EnrolledWorker.nik.in_(unique[i:i + 500]), EnrolledWorker.deleted_at.is_(None),
                       Sponsorship.deleted_at.is_(None)))
        for nik, start, end, title in session.execute(stmt):
            out[nik].append((start, end, title))
    return out


def _problem(row: int, column: str, message: str, /, **params: object) -> RowProblem:
    return RowProblem(row, column, UserError(message, **params))


class ImportMixin(Service):
    def write_import_template(self, kind: str, path: Path | str) -> Path:
        """An empty sheet with the expected columns and one example row."""
        return write_template(kind, path)

    def import_file(self, kind: str, path: Path | str, *, dry_run: bool = False,
                    sponsorship_id: uuid.UUID | None = None,
                    progress: Progress = NO_PROGRESS) -> tuple[ImportReport, Changes]:
        if kind not in KINDS:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Unknown kind of import {kind}; use figures, workers or "
                                              "perisai."), kind=kind)
        self.ctx.require("data.import")
        self.ctx.require("coverage.edit")
        progress.progress(0, 0, "")
        parsed = parse_sheet(kind, path, today=self.ctx.today())
        progress.check()
        check = {FIGURES: self._check_figures, WORKERS: self._check_workers, PERISAI: self._check_perisai}[kind]
        if dry_run or parsed.problems:
            with self.ctx.read() as session:
                problems, plan = check(session, parsed, sponsorship_id)
            return self._report(parsed, problems, plan, dry_run=dry_run, saved=False), Changes()
        with self.ctx.write() as session:
            problems, plan = check(session, parsed, sponsorship_id)
            if problems:
                # nothing was written: the checks only read
                return self._report(parsed, problems, plan, dry_run=False, saved=False), Changes()
            notes = self._apply(kind, session, plan, progress)
            audit.record(session, "import", f"cov_{kind}", None,
                         summary=f"{Path(path).name}: {len(plan)} baris", after={"rows": len(plan)})
        report = self._report(parsed, [], plan, dry_run=False, saved=True, notes=notes)
        return report, Changes.of(Area.COVERAGE)

    @staticmethod
    def _report(parsed: ParsedSheet, problems: list[RowProblem], plan: list[tuple], *, dry_run: bool,
                saved: bool, notes: tuple[str, ...] = ()) -> ImportReport:
        all_problems = tuple(sorted([*parsed.problems, *problems], key=lambda p: (p.row, p.column)))
        updated = sum(1 for item in plan if item[-1])
        return ImportReport(kind=parsed.kind, path=parsed.path, data_rows=parsed.data_rows, problems=all_problems,
                            created=len(plan) - updated, updated=updated, dry_run=dry_run, saved=saved, notes=notes)

    # ---- checks against the database: (problems, plan); a plan item ends with "replaces?" ------

    def _check_figures(self, session: Session, parsed: ParsedSheet, _sid) -> tuple[list[RowProblem], list[tuple]]:
        known = known_regencies(session)
        problems: list[RowProblem] = []
        plan: list[tuple] = []
        seen: dict[tuple[str, Month], int] = {}
        today_month = Month.of(self.ctx.today())
        for r in parsed.rows:
            assert isinstance(r, FigureRow)
            try:
                regency = resolve_regency(r.regency, known)
                inp = FigureInput(regency, r.month, r.working_population, r.pu, r.bpu, r.jakon, r.source, r.as_of,
                                  r.informal_population, r.target_bp, r.note)
                check_figure(inp, today_month)
            except UserError as exc:
                problems.append(RowProblem(r.row, "", exc))
                continue
            if (regency, r.month) in seen:  # "Banyumas" and "Kabupaten Banyumas" in the same file
                problems.append(_problem(r.row, "", QT_TRANSLATE_NOOP(
                    "UserError", "The same kabupaten and month are already in row {first}."), first=seen[(regency, r.month)]))
                continue
            seen[(regency, r.month)] = r.row
            plan.append((inp, live_figure(session, regency, r.month) is not None))
        return problems, plan

    def _check_workers(self, session: Session, parsed: ParsedSheet, sponsorship_id: uuid.UUID | None
                       ) -> tuple[list[RowProblem], list[tuple]]:
        known = known_regencies(session)
        fixed = get_live(session, Sponsorship, sponsorship_id, what="cov_sponsorship") if sponsorship_id else None
        by_title = {s.title.lower(): s for s in session.scalars(select(Sponsorship)
                                                                 .where(Sponsorship.deleted_at.is_(None)))}
        counts = worker_counts(session)
        added: dict[uuid.UUID, int] = defaultdict(int)
        planned: dict[str, list[tuple[Sponsorship, int]]] = defaultdict(list)  # NIK -> programmes in this file
        enrolled = enrolments(session, [r.nik for r in parsed.rows])
        affordable: dict[uuid.UUID, int] = {}
        problems: list[RowProblem] = []
        plan: list[tuple] = []
        for r in parsed.rows:
            assert isinstance(r, WorkerRow)
            sponsorship = fixed or by_title.get(r.programme.lower())
            if sponsorship is None:
                if r.programme:
                    problems.append(_problem(r.row, "Program", QT_TRANSLATE_NOOP(
                        "UserError", "There is no programme called \u201c{title}\u201d."), title=r.programme))
                else:
                    problems.append(_problem(r.row, "Program", QT_TRANSLATE_NOOP(
                        "UserError", "Say which programme enrols this worker: fill the Program column or choose "
                                     "the programme before importing.")))
                continue
            try:
                regency = resolve_regency(r.regency, known, required=False) or sponsorship.regency
            except UserError as exc:
                problems.append(RowProblem(r.row, "Kabupaten/Kota", exc))
                continue
            other = next((title for start, end, title in enrolled.get(r.nik, ())
                          if start <= sponsorship.end_month and end >= sponsorship.start_month), None)
            clash = next(((s, row) for s, row in planned[r.nik] if s.start_month <= sponsorship.end_month
                          and s.end_month >= sponsorship.start_month), None)
            if clash is not None:
                problems.append(_problem(r.row, "NIK", QT_TRANSLATE_NOOP(
                    "UserError", "Row {first} already enrols this NIK in {title}, for an overlapping period."),
                    first=clash[1], title=clash[0].title))
                continue
            if other is not None:
                problems.append(_problem(r.row, "NIK", QT_TRANSLATE_NOOP(
                    "UserError", "NIK {nik} is already enrolled in {title} for an overlapping period."),
                    nik=show_nik(self.ctx, r.nik), title=other))
                continue
            if sponsorship.id not in affordable:
                per_worker = per_worker_period(sponsorship)
                affordable[sponsorship.id] = sponsorship.budget.sen // per_worker.sen if per_worker.sen else 0
            if counts.get(sponsorship.id, 0) + added[sponsorship.id] + 1 > affordable[sponsorship.id]:
                problems.append(_problem(r.row, "", QT_TRANSLATE_NOOP(
                    "UserError", "The budget of {title} pays for {affordable} workers over its period; this row "
                                 "would be one more."), title=sponsorship.title, affordable=affordable[sponsorship.id]))
                continue
            added[sponsorship.id] += 1
            planned[r.nik].append((sponsorship, r.row))
            plan.append((r, sponsorship.id, regency or sponsorship.regency, sponsorship.desa, sponsorship.title, False))
        return problems, plan

    def _check_perisai(self, session: Session, parsed: ParsedSheet, _sid) -> tuple[list[RowProblem], list[tuple]]:
        known = known_regencies(session)
        agents = {a.nik: a for a in session.scalars(select(PerisaiAgent).where(PerisaiAgent.deleted_at.is_(None)))}
        names: dict[str, tuple[str, int]] = {}
        problems: list[RowProblem] = []
        plan: list[tuple] = []
        existing = {(aid, p) for aid, p in session.execute(
            select(PerisaiMonth.agent_id, PerisaiMonth.period).where(PerisaiMonth.deleted_at.is_(None)))}
        for r in parsed.rows:
            assert isinstance(r, PerisaiRow)
            known_agent = agents.get(r.agent_nik)
            if known_agent is not None and known_agent.name.lower() != r.agent_name.lower():
                problems.append(_problem(r.row, "Nama Agen", QT_TRANSLATE_NOOP(
                    "UserError", "NIK {nik} already belongs to agent {name}."), nik=show_nik(self.ctx, r.agent_nik),
                    name=known_agent.name))
                continue
            first = names.setdefault(r.agent_nik, (r.agent_name, r.row))
            if first[0].lower() != r.agent_name.lower():
                problems.append(_problem(r.row, "Nama Agen", QT_TRANSLATE_NOOP(
                    "UserError", "The same NIK is named \u201c{name}\u201d in row {first}."), name=first[0],
                    first=first[1]))
                continue
            try:
                regency = resolve_regency(r.regency, known, required=False)
                check_month_figures(r.acquired, r.still_active, r.contributions)
            except UserError as exc:
                problems.append(RowProblem(r.row, "", exc))
                continue
            agent = agents.get(r.agent_nik)
            replaces = agent is not None and (agent.id, r.month.first_day) in existing
            plan.append((r, regency, replaces))
        return problems, plan

    # ---- writing ------------------------------------------------------------------------------

    def _apply(self, kind: str, session: Session, plan: list[tuple], progress: Progress) -> tuple[str, ...]:
        total = len(plan)
        notes: list[str] = []
        new_workers: list[tuple[EnrolledWorker, str]] = []
        new_months: list[tuple[PerisaiMonth, dict | None, str]] = []
        agents: dict[str, PerisaiAgent] = {}
        months: dict[tuple, PerisaiMonth] = {}
        if kind == PERISAI:
            agents = {a.nik: a for a in session.scalars(select(PerisaiAgent).where(PerisaiAgent.deleted_at.is_(None)))}
            months = {(m.agent_id, m.period): m for m in session.scalars(
                select(PerisaiMonth).where(PerisaiMonth.deleted_at.is_(None)))}
        for i, item in enumerate(plan):
            if i % 25 == 0:
                progress.progress(i, total, "")
                progress.check()
            if kind == FIGURES:
                inp, _ = item
                write_figure(session, inp, live_figure(session, inp.regency, inp.month))
            elif kind == WORKERS:
                r, sid, regency, desa, title, _ = item
                row = EnrolledWorker(sponsorship_id=sid, name=r.name, nik=r.nik, worker_group=r.group.value,
                                     regency=regency, desa=r.desa or desa)
                session.add(row)
                new_workers.append((row, title))
            else:
                r, regency, _ = item
                agent = agents.get(r.agent_nik)
                if agent is None:
                    agent = PerisaiAgent(name=r.agent_name, nik=r.agent_nik, regency=regency, active=True)
                    session.add(agent)
                    session.flush()
                    audit.record(session, "create", "cov_agent", agent.id, summary=agent.name, after=snapshot(agent))
                    agents[r.agent_nik] = agent
                    notes.append(r.agent_name)
                row = months.get((agent.id, r.month.first_day))
                before = snapshot(row) if row is not None else None
                if row is None:
                    row = PerisaiMonth(agent_id=agent.id, period=r.month.first_day)
                    session.add(row)
                row.acquired, row.contributions, row.still_active = r.acquired, r.contributions, r.still_active
                new_months.append((row, before, f"{agent.name} {r.month.iso()}"))
        if new_months:
            session.flush()
            for row, before, summary in new_months:
                old, after = audit.diff(before or {}, snapshot(row))
                if before is None or after:
                    audit.record(session, "update" if before else "create", "cov_agent_month", row.id,
                                 summary=summary, before=old or None, after=after)
        if new_workers:
            session.flush()
            for row, title in new_workers:
                audit.record(session, "create", "cov_worker", row.id, summary=f"{row.name} ({title})",
                             after=snapshot(row))
        progress.progress(total, total, "")
        return tuple(notes)

    def enrolled_count(self) -> int:
        with self.ctx.read() as session:
            return session.scalar(select(func.count()).select_from(EnrolledWorker)
                                  .where(EnrolledWorker.deleted_at.is_(None))) or 0
