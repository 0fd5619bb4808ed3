"""The Konflik list: values changed on both sides, waiting for a supervisor.

The row kept the office's value; the conflict keeps both. Settling it writes the chosen value into
the row at the office (a normal change: it gets a hub seq, so every laptop receives it), marks the
conflict settled, and writes an audit event with the value before and after.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Boolean, Date, Integer, select
from sqlalchemy.orm import Session

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.sync import SyncConflict
from desktop.models.sync_catalog import by_name
from desktop.models.types import MoneyType, UTCDateTime, utcnow
from desktop.services import audit
from desktop.services.context import Area
from desktop.services.sync_changes import read_rows, update_rows
from desktop.services.sync_merge import REMOVED

LABEL_COLUMNS = ("name", "full_name", "username", "case_no", "npp", "number", "key", "title", "kode", "subject",
                 "participant_name", "series", "day")
AREAS = (("cmp_", Area.COMPLIANCE), ("plkk_", Area.PLKK), ("ben_", Area.BENEFITS), ("cov_", Area.COVERAGE),
         ("letter_", Area.LETTERS), ("receipt_", Area.LETTERS), ("app_user", Area.USERS), ("setting", Area.SETTINGS),
         ("office_holiday", Area.SETTINGS), ("office_profile", Area.OFFICE), ("signatory", Area.OFFICE))


def area_of(table: str) -> Area | None:
    return next((area for prefix, area in AREAS if table.startswith(prefix)), None)


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    table: str
    area: str
    row_id: str
    record: str  # a name for the record a person recognises
    field: str
    kind: str  # field | delete | duplicate
    base_value: object
    hub_value: object
    laptop_value: object
    device: str
    laptop_user: str
    created_at: datetime
    resolved_at: datetime | None
    resolved_by: str
    resolution: str
    resolved_value: object
    note: str

    @property
    def open(self) -> bool:
        return self.resolved_at is None


def show(value: object) -> str:
    """A conflict value as text for the list."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _label(row: dict | None, row_id: str) -> str:
    if row:
        for c in LABEL_COLUMNS:
            if row.get(c):
                return str(row[c])
    return row_id[:8]


def conflict_views(session: Session, *, include_resolved: bool = False) -> list[ConflictView]:
    stmt = select(SyncConflict).order_by(SyncConflict.created_at, SyncConflict.tbl, SyncConflict.field)
    if not include_resolved:
        stmt = stmt.where(SyncConflict.resolved_at.is_(None))
    conflicts = list(session.scalars(stmt))
    tables = by_name()
    rows: dict[str, dict] = {}
    for name in {c.tbl for c in conflicts}:
        if name in tables:
            rows.update(read_rows(session, tables[name], {str(c.row_id) for c in conflicts if c.tbl == name}))
    out = []
    for c in conflicts:
        area = area_of(c.tbl)
        record_row = rows.get(str(c.row_id)) or (c.laptop_value if isinstance(c.laptop_value, dict) else None)
        out.append(ConflictView(c.id, c.tbl, area.value if area else "", str(c.row_id), _label(record_row, str(c.row_id)),
                                c.field, c.kind, c.base_value, c.hub_value, c.laptop_value, c.device, c.laptop_user,
                                c.created_at, c.resolved_at, c.resolved_by, c.resolution, c.resolved_value, c.note))
    return out


def parse_custom(st, field: str, value: object) -> object:
    """A value a supervisor typed, as the JSON the column takes (checked by decoding it)."""
    column = st.table.c[field]
    if not isinstance(value, str):
        return value
    text = value.strip()
    t = column.type
    try:
        if isinstance(t, Boolean):
            if text.lower() not in ("true", "false", "ya", "tidak", "yes", "no", "1", "0"):
                raise ValueError(text)
            result: object = text.lower() in ("true", "ya", "yes", "1")
        elif isinstance(t, MoneyType):
            result = int(round(float(text.replace("Rp", "").replace(".", "").replace(",", ".")) * 100))
        elif isinstance(t, Integer):
            result = int(text)
        elif isinstance(t, UTCDateTime | Date):
            result = text or None
        elif column.type.__class__.__name__ == "JSON":
            result = json.loads(text)
        else:
            result = text
        st.decoders[field](result)
    except (ValueError, TypeError) as exc:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "\"{value}\" is not a valid value for {field}."),
                        value=text, field=field) from exc
    if not column.nullable and result is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "{field} cannot be empty."), field=field)
    return result


def resolve_conflict(session: Session, conflict_id: uuid.UUID, choose: str, value: object, *, actor: str) -> Area | None:
    c = session.get(SyncConflict, conflict_id)
    if c is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The conflict was not found."))
    if c.resolved_at is not None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "This conflict was settled already (by {user})."), user=c.resolved_by)
    if choose not in ("hub", "laptop", "custom"):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the office's value, the laptop's, or type one."))
    st = by_name().get(c.tbl)
    if st is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The table {table} is no longer synced."), table=c.tbl)
    rid = str(c.row_id)
    row = read_rows(session, st, [rid]).get(rid)
    before = None if row is None else row.get(c.field)
    if c.field == "*":  # a whole record refused for a duplicate number or key: only the office's record can stay
        if choose != "hub":
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "This record clashed with one at the office (same number or key); only the office's can "
                             "stay. Its data remains here in the conflict."))
        new = None
    elif choose == "hub":
        new = REMOVED if c.hub_value == REMOVED else before
    elif choose == "laptop":
        new = c.laptop_value
    else:
        new = parse_custom(st, c.field, value)
    if c.field != "*":
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The record was removed at the office; nothing to change."))
        if c.field == "deleted_at" and new == REMOVED:
            new = row.get("deleted_at") or utcnow().isoformat()
        if new != before:
            data = dict(row)
            data[c.field] = new
            data["version"] = int(row.get("version") or 0) + 1
            if "updated_at" in data:
                data["updated_at"], data["updated_by"] = utcnow().isoformat(), actor
            update_rows(session, st, [data])
    c.resolved_at, c.resolved_by, c.resolution, c.resolved_value = utcnow(), actor, choose, new
    audit.record(session, "resolve", "sync_conflict", c.id, summary=f"{c.tbl}.{c.field}: {choose}",
                 before={"value": before, "hub": c.hub_value, "laptop": c.laptop_value}, after={"value": new})
    return area_of(c.tbl)
