"""The follow-up queue (per officer, and the supervisor's view of everyone), bulk escalation as one
batch of letters, and the figures the dashboard and coverage pages read."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain import compliance as rules
from desktop.domain.compliance import CaseState, QueueClass
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.compliance import Case, Employer, Outcome
from desktop.services import audit
from desktop.services.compliance_cases import apply_move
from desktop.services.compliance_common import ENTITY_CASE, NO_PROGRESS, Rules, case_row, queue_clause
from desktop.services.compliance_letters import move_request
from desktop.services.compliance_views import BulkResult, CaseRow, OutcomeGroup, OutcomeTotals, QueueView
from desktop.services.context import Changes, Progress, get_for_update

_OPEN = [s.value for s in rules.OPEN_STATES]
_QUEUE_ORDER = {QueueClass.OVERDUE: 0, QueueClass.READY: 1, QueueClass.DUE_TODAY: 2, QueueClass.WAITING: 3,
                QueueClass.UPCOMING: 4}
_PRIORITY_ORDER = {p: i for i, p in enumerate(rules.PRIORITIES)}
# The move a case ready to escalate takes next.
NEXT_STEP = {CaseState.TEGURAN_1: CaseState.TEGURAN_2, CaseState.TEGURAN_2: CaseState.REFERRED}


class QueueMixin:
    ctx: object

    def queue(self, officer: str | None = None, *, include_upcoming: bool = False) -> QueueView:
        """An officer's follow-ups (None: everyone's, for the supervisor), most urgent first."""
        today = self.ctx.today()
        stmt = (select(Case, Employer).join(Employer, Employer.id == Case.employer_id)
                .where(Case.deleted_at.is_(None), Case.state.in_(_OPEN)))
        if officer:
            stmt = stmt.where(Case.officer == officer)
        with self.ctx.read() as session:
            rows = [case_row(c, e, today) for c, e in session.execute(stmt)]
        counts = {q: 0 for q in QueueClass}
        for r in rows:
            counts[r.queue] += 1
        items = [r for r in rows if include_upcoming or r.queue is not QueueClass.UPCOMING]
        items.sort(key=lambda r: (_QUEUE_ORDER[r.queue], r.due_date or date.max, _PRIORITY_ORDER.get(r.priority, 9),
                                  r.case_no))
        return QueueView(officer=officer, today=today, items=tuple(items), counts=counts)

    def officers(self) -> list[tuple[str, str]]:
        """(user name, full name) of everyone who has cases, and every active staff member."""
        from desktop.models.core import User

        with self.ctx.read() as session:
            users = {u.username: u.full_name for u in session.scalars(
                select(User).where(User.deleted_at.is_(None), User.active.is_(True)))}
            for name in session.scalars(select(Case.officer).distinct()):
                users.setdefault(name, name)
        return sorted(((u, n) for u, n in users.items() if u), key=lambda t: t[1].lower())

    # ---- bulk escalation --------------------------------------------------------------------

    def escalation_candidates(self, target: str = CaseState.TEGURAN_2.value, *,
                              officer: str | None = None) -> list[CaseRow]:
        """Open cases whose warning has run its days and may now take `target`."""
        target = CaseState(target)
        source = next((s for s, t in NEXT_STEP.items() if t is target), None)
        if source is None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Bulk escalation goes to Teguran Tertulis II or to referral."))
        today = self.ctx.today()
        stmt = (select(Case, Employer).join(Employer, Employer.id == Case.employer_id)
                .where(Case.deleted_at.is_(None), Case.state == source.value,
                       queue_clause(QueueClass.READY, today)).order_by(Case.escalate_from, Case.case_no))
        if officer:
            stmt = stmt.where(Case.officer == officer)
        with self.ctx.read() as session:
            return [case_row(c, e, today) for c, e in session.execute(stmt)]

    def bulk_move(self, cases: Sequence[tuple[uuid.UUID, int]], target: str, *, on: date | None = None,
                  one_pdf: Path | None = None, folder: Path | None = None,
                  progress: Progress = NO_PROGRESS) -> tuple[BulkResult, Changes]:
        """Move many cases one step with all their letters as one batch: every case moves and every
        letter is numbered, or (cancelled, refused) nothing is issued and no case moves."""
        self.ctx.require("compliance.bulk")
        self.ctx.require("compliance.edit")
        target = CaseState(target)
        if not cases:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose at least one case."))
        r = Rules(self.ctx)
        on = on or r.today
        checks: dict[uuid.UUID, rules.MoveCheck] = {}
        requests = []
        with self.ctx.read() as session:
            for n, (case_id, version) in enumerate(cases):
                if n % 50 == 0:
                    progress.progress(0, len(cases), "")
                    progress.check()
                c = get_for_update(session, Case, case_id, version, what="case")
                check = rules.check_move(c.state, target, on=on, state_since=c.state_since, calendar=r.calendar,
                                         warning_days=r.warning_days, escalate_after=c.escalate_from, reason="-")
                if check.problem is not None:
                    raise rules.NestedError(QT_TRANSLATE_NOOP("UserError", "Case {case} ({name}): {problem}"),
                                            check.problem, case=c.case_no,
                                            name=session.get(Employer, c.employer_id).name)
                checks[c.id] = check
                request = move_request(session, c, session.get(Employer, c.employer_id), target, on=on,
                                       due=check.due, warning_days=r.warning_days, calendar=r.calendar)
                if request is not None:
                    requests.append(request)

        def write(session: Session, letters: list) -> int:
            by_case = {letter.about_id: letter for letter in letters}
            for case_id, version in cases:
                c = get_for_update(session, Case, case_id, version, what="case")
                before = c.state
                action = apply_move(session, c, target, on=on, due=checks[c.id].due, r=r,
                                    actor=self.ctx.actor.username, letter=by_case.get(c.id))
                audit.record(session, "move", ENTITY_CASE, c.id, summary=f"{c.case_no}: {before} -> {target.value}",
                             before={"state": before}, after={"state": target.value, "letter": action.letter_number,
                                                              "bulk": True})
            return len(cases)

        moved, letters, changes = self._with_letters(requests, write, on=on, one_pdf=one_pdf, folder=folder,
                                                     progress=progress)
        return BulkResult(moved=moved, letters=tuple(letters), pdf=one_pdf), changes

    # ---- figures for the dashboard and coverage -------------------------------------------------

    def case_counts_by_state(self) -> dict[str, int]:
        """Live cases per workflow state (every state present, zero included)."""
        with self.ctx.read() as session:
            rows = dict(session.execute(select(Case.state, func.count(Case.id)).where(Case.deleted_at.is_(None))
                                        .group_by(Case.state)).all())
        return {s.value: int(rows.get(s.value, 0)) for s in CaseState}

    def overdue_count(self) -> int:
        """Open cases past their due date: follow-ups late, and warnings that ran out and wait for
        the next step."""
        today = self.ctx.today()
        with self.ctx.read() as session:
            return int(session.scalar(select(func.count(Case.id)).where(
                Case.deleted_at.is_(None), Case.state.in_(_OPEN), Case.due_date < today)) or 0)

    def queue_counts(self, officer: str | None = None) -> dict[str, int]:
        today = self.ctx.today()
        out: dict[str, int] = {}
        with self.ctx.read() as session:
            for q in QueueClass:
                stmt = select(func.count(Case.id)).where(Case.deleted_at.is_(None), queue_clause(q, today))
                if officer:
                    stmt = stmt.where(Case.officer == officer)
                out[q.value] = int(session.scalar(stmt) or 0)
        return out

    def outcome_totals(self, year: int, month: int | None = None) -> OutcomeTotals:
        """What the cases achieved in a year (or one month of it)."""
        start, end = _period(year, month)
        with self.ctx.read() as session:
            outcomes = list(session.scalars(select(Outcome).where(
                Outcome.deleted_at.is_(None), Outcome.on_date >= start, Outcome.on_date < end)))
            resolved = session.execute(select(Case.case_type, func.count(Case.id)).where(
                Case.deleted_at.is_(None), Case.state == CaseState.RESOLVED.value, Case.closed_on >= start,
                Case.closed_on < end).group_by(Case.case_type)).all()
        by_type = {t: int(n) for t, n in resolved}
        return OutcomeTotals(
            year=year, month=month, outcomes=len(outcomes), cases_resolved=sum(by_type.values()),
            employers_registered=by_type.get(rules.CaseType.PWBD.value, 0),
            workers_added=sum(o.workers_added for o in outcomes),
            programmes_added=sum(len(o.programmes_added or ()) for o in outcomes),
            wages_corrected=sum((o.wages_corrected for o in outcomes), start=_zero()),
            arrears_recovered=sum((o.arrears_recovered for o in outcomes), start=_zero()))

    def outcome_groups(self, year: int, by: str, month: int | None = None) -> list[OutcomeGroup]:
        """Totals per officer, kabupaten or month ("officer", "kabupaten", "month")."""
        if by not in ("officer", "kabupaten", "month"):
            raise ValueError(by)
        start, end = _period(year, month)
        groups: dict[str, list] = {}
        with self.ctx.read() as session:
            rows = session.execute(select(Outcome, Employer.kabupaten).join(Employer, Employer.id == Outcome.employer_id)
                                   .where(Outcome.deleted_at.is_(None), Outcome.on_date >= start, Outcome.on_date < end))
            for o, kabupaten in rows:
                key = {"officer": o.officer, "kabupaten": kabupaten or "-",
                       "month": f"{o.on_date.year}-{o.on_date.month:02d}"}[by]
                groups.setdefault(key, []).append(o)
        return [OutcomeGroup(key=k, outcomes=len(v), workers_added=sum(o.workers_added for o in v),
                             programmes_added=sum(len(o.programmes_added or ()) for o in v),
                             wages_corrected=sum((o.wages_corrected for o in v), start=_zero()),
                             arrears_recovered=sum((o.arrears_recovered for o in v), start=_zero()))
                for k, v in sorted(groups.items())]


def _zero():
    from desktop.domain.money import Money

    return Money(0)


def _period(year: int, month: int | None) -> tuple[date, date]:
    if month is None:
        return date(year, 1, 1), date(year + 1, 1, 1)
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month}")
    return date(year, month, 1), date(year + (month == 12), month % 12 + 1, 1)
