"""What the compliance service modules share: converting rows to views, the queue in SQL, the
working-day calendar and the setting, evidence files."""

from __future__ import annotations

import hashlib
import re
import shutil
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import and_, false, func, not_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desktop.domain import compliance as rules
from desktop.domain.compliance import CaseState, QueueClass
from desktop.domain.identifiers import format_npwp16
from desktop.domain.workdays import WorkCalendar
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.compliance import Case, CaseAction, Employer, Outcome
from desktop.services.compliance_views import (
    ActionView,
    CaseRow,
    CaseView,
    EmployerRow,
    EmployerView,
    OutcomeView,
)
from desktop.services.context import AppContext, NullProgress

ENTITY_CASE = "compliance_case"
ENTITY_EMPLOYER = "compliance_employer"
ENTITY_SKK = "compliance_skk_batch"
WARNING_SETTING = "compliance.warning_working_days"
NO_PROGRESS = NullProgress()  # the default of long calls run headless

_OPEN = [s.value for s in rules.OPEN_STATES]
_WARN = [s.value for s in rules.WARNINGS]


class Rules:
    """The calendar and the warning period, read once per service call."""

    def __init__(self, ctx: AppContext) -> None:
        from desktop.services.settings import SettingsService

        settings = SettingsService(ctx)
        self.calendar: WorkCalendar = settings.calendar()
        self.warning_days = int(settings.get(WARNING_SETTING))
        self.today = ctx.today()


# -- the queue, in SQL (the same classes as desktop.domain.compliance.classify) -----------------


def queue_clause(cls: QueueClass | str, today: date) -> ColumnElement[bool]:
    cls = QueueClass(cls)
    is_open = Case.state.in_(_OPEN)
    ready = and_(Case.state.in_(_WARN), Case.escalate_from.is_not(None), Case.escalate_from <= today)
    if cls is QueueClass.READY:
        return ready
    overdue = and_(is_open, Case.state.not_in(_WARN), Case.due_date < today)
    if cls is QueueClass.OVERDUE:
        return overdue
    due_today = and_(is_open, Case.due_date == today, not_(ready))
    if cls is QueueClass.DUE_TODAY:
        return due_today
    rest = and_(is_open, not_(ready), not_(overdue), or_(Case.due_date.is_(None), Case.due_date != today))
    if cls is QueueClass.WAITING:
        return and_(rest, Case.awaiting_reply.is_(True))
    if cls is QueueClass.UPCOMING:
        return and_(rest, Case.awaiting_reply.is_(False))
    return false()


def classify_case(c: Case, today: date) -> QueueClass | None:
    return rules.classify(c.state, c.due_date, today, escalate_after=c.escalate_from, awaiting_reply=c.awaiting_reply)


# -- views ---------------------------------------------------------------------------------------


def employer_view(e: Employer, open_cases: int = 0) -> EmployerView:
    return EmployerView(
        id=e.id, version=e.version, name=e.name, npp=e.npp, npwp=e.npwp16 or "", npwp15=e.npwp15,
        address=e.address, kabupaten=e.kabupaten, kecamatan=e.kecamatan, kbli=e.kbli, sector=e.sector,
        risk_class=e.risk_class, size=e.size, contact_name=e.contact_name, contact_phone=e.contact_phone,
        contact_email=e.contact_email, registered_workforce=e.registered_workforce,
        estimated_workforce=e.estimated_workforce, estimate_source=e.estimate_source,
        estimate_date=e.estimate_date, programmes=tuple(e.programmes or ()), reported_wages=e.reported_wages,
        evidence_wages=e.evidence_wages, status=e.status, notes=e.notes, open_cases=open_cases)


def npwp_display(npwp16: str | None) -> str:
    return format_npwp16(npwp16) if npwp16 and len(npwp16) == 16 else (npwp16 or "")


def employer_row(e: Employer, open_cases: int) -> EmployerRow:
    return EmployerRow(id=e.id, npp=e.npp, name=e.name, npwp=npwp_display(e.npwp16), kabupaten=e.kabupaten,
                       kecamatan=e.kecamatan, sector=e.sector, size=e.size,
                       registered_workforce=e.registered_workforce, estimated_workforce=e.estimated_workforce,
                       programmes=", ".join(e.programmes or ()), status=e.status, open_cases=open_cases)


