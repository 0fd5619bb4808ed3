"""The letter engine every area uses: templates, the outgoing letter register, PDFs, receipts.

`LetterService` (services.letters) issues letters from versioned templates with numbers from a
gap-free register, keeps what each was printed from (template revision, field data, signatory,
SHA-256 of its PDF), cancels numbers (they stay in the register), reprints marked SALINAN, batches
many letters into one PDF or a folder, and issues and verifies receipts (letters_receipts.py).
"""

from __future__ import annotations

import gc
from collections.abc import Mapping, Sequence
from contextlib import contextmanager, nullcontext
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.base import new_id
from desktop.models.letters import IssuedLetter as LetterRow
from desktop.models.search_index import bulk_insert
from desktop.models.types import utcnow
from desktop.services import audit, search
from desktop.services import letters_fill as fill
from desktop.services.context import Area, Changes, NullProgress, Progress, Service
from desktop.services.letters_catalog import (
    TemplatesMixin,
    _defs,
    check_template,
    ensure_default_templates,
    ensure_templates_in,
    sample_values,
    template_view,
)
from desktop.services.letters_fill import FieldDef
from desktop.services.letters_office import load_office, store_logo
from desktop.services.letters_receipts import IssuedReceipt, ReceiptCheck, ReceiptRequest, ReceiptsMixin
from desktop.services.letters_register import RegisterMixin, letter_doc_bytes, letter_series, take_numbers
from desktop.services.letters_render import build_snapshot, choose_signature, letter_doc
from desktop.services.letters_types import FieldView, IssuedLetter, LetterRequest, Recipient, TemplateView
from desktop.services.search import SearchHit

__all__ = ["LetterService", "Recipient", "LetterRequest", "IssuedLetter", "TemplateView", "FieldView",
           "ReceiptRequest", "IssuedReceipt", "ReceiptCheck", "ensure_default_templates", "check_template",
           "sample_values", "template_view"]


STATUSES = ("issued", "cancelled")
NO_PROGRESS = NullProgress()


# From this many letters the search index is brought up to date once for the whole batch (1,000
# letters: 0.1 s of the register's 0.16 s went to the per-row index trigger).
BULK_INDEX_FROM = 50

