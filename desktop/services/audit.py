"""The audit trail: one event per change, written in the same transaction, hash-chained."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.models.core import AuditEvent
from desktop.models.types import utcnow
from desktop.services.context import jsonable

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

