"""The office side of a sync: a laptop's changes merged into the hub, field by field.

For an edited record the laptop sends its row and its base (the row as it last got it from the
hub). Against the hub's current row, each field is a three-way merge:

    laptop == base           -> the hub's value stays (only the hub changed it, or nobody)
    hub == base              -> the laptop's value is taken (only the laptop changed it)
    hub == laptop            -> nothing to do
    otherwise                -> a conflict: both values kept in sync_conflict, the row keeps the hub's

A delete (deleted_at set) against an edit of other fields on the other side is a conflict too: the
row keeps the hub's state, the other side's edits still merge, and a supervisor decides. Append-only
rows never conflict: they are added by id. A new row that clashes with a hub row on a unique key
(two laptops registered the same employer) becomes the hub's row plus conflicts for the fields that
differ, and the laptop is told to use the hub's id. Not Anki's whole-row last-writer-wins: nothing
one side typed is dropped without a person seeing it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from types import SimpleNamespace

from sqlalchemy import UniqueConstraint, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.sync import SyncBundle, SyncConflict
from desktop.models.sync_catalog import SyncTable, catalog
from desktop.models.types import utcnow
from desktop.services.context import NullProgress, Progress
from desktop.services.sync_changes import (
    Changeset,
    RowChange,
    as_uuid,
    data_of,
    delete_rows,
    insert_rows,
    read_rows,
    update_changed,
)

MISSING = object()
REMOVED = "removed"  # a conflict's value when the row was removed for good on that side


class SyncError(UserError):
    """The sync could not be completed; nothing was changed on either side."""


@dataclass
class Accepted:
    replayed: bool = False
    echo: dict[str, set[str]] = field(default_factory=dict)  # table -> ids the laptop sent
    final: dict[tuple[str, str], dict] = field(default_factory=dict)  # (table, id) -> the row as it now is here
    redirects: list[list[str]] = field(default_factory=list)  # [table, laptop id, hub id]
    rejected: list[list[str]] = field(default_factory=list)  # [table, id]: append-only duplicates
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0

    def summary(self) -> dict:
        return {"inserted": self.inserted, "updated": self.updated, "deleted": self.deleted,
                "conflicts": self.conflicts, "redirected": len(self.redirects), "rejected": len(self.rejected)}


def merge3(st: SyncTable, base: dict | None, hub: dict, laptop: dict) -> tuple[dict, list[str]]:
    """The merged row (hub's row with the laptop's one-sided changes) and the conflicting fields."""
    merged = dict(hub)
    conflicts: list[str] = []
    cols = st.data_columns
    hv, lv = st.values(hub, cols), st.values(laptop, cols)
    if hv == lv:
        return merged, conflicts  # nothing differs (and so neither side deleted alone)
    for c, h, l_ in zip(cols, hv, lv, strict=True):
        if h == l_:
            continue
        if c == "deleted_at" and h is not None and l_ is not None:
            continue  # deleted on both sides: the hub's time stays
        b = MISSING if base is None else base.get(c, MISSING)
        if b is not MISSING and l_ == b:
            continue
        if b is not MISSING and h == b:
            merged[c] = l_
            continue
        conflicts.append(c)
    if base is not None and "deleted_at" in cols and "deleted_at" not in conflicts:
        deleted = lambda row: row.get("deleted_at") is not None  # noqa: E731
        laptop_toggled = deleted(laptop) != deleted(base)
        hub_toggled = deleted(hub) != deleted(base)
        if laptop_toggled != hub_toggled:  # one side deleted (or restored) alone: did the other edit?
            others = [c for c in cols if c != "deleted_at" and c in base]
            edited = any((laptop if hub_toggled else hub).get(c) != base[c] for c in others)
            if edited:
                merged["deleted_at"] = hub.get("deleted_at")
                conflicts.append("deleted_at")
    return merged, conflicts


class _Accept:
    """One changeset being merged into the hub, inside the hub's transaction."""

    def __init__(self, session: Session, cs: Changeset, progress: Progress) -> None:
        self.s, self.cs, self.progress = session, cs, progress
        self.result = Accepted()
        self.redirect: dict[str, str] = {}
        self.rejected: set[str] = set()
        self.open_conflicts: dict[tuple[str, str, str], SyncConflict] = {}
        self.loaded: set[str] = set()

    # ---- conflicts --------------------------------------------------------------------------
    def _load_open(self, table: str) -> None:
        """The table's conflicts still waiting for a supervisor (few: people settle them), loaded once."""
        if table in self.loaded:
            return
        self.loaded.add(table)
        stmt = select(SyncConflict).where(SyncConflict.tbl == table, SyncConflict.resolved_at.is_(None))
        for c in self.s.scalars(stmt):
            self.open_conflicts[(table, str(c.row_id), c.field)] = c

    def conflict(self, st: SyncTable, row_id: str, fld: str, *, kind: str, base, hub, laptop, note: str = "") -> None:
        self._load_open(st.name)
        key = (st.name, row_id, fld)
        existing = self.open_conflicts.get(key)
        if existing is not None:  # the same question again (a retried sync): keep one, with the latest values
            existing.hub_value, existing.laptop_value = hub, laptop
            existing.device, existing.laptop_user = self.cs.device, self.cs.user
            return
        c = SyncConflict(id=uuid.uuid4(), tbl=st.name, row_id=as_uuid(row_id), field=fld, kind=kind, base_value=base,
                         hub_value=hub, laptop_value=laptop, device=self.cs.device, laptop_user=self.cs.user,
                         created_at=utcnow(), resolution="", resolved_by="", resolved_value=None, note=note)
        self.s.add(c)
        self.open_conflicts[key] = c
        self.result.conflicts += 1

    # ---- the tables ---------------------------------------------------------------------------
    def run(self) -> Accepted:
        by_table: dict[str, list[RowChange]] = {}
        for r in self.cs.rows:
            by_table.setdefault(r.table, []).append(r)
            self.result.echo.setdefault(r.table, set()).add(r.id)
        tables = [t for t in catalog() if t.name in by_table]
        for n, st in enumerate(tables):
            self.progress.check()
            self.progress.progress(n, len(tables) * 2, st.name)
            puts = [r for r in by_table[st.name] if r.op == "put"]
            self._rewrite_parents(st, puts)
            if st.is_record:
                self._records(st, puts)
            else:
                self._appends(st, puts)
        for n, st in enumerate(reversed(tables)):
            self.progress.check()
            self.progress.progress(len(tables) + n, len(tables) * 2, st.name)
            dels = [r for r in by_table[st.name] if r.op == "del"]
            if dels and st.is_record:
                self._graves(st, dels)
        self.s.flush()
        return self.result

    def _rewrite_parents(self, st: SyncTable, puts: list[RowChange]) -> None:
        if not (self.redirect or self.rejected):
            return
        for r in list(puts):
            for col, _parent in st.parents():
                ref = r.data.get(col)
                if ref in self.redirect:
                    r.data[col] = self.redirect[ref]
                elif ref in self.rejected:
                    puts.remove(r)
                    self._reject(st, r, None)
                    break

    def _records(self, st: SyncTable, puts: list[RowChange]) -> None:
        ids = [r.id for r in puts]
        hub = read_rows(self.s, st, ids)
        inserts: list[dict] = []
        updates: list[tuple[dict, dict, RowChange]] = []
        for r in puts:
            h = hub.get(r.id)
            if h is None:
                inserts.append(r.data)
                self.result.final[(st.name, r.id)] = r.data
                if r.base is not None:  # removed for good at the office, changed on the laptop: keep it, ask
                    self.conflict(st, r.id, "deleted_at", kind="delete", base=r.base.get("deleted_at"),
                                  hub=REMOVED, laptop=r.data.get("deleted_at"))
                continue
            merged, fields = merge3(st, r.base, h, r.data)
            for f in fields:
                kind = "delete" if f == "deleted_at" else "field"
                self.conflict(st, r.id, f, kind=kind, base=None if r.base is None else r.base.get(f),
                              hub=h.get(f), laptop=r.data.get(f))
            if st.values(merged, st.data_columns) != st.values(h, st.data_columns):
                merged["version"] = int(h.get("version") or 0) + 1
                if (r.data.get("updated_at") or "") > (h.get("updated_at") or ""):
                    merged["updated_at"], merged["updated_by"] = r.data.get("updated_at"), r.data.get("updated_by")
                updates.append((merged, h, r))
                self.result.final[(st.name, r.id)] = merged
            else:
                self.result.final[(st.name, r.id)] = h
        self._insert_checked(st, inserts)
        self._update_checked(st, updates)

    def _appends(self, st: SyncTable, puts: list[RowChange]) -> None:
        from desktop.services.sync_changes import existing_ids

        have = existing_ids(self.s, st, [r.id for r in puts])
        new = [r.data for r in puts if r.id not in have]
        if st.name == "audit_event":
            self._audit_events(st, new)
        else:
            self._insert_checked(st, new)

    def _audit_events(self, st: SyncTable, events: list[dict]) -> None:
        """The laptop's audit events, appended to the office's hash chain in the order they happened."""
        from desktop.models.core import AuditEvent
        from desktop.services.audit import _digest

        if not events:
            return
        last = self.s.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
        seq, prev = (last[0], last[1]) if last else (0, "")
        rows = []
        for d in sorted(events, key=lambda e: (e.get("created_at") or "", e.get("seq") or 0)):
            values = st.decode(d)
            seq += 1
            values.update(seq=seq, prev_hash=prev)
            values["hash"] = prev = _digest(prev, SimpleNamespace(**values))
            rows.append(values)
        self.s.execute(insert(st.table), rows)
        self.result.inserted += len(rows)

    def _insert_checked(self, st: SyncTable, datas: list[dict]) -> None:
        if not datas:
            return
        try:
            with self.s.begin_nested():
                insert_rows(self.s, st, datas)
            self.result.inserted += len(datas)
            return
        except IntegrityError:
            pass
        for d in datas:  # find the rows that clash, one by one
            try:
                with self.s.begin_nested():
                    insert_rows(self.s, st, [d])
                self.result.inserted += 1
            except IntegrityError as exc:
                self._forget(st, d["id"])
                clash = find_clash(self.s, st, d)
                if clash is None:
                    raise SyncError(QT_TRANSLATE_NOOP(
                        "UserError", "The office database refused a record of {table} from the laptop ({detail}). "
                                     "Nothing was changed."), table=st.name,
                        detail=str(getattr(exc, "orig", exc)).splitlines()[0]) from exc
                hub_id, cols = clash
                numbered = [c for c in cols if _is_number(st, c)]
                if st.is_record and numbered and self._renumber(st, d, numbered[0], hub_id):
                    continue
                self._duplicate(st, d, hub_id)

    def _renumber(self, st: SyncTable, d: dict, col: str, hub_id: str) -> bool:
        """A document number the office gave to another record meanwhile: keep the laptop's record under
        its number marked with the laptop, and ask a person to give it a proper one."""
        original = d[col]
        length = getattr(st.table.c[col].type, "length", None) or 120
        marked = f"{original}/{self.cs.device}"
        if len(marked) > length:
            marked = f"{original}/{self.cs.device}"[-length:]
        candidate = dict(d, **{col: marked})
        try:
            with self.s.begin_nested():
                insert_rows(self.s, st, [candidate])
        except IntegrityError:
            return False
        self.result.inserted += 1
        self.conflict(st, d["id"], col, kind="duplicate", base=None, hub=original, laptop=marked,
                      note=f"office record {hub_id} has {original}")
        return True

    def _duplicate(self, st: SyncTable, d: dict, hub_id: str) -> None:
        rid = d["id"]
        if not st.is_record:
            self._reject(st, RowChange(st.name, rid, "put", d), hub_id)
            return
        hub = read_rows(self.s, st, [hub_id])[hub_id]
        for c in st.data_columns:
            if c not in ("created_at", "created_by", "origin") and hub.get(c) != d.get(c):
                self.conflict(st, hub_id, c, kind="duplicate", base=None, hub=hub.get(c), laptop=d.get(c),
                              note=f"laptop record {rid}")
        self.redirect[rid] = hub_id
        self.result.redirects.append([st.name, rid, hub_id])
        self.result.echo.setdefault(st.name, set()).add(hub_id)
        self.result.echo[st.name].discard(rid)

    def _reject(self, st: SyncTable, r: RowChange, hub_id: str | None) -> None:
        self.rejected.add(r.id)
        self.result.rejected.append([st.name, r.id])
        self.result.echo.get(st.name, set()).discard(r.id)
        hub = read_rows(self.s, st, [hub_id]).get(hub_id) if hub_id else None
        self.conflict(st, r.id, "*", kind="duplicate", base=None, hub=hub, laptop=r.data,
                      note="" if hub_id is None else f"office record {hub_id}")

    def _forget(self, st: SyncTable, rid: str) -> None:
        self.result.final.pop((st.name, rid), None)  # the reply reads it again

    def _update_checked(self, st: SyncTable, updates: list[tuple[dict, dict, RowChange]]) -> None:
        if not updates:
            return
        try:
            with self.s.begin_nested():
                update_changed(self.s, st, [(m, h) for m, h, _r in updates])
            self.result.updated += len(updates)
            return
        except IntegrityError:
            pass
        for merged, hub, r in updates:
            try:
                with self.s.begin_nested():
                    update_changed(self.s, st, [(merged, hub)])
                self.result.updated += 1
            except IntegrityError:  # the laptop's values clash with another row: keep the hub's, ask
                self._forget(st, r.id)
                for c in st.data_columns:
                    if merged.get(c) != hub.get(c):
                        self.conflict(st, r.id, c, kind="duplicate", base=None if r.base is None else r.base.get(c),
                                      hub=hub.get(c), laptop=r.data.get(c))

    def _graves(self, st: SyncTable, dels: list[RowChange]) -> None:
        hub = read_rows(self.s, st, [r.id for r in dels])
        gone = []
        for r in dels:
            h = hub.get(r.id)
            if h is None or r.base is None:
                continue
            if data_of(st, h) == {c: r.base.get(c) for c in st.data_columns}:
                gone.append(r.id)
            else:  # removed on the laptop, changed at the office: keep it, ask
                self.conflict(st, r.id, "deleted_at", kind="delete", base=r.base.get("deleted_at"),
                              hub=h.get("deleted_at"), laptop=REMOVED)
        for rid in gone:
            try:
                with self.s.begin_nested():
                    delete_rows(self.s, st, [rid])
                self.result.deleted += 1
            except IntegrityError:  # other office rows still point to it: a soft delete keeps them valid
                h = hub[rid]
                self.s.execute(update(st.table).where(st.table.c.id == as_uuid(rid)).values(
                    deleted_at=utcnow(), version=int(h.get("version") or 0) + 1))
                self.result.deleted += 1


