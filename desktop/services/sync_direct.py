"""The moves of a sync, on each side, and the direct sync that runs them over two connections.

Laptop: `make_changeset` (pending rows with their bases) ... `apply_reply` (sync_reply.py).
Hub: `serve` = check who is asking, merge (sync_merge.accept), reply (sync_reply.build_reply).

A direct sync holds one transaction on each side (Anki's single transaction). The hub commits
first, then the laptop: if anything fails before the hub's commit both sides roll back; if the
laptop's commit fails after it, the laptop still has its changes pending and the next sync sends
them again, which merges to nothing new (conflicts are not recorded twice). `hook(phase)` lets the
tests stop a sync between phases.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.models.core import AuditEvent
from desktop.models.db import Database
from desktop.models.migrate import schema_state
from desktop.models.sync import ROLE_LAPTOP, SyncChange, SyncDevice, SyncNumberBlock
from desktop.models.sync_catalog import BOTH, catalog
from desktop.models.sync_log import counter, ensure_capture, lock, suppressed
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.context import NullProgress, Progress
from desktop.services.sync_changes import (
    Changeset,
    Reply,
    RowChange,
    existing_ids,
    get_state,
    held_ids,
    pending,
    read_bases,
    read_rows,
    set_state,
)
from desktop.services.sync_checkout import Scope, scoped_tables
from desktop.services.sync_merge import Accepted, SyncError, accept
from desktop.services.sync_numbers import top_up, void_unused
from desktop.services.sync_reply import apply_reply, build_reply, note_block_usage

Hook = Callable[[str], None]


def _no_hook(_phase: str) -> None:
    pass


# ---- identity -------------------------------------------------------------------------------------

def hub_identity(session: Session) -> str:
    """The hub's id (made once); a laptop refuses replies from another office database."""
    hub_id = get_state(session, "hub_id")
    if not hub_id:
        hub_id = str(uuid.uuid4())
        set_state(session, "hub_id", hub_id)
    return hub_id


def is_laptop(session: Session) -> bool:
    return get_state(session, "role") == ROLE_LAPTOP


def register_device(session: Session, device: str, *, scope: Scope | None, name: str, actor: str,
                    new_key: bool = False) -> SyncDevice:
    """Hub: register a laptop (or change its working set); a new key only when asked or first time."""
    row = session.get(SyncDevice, device)
    if row is None:
        row = SyncDevice(device=device, name=name, key_hex=secrets.token_hex(32), scope=(scope or Scope("all")).to_json(),
                         registered_at=utcnow(), registered_by=actor)
        session.add(row)
        audit.record(session, "register", "sync_device", None, summary=f"laptop {device} registered",
                     after={"device": device, "scope": row.scope})
    else:
        if new_key:
            row.key_hex = secrets.token_hex(32)
            audit.record(session, "rekey", "sync_device", None, summary=f"laptop {device}: new key")
        if scope is not None and row.scope != scope.to_json():
            row.scope = scope.to_json()
        if name:
            row.name = name
        row.revoked_at = None
    session.flush()
    return row


# ---- laptop ---------------------------------------------------------------------------------------

def make_changeset(session: Session, *, user: str, schema: str) -> Changeset:
    """Laptop: every local change so far, with its base, and what the laptop holds."""
    upto = counter(session)
    scope = Scope.from_json(get_state(session, "scope"))
    rows: list[RowChange] = []
    waiting = pending(session, upto)
    for st in catalog():
        ids = waiting.get(st.name)
        if not ids:
            continue
        current = read_rows(session, st, ids)
        bases = read_bases(session, st.name, ids) if st.is_record else {}
        for rid in ids:
            data = current.get(rid)
            rows.append(RowChange(st.name, rid, "put" if data is not None else "del", data, bases.get(rid)))
    held = {t: held_ids(session, t) for t in scoped_tables(scope)}
    blocks = [{"id": str(b.id), "next_number": b.next_number} for b in session.scalars(select(SyncNumberBlock))]
    return Changeset(id=str(uuid.uuid4()), device=get_state(session, "device", ""), hub_id=get_state(session, "hub_id", ""),
                     schema=schema, since=int(get_state(session, "last_hub_seq", 0)), upto=upto, user=user,
                     created_at=utcnow().isoformat(), scope=scope.to_json(), held=held, blocks=blocks, rows=rows)