class LetterService(TemplatesMixin, RegisterMixin, ReceiptsMixin, Service):
    def _check(self, session: Session, request: LetterRequest, templates: dict | None = None):
        """The template, its fields and the request's values, checked: UserError names what is missing."""
        if templates is not None:  # a batch: each template (and its field definitions) looked up once
            entry = templates.get(request.template)
            if entry is None:
                row = self._template_row(session, request.template)
                entry = templates[request.template] = (row, _defs(row))
            row, defs = entry
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
        return row, defs, values

    def _prepare(self, session: Session, request: LetterRequest, issued_on: date, office, threshold,
                 templates: dict | None = None):
        """Checked and filled in: (template row, values, what the letter prints)."""
        row, defs, values = self._check(session, request, templates)
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
        letters, changes = self._issue_own([request], issued_on=issued_on, one_pdf=None, folder=None,
                                           progress=NO_PROGRESS, parallel=False)
        return letters[0], changes

    def issue_batch(self, requests: Sequence[LetterRequest], *, one_pdf: Path | None = None,
                    folder: Path | None = None, progress: Progress = NO_PROGRESS,
                    issued_on: date | None = None) -> tuple[list[IssuedLetter], Changes]:
        """Issue many letters in one transaction: all get numbers, or (error, cancel) none does.
        `one_pdf`: also write them all into one PDF for printing; `folder`: also copy each there."""
        if not requests:
            return [], Changes()
        return self._issue_own(list(requests), issued_on=issued_on, one_pdf=one_pdf, folder=folder,
                               progress=progress, parallel=None)

    def _issue_own(self, requests: list[LetterRequest], **kwargs) -> tuple[list[IssuedLetter], Changes]:
        """issue_in, in a transaction of its own."""
        self.ctx.require("letters.issue")
        self._ensure()
        letters: list[IssuedLetter] = []
        try:
            with self.ctx.write() as session:
                letters = self.issue_in(session, requests, **kwargs)
        except BaseException:
            discard_files(letters, kwargs.get("one_pdf"), kwargs.get("folder"))
            raise
        return letters, Changes.of(Area.LETTERS)

    def issue_in(self, session: Session, requests: Sequence[LetterRequest], *, issued_on: date | None = None,
                 one_pdf: Path | None = None, folder: Path | None = None, progress: Progress = NO_PROGRESS,
                 parallel: bool | None = None) -> list[IssuedLetter]:
        """Issue letters inside the caller's write transaction (another area's step that needs a
        letter): its commit keeps them, its rollback gives every number back. The PDFs are written
        at once; a caller whose transaction then fails removes them with `discard_files`. Raises
        UserError (nothing issued, no file left) when a letter cannot be printed; Cancelled likewise.
        The caller reports Changes.of(Area.LETTERS)."""
        self.ctx.require("letters.issue")
        requests = list(requests)
        if not requests:
            return []
        ensure_templates_in(session, self.ctx.db)
        day = issued_on or self.ctx.today()
        threshold = self._threshold()
        written: list[Path | str] = []
        try:
            with _without_gc():
                return self._issue_many(session, requests, day=day, threshold=threshold, one_pdf=one_pdf,
                                        folder=folder, progress=progress, parallel=parallel, written=written)
        except BaseException:
            for path in written:
                Path(path).unlink(missing_ok=True)
            raise

    def _issue_many(self, session: Session, requests: list[LetterRequest], *, day: date, threshold: Money,
                    one_pdf: Path | None, folder: Path | None, progress: Progress, parallel: bool | None,
                    written: list[Path | str]) -> list[IssuedLetter]:
        documents = self.ctx.document_dir()
        total = len(requests)
        office = load_office(session)
        logo_sha = store_logo(session, office.logo_png)
        # 1. every letter checked (fields complete and well-formed) before any is numbered or printed
        templates: dict = {}
        checked = []
        for i, request in enumerate(requests, start=1):
            try:
                checked.append(self._check(session, request, templates))
                if request.signatory_id is not None:
                    choose_signature(office, request.signatory_id)
            except UserError as exc:
                if total == 1:
                    raise
                raise UserError(QT_TRANSLATE_NOOP("UserError", "Letter {n} of {total}: {problem}"),
                                n=i, total=total, problem=exc.render()) from exc
            if i % 200 == 0:
                progress.check()
        progress.progress(0, total, "")
        # 2. numbers: one block per letter type, taken in this transaction
        counts: dict[str, int] = {}
        for tmpl, _d, _v in checked:
            counts[tmpl.key] = counts.get(tmpl.key, 0) + 1
        next_seq = {key: take_numbers(session, letter_series(key), day.year, n) for key, n in counts.items()}
        # 3. each letter filled in and drawn once (worker processes for large batches), written to its
        # archive file (and the folder); the print PDF is written from the same drawn pages
        from desktop.documents.batch import FileRendering  # ReportLab loads with the first letter
        from desktop.documents.pdfwrite import PdfBuilder

        if folder is not None:
            folder = Path(folder)
        rendering = FileRendering(parallel=parallel, expected=total)
        rows: list[dict] = []
        names: dict[str, str] = {}
        actor, device = session.info.get("actor", ""), session.info.get("device", "")
        letters_dir = str(documents / "letters" / str(day.year))  # paths as text: pathlib costs per letter
        folder_dir = str(folder) if folder is not None else None
        try:
            for i, (request, (tmpl, defs, values)) in enumerate(zip(requests, checked, strict=True)):
                snapshot = build_snapshot(
                    template=tmpl, defs=defs, values=values, office=office, recipient=request.recipient,
                    issued_on=day, signatory_id=request.signatory_id, sifat=request.sifat,
                    attachment=request.attachment, tembusan=request.tembusan, meterai_threshold=threshold)
                seq = next_seq[tmpl.key]
                next_seq[tmpl.key] = seq + 1
                number = fill.format_number(tmpl.number_format or fill.DEFAULT_NUMBER_FORMAT, seq=seq,
                                            code=tmpl.code, office=office.code, day=day)
                name = f"{fill.safe_file_name(number)}.pdf"
                paths = [f"{letters_dir}/{name}"] + ([f"{folder_dir}/{name}"] if folder_dir is not None else [])
                written += paths
                rendering.add(letter_doc(snapshot, number, office.logo_png), paths)
                names[tmpl.key] = tmpl.name
                rows.append({
                    "id": new_id(), "created_at": None, "created_by": actor, "origin": device,
                    "number": number, "series": letter_series(tmpl.key), "year": day.year, "seq": seq,
                    "template_key": tmpl.key, "template_revision": tmpl.revision, "subject": snapshot["subject"],
                    "issued_on": day, "recipient": request.recipient.name.strip(),
                    "recipient_address": request.recipient.address.strip(),
                    "recipient_city": request.recipient.city.strip(),
                    "field_data": _json_fields(values), "render": snapshot | {"logo_sha": logo_sha},
                    "about_entity": request.about[0] if request.about else None,
                    "about_id": request.about[1] if request.about else None,
                    "sha256": "", "pdf_path": f"letters/{day.year}/{name}",
                })
                if i % 100 == 0:
                    progress.check()

            combined = PdfBuilder() if one_pdf is not None else None

            def store(first: int, chunk: list) -> None:
                """The register rows of letters whose PDFs are written, inserted (one statement) while
                the rest are drawn."""
                stored = rows[first:first + len(chunk)]
                for row, (_pages, sha) in zip(stored, chunk, strict=True):
                    row["sha256"] = sha
                    row["created_at"] = utcnow()
                session.execute(insert(LetterRow.__table__), stored)  # Core: no ORM objects to track
                if combined is not None:  # the print PDF put together meanwhile, from the same drawn pages
                    for pages, _sha in chunk:
                        combined.add(pages)

            # a large batch is added to the search index by one statement, not a trigger call per row
            with bulk_insert(session, LetterRow.__tablename__) if total >= BULK_INDEX_FROM else nullcontext():
                rendering.wait(progress.check, lambda n: progress.progress(n, total, ""), store)
        except BaseException:
            rendering.abandon()
            raise
        rows = [SimpleNamespace(**row) for row in rows]
        if one_pdf is not None:
            progress.check()
            written.append(Path(one_pdf))
            _write_atomic(Path(one_pdf), combined.finish("Surat"))
        progress.check()
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
        progress.progress(total, total, "")
        return [self._view(r, "issued", "", names.get(r.template_key, "")) for r in rows]

    # ---- the register -----------------------------------------------------------------------------


