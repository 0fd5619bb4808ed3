"""Cases: opening and editing them, moving them through the workflow (each move recorded, with its
letter), notes and replies, referral steps and outcomes."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain import compliance as rules
from desktop.domain.compliance import CaseState, CaseType, ReferralStep
from desktop.domain.dates import check_not_future
from desktop.domain.identifiers import parse_npp
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.compliance import Case, CaseAction, Employer, Outcome
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.compliance_common import (
    ENTITY_CASE,
    Rules,
    case_row,
    case_view,
    queue_clause,
    store_evidence,
)
from desktop.services.compliance_letters import move_request, tmp3t_request
from desktop.services.compliance_views import CaseRow, CaseView, MoveResult, OutcomeView
from desktop.services.context import Area, Changes, get_for_update, get_live, snapshot
from desktop.services.paging import Page, PageRequest, fetch_page

_CASE_FIELDS = ("case_type", "workers_unregistered", "wage_gap", "programmes_missing", "arrears", "arrears_months",
                "last_payment_date", "officer", "priority", "notes")


def clean_case(view: CaseView) -> dict[str, object]:
    def fail(message: str, **params: object):
        raise UserError(message, **params)

    try:
        kind = CaseType(view.case_type)
    except ValueError:
        fail(QT_TRANSLATE_NOOP("UserError", "Unknown case type {value}."), value=view.case_type)
    if view.priority not in rules.PRIORITIES:
        fail(QT_TRANSLATE_NOOP("UserError", "Unknown priority {value}."), value=view.priority)
    bad = [p for p in view.programmes_missing if p not in rules.PROGRAMMES]
    if bad:
        fail(QT_TRANSLATE_NOOP("UserError", "Unknown programme {value}; use JKK, JKM, JHT, JP, JKP."), value=bad[0])
    if view.workers_unregistered < 0 or view.arrears_months < 0 or view.arrears.sen < 0 or view.wage_gap.sen < 0:
        fail(QT_TRANSLATE_NOOP("UserError", "Findings cannot be negative."))
    if kind is CaseType.PDS_TK and view.workers_unregistered <= 0:
        fail(QT_TRANSLATE_NOOP("UserError", "A PDS Tenaga Kerja case needs the number of workers not registered."))
    if kind is CaseType.PDS_UPAH and not view.wage_gap:
        fail(QT_TRANSLATE_NOOP("UserError", "A PDS Upah case needs the monthly wages not reported."))
    if kind is CaseType.PDS_PROGRAM and not view.programmes_missing:
        fail(QT_TRANSLATE_NOOP("UserError", "A PDS Program case needs the programmes not joined."))
    if kind is CaseType.TUNGGAKAN and not view.arrears:
        fail(QT_TRANSLATE_NOOP("UserError", "An arrears case needs the amount in arrears."))
    return {"case_type": kind.value, "workers_unregistered": view.workers_unregistered, "wage_gap": view.wage_gap,
            "programmes_missing": [p for p in rules.PROGRAMMES if p in view.programmes_missing],
            "arrears": view.arrears, "arrears_months": view.arrears_months,
            "last_payment_date": view.last_payment_date, "officer": view.officer.strip(),
            "priority": view.priority, "notes": view.notes.strip()}


def apply_move(session: Session, c: Case, target: CaseState, *, on: date, due: date | None, r: Rules, actor: str,
               letter=None, notes: str = "", reason: str = "", evidence: tuple[str, str, str] | None = None) -> CaseAction:
    """Move a case (already checked) and append the action; the caller audits."""
    from_state = c.state
    c.state, c.state_since, c.due_date = target.value, on, due
    c.escalate_from = rules.escalate_from(on, r.calendar, r.warning_days) if target in rules.WARNINGS else None
    c.awaiting_reply = target in (CaseState.INVITED, *rules.WARNINGS)
    if target in rules.TERMINAL:
        c.closed_on, c.close_reason, c.due_date, c.awaiting_reply = on, reason.strip(), None, False
    action = CaseAction(case_id=c.id, employer_id=c.employer_id, on_date=on, officer=actor, kind=target.value,
                        from_state=from_state, to_state=target.value, due_date=due,
                        notes="\n".join(t for t in (reason.strip(), notes.strip()) if t))
    if letter is not None:
        action.letter_id, action.letter_number = letter.id, letter.number
    if evidence is not None:
        action.evidence_name, action.evidence_path, action.evidence_sha256 = evidence
    session.add(action)
    return action


def highest_case_seq(session: Session, year: int) -> int:
    """The highest case number of the year given so far (KP-2026-0150 -> 150), 0 if none. A number a
    sync marked with its laptop (KP-2026-0150/lap-a, waiting for a supervisor) counts as its digits."""
    prefix = f"KP-{year}-"
    last = session.scalar(select(func.max(Case.case_no)).where(Case.case_no.like(f"{prefix}%")))
    digits = re.match(r"\d+", last[len(prefix):]) if last else None
    return int(digits.group()) if digits else 0


def new_case_no(session: Session, year: int) -> str:
    """The number of a new case, gap-free and unique across the office and its field laptops.

    At the office: the register's counter of the series (locked until commit, so two workstations
    wait for each other), never below a number already given (cases numbered before the counter,
    the demo). On a laptop: from the block the office reserved for it (sync_numbers), so two laptops
    working offline never give the same number.
    """
    from desktop.services.sync_numbers import CASE_SERIES, take_above

    return f"KP-{year}-{take_above(session, CASE_SERIES, year, 1, highest_case_seq(session, year)):04d}"


class CaseMixin:
    ctx: object

    # ---- reading ----------------------------------------------------------------------------

    def cases_page(self, request: PageRequest) -> Page[CaseRow]:
        today = self.ctx.today()
        stmt = (select(Case, Employer).join(Employer, Employer.id == Case.employer_id)
                .where(Case.deleted_at.is_(None)))
        f = request.filters
        if f.get("state"):
            states = [f["state"]] if isinstance(f["state"], str) else list(f["state"])
            stmt = stmt.where(Case.state.in_(states))
        if f.get("open_only"):
            stmt = stmt.where(Case.state.in_([s.value for s in rules.OPEN_STATES]))
        for key, col in (("officer", Case.officer), ("case_type", Case.case_type), ("kabupaten", Employer.kabupaten),
                         ("employer_id", Case.employer_id), ("priority", Case.priority)):
            if f.get(key):
                stmt = stmt.where(col == f[key])
        if f.get("queue"):
            stmt = stmt.where(queue_clause(f["queue"], today))
        sort = {"case_no": Case.case_no, "employer_name": Employer.name, "npp": Employer.npp,
                "kabupaten": Employer.kabupaten, "case_type": Case.case_type, "state": Case.state,
                "officer": Case.officer, "priority": Case.priority, "due_date": Case.due_date,
                "arrears": Case.arrears, "state_since": Case.state_since,
                "workers_unregistered": Case.workers_unregistered, "escalate_from": Case.escalate_from}
        with self.ctx.read() as session:
            return fetch_page(session, stmt, request, sort_columns=sort,
                              search_columns=[Case.case_no, Employer.name, Employer.npp, Employer.npwp16],
                              tiebreak=Case.case_no, to_row=lambda r: case_row(r[0], r[1], today))

    def case(self, case_id: uuid.UUID) -> CaseView:
        with self.ctx.read() as session:
            c = get_live(session, Case, case_id, what="case")
            return case_view(session, c, self.ctx.today(), self.ctx.document_dir())

    # ---- creating and editing ---------------------------------------------------------------

    def save_case(self, view: CaseView) -> tuple[CaseView, Changes]:
        """Open a case (id None) or edit its findings; a stale edit raises StaleRecordError."""
        self.ctx.require("compliance.edit")
        values = clean_case(view)
        values["officer"] = values["officer"] or self.ctx.actor.username
        r = Rules(self.ctx)
        with self.ctx.write() as session:
            if view.id is None:
                e = get_live(session, Employer, view.employer_id, what="employer")
                twin = session.scalar(select(Case).where(
                    Case.employer_id == e.id, Case.case_type == values["case_type"], Case.deleted_at.is_(None),
                    Case.state.in_([s.value for s in rules.OPEN_STATES])))
                if twin is not None:
                    raise UserError(QT_TRANSLATE_NOOP("UserError", "{name} already has an open case of this type ({case})."),
                                    name=e.name, case=twin.case_no)
                opened = view.opened_on or r.today
                check_not_future(opened, r.today, "Tanggal kasus dibuka")
                c = Case(case_no=new_case_no(session, opened.year), employer_id=e.id, state=CaseState.IDENTIFIED.value,
                         opened_on=opened, state_since=opened,
                         due_date=rules.due_date(CaseState.IDENTIFIED, opened, r.calendar, r.warning_days), **values)
                session.add(c)
                session.flush()
                session.add(CaseAction(case_id=c.id, employer_id=e.id, on_date=opened, officer=self.ctx.actor.username,
                                       kind="opened", to_state=c.state, due_date=c.due_date, notes=c.notes))
                audit.record(session, "create", ENTITY_CASE, c.id, summary=f"{c.case_no} {e.name}",
                             after=snapshot(c, ["case_no", *_CASE_FIELDS]))
            else:
                c = get_for_update(session, Case, view.id, view.version, what="case")
                before = snapshot(c, list(_CASE_FIELDS))
                for k, v in values.items():
                    setattr(c, k, v)
                session.flush()
                old, new = audit.diff(before, snapshot(c, list(_CASE_FIELDS)))
                audit.record(session, "update", ENTITY_CASE, c.id, summary=c.case_no, before=old, after=new)
            return case_view(session, c, r.today, self.ctx.document_dir()), Changes.of(Area.COMPLIANCE)

    def delete_case(self, case_id: uuid.UUID, version: int) -> Changes:
        """Remove a case entered by mistake (soft delete). A case that has sent a letter or has an
        outcome is part of the record: it is closed with a reason instead."""
        self.ctx.require("compliance.edit")
        with self.ctx.write() as session:
            c = get_for_update(session, Case, case_id, version, what="case")
            used = session.scalar(select(CaseAction.id).where(CaseAction.case_id == c.id, CaseAction.letter_number != "")
                                  .limit(1)) or session.scalar(select(Outcome.id).where(Outcome.case_id == c.id).limit(1))
            if used is not None:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "Case {case} has letters or outcomes on record; close it with a reason instead."),
                    case=c.case_no)
            c.deleted_at = utcnow()
            session.flush()
            audit.record(session, "delete", ENTITY_CASE, c.id, summary=c.case_no)
        return Changes.of(Area.COMPLIANCE)

    # ---- the workflow -----------------------------------------------------------------------

    def check_move(self, case_id: uuid.UUID, target: str, *, on: date | None = None,
                   reason: str = "") -> rules.MoveCheck:
        """What a move would do (due date, letter) or why it is refused; changes nothing."""
        r = Rules(self.ctx)
        with self.ctx.read() as session:
            c = get_live(session, Case, case_id, what="case")
            return rules.check_move(c.state, target, on=on or r.today, state_since=c.state_since,
                                    calendar=r.calendar, warning_days=r.warning_days, reason=reason or "-",
                                    escalate_after=c.escalate_from)

    def move(self, case_id: uuid.UUID, version: int, target: str, *, on: date | None = None, notes: str = "",
             reason: str = "", evidence: Path | None = None, letter_fields: Mapping[str, object] | None = None,
             outcome: OutcomeView | None = None, npp: str | None = None,
             paper_letter: str = "") -> tuple[MoveResult, Changes]:
        """Move a case one step; a move that has a letter issues it (numbered, as PDF). `paper_letter`:
        the number of a letter already sent on paper (a case entered late): recorded, none issued."""
        self.ctx.require("compliance.edit")
        target = CaseState(target)
        r = Rules(self.ctx)
        on = on or r.today
        check_not_future(on, r.today, "Tanggal langkah")
        with self.ctx.read() as session:
            c = get_for_update(session, Case, case_id, version, what="case")
            e = session.get(Employer, c.employer_id)
            check = rules.require_move(c.state, target, on=on, state_since=c.state_since, calendar=r.calendar,
                                       warning_days=r.warning_days, reason=reason, escalate_after=c.escalate_from)
            request = None if paper_letter.strip() else move_request(
                session, c, e, target, on=on, due=check.due, warning_days=r.warning_days, calendar=r.calendar,
                overrides=letter_fields)
        stored = store_evidence(self.ctx.document_dir(), case_id, evidence) if evidence else None

        def write(session: Session, letters: list) -> CaseView:
            c = get_for_update(session, Case, case_id, version, what="case")
            before = c.state
            action = apply_move(session, c, target, on=on, due=check.due, r=r, actor=self.ctx.actor.username,
                                letter=letters[0] if letters else None, notes=notes, reason=reason, evidence=stored)
            if paper_letter.strip() and target in rules.LETTER_FOR_MOVE:
                action.letter_number = paper_letter.strip()
            if outcome is not None:
                self._add_outcome(session, c, outcome, npp)
            session.flush()
            audit.record(session, "move", ENTITY_CASE, c.id, summary=f"{c.case_no}: {before} -> {target.value}",
                         before={"state": before}, after={"state": target.value, "letter": action.letter_number,
                                                          "due_date": check.due})
            return case_view(session, c, r.today, self.ctx.document_dir())

        view, letters, changes = self._with_letters([request] if request else [], write, on=on)
        return MoveResult(case=view, letter=letters[0] if letters else None), changes

    def record_action(self, case_id: uuid.UUID, version: int, kind: str, *, on: date | None = None,
                      notes: str = "", reply_content: str = "", evidence: Path | None = None) -> tuple[CaseView, Changes]:
        """A visit, the employer's reply, a surat pernyataan, a call or a note on the case's timeline."""
        self.ctx.require("compliance.edit")
        if kind not in rules.NOTE_KINDS:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Unknown kind of action {kind}."), kind=kind)
        if kind == "reply" and not reply_content.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Write what the employer replied."))
        if not (notes.strip() or reply_content.strip() or evidence):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Write a note or attach the evidence."))
        r = Rules(self.ctx)
        on = on or r.today
        check_not_future(on, r.today, "Tanggal")
        stored = store_evidence(self.ctx.document_dir(), case_id, evidence) if evidence else None
        with self.ctx.write() as session:
            c = get_for_update(session, Case, case_id, version, what="case")
            if not rules.is_open(c.state):
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The case is already {state}; it cannot move any more."),
                                state=rules.STATE_TERMS[CaseState(c.state)])
            a = CaseAction(case_id=c.id, employer_id=c.employer_id, on_date=on, officer=self.ctx.actor.username,
                           kind=kind, notes=notes.strip())
            if kind == "reply":
                a.reply_date, a.reply_content = on, reply_content.strip()
                c.awaiting_reply = False
            if stored:
                a.evidence_name, a.evidence_path, a.evidence_sha256 = stored
            session.add(a)
            c.updated_at = utcnow()  # the case's version moves on: an officer who had it open reloads
            session.flush()
            audit.record(session, "update", ENTITY_CASE, c.id, summary=f"{c.case_no}: {kind}",
                         after={"kind": kind, "on": on, "evidence": stored[2] if stored else None})
            return case_view(session, c, r.today, self.ctx.document_dir()), Changes.of(Area.COMPLIANCE)

    def referral_step(self, case_id: uuid.UUID, version: int, step: str, *, on: date | None = None,
                      notes: str = "", evidence: Path | None = None,
                      letter_fields: Mapping[str, object] | None = None) -> tuple[MoveResult, Changes]:
        """Record a referral step of a referred case: nota pemeriksaan I/II, or the TMP3T request (a letter).
        An SKK goes to the Kejaksaan in an SKK batch (see create_skk_batches)."""
        self.ctx.require("compliance.edit")
        step = ReferralStep(step)
        if step is ReferralStep.SKK:
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "An SKK is handed to the Kejaksaan Negeri in an SKK batch: choose the case on the SKK tab."))
        r = Rules(self.ctx)
        on = on or r.today
        check_not_future(on, r.today, "Tanggal langkah")
        with self.ctx.read() as session:
            c = get_for_update(session, Case, case_id, version, what="case")
            problem = rules.check_referral_step(c.state, step, c.referral_steps or ())
            if problem is not None:
                raise problem
            request = tmp3t_request(session, c, session.get(Employer, c.employer_id), letter_fields) \
                if step is ReferralStep.TMP3T else None
        stored = store_evidence(self.ctx.document_dir(), case_id, evidence) if evidence else None

        def write(session: Session, letters: list) -> CaseView:
            c = get_for_update(session, Case, case_id, version, what="case")
            record_step(session, c, step, on=on, r=r, actor=self.ctx.actor.username,
                        letter=letters[0] if letters else None, notes=notes, evidence=stored)
            session.flush()
            audit.record(session, "update", ENTITY_CASE, c.id, summary=f"{c.case_no}: {step.value}",
                         after={"step": step.value, "letter": letters[0].number if letters else None})
            return case_view(session, c, r.today, self.ctx.document_dir())

        view, letters, changes = self._with_letters([request] if request else [], write, on=on)
        return MoveResult(case=view, letter=letters[0] if letters else None), changes

    # ---- outcomes -----------------------------------------------------------------------------

    def add_outcome(self, case_id: uuid.UUID, version: int, outcome: OutcomeView, *,
                    npp: str | None = None) -> tuple[CaseView, Changes]:
        """What the case achieved; the employer's registered workers, programmes and wages follow."""
        self.ctx.require("compliance.edit")
        with self.ctx.write() as session:
            c = get_for_update(session, Case, case_id, version, what="case")
            self._add_outcome(session, c, outcome, npp)
            c.updated_at = utcnow()  # the case moves to its next version with the outcome
            session.flush()
            return case_view(session, c, self.ctx.today(), self.ctx.document_dir()), Changes.of(Area.COMPLIANCE)

    def _add_outcome(self, session: Session, c: Case, o: OutcomeView, npp: str | None) -> Outcome:
        if o.workers_added < 0 or o.wages_corrected.sen < 0 or o.arrears_recovered.sen < 0:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "An outcome cannot be negative."))
        bad = [p for p in o.programmes_added if p not in rules.PROGRAMMES]
        if bad:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Unknown programme {value}; use JKK, JKM, JHT, JP, JKP."),
                            value=bad[0])
        if not (o.workers_added or o.programmes_added or o.wages_corrected or o.arrears_recovered or npp):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Enter at least one result: workers, programmes, wages or arrears."))
        check_not_future(o.on_date, self.ctx.today(), "Tanggal hasil")
        e = session.get(Employer, c.employer_id)
        before = snapshot(e, ["npp", "status", "registered_workforce", "programmes", "reported_wages"])
        if npp:
            npp = parse_npp(npp)
            other = session.scalar(select(Employer).where(Employer.npp == npp, Employer.deleted_at.is_(None),
                                                          Employer.id != e.id))
            if other is not None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "NPP {npp} already belongs to {name}."),
                                npp=npp, name=other.name)
            e.npp = npp
            if e.status == "pwbd":
                e.status = "aktif"
        e.registered_workforce += o.workers_added
        e.programmes = [p for p in rules.PROGRAMMES if p in set(e.programmes or ()) | set(o.programmes_added)]
        e.reported_wages = e.reported_wages + o.wages_corrected
        row = Outcome(case_id=c.id, employer_id=e.id, on_date=o.on_date, officer=self.ctx.actor.username,
                      workers_added=o.workers_added, programmes_added=list(o.programmes_added),
                      wages_corrected=o.wages_corrected, arrears_recovered=o.arrears_recovered, notes=o.notes.strip())
        session.add(row)
        session.flush()
        old, new = audit.diff(before, snapshot(e, ["npp", "status", "registered_workforce", "programmes",
                                                   "reported_wages"]))
        audit.record(session, "create", "compliance_outcome", row.id, summary=c.case_no,
                     after={"workers_added": o.workers_added, "programmes_added": list(o.programmes_added),
                            "wages_corrected": o.wages_corrected, "arrears_recovered": o.arrears_recovered,
                            "employer_before": old, "employer_after": new})
        return row


def record_step(session: Session, c: Case, step: ReferralStep, *, on: date, r: Rules, actor: str, letter=None,
                notes: str = "", evidence: tuple[str, str, str] | None = None) -> CaseAction:
    c.referral_steps = [*list(c.referral_steps or ()), step.value]
    c.due_date = rules.due_date(CaseState.REFERRED, on, r.calendar, r.warning_days)
    action = CaseAction(case_id=c.id, employer_id=c.employer_id, on_date=on, officer=actor, kind=step.value,
                        from_state=c.state, to_state=c.state, due_date=c.due_date, notes=notes.strip())
    if letter is not None:
        action.letter_id, action.letter_number = letter.id, letter.number
    if evidence is not None:
        action.evidence_name, action.evidence_path, action.evidence_sha256 = evidence
    session.add(action)
    return action