# ---- hub ------------------------------------------------------------------------------------------

def device_for(session: Session, device: str) -> SyncDevice:
    row = session.get(SyncDevice, device)
    if row is None or row.revoked_at is not None:
        raise SyncError(QT_TRANSLATE_NOOP(
            "UserError", "The laptop {device} is not registered at this office (or was withdrawn). "
                         "Register it first: cabang sync register-laptop --device {device}."), device=device)
    return row


def serve(session: Session, cs: Changeset, *, schema: str, progress: Progress | None = None,
          hook: Hook = _no_hook, today: date | None = None) -> tuple[Accepted, Reply]:
    """Hub: merge a changeset and answer it, inside the caller's transaction. `today`: the office's date
    (its year decides which number blocks are past and which are topped up)."""
    progress = progress or NullProgress()
    year = (today or utcnow().date()).year
    lock(session)
    ensure_capture(session.connection())
    hub_id = hub_identity(session)
    if cs.hub_id and cs.hub_id != hub_id:
        raise SyncError(QT_TRANSLATE_NOOP(
            "UserError", "This laptop was checked out from another office database. Nothing was changed."))
    if cs.schema != schema:
        raise SyncError(QT_TRANSLATE_NOOP(
            "UserError", "The laptop (schema {laptop}) and the office (schema {office}) run different versions "
                         "of Cabang. Update both to the same version, then sync."), laptop=cs.schema, office=schema)
    device = device_for(session, cs.device)
    accepted = accept(session, cs, progress=progress)
    _check_accepted(session, cs, accepted)
    hook("accepted")
    note_block_usage(session, cs)
    void_unused(session, cs.device, year)  # past years' unused numbers: cancelled in the register
    top_up(session, cs.device, year)
    reply = build_reply(session, device=device, since=cs.since, held=cs.held, accepted=accepted,
                        for_changeset=cs.id, hub_id=hub_id, schema=schema, sent=cs.rows, progress=progress)
    device.last_sync_at = utcnow()
    if not accepted.replayed:
        s = accepted.summary()
        audit.record(session, "sync", "sync_device", None,
                     summary=f"{cs.device} ({cs.user}): {len(cs.rows)} in, {len(reply.rows)} out, {s['conflicts']} conflicts",
                     after={"device": cs.device, "changeset": cs.id, **s})
    hook("replied")
    return accepted, reply


def _check_accepted(session: Session, cs: Changeset, accepted: Accepted) -> None:
    """The hub's count check: every row the laptop sent is here now (or was answered with a conflict)."""
    if accepted.replayed:
        return
    handled = {rid for _t, rid, _h in accepted.redirects} | {rid for _t, rid in accepted.rejected}
    tables = {t.name: t for t in catalog()}
    sent: dict[str, set[str]] = {}
    for r in cs.rows:
        if r.op == "put" and r.table in tables:
            sent.setdefault(r.table, set()).add(r.id)
    for name, ids in sent.items():
        missing = ids - existing_ids(session, tables[name], ids) - handled
        if missing:
            raise SyncError(QT_TRANSLATE_NOOP(
                "UserError", "The sync was undone: {count} records of {table} from the laptop did not arrive at the "
                             "office. Nothing was changed; try again."), count=len(missing), table=name)


# ---- direct sync ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SyncResult:
    sent: int
    received: int
    conflicts: int
    kept_local: int
    hub_seq: int


def same_schema(laptop: Database, hub: Database) -> str:
    mine, theirs = schema_state(laptop), schema_state(hub)
    if not theirs.known or theirs.current != mine.current:
        raise SyncError(QT_TRANSLATE_NOOP(
            "UserError", "The laptop (schema {laptop}) and the office (schema {office}) run different versions "
                         "of Cabang. Update both to the same version, then sync."),
            laptop=mine.current or "", office=theirs.current or "")
    return mine.current or ""