def discard_files(letters: Sequence[IssuedLetter], one_pdf: Path | None = None, folder: Path | None = None) -> None:
    """Remove the files of letters whose transaction did not commit (their numbers went back)."""
    paths = [Path(x.pdf_path) for x in letters]
    if folder is not None:
        paths += [Path(folder) / p.name for p in paths]
    if one_pdf is not None:
        paths.append(Path(one_pdf))
    for path in paths:
        path.unlink(missing_ok=True)


@contextmanager
def _without_gc():
    """No cyclic garbage collection while a batch runs: a batch makes many short-lived objects and
    no cycles worth collecting, and a full collection of the program's heap took a tenth of a
    1,000-letter batch. Collection resumes as before afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _json_fields(values: Mapping[str, object]) -> dict:
    from desktop.services.context import jsonable

    return {k: v if type(v) is str or type(v) is int else jsonable(v) for k, v in values.items()}


@search.register("letters")
def _search_letters(session: Session, text: str, limit: int) -> list[SearchHit]:
    """Letters by number, recipient or subject, the newest first."""
    from sqlalchemy import bindparam

    from desktop.models.search_index import indexed, match_param, restrict
    from desktop.services.paging import like_pattern

    words = text.split()
    fts = indexed(session, "letter_issued", words)

    def build():
        stmt = select(LetterRow.id, LetterRow.number, LetterRow.recipient, LetterRow.subject)
        if fts:  # the index walked from its newest entry: the first matches are the newest letters
            return restrict(stmt, "letter_issued", newest_first=True).limit(bindparam("limit"))
        for i in range(len(words)):
            w = bindparam(f"w{i}")
            stmt = stmt.where(or_(LetterRow.number.ilike(w, escape="\\"), LetterRow.recipient.ilike(w, escape="\\"),
                                  LetterRow.subject.ilike(w, escape="\\")))
        return stmt.order_by(LetterRow.created_at.desc()).limit(bindparam("limit"))

    params = match_param("letter_issued", words) if fts else {f"w{i}": like_pattern(w) for i, w in enumerate(words)}
    rows = session.execute(search.shaped(("letters", fts, len(words)), build), {**params, "limit": limit})
    return [SearchHit(area="letters", kind="Letter", title=r.number, subtitle=f"{r.recipient} \u00b7 {r.subject}",
                      record_id=r.id) for r in rows]
