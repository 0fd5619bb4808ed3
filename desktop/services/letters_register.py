"""The number register: gap-free counters per series and year, taken inside the issuing transaction.

PostgreSQL: the counter row is created if missing (INSERT ... ON CONFLICT DO NOTHING, which waits
for a concurrent creator) and then locked with SELECT ... FOR UPDATE until the transaction ends, so
a second workstation waits for the first and then sees its number. SQLite: every write transaction
starts with BEGIN IMMEDIATE (desktop/models/db.py), so writers are already one at a time. A
transaction that rolls back (an error, a cancelled batch) gives its numbers back: no gaps.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import exists, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.base import new_id
from desktop.models.letters import IssuedLetter as LetterRow
from desktop.models.letters import LetterEvent, LetterSecret, LetterTemplate, NumberCounter
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.context import Area, Changes
from desktop.services.letters_office import logo_bytes
from desktop.services.letters_render import letter_doc
from desktop.services.letters_types import IssuedLetter
from desktop.services.paging import Page, PageRequest, fetch_page


def letter_series(template_key: str) -> str:
    return f"letter:{template_key}"


RECEIPT_SERIES = "receipt"


def take_numbers(session: Session, series: str, year: int, count: int = 1) -> int:
    """Reserve `count` consecutive numbers in the series for the year; returns the first."""
    if count < 1:
        raise ValueError("count must be at least 1")
    from desktop.services.sync_numbers import is_laptop, next_reserved_number

    if is_laptop(session):  # a field laptop: from the block the office reserved for it (see sync_numbers)
        return next_reserved_number(session, series, year, count)
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    now = utcnow()
    actor = session.info.get("actor", "")
    stmt = insert(NumberCounter).values(
        id=new_id(), series=series, year=year, last=0, created_at=now, updated_at=now, created_by=actor,
        updated_by=actor, origin=session.info.get("device", ""), version=1,
    ).on_conflict_do_nothing(index_elements=["series", "year"])
    session.execute(stmt)
    counter = session.scalars(
        select(NumberCounter).where(NumberCounter.series == series, NumberCounter.year == year)
        .with_for_update().execution_options(populate_existing=True)
    ).one()
    first = counter.last + 1
    counter.last = counter.last + count
    session.flush([counter])
    return first


def last_number(session: Session, series: str, year: int) -> int:
    value = session.scalar(select(NumberCounter.last).where(NumberCounter.series == series,
                                                           NumberCounter.year == year))
    return int(value or 0)


def secret(session: Session, key: str, make) -> str:
    """A per-database value (created once by `make()`), e.g. the receipt signing key."""
    row = session.scalar(select(LetterSecret).where(LetterSecret.key == key))
    if row is not None:
        return row.value
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    now = utcnow()
    actor = session.info.get("actor", "")
    session.execute(insert(LetterSecret).values(
        id=new_id(), key=key, value=make(), created_at=now, updated_at=now, created_by=actor, updated_by=actor,
        origin=session.info.get("device", ""), version=1,
    ).on_conflict_do_nothing(index_elements=["key"]))
    return session.scalar(select(LetterSecret.value).where(LetterSecret.key == key))


# ---- the outgoing register (agenda surat keluar) ----------------------------------------------------

def _cancel_subquery():
    return (select(LetterEvent.letter_id, func.max(LetterEvent.reason).label("reason"))
            .where(LetterEvent.kind == "cancelled").group_by(LetterEvent.letter_id).subquery())


class RegisterMixin:
    """The register side of LetterService: browse, cancel, reprint, export."""

    def _view(self, row: LetterRow, status: str, reason: str = "", template_name: str = "") -> IssuedLetter:
        return IssuedLetter(
            id=row.id, number=row.number, template=row.template_key, template_version=row.template_revision,
            issued_on=row.issued_on, recipient=row.recipient, subject=row.subject, about_entity=row.about_entity,
            about_id=row.about_id, status=status, sha256=row.sha256,
            pdf_path=self.ctx.document_dir() / row.pdf_path, template_name=template_name,
            issued_by=row.created_by, cancel_reason=reason or "",
        )

    def _select(self):
        cancelled = _cancel_subquery()
        names = (select(LetterTemplate.key, func.max(LetterTemplate.name).label("name"))
                 .group_by(LetterTemplate.key).subquery())
        stmt = (select(LetterRow, cancelled.c.reason, cancelled.c.letter_id, names.c.name)
                .outerjoin(cancelled, cancelled.c.letter_id == LetterRow.id)
                .outerjoin(names, names.c.key == LetterRow.template_key))
        return stmt, cancelled

    def _to_view(self, r) -> IssuedLetter:
        row, reason, cancelled_id, name = r
        return self._view(row, "cancelled" if cancelled_id is not None else "issued", reason or "", name or "")

    def register_page(self, request: PageRequest) -> Page[IssuedLetter]:
        """The outgoing register, filtered (template, status, year) and sorted in the database."""
        self._ensure()
        stmt, cancelled = self._select()
        f = request.filters
        if f.get("template"):
            stmt = stmt.where(LetterRow.template_key == f["template"])
        if f.get("year"):
            stmt = stmt.where(LetterRow.year == int(f["year"]))
        if f.get("status") == "cancelled":
            stmt = stmt.where(cancelled.c.letter_id.is_not(None))
        elif f.get("status") == "issued":
            stmt = stmt.where(cancelled.c.letter_id.is_(None))
        with self.ctx.read() as session:
            return fetch_page(
                session, stmt, request,
                sort_columns={"number": LetterRow.number, "issued_on": LetterRow.issued_on,
                              "recipient": LetterRow.recipient, "subject": LetterRow.subject,
                              "template_name": LetterRow.template_key, "issued_by": LetterRow.created_by},
                search_columns=[LetterRow.number, LetterRow.recipient, LetterRow.subject],
                tiebreak=LetterRow.created_at, to_row=self._to_view)

    def register_years(self) -> list[int]:
        with self.ctx.read() as session:
            return sorted(set(session.scalars(select(LetterRow.year).distinct())), reverse=True)

    def letter(self, letter_id: uuid.UUID) -> IssuedLetter:
        stmt, _ = self._select()
        with self.ctx.read() as session:
            r = session.execute(stmt.where(LetterRow.id == letter_id)).first()
            if r is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The letter was not found."))
            return self._to_view(r)

    def letters_about(self, entity: str, entity_id: uuid.UUID) -> list[IssuedLetter]:
        stmt, _ = self._select()
        with self.ctx.read() as session:
            rows = session.execute(stmt.where(LetterRow.about_entity == entity, LetterRow.about_id == entity_id)
                                   .order_by(LetterRow.created_at))
            return [self._to_view(r) for r in rows]

    def letter_fields(self, letter_id: uuid.UUID) -> dict[str, object]:
        """The field data an issued letter was made from (JSON form: money in sen, dates ISO)."""
        with self.ctx.read() as session:
            row = session.get(LetterRow, letter_id)
            if row is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The letter was not found."))
            return dict(row.field_data)

    def cancel(self, letter_id: uuid.UUID, reason: str) -> Changes:
        """Cancel a number: it stays in the register, marked cancelled, and is never given again."""
        self.ctx.require("letters.cancel")
        if len(reason.strip()) < 5:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Say why the letter is cancelled (at least 5 characters)."))
        with self.ctx.write() as session:
            row = session.get(LetterRow, letter_id)
            if row is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The letter was not found."))
            if session.scalar(select(exists().where(LetterEvent.letter_id == letter_id,
                                                    LetterEvent.kind == "cancelled"))):
                raise UserError(QT_TRANSLATE_NOOP("UserError", "Letter {number} is already cancelled."),
                                number=row.number)
            event = LetterEvent(letter_id=letter_id, kind="cancelled", reason=reason.strip())
            session.add(event)
            session.flush()
            audit.record(session, "cancel", "letter", letter_id, summary=f"{row.number}: {reason.strip()}",
                         before={"status": "issued"}, after={"status": "cancelled", "reason": reason.strip()})
        return Changes.of(Area.LETTERS)

    def original_pdf(self, letter_id: uuid.UUID) -> bytes:
        """The letter's PDF as issued (re-made from its snapshot if the file went missing)."""
        with self.ctx.read() as session:
            row = session.get(LetterRow, letter_id)
            if row is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The letter was not found."))
            path = self.ctx.document_dir() / row.pdf_path
            if path.is_file():
                data = path.read_bytes()
                if hashlib.sha256(data).hexdigest() == row.sha256:
                    return data
            return letter_doc_bytes(row.render, row.number, logo_bytes(session, row.render.get("logo_sha")))

    def reprint(self, letter_id: uuid.UUID) -> bytes:
        """The letter again, identical in content, marked SALINAN (and the reprint recorded)."""
        self.ctx.require("letters.issue")
        with self.ctx.write() as session:
            row = session.get(LetterRow, letter_id)
            if row is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The letter was not found."))
            data = letter_doc_bytes(row.render, row.number, logo_bytes(session, row.render.get("logo_sha")),
                                    salinan=True)
            session.add(LetterEvent(letter_id=letter_id, kind="reprinted", reason=""))
            audit.record(session, "print", "letter", letter_id, summary=f"{row.number} SALINAN")
        return data

    def export_register(self, path: Path, request: PageRequest | None = None) -> int:
        """The register (as filtered) to an Excel workbook; returns the number of rows."""
        self.ctx.require("data.export")
        from desktop.services.letters_export import write_register

        request = request or PageRequest()
        rows: list[IssuedLetter] = []
        offset = 0
        while True:
            page = self.register_page(PageRequest(offset=offset, limit=2000, sort_key=request.sort_key or "number",
                                                  descending=request.descending, text=request.text,
                                                  filters=request.filters))
            rows += page.rows
            offset += len(page.rows)
            if not page.rows or offset >= page.total:
                break
        write_register(Path(path), rows)
        with self.ctx.write() as session:
            audit.record(session, "export", "letter", None, summary=f"register, {len(rows)} rows to {Path(path).name}")
        return len(rows)


def letter_doc_bytes(snapshot: Mapping, number: str, logo: bytes | None, *, salinan: bool = False) -> bytes:
    from desktop.documents.letter import render_letter

    return render_letter(letter_doc(snapshot, number, logo, salinan=salinan))