def _is_number(st: SyncTable, column: str) -> bool:
    """A document number (case_no, number...) rather than a natural key (npp, username, key, day)."""
    from sqlalchemy import String

    name = column.lower()
    looks = name in ("no", "number", "nomor") or name.endswith(("_no", "_number", "_nomor"))
    return looks and isinstance(st.table.c[column].type, String)


def find_clash(session: Session, st: SyncTable, data: dict) -> tuple[str, list[str]] | None:
    """The id of another row with the same unique key as `data` and that key's columns, or None."""
    values = st.decode(data)
    table = st.table
    keys: list[tuple[list[str], object]] = []
    for cons in table.constraints:
        if isinstance(cons, UniqueConstraint):
            keys.append(([c.name for c in cons.columns], None))
    for ix in table.indexes:
        if ix.unique and all(hasattr(e, "name") for e in ix.expressions):
            where = ix.dialect_options["sqlite"].get("where") or ix.dialect_options["postgresql"].get("where")
            keys.append(([c.name for c in ix.columns], where))
    for cols, where in keys:
        if any(values.get(c) is None for c in cols):
            continue
        stmt = select(table.c.id).where(*[table.c[c] == values[c] for c in cols], table.c.id != as_uuid(data["id"]))
        if where is not None:
            stmt = stmt.where(where)
        found = session.scalar(stmt.limit(1))
        if found is not None:
            return str(found), cols
    return None


def superseded(session: Session, cs: Changeset) -> bool:
    """This changeset was seen, or a later one from the same laptop already carried all it holds
    (a bundle that arrives after the laptop synced directly): applying it would only bring back
    older values."""
    from sqlalchemy import func

    if session.get(SyncBundle, as_uuid(cs.id)) is not None:
        return True
    latest = session.scalar(select(func.max(SyncBundle.upto_seq)).where(
        SyncBundle.direction == "in", SyncBundle.device == cs.device))
    return latest is not None and cs.upto <= latest and bool(cs.rows)


def accept(session: Session, cs: Changeset, *, progress: Progress | None = None) -> Accepted:
    """Merge a laptop's changeset into the hub (inside the caller's transaction). A replay changes nothing."""
    if superseded(session, cs):
        result = Accepted(replayed=True)
        for r in cs.rows:
            result.echo.setdefault(r.table, set()).add(r.id)
        return result
    result = _Accept(session, cs, progress or NullProgress()).run()
    session.add(SyncBundle(id=as_uuid(cs.id), direction="in", device=cs.device, at=utcnow(), upto_seq=cs.upto,
                           rows=len(cs.rows), done_at=utcnow(), summary=result.summary()))
    return result
