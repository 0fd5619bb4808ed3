"""The audit trail: one event per change, written in the same transaction, hash-chained.

Every create, update, delete, approval, print and export is an event with the user, the time, the
device and the record before and after. Exports and prints of personal data use
`personal_data_access`. `AuditService` lets an administrator filter the trail and export it.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session

from desktop.models.core import AuditEvent
from desktop.models.types import utcnow
from desktop.services.context import NullProgress, Progress, Service, jsonable
from desktop.services.paging import Page, PageRequest, fetch_page

_PG_AUDIT_LOCK = 0x_CAB_A0D17  # one advisory lock key serialises the chain on PostgreSQL


def _digest(prev_hash: str, event: AuditEvent) -> str:
    content = {
        "seq": event.seq,
        "at": event.created_at.isoformat(),
        "by": event.created_by,
        "device": event.origin,
        "action": event.action,
        "entity": event.entity,
        "entity_id": str(event.entity_id) if event.entity_id else None,
        "summary": event.summary,
        "before": event.before,
        "after": event.after,
    }
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def record(session: Session, action: str, entity: str, entity_id: uuid.UUID | None = None, *,
           summary: str = "", before: dict | None = None, after: dict | None = None) -> AuditEvent:
    """Append an audit event to the chain, inside the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, "")
    event = AuditEvent(
        seq=seq,
        action=action,
        entity=entity,
        entity_id=entity_id,
        summary=summary,
        before=jsonable(before) if before is not None else None,
        after=jsonable(after) if after is not None else None,
        created_at=utcnow(),
        created_by=session.info.get("actor", ""),
        origin=session.info.get("device", ""),
        prev_hash=prev_hash,
    )
    event.hash = _digest(prev_hash, event)
    session.add(event)
    session.flush([event])
    return event


def diff(before: dict, after: dict) -> tuple[dict, dict]:
    """Only the fields that changed, for a compact update event."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    reason: str


def verify_chain(session: Session) -> tuple[int, list[ChainProblem]]:
    """Walk the chain; report every event whose hash or link does not match."""
    problems: list[ChainProblem] = []
    prev_hash, expected_seq, count = "", 1, 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(2000):
        count += 1
        if event.seq != expected_seq:
            problems.append(ChainProblem(event.seq, f"missing events before {event.seq}"))
        if event.prev_hash != prev_hash:
            problems.append(ChainProblem(event.seq, "link to the previous event broken"))
        if _digest(event.prev_hash, event) != event.hash:
            problems.append(ChainProblem(event.seq, "content changed after it was written"))
        prev_hash, expected_seq = event.hash, event.seq + 1
    return count, problems


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def last_events(session: Session, limit: int = 50) -> list[AuditEvent]:
    return list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)))



# ---- personal data ------------------------------------------------------------------------------

PERSONAL_DATA = "personal_data"


def personal_data_access(session: Session, what: str, count: int, *, action: str = "export",
                         entity_id: uuid.UUID | None = None, target: str = "") -> AuditEvent:
    """Record an export or a print of personal data (NIKs, bank accounts, children's data, health).

    `what` names the list or document ("beneficiary list", "receipt"), never the people in it;
    `count` is how many persons' data left the program; `target` may name the file (which must
    itself carry no personal data in its name).
    """
    if action not in ("export", "print", "view"):
        raise ValueError(action)
    after = {"what": what, "count": int(count)}
    if target:
        after["target"] = target
    return record(session, action, PERSONAL_DATA, entity_id, summary=f"{what}: {int(count)}", after=after)


# ---- reading the trail (Admin → Audit trail) --------------------------------------------------

@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    user: str
    device: str
    action: str
    entity: str
    entity_id: str
    summary: str
    before: str
    after: str


def _row(e: AuditEvent) -> AuditRow:
    def js(v: object) -> str:
        return "" if v is None else json.dumps(v, ensure_ascii=False, sort_keys=True)

    return AuditRow(e.seq, e.created_at, e.created_by, e.origin, e.action, e.entity,
                    str(e.entity_id) if e.entity_id else "", e.summary, js(e.before), js(e.after))


_SORT = {"seq": AuditEvent.seq, "at": AuditEvent.seq, "user": AuditEvent.created_by, "device": AuditEvent.origin,
         "action": AuditEvent.action, "entity": AuditEvent.entity, "summary": AuditEvent.summary}


def _local_bounds(day_from: date | None, day_to: date | None) -> tuple[datetime | None, datetime | None]:
    tz = datetime.now().astimezone().tzinfo
    start = datetime.combine(day_from, time.min, tz).astimezone(UTC) if day_from else None
    end = datetime.combine(day_to + timedelta(days=1), time.min, tz).astimezone(UTC) if day_to else None
    return start, end


def _filtered(filters: Mapping[str, object]) -> Select:
    stmt = select(AuditEvent)
    for key, column in (("user", AuditEvent.created_by), ("action", AuditEvent.action),
                        ("entity", AuditEvent.entity), ("device", AuditEvent.origin)):
        if filters.get(key):
            stmt = stmt.where(column == filters[key])
    start, end = _local_bounds(filters.get("from"), filters.get("to"))  # type: ignore[arg-type]
    if start is not None:
        stmt = stmt.where(AuditEvent.created_at >= start)
    if end is not None:
        stmt = stmt.where(AuditEvent.created_at < end)
    return stmt


class AuditService(Service):
    """The audit trail for the people allowed to read it (permission audit.view)."""

    def page(self, request: PageRequest) -> Page[AuditRow]:
        self.ctx.require("audit.view")
        with self.ctx.read() as session:
            return fetch_page(session, _filtered(request.filters), request, sort_columns=_SORT,
                              search_columns=[AuditEvent.summary, AuditEvent.created_by, AuditEvent.entity],
                              tiebreak=AuditEvent.seq, to_row=lambda r: _row(r[0]))

    def choices(self) -> dict[str, list[str]]:
        """The users, actions and entities that occur, for the filter boxes."""
        self.ctx.require("audit.view")
        with self.ctx.read() as session:
            def distinct(column) -> list[str]:
                return sorted(v for v in session.scalars(select(column).distinct()) if v)

            return {"user": distinct(AuditEvent.created_by), "action": distinct(AuditEvent.action),
                    "entity": distinct(AuditEvent.entity)}

    def export_xlsx(self, path: Path, filters: Mapping[str, object] | None = None,
                    progress: Progress | None = None) -> int:
        """Write the events that match `filters` to an Excel file; the export itself is audited."""
        self.ctx.require("audit.view")
        from desktop.io.security_audit_export import write_audit_workbook

        filters = dict(filters or {})
        progress = progress or NullProgress()
        with self.ctx.read() as session:
            total = session.scalar(select(func.count()).select_from(_filtered(filters).subquery())) or 0
            rows = (_row(e) for e in session.scalars(_filtered(filters).order_by(AuditEvent.seq)).yield_per(2000))
            written = write_audit_workbook(path, rows, total=total, progress=progress)
        with self.ctx.write() as session:
            personal_data_access(session, "audit trail", written, action="export", target=Path(path).name)
        return written

    def verify(self) -> tuple[int, list[ChainProblem]]:
        self.ctx.require("audit.view")
        with self.ctx.read() as session:
            return verify_chain(session)