def run_direct(laptop: Database, hub: Database, *, user: str, progress: Progress | None = None,
               hook: Hook = _no_hook, today: date | None = None) -> SyncResult:
    progress = progress or NullProgress()
    schema = same_schema(laptop, hub)
    with laptop.write(user) as ls:
        if not is_laptop(ls):
            raise SyncError(QT_TRANSLATE_NOOP(
                "UserError", "This database was not checked out from an office database, so it has nothing to sync with."))
        ensure_capture(ls.connection())
        progress.progress(0, 4, "changes")
        cs = make_changeset(ls, user=user, schema=schema)
        hook("exported")
        with hub.write(user) as hs:
            progress.progress(1, 4, "office")
            accepted, reply = serve(hs, cs, schema=schema, progress=progress, hook=hook, today=today)
            progress.progress(2, 4, "laptop")
            stats = apply_reply(ls, reply, upto=cs.upto, progress=progress, check=lambda: hook("applied"),
                                sent=cs.rows)
            progress.check()
            hook("before_commit")
        hook("hub_committed")
    shared = set(shared_tables())
    return SyncResult(sent=sum(1 for r in cs.rows if r.table in shared), received=stats["received"],
                      conflicts=accepted.conflicts,
                      kept_local=stats["kept_local"], hub_seq=reply.hub_seq)


# ---- checkout -----------------------------------------------------------------------------------------

def _refuse_used(session: Session) -> None:
    if is_laptop(session):
        raise SyncError(QT_TRANSLATE_NOOP("UserError", "This laptop database is checked out already; sync it instead."))
    work = session.scalar(select(func.count()).select_from(AuditEvent).where(
        ~((AuditEvent.action == "create") & (AuditEvent.entity == "user"))))
    if work:
        raise SyncError(QT_TRANSLATE_NOOP(
            "UserError", "The laptop database already holds work of its own. Check out into a new, empty file."))


def _wipe(session: Session) -> None:
    """A new laptop file: only what the migrations and first start put there, replaced by the office's data."""
    from sqlalchemy import delete

    with suppressed(session):
        for st in reversed(catalog()):
            session.execute(delete(st.table))
    session.execute(delete(SyncChange))


def checkout(laptop: Database, hub: Database, *, scope: Scope, device: str, user: str, name: str = "",
             hub_url: str = "", progress: Progress | None = None, hook: Hook = _no_hook) -> dict:
    """Copy the working set from the hub into an empty laptop database and register the laptop."""
    progress = progress or NullProgress()
    schema = same_schema(laptop, hub)
    with laptop.write(user) as ls:
        _refuse_used(ls)
        ensure_capture(ls.connection())
        _wipe(ls)
        with hub.write(user) as hs:
            lock(hs)
            ensure_capture(hs.connection())
            hub_id = hub_identity(hs)
            dev = register_device(hs, device, scope=scope, name=name, actor=user)
            reply = build_reply(hs, device=dev, since=-1, held={}, accepted=None, for_changeset="", hub_id=hub_id,
                                schema=schema, progress=progress)
            audit.record(hs, "checkout", "sync_device", None, summary=f"{device}: {scope.describe()}",
                         after={"device": device, "scope": scope.to_json(), "rows": len(reply.rows)})
            hook("replied")
            for key, value in (("role", ROLE_LAPTOP), ("device", device), ("hub_id", hub_id),
                               ("scope", scope.to_json()), ("device_key", dev.key_hex), ("hub_url", hub_url)):
                set_state(ls, key, value)
            stats = apply_reply(ls, reply, upto=counter(ls), progress=progress)
            hook("before_commit")
    counts = {t: n for t, n in reply.counts.items() if n}
    return {"device": device, "scope": scope.describe(), "rows": stats["received"], "tables": counts,
            "hub_seq": reply.hub_seq, "key": dev.key_hex}


def shared_tables() -> list[str]:
    return [t.name for t in catalog() if t.direction == BOTH]