def open_cases_subquery():
    return (select(func.count(Case.id)).where(Case.employer_id == Employer.id, Case.state.in_(_OPEN),
                                              Case.deleted_at.is_(None))
            .correlate(Employer).scalar_subquery())


def case_row(c: Case, e: Employer, today: date) -> CaseRow:
    return CaseRow(id=c.id, version=c.version, case_no=c.case_no, employer_id=e.id, employer_name=e.name,
                   npp=e.npp, kabupaten=e.kabupaten, case_type=c.case_type, state=c.state, officer=c.officer,
                   priority=c.priority, state_since=c.state_since, due_date=c.due_date,
                   escalate_from=c.escalate_from, awaiting_reply=c.awaiting_reply, arrears=c.arrears,
                   workers_unregistered=c.workers_unregistered, queue=classify_case(c, today),
                   kejari=rules.kejari_for(e.kabupaten, e.kecamatan))


def action_view(a: CaseAction, documents: Path) -> ActionView:
    return ActionView(id=a.id, on_date=a.on_date, officer=a.officer, kind=a.kind, from_state=a.from_state,
                      to_state=a.to_state, letter_id=a.letter_id, letter_number=a.letter_number,
                      due_date=a.due_date, reply_date=a.reply_date, reply_content=a.reply_content,
                      evidence_name=a.evidence_name,
                      evidence_path=documents / a.evidence_path if a.evidence_path else None,
                      evidence_sha256=a.evidence_sha256, notes=a.notes, created_at=a.created_at)


def outcome_view(o: Outcome) -> OutcomeView:
    return OutcomeView(id=o.id, version=o.version, on_date=o.on_date, workers_added=o.workers_added,
                       programmes_added=tuple(o.programmes_added or ()), wages_corrected=o.wages_corrected,
                       arrears_recovered=o.arrears_recovered, notes=o.notes, officer=o.officer, case_id=o.case_id)


def case_view(session: Session, c: Case, today: date, documents: Path) -> CaseView:
    e = session.get(Employer, c.employer_id)
    actions = session.scalars(select(CaseAction).where(CaseAction.case_id == c.id)
                              .order_by(CaseAction.on_date, CaseAction.created_at))
    outcomes = session.scalars(select(Outcome).where(Outcome.case_id == c.id, Outcome.deleted_at.is_(None))
                               .order_by(Outcome.on_date))
    return CaseView(
        id=c.id, version=c.version, employer_id=c.employer_id, case_type=c.case_type, case_no=c.case_no,
        employer_name=e.name, employer_npp=e.npp, kabupaten=e.kabupaten,
        workers_unregistered=c.workers_unregistered, wage_gap=c.wage_gap,
        programmes_missing=tuple(c.programmes_missing or ()), arrears=c.arrears, arrears_months=c.arrears_months,
        last_payment_date=c.last_payment_date, officer=c.officer, priority=c.priority, state=c.state,
        opened_on=c.opened_on, state_since=c.state_since, due_date=c.due_date, escalate_from=c.escalate_from,
        awaiting_reply=c.awaiting_reply, referral_steps=tuple(c.referral_steps or ()), closed_on=c.closed_on,
        close_reason=c.close_reason, notes=c.notes, queue=classify_case(c, today),
        allowed_moves=tuple(s.value for s in CaseState if s in rules.allowed_moves(c.state)),
        actions=tuple(action_view(a, documents) for a in actions),
        outcomes=tuple(outcome_view(o) for o in outcomes))


# -- evidence files ------------------------------------------------------------------------------

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def store_evidence(documents: Path, case_id: uuid.UUID, source: Path) -> tuple[str, str, str]:
    """Copy a scan or photo under documents/compliance/<case>; returns (name, relative path, sha256)."""
    source = Path(source)
    if not source.is_file():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The evidence file {path} does not exist."), path=str(source))
    digest = hashlib.sha256()
    with source.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    sha = digest.hexdigest()
    relative = Path("compliance") / str(case_id) / f"{sha[:12]}-{_SAFE.sub('_', source.name)[-120:]}"
    target = documents / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        shutil.copy2(source, target)
    return source.name, relative.as_posix(), sha


def next_case_no(session: Session, year: int) -> str:
    prefix = f"KP-{year}-"
    last = session.scalar(select(func.max(Case.case_no)).where(Case.case_no.like(f"{prefix}%")))
    n = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{n:04d}"
