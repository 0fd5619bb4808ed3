"""The letter engine every area uses: templates, the outgoing letter register, PDFs, receipts.

`LetterService` (services.letters) issues letters from versioned templates with numbers from a
gap-free register, keeps what each was printed from (template revision, field data, signatory,
SHA-256 of its PDF), cancels numbers (they stay in the register), reprints marked SALINAN, batches
many letters into one PDF or a folder, and issues and verifies receipts (letters_receipts.py).
"""

from __future__ import annotations

import hashlib
import uuid
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from desktop.documents.batch import FileRendering
from desktop.documents.merge import merge_pdfs
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.letters import IssuedLetter as LetterRow
from desktop.models.letters import LetterEvent, LetterTemplate
from desktop.services import audit, search
from desktop.services import letters_fill as fill
from desktop.services.context import Area, Changes, NullProgress, Progress, Service
from desktop.services.letters_fill import FieldDef
from desktop.services.letters_office import load_office, logo_bytes, store_logo

# The receipt side of the facade; its types are part of this module's API.
from desktop.services.letters_receipts import IssuedReceipt, ReceiptCheck, ReceiptRequest, ReceiptsMixin
from desktop.services.letters_register import letter_series, take_numbers
from desktop.services.letters_render import build_snapshot, letter_doc
from desktop.services.paging import Page, PageRequest, fetch_page
from desktop.services.search import SearchHit

__all__ = ["LetterService", "Recipient", "LetterRequest", "IssuedLetter", "TemplateView", "FieldView",
           "ReceiptRequest", "IssuedReceipt", "ReceiptCheck", "ensure_default_templates"]


@dataclass(frozen=True)
class Recipient:
    name: str  # "Pimpinan PT Maju Jaya Abadi" (by title/position, after "Yth.")
    address: str = ""  # street lines, "\n"-separated
    city: str = ""  # "Purwokerto"


@dataclass(frozen=True)
class LetterRequest:
    template: str
    fields: Mapping[str, object]
    recipient: Recipient
    about: tuple[str, uuid.UUID] | None = None
    signatory_id: uuid.UUID | None = None
    attachment: str = ""
    sifat: str = "Biasa"
    tembusan: tuple[str, ...] | None = None


@dataclass(frozen=True)
class IssuedLetter:
    id: uuid.UUID
    number: str
    template: str
    template_version: int
    issued_on: date
    recipient: str
    subject: str
    about_entity: str | None
    about_id: uuid.UUID | None
    status: str  # "issued" | "cancelled"
    sha256: str
    pdf_path: Path
    template_name: str = ""
    issued_by: str = ""
    cancel_reason: str = ""


@dataclass(frozen=True)
class FieldView:
    name: str
    label: str
    kind: str  # text | date | money | int | table
    required: bool
    columns: tuple[str, ...] = ()  # table fields: the column names of a row


@dataclass(frozen=True)
class TemplateView:
    key: str
    name: str
    version: int
    fields: tuple[FieldView, ...]
    code: str = ""
    subject: str = ""
    body: str = ""
    closing: str = ""
    number_format: str = ""
    meterai_rule: str = "none"
    field_defs: tuple[dict, ...] = field(default=(), repr=False)  # the JSON definitions, for the editor


STATUSES = ("issued", "cancelled")
NO_PROGRESS = NullProgress()
_ensured: weakref.WeakSet = weakref.WeakSet()


