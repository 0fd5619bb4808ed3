"""Coordination meetings (rapat koordinasi) with the pemda and other stakeholders, and what each
party committed to: due dates, status, the evidence file and its SHA-256, and which are overdue."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from desktop.domain.coverage import CommitmentStatus, is_overdue
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.coverage import Commitment, CommitmentEvidence, CoordinationMeeting
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.context import Area, Changes, Service, get_for_update, get_live, snapshot
from desktop.services.coverage_views import CommitmentInput, CommitmentView, MeetingInput, MeetingView
from desktop.services.paging import Page, PageRequest, fetch_page

ALL = PageRequest()

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024


def commitment_view(row: Commitment, meeting: CoordinationMeeting, today: date) -> CommitmentView:
    status = CommitmentStatus(row.status)
    overdue = is_overdue(status, row.due_date, today)
    return CommitmentView(
        id=row.id, version=row.version, meeting_id=meeting.id, meeting_title=meeting.title, held_on=meeting.held_on,
        seq=row.seq, party=row.party, text=row.text, due_date=row.due_date, status=status, done_on=row.done_on,
        evidence_name=row.evidence_name, evidence_sha256=row.evidence_sha256, notes=row.notes, overdue=overdue,
        days_overdue=(today - row.due_date).days if overdue and row.due_date else 0,
    )


def _overdue_clause(today: date):
    return and_(Commitment.status.in_([CommitmentStatus.OPEN.value, CommitmentStatus.IN_PROGRESS.value]),
                Commitment.due_date.is_not(None), Commitment.due_date < today)


def _check_meeting(inp: MeetingInput, today: date) -> None:
    if not inp.title.strip():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The meeting needs a title."))
    if inp.held_on > today:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A meeting is recorded after it was held; {date} is in the "
                                          "future."), date=inp.held_on.isoformat())


def _check_commitment(inp: CommitmentInput, meeting: CoordinationMeeting) -> None:
    if not inp.party.strip():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Say who committed (the party)."))
    if not inp.text.strip():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The commitment's text is required."))
    if inp.due_date is not None and inp.due_date < meeting.held_on:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The due date cannot be before the meeting ({date})."),
                        date=meeting.held_on.isoformat())


class CommitmentsMixin(Service):
    # ---- meetings -----------------------------------------------------------------------------

    def save_meeting(self, inp: MeetingInput, *, record: tuple[uuid.UUID, int] | None = None
                     ) -> tuple[MeetingView, Changes]:
        self.ctx.require("coverage.edit")
        _check_meeting(inp, self.ctx.today())
        with self.ctx.write() as session:
            if record is None:
                row = CoordinationMeeting(held_on=inp.held_on, title="")
                session.add(row)
                before: dict = {}
            else:
                row = get_for_update(session, CoordinationMeeting, record[0], record[1], what="cov_meeting")
                before = snapshot(row)
            row.held_on, row.title, row.place = inp.held_on, inp.title.strip(), inp.place.strip()
            row.participants, row.notes = inp.participants.strip(), inp.notes.strip()
            session.flush()
            old, new = audit.diff(before, snapshot(row))
            audit.record(session, "create" if not before else "update", "cov_meeting", row.id, summary=row.title,
                         before=old or None, after=new)
            view = self._meeting_views(session, [row])[0]
        return view, Changes.of(Area.COVERAGE)

    def meetings(self) -> list[MeetingView]:
        with self.ctx.read() as session:
            rows = list(session.scalars(select(CoordinationMeeting).where(CoordinationMeeting.deleted_at.is_(None))
                                        .order_by(CoordinationMeeting.held_on.desc())))
            return self._meeting_views(session, rows)

    def _meeting_views(self, session: Session, rows: list[CoordinationMeeting]) -> list[MeetingView]:
        today = self.ctx.today()
        live = Commitment.deleted_at.is_(None)
        counts = {
            mid: (n, o, d) for mid, n, o, d in session.execute(
                select(Commitment.meeting_id, func.count(),
                       func.sum(case((Commitment.status.in_(["open", "in_progress"]), 1), else_=0)),
                       func.sum(case((_overdue_clause(today), 1), else_=0)))
                .where(live, Commitment.meeting_id.in_([r.id for r in rows])).group_by(Commitment.meeting_id))
        }
        return [MeetingView(id=r.id, version=r.version, held_on=r.held_on, title=r.title, place=r.place,
                            participants=r.participants, notes=r.notes, commitments=counts.get(r.id, (0, 0, 0))[0],
                            open=int(counts.get(r.id, (0, 0, 0))[1] or 0),
                            overdue=int(counts.get(r.id, (0, 0, 0))[2] or 0)) for r in rows]

    # ---- commitments --------------------------------------------------------------------------

    def save_commitment(self, inp: CommitmentInput, *, record: tuple[uuid.UUID, int] | None = None
                        ) -> tuple[CommitmentView, Changes]:
        self.ctx.require("coverage.edit")
        with self.ctx.write() as session:
            meeting = get_live(session, CoordinationMeeting, inp.meeting_id, what="cov_meeting")
            _check_commitment(inp, meeting)
            if record is None:
                seq = (session.scalar(select(func.max(Commitment.seq)).where(Commitment.meeting_id == meeting.id))
                       or 0) + 1
                row = Commitment(meeting_id=meeting.id, seq=seq, party="", text="")
                session.add(row)
                before: dict = {}
            else:
                row = get_for_update(session, Commitment, record[0], record[1], what="cov_commitment")
                before = snapshot(row)
            row.meeting_id, row.party, row.text = meeting.id, inp.party.strip(), inp.text.strip()
            row.due_date, row.notes = inp.due_date, inp.notes.strip()
            self._apply_status(row, inp.status, None)
            session.flush()
            old, new = audit.diff(before, snapshot(row))
            audit.record(session, "create" if not before else "update", "cov_commitment", row.id,
                         summary=f"{meeting.title} #{row.seq}: {row.party}", before=old or None, after=new)
            view = commitment_view(row, meeting, self.ctx.today())
        return view, Changes.of(Area.COVERAGE)

    def _apply_status(self, row: Commitment, status: CommitmentStatus, done_on: date | None) -> None:
        if status is CommitmentStatus.DONE:
            done_on = done_on or row.done_on or self.ctx.today()
            if done_on > self.ctx.today():
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The date it was done cannot be in the future."))
            row.done_on = done_on
        else:
            row.done_on = None
        row.status = status.value

    def set_commitment_status(self, commitment_id: uuid.UUID, version: int, status: CommitmentStatus,
                              done_on: date | None = None) -> tuple[CommitmentView, Changes]:
        self.ctx.require("coverage.edit")
        with self.ctx.write() as session:
            row = get_for_update(session, Commitment, commitment_id, version, what="cov_commitment")
            before = snapshot(row)
            self._apply_status(row, status, done_on)
            session.flush()
            old, new = audit.diff(before, snapshot(row))
            audit.record(session, "update", "cov_commitment", row.id, summary=f"status {status.value}",
                         before=old, after=new)
            view = commitment_view(row, session.get(CoordinationMeeting, row.meeting_id), self.ctx.today())
        return view, Changes.of(Area.COVERAGE)

    def delete_commitment(self, commitment_id: uuid.UUID, version: int) -> Changes:
        self.ctx.require("coverage.edit")
        with self.ctx.write() as session:
            row = get_for_update(session, Commitment, commitment_id, version, what="cov_commitment")
            row.deleted_at = utcnow()
            session.flush()
            audit.record(session, "delete", "cov_commitment", row.id, summary=row.party, before=snapshot(row))
        return Changes.of(Area.COVERAGE)

    def attach_evidence(self, commitment_id: uuid.UUID, version: int, path: Path | str
                        ) -> tuple[CommitmentView, Changes]:
        """Keep a file that shows the commitment was kept (SK, DPA page, minutes), with its SHA-256."""
        self.ctx.require("coverage.edit")
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_EVIDENCE_BYTES:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "{name} is larger than 20 MB; scan it at a lower "
                                                  "resolution."), name=path.name)
            content = path.read_bytes()
        except OSError as exc:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} cannot be read: {detail}"),
                            path=str(path), detail=exc.strerror or str(exc)) from exc
        digest = hashlib.sha256(content).hexdigest()
        with self.ctx.write() as session:
            row = get_for_update(session, Commitment, commitment_id, version, what="cov_commitment")
            evidence = CommitmentEvidence(filename=path.name, sha256=digest, size=len(content), content=content)
            session.add(evidence)
            session.flush()
            before = snapshot(row)
            row.evidence_id, row.evidence_name, row.evidence_sha256 = evidence.id, path.name, digest
            session.flush()
            audit.record(session, "update", "cov_commitment", row.id, summary=f"evidence {path.name} {digest[:12]}",
                         before={k: before[k] for k in ("evidence_name", "evidence_sha256")},
                         after={"evidence_name": path.name, "evidence_sha256": digest})
            view = commitment_view(row, session.get(CoordinationMeeting, row.meeting_id), self.ctx.today())
        return view, Changes.of(Area.COVERAGE)

    def save_evidence(self, commitment_id: uuid.UUID, dest: Path | str) -> Path:
        """Write the commitment's evidence file to `dest`, after checking it against its SHA-256."""
        with self.ctx.read() as session:
            row = get_live(session, Commitment, commitment_id, what="cov_commitment")
            evidence = session.get(CommitmentEvidence, row.evidence_id) if row.evidence_id else None
            if evidence is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "This commitment has no evidence file yet."))
            content, expected = evidence.content, row.evidence_sha256
        if hashlib.sha256(content).hexdigest() != expected:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The stored evidence file does not match its SHA-256; "
                                              "it was damaged. Attach it again."))
        dest = Path(dest)
        dest.write_bytes(content)
        return dest

    def commitment(self, commitment_id: uuid.UUID) -> CommitmentView:
        with self.ctx.read() as session:
            row = get_live(session, Commitment, commitment_id, what="cov_commitment")
            return commitment_view(row, session.get(CoordinationMeeting, row.meeting_id), self.ctx.today())

    def list_commitments(self, request: PageRequest = ALL) -> Page[CommitmentView]:
        """Commitments; filters: meeting_id, overdue (True), open (True)."""
        today = self.ctx.today()
        stmt = (select(Commitment, CoordinationMeeting).join(CoordinationMeeting,
                                                             CoordinationMeeting.id == Commitment.meeting_id)
                .where(Commitment.deleted_at.is_(None), CoordinationMeeting.deleted_at.is_(None)))
        f = request.filters
        if f.get("meeting_id"):
            stmt = stmt.where(Commitment.meeting_id == f["meeting_id"])
        if f.get("overdue"):
            stmt = stmt.where(_overdue_clause(today))
        if f.get("open"):
            stmt = stmt.where(Commitment.status.in_(["open", "in_progress"]))
        sort = {"due_date": Commitment.due_date, "party": Commitment.party, "status": Commitment.status,
                "seq": Commitment.seq, "held_on": CoordinationMeeting.held_on}
        with self.ctx.read() as session:
            return fetch_page(session, stmt, request, sort_columns=sort,
                              search_columns=[Commitment.party, Commitment.text, CoordinationMeeting.title],
                              tiebreak=Commitment.seq, to_row=lambda r: commitment_view(r[0], r[1], today))

    def overdue_commitments(self) -> list[CommitmentView]:
        return self.list_commitments(PageRequest(limit=10_000, sort_key="due_date", filters={"overdue": True})).rows

    def overdue_count(self) -> int:
        with self.ctx.read() as session:
            return session.scalar(
                select(func.count()).select_from(Commitment).join(
                    CoordinationMeeting, CoordinationMeeting.id == Commitment.meeting_id)
                .where(Commitment.deleted_at.is_(None), CoordinationMeeting.deleted_at.is_(None),
                       _overdue_clause(self.ctx.today()))) or 0
