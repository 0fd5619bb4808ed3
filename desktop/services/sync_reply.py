"""The reply: what the hub sends back, and how a laptop applies it (with the count check).

The hub sends the rows of the working set that changed since the laptop's last hub seq, the rows
that entered the working set, and its merged version of every row the laptop sent. The laptop
applies them with change capture switched off (they are not its own changes), keeps its own edits
made after the bundle was exported (they stay pending and go next time), records each row as its
new base, forgets the local changes the hub now has, and compares its per-table counts with the
hub's: a mismatch undoes the whole sync on both sides, to be tried again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.models.sync import SyncChange, SyncDevice, SyncNumberBlock
from desktop.models.sync_catalog import BOTH, catalog
from desktop.models.sync_log import counter, suppressed
from desktop.models.types import utcnow
from desktop.services.context import NullProgress, Progress
from desktop.services.sync_changes import (
    Changeset,
    Reply,
    RowChange,
    all_ids,
    as_uuid,
    changed_since,
    count_rows,
    data_of,
    delete_rows,
    drop_bases,
    existing_ids,
    held_count,
    insert_rows,
    read_bases,
    read_rows,
    set_state,
    update_changed,
    write_bases,
)
from desktop.services.sync_checkout import Scope, scope_ids
from desktop.services.sync_merge import Accepted, SyncError


def build_reply(session: Session, *, device: SyncDevice, since: int, held: dict[str, list[str]],
                accepted: Accepted | None, for_changeset: str, hub_id: str, schema: str,
                sent: list[RowChange] | None = None, progress: Progress | None = None) -> Reply:
    """Hub: the reply to a changeset (or, with since = -1 and nothing held, a whole checkout).

    For a row the laptop sent, the reply's `base` names the fields where the office's value is not
    the one the laptop sent ({} when all were taken), so that the laptop knows which of its later
    edits build on the office's value and which still need a three-way merge.
    """
    sent_rows = {(r.table, r.id): r.data for r in sent or () if r.op == "put" and r.data is not None}
    progress = progress or NullProgress()
    hub_seq = counter(session)
    scope = Scope.from_json(device.scope)
    in_scope = scope_ids(session, scope, device.device)
    changed = changed_since(session, since, hub_seq) if since >= 0 else None
    echo = accepted.echo if accepted else {}
    reply = Reply(id=str(uuid.uuid4()), for_changeset=for_changeset, device=device.device, hub_id=hub_id,
                  schema=schema, since=since, hub_seq=hub_seq)
    shared = [t for t in catalog() if t.direction == BOTH]
    for n, st in enumerate(shared):
        progress.check()
        progress.progress(n, len(shared), st.name)
        sent = echo.get(st.name, set())
        if st.name in in_scope:
            members = in_scope[st.name]
            have = set(held.get(st.name, ()))
            want = (members - have) | (set(changed.get(st.name, ())) & members if changed is not None else members)
            want |= sent & members
            outside = (have | sent) - members
            still_here = existing_ids(session, st, outside)
            reply.evict.extend([st.name, i] for i in sorted(still_here))
            want |= outside - still_here  # removed at the office: a delete for the laptop
            reply.counts[st.name] = len(members)
        else:
            want = all_ids(session, st) if changed is None else set(changed.get(st.name, ())) | sent
            reply.counts[st.name] = count_rows(session, st)
        final = accepted.final if accepted else {}
        known = {rid: final[(st.name, rid)] for rid in want if (st.name, rid) in final}
        rows = read_rows(session, st, want - known.keys())
        rows.update(known)  # rows the merge just wrote (or left): no need to read them back
        for rid in sorted(want):
            data = rows.get(rid)
            if data is None:
                reply.rows.append(RowChange(st.name, rid, "del"))
                continue
            mine = sent_rows.get((st.name, rid))
            differs = None if mine is None else _differs(st, mine, data)
            reply.rows.append(RowChange(st.name, rid, "put", data, differs))
    if accepted is not None:
        reply.redirects = list(accepted.redirects)
        reply.evict.extend(accepted.rejected)
        reply.summary = accepted.summary()
    reply.blocks = [_block_json(b) for b in session.scalars(
        select(SyncNumberBlock).where(SyncNumberBlock.device == device.device))]
    return reply


def _differs(st, mine: dict, data: dict) -> dict:
    """The fields where the office's row is not the one the laptop sent (with the laptop's values)."""
    cols = st.data_columns
    a, b = st.values(mine, cols), st.values(data, cols)
    return {} if a == b else {c: x for c, x, y in zip(cols, a, b, strict=True) if x != y}


def _block_json(b: SyncNumberBlock) -> dict:
    return {"id": str(b.id), "series": b.series, "year": b.year, "first": b.first, "last": b.last,
            "next_number": b.next_number}


def note_block_usage(session: Session, cs: Changeset) -> None:
    """Hub: how far the laptop used its blocks (never backwards)."""
    for b in cs.blocks:
        row = session.get(SyncNumberBlock, as_uuid(b["id"]))
        if row is not None and row.device == cs.device and int(b["next_number"]) > row.next_number:
            row.next_number = int(b["next_number"])


# ---- the laptop side -----------------------------------------------------------------------------

def apply_reply(session: Session, reply: Reply, *, upto: int, progress: Progress | None = None,
                check: Callable[[], None] | None = None, sent: list[RowChange] | None = None) -> dict:
    """Laptop: apply the hub's reply to the changeset that carried local changes up to `upto`.

    `sent`: in a direct sync, the rows just exported in this same transaction (so unchanged since):
    they need not be read again.
    """
    just_sent = {(r.table, r.id): r.data for r in sent or () if r.op == "put" and r.data is not None}
    progress = progress or NullProgress()
    stats = {"received": 0, "kept_local": 0}
    with suppressed(session):
        conn = session.connection()
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # parents and children arrive in any order
        later = {(t, str(i)) for t, i in session.execute(
            select(SyncChange.tbl, SyncChange.row_id).where(SyncChange.seq > upto))}
        _redirects(session, reply.redirects)
        by_table: dict[str, list[RowChange]] = {}
        for r in reply.rows:
            by_table.setdefault(r.table, []).append(r)
        tables = [t for t in catalog() if t.name in by_table]
        for n, st in enumerate(tables):
            progress.check()
            progress.progress(n, len(tables), st.name)
            rows = by_table[st.name]
            local = {r.id: just_sent[(st.name, r.id)] for r in rows if (st.name, r.id) in just_sent}
            local.update(read_rows(session, st, [r.id for r in rows if r.id not in local]))
            mine = [r.id for r in rows if (st.name, r.id) in later and r.id in local]
            bases = read_bases(session, st.name, mine)
            inserts, updates, new_bases, gone = [], [], {}, []
            for r in rows:
                here = local.get(r.id)
                if r.op == "del":
                    if (st.name, r.id) in later and here is not None:
                        stats["kept_local"] += 1  # changed here since: it goes back, the office decides
                    else:
                        gone.append(r.id)
                    continue
                hub = r.data
                new_bases[r.id] = data_of(st, hub)
                if (st.name, r.id) in later and here is not None:
                    merged, kept = _keep_local(st, hub, here, bases.get(r.id))
                    for c in kept:
                        if r.base is None or c in r.base:  # the office's value is not this laptop's: merge later
                            new_bases[r.id][c] = bases[r.id][c]
                    stats["kept_local"] += 1
                    updates.append((merged, here))
                elif here is None:
                    inserts.append(hub)
                elif here != hub:
                    updates.append((hub, here))
            insert_rows(session, st, inserts)
            update_changed(session, st, updates)
            write_bases(session, st.name, new_bases)
            if gone:
                delete_rows(session, st, gone)
                drop_bases(session, st.name, gone)
            stats["received"] += len(rows)
        evicted: dict[str, list[str]] = {}
        for table, rid in reply.evict:
            evicted.setdefault(table, []).append(rid)
        for table, ids in evicted.items():
            drop_bases(session, table, ids)
        session.execute(delete(SyncChange).where(SyncChange.seq <= upto))
        _blocks(session, reply.blocks)
        set_state(session, "last_hub_seq", reply.hub_seq)
        set_state(session, "last_sync_at", utcnow().isoformat())
        if check is not None:
            check()
        verify_counts(session, reply.counts)
    return stats


def _keep_local(st, hub: dict, here: dict, base: dict | None) -> tuple[dict, list[str]]:
    """The hub's row with the fields changed here since the last exchange kept (they are still to go),
    and which fields (that had a base) were kept."""
    merged = dict(hub)
    kept = []
    for c in st.data_columns:
        if base is None:
            merged[c] = here.get(c)
        elif c in base and here.get(c) != base[c]:
            merged[c] = here.get(c)
            kept.append(c)
    merged["version"] = max(int(hub.get("version") or 0), int(here.get("version") or 0)) + 1
    return merged, kept


def _redirects(session: Session, redirects: list[list[str]]) -> None:
    """A row this laptop created was the same as one at the office: use the office's from now on."""
    for table, old, new in redirects:
        for st in catalog():
            for col, parent in st.parents():
                if parent == table:
                    session.execute(update(st.table).where(st.table.c[col] == as_uuid(old)).values({col: as_uuid(new)}))
        st = next((t for t in catalog() if t.name == table), None)
        if st is not None:
            delete_rows(session, st, [old])
        drop_bases(session, table, [old])
        session.execute(delete(SyncChange).where(SyncChange.tbl == table, SyncChange.row_id == as_uuid(old)))


def _blocks(session: Session, blocks: list[dict]) -> None:
    for b in blocks:
        row = session.get(SyncNumberBlock, as_uuid(b["id"]))
        if row is None:
            session.add(SyncNumberBlock(id=as_uuid(b["id"]), device="", series=b["series"], year=int(b["year"]),
                                        first=int(b["first"]), last=int(b["last"]),
                                        next_number=int(b["next_number"]), created_at=utcnow(), created_by=""))
        elif int(b["next_number"]) > row.next_number:
            row.next_number = int(b["next_number"])
    session.flush()


def verify_counts(session: Session, expected: dict[str, int]) -> None:
    """The count check: the rows the hub knows of, here, must be as many as the hub has for this laptop."""
    tables = {t.name: t for t in catalog()}
    for name, want in expected.items():
        st = tables.get(name)
        if st is None:
            continue
        have = held_count(session, st)
        if have != want:
            raise SyncError(QT_TRANSLATE_NOOP(
                "UserError", "The sync was undone on both sides: after it, {table} had {here} rows on this "
                             "laptop and {office} at the office. Nothing was changed; try again."),
                table=name, here=have, office=want)