def ensure_default_templates(session: Session) -> int:
    """Add the default templates that are missing (idempotent, safe with two workstations)."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    from desktop.models.base import new_id
    from desktop.models.types import utcnow
    from desktop.services.letters_templates import TEMPLATES

    have = set(session.scalars(select(LetterTemplate.key).distinct()))
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    added = 0
    for t in TEMPLATES:
        if t.key in have:
            continue
        session.execute(insert(LetterTemplate).values(
            id=new_id(), created_at=utcnow(), created_by=session.info.get("actor", ""),
            origin=session.info.get("device", ""), key=t.key, revision=1, name=t.name, code=t.code,
            subject=t.subject, body=t.body, closing=t.closing, fields=[dict(f) for f in t.fields],
            number_format="", meterai_rule=t.meterai_rule, note="",
        ).on_conflict_do_nothing(index_elements=["key", "revision"]))
        added += 1
    return added


def _latest_templates(session: Session) -> dict[str, LetterTemplate]:
    newest = (select(LetterTemplate.key, func.max(LetterTemplate.revision).label("rev"))
              .group_by(LetterTemplate.key).subquery())
    rows = session.scalars(select(LetterTemplate).join(
        newest, and_(LetterTemplate.key == newest.c.key, LetterTemplate.revision == newest.c.rev)))
    return {r.key: r for r in rows}


def _defs(row: LetterTemplate) -> list[FieldDef]:
    return [FieldDef.from_json(f) for f in row.fields or ()]


def template_view(row: LetterTemplate) -> TemplateView:
    return TemplateView(
        key=row.key, name=row.name, version=row.revision,
        fields=tuple(FieldView(f.name, f.label, f.kind, f.required, tuple(str(c["name"]) for c in f.columns))
                     for f in _defs(row)),
        code=row.code, subject=row.subject, body=row.body, closing=row.closing,
        number_format=row.number_format, meterai_rule=row.meterai_rule,
        field_defs=tuple(dict(f) for f in row.fields or ()),
    )


def _cancel_subquery():
    return (select(LetterEvent.letter_id, func.max(LetterEvent.reason).label("reason"))
            .where(LetterEvent.kind == "cancelled").group_by(LetterEvent.letter_id).subquery())


class LetterService(ReceiptsMixin, Service):
    # ---- templates ------------------------------------------------------------------------------

    def _ensure(self) -> None:
        db = self.ctx.db
        if db in _ensured:
            return
        with self.ctx.read() as session:
            count = session.scalar(select(func.count(func.distinct(LetterTemplate.key)))) or 0
        from desktop.services.letters_templates import TEMPLATE_KEYS

        if count < len(TEMPLATE_KEYS):
            with self.ctx.write() as session:
                ensure_default_templates(session)
        _ensured.add(db)

    def templates(self) -> list[TemplateView]:
        self._ensure()
        with self.ctx.read() as session:
            rows = _latest_templates(session)
        return sorted((template_view(r) for r in rows.values()), key=lambda t: t.name)

    def template(self, key: str) -> TemplateView:
        self._ensure()
        with self.ctx.read() as session:
            return template_view(self._template_row(session, key))

    def template_history(self, key: str) -> list[TemplateView]:
        with self.ctx.read() as session:
            rows = session.scalars(select(LetterTemplate).where(LetterTemplate.key == key)
                                   .order_by(LetterTemplate.revision.desc()))
            return [template_view(r) for r in rows]

    def _template_row(self, session: Session, key: str, revision: int | None = None) -> LetterTemplate:
        if revision is None:
            row = _latest_templates(session).get(key)
        else:
            row = session.scalar(select(LetterTemplate).where(LetterTemplate.key == key,
                                                              LetterTemplate.revision == revision))
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no letter template {key}."), key=key)
        return row

    def missing_fields(self, template: str, fields: Mapping[str, object]) -> list[str]:
        self._ensure()
        with self.ctx.read() as session:
            return fill.missing_fields(_defs(self._template_row(session, template)), fields)

    def save_template(self, key: str, *, base_version: int, name: str, subject: str, body: str, closing: str,
                      fields: Sequence[Mapping], code: str | None = None, number_format: str = "",
                      meterai_rule: str = "none", note: str = "") -> tuple[TemplateView, Changes]:
        """Save an edited template as its next revision (letters already issued keep theirs)."""
        self.ctx.require("templates.edit")
        self._ensure()
        defs = [FieldDef.from_json(f) for f in fields]
        problems = check_template(name, subject, body, closing, defs, number_format, meterai_rule)
        if problems:
            raise problems[0]
        with self.ctx.write() as session:
            current = self._template_row(session, key)
            if current.revision != base_version:
                from desktop.errors import StaleRecordError

                raise StaleRecordError("letter_template")
            row = LetterTemplate(key=key, revision=current.revision + 1, name=name.strip(),
                                 code=(code or current.code).strip(), subject=subject.strip(), body=body.strip("\n"),
                                 closing=closing.strip(), fields=[f.to_json() for f in defs],
                                 number_format=number_format.strip(), meterai_rule=meterai_rule, note=note)
            session.add(row)
            session.flush()
            audit.record(session, "update", "letter_template", row.id, summary=f"{key} r{row.revision}",
                         before={"revision": current.revision}, after={"revision": row.revision, "note": note})
            view = template_view(row)
        return view, Changes.of(Area.LETTERS)

    def sample_fields(self, template: str) -> dict[str, object]:
        """Example values for every field (the template editor's live preview)."""
        view = self.template(template)
        return sample_values(view)

    # ---- preview and issue ------------------------------------------------------------------------

    def _prepare(self, session: Session, request: LetterRequest, issued_on: date, office, threshold,
                 templates: dict | None = None):
        if templates is not None:
            row = templates.get(request.template) or templates.setdefault(
                request.template, self._template_row(session, request.template))
        else:
            row = self._template_row(session, request.template)
        defs = _defs(row)
        values = fill.coerce_all(defs, request.fields)
        missing = fill.missing_fields(defs, values)
        if missing:
            labels = {f.name: f.label for f in defs}
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The letter \u201c{template}\u201d cannot be printed: missing {fields}."),
                template=row.name, fields=", ".join(labels.get(m, m) for m in missing))
        if not request.recipient.name.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The letter needs a recipient."))
        snapshot = build_snapshot(template=row, defs=defs, values=values, office=office, recipient=request.recipient,
                                  issued_on=issued_on, signatory_id=request.signatory_id, sifat=request.sifat,
                                  attachment=request.attachment, tembusan=request.tembusan,
                                  meterai_threshold=threshold)
        return row, values, snapshot

    def _threshold(self) -> Money:
        return Money(int(self._setting("receipt.meterai_threshold_sen")))

    def _setting(self, key: str) -> object:
        from desktop.services.settings import SettingsService

        return SettingsService(self.ctx).get(key)

    def preview(self, request: LetterRequest, *, issued_on: date | None = None) -> bytes:
        """The letter as it would print, numbered "(nomor)"; nothing is stored or numbered."""
        self._ensure()
        day = issued_on or self.ctx.today()
        threshold = self._threshold()
        with self.ctx.read() as session:
            office = load_office(session)
            _row, _values, snapshot = self._prepare(session, request, day, office, threshold)
        return letter_doc_bytes(snapshot, "(nomor)", office.logo_png)

    def preview_draft(self, draft: TemplateView, fields: Mapping[str, object] | None = None,
                      recipient: Recipient | None = None) -> bytes:
        """A template being edited, with example (or given) values: the editor's live preview."""
        defs = [FieldDef.from_json(f) for f in draft.field_defs]
        values = fill.coerce_all(defs, fields if fields is not None else sample_values(draft))
        with self.ctx.read() as session:
            office = load_office(session)
        snapshot = build_snapshot(template=draft, defs=defs, values=values, office=office,
                                  recipient=recipient or Recipient("Pimpinan PT Contoh Sejahtera",
                                                                   "Jalan Contoh Nomor 1", "Purwokerto"),
                                  issued_on=self.ctx.today(), signatory_id=None, sifat="Biasa", attachment="",
                                  tembusan=None, meterai_threshold=self._threshold())
        return letter_doc_bytes(snapshot, "(nomor)", office.logo_png)

    def issue(self, request: LetterRequest, *, issued_on: date | None = None) -> tuple[IssuedLetter, Changes]:
        letters, changes = self._issue_many([request], issued_on=issued_on, one_pdf=None, folder=None,
                                            progress=NO_PROGRESS, parallel=False)
        return letters[0], changes

    def issue_batch(self, requests: Sequence[LetterRequest], *, one_pdf: Path | None = None,
                    folder: Path | None = None, progress: Progress = NO_PROGRESS,
                    issued_on: date | None = None) -> tuple[list[IssuedLetter], Changes]:
        """Issue many letters in one transaction: all get numbers, or (error, cancel) none does.
        `one_pdf`: also write them all into one PDF for printing; `folder`: also copy each there."""
        if not requests:
            return [], Changes()
        return self._issue_many(list(requests), issued_on=issued_on, one_pdf=one_pdf, folder=folder,
                                progress=progress, parallel=None)

    def _issue_many(self, requests: list[LetterRequest], *, issued_on: date | None, one_pdf: Path | None,
                    folder: Path | None, progress: Progress, parallel: bool | None
                    ) -> tuple[list[IssuedLetter], Changes]:
        self.ctx.require("letters.issue")
        self._ensure()
        day = issued_on or self.ctx.today()
        threshold = self._threshold()
        documents = self.ctx.document_dir()
        total = len(requests)
        planned: list[Path] = []
        extra_files: list[Path] = []
        try:
            with self.ctx.write() as session:
                office = load_office(session)
                logo_sha = store_logo(session, office.logo_png)
                prepared = []
                templates: dict = {}
                for i, request in enumerate(requests, start=1):
                    try:
                        prepared.append(self._prepare(session, request, day, office, threshold, templates))
                    except UserError as exc:
                        if total == 1:
                            raise
                        raise UserError(QT_TRANSLATE_NOOP("UserError", "Letter {n} of {total}: {problem}"),
                                        n=i, total=total, problem=exc.render()) from exc
                    if i % 200 == 0:
                        progress.check()
                progress.progress(0, total, "")
                # Numbers: one block per letter type, taken in this transaction.
                counts: dict[str, int] = {}
                for row, _v, _s in prepared:
                    counts[row.key] = counts.get(row.key, 0) + 1
                next_seq = {key: take_numbers(session, letter_series(key), day.year, n) for key, n in counts.items()}
                rows: list[LetterRow] = []
                docs = []
                for request, (tmpl, values, snapshot) in zip(requests, prepared, strict=True):
                    seq = next_seq[tmpl.key]
                    next_seq[tmpl.key] = seq + 1
                    number = fill.format_number(tmpl.number_format or fill.DEFAULT_NUMBER_FORMAT, seq=seq,
                                                code=tmpl.code, office=office.code, day=day)
                    rel = Path("letters") / str(day.year) / f"{fill.safe_file_name(number)}.pdf"
                    planned.append(documents / rel)
                    docs.append(letter_doc(snapshot, number, office.logo_png))
                    rows.append(LetterRow(
                        number=number, series=letter_series(tmpl.key), year=day.year, seq=seq,
                        template_key=tmpl.key, template_revision=tmpl.revision, subject=snapshot["subject"],
                        issued_on=day, recipient=request.recipient.name.strip(),
                        recipient_address=request.recipient.address.strip(),
                        recipient_city=request.recipient.city.strip(),
                        field_data=_json_fields(values), render=snapshot | {"logo_sha": logo_sha},
                        about_entity=request.about[0] if request.about else None,
                        about_id=request.about[1] if request.about else None,
                        sha256="", pdf_path=rel.as_posix(),
                    ))
                progress.check()
                shas = FileRendering(list(zip(docs, planned, strict=True)), parallel).wait(
                    progress.check, lambda n: progress.progress(n, total, ""))
                for row, sha in zip(rows, shas, strict=True):
                    row.sha256 = sha
                if one_pdf is not None:  # the print PDF is made of the archived letters themselves
                    progress.check()
                    extra_files.append(Path(one_pdf))
                    _write_atomic(Path(one_pdf), merge_pdfs((p.read_bytes() for p in planned), "Surat"))
                if folder is not None:
                    folder = Path(folder)
                    folder.mkdir(parents=True, exist_ok=True)
                    for path in planned:
                        progress.check()
                        target = folder / path.name
                        extra_files.append(target)
                        target.write_bytes(path.read_bytes())
                progress.check()
                session.add_all(rows)
                session.flush()
                numbers = [r.number for r in rows]
                if len(rows) == 1:
                    audit.record(session, "issue", "letter", rows[0].id,
                                 summary=f"{rows[0].number} {rows[0].subject}",
                                 after={"number": rows[0].number, "template": rows[0].template_key,
                                        "revision": rows[0].template_revision, "recipient": rows[0].recipient,
                                        "sha256": rows[0].sha256})
                else:
                    audit.record(session, "issue_batch", "letter", None,
                                 summary=f"{len(rows)} letters {numbers[0]} \u2026 {numbers[-1]}",
                                 after={"numbers": numbers})
                names = {t.key: t.name for t, _v, _s in prepared}
                result = [self._view(r, "issued", "", names.get(r.template_key, "")) for r in rows]
        except BaseException:
            for path in planned + extra_files:
                path.unlink(missing_ok=True)
                path.with_suffix(".part").unlink(missing_ok=True)
            raise
        progress.progress(total, total, "")
        return result, Changes.of(Area.LETTERS)

    # ---- the register -----------------------------------------------------------------------------

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


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)


def _json_fields(values: Mapping[str, object]) -> dict:
    from desktop.services.context import jsonable

    return {k: jsonable(v) for k, v in values.items()}


def sample_values(view: TemplateView) -> dict[str, object]:
    from desktop.services.letters_fill import sample_value

    return {f["name"]: sample_value(FieldDef.from_json(f)) for f in view.field_defs}


def check_template(name: str, subject: str, body: str, closing: str, defs: Sequence[FieldDef],
                   number_format: str, meterai_rule: str) -> list[UserError]:
    """What is wrong with an edited template, as messages for the editor (empty: it can be saved)."""
    problems: list[UserError] = []
    if not name.strip():
        problems.append(UserError(QT_TRANSLATE_NOOP("UserError", "The template needs a name.")))
    if not subject.strip():
        problems.append(UserError(QT_TRANSLATE_NOOP("UserError", "The template needs a subject (Hal).")))
    if not body.strip():
        problems.append(UserError(QT_TRANSLATE_NOOP("UserError", "The template needs a body text.")))
    seen = set()
    for f in defs:
        if not f.name.isidentifier() or f.name != f.name.lower():
            problems.append(UserError(QT_TRANSLATE_NOOP(
                "UserError", "The field name \u201c{name}\u201d may only hold small letters, digits and _."), name=f.name))
        if f.kind not in fill.KINDS:
            problems.append(UserError(QT_TRANSLATE_NOOP("UserError", "The field {name} has an unknown kind {kind}."),
                                      name=f.name, kind=f.kind))
        if f.name in seen:
            problems.append(UserError(QT_TRANSLATE_NOOP("UserError", "The field {name} is defined twice."), name=f.name))
        seen.add(f.name)
    unknown = fill.unknown_placeholders("\n".join((subject, body, closing)), defs)
    if unknown:
        problems.append(UserError(QT_TRANSLATE_NOOP("UserError", "The text uses fields that are not defined: {names}."),
                                  names=", ".join(unknown)))
    if number_format.strip():
        try:
            fill.check_number_format(number_format.strip())
        except UserError as exc:
            problems.append(exc)
    if meterai_rule not in ("none", "threshold", "always"):
        problems.append(UserError(QT_TRANSLATE_NOOP("UserError", "Unknown meterai rule {rule}."), rule=meterai_rule))
    return problems


@search.register("letters")
def _search_letters(session: Session, text: str, limit: int) -> list[SearchHit]:
    from desktop.services.paging import like_pattern

    words = text.split()
    conds = [or_(LetterRow.number.ilike(like_pattern(w), escape="\\"),
                 LetterRow.recipient.ilike(like_pattern(w), escape="\\"),
                 LetterRow.subject.ilike(like_pattern(w), escape="\\")) for w in words]
    rows = session.execute(select(LetterRow.id, LetterRow.number, LetterRow.recipient, LetterRow.subject)
                           .where(and_(*conds)).order_by(LetterRow.created_at.desc()).limit(limit))
    return [SearchHit(area="letters", kind="Letter", title=r.number, subtitle=f"{r.recipient} \u00b7 {r.subject}",
                      record_id=r.id) for r in rows]
