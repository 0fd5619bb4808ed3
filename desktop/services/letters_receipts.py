"""Receipts (kuitansi): their own gap-free register, the meterai rule, and verification by QR code.

The QR code carries `CBG1|<number>|<amount in sen>|<YYYYMMDD>|<tag>`, where the tag is an
HMAC-SHA256 (first 128 bits, hex) over the number, amount, date and payee NIK, keyed with a
random secret made once per database. A printed receipt is genuine when its code's tag matches and
the register holds that number with that amount and date (and it was not cancelled).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import exists, func, select

from desktop.domain.dates import format_date_id
from desktop.domain.identifiers import mask_nik, parse_nik
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.letters import IssuedReceipt as ReceiptRow
from desktop.models.letters import LetterSecret, ReceiptEvent
from desktop.services import audit
from desktop.services import letters_fill as fill
from desktop.services.context import Area, Changes, NullProgress, Progress
from desktop.services.letters_register import RECEIPT_SERIES, secret, take_numbers
from desktop.services.paging import Page, PageRequest, fetch_page

NO_PROGRESS = NullProgress()
CODE_PREFIX = "CBG1"
SECRET_KEY = "receipt.hmac_key"
FORMAT_KEY = "receipt.number_format"
DEFAULT_RECEIPT_FORMAT = "{seq:03}/{code}/{month_roman}/{year}"


@dataclass(frozen=True)
class ReceiptRequest:
    payee_name: str
    payee_nik: str
    amount: Money
    purpose: str  # "Pembayaran santunan JKM a.n. ..."
    components: tuple[tuple[str, Money], ...] = ()  # must sum to amount
    payer: str | None = None  # default: the office name ("Telah terima dari")
    place: str | None = None  # default: the office's city
    paid_on: date | None = None
    about: tuple[str, uuid.UUID] | None = None
    extra_lines: tuple[tuple[str, str], ...] = ()
    meterai: bool | None = None  # None: the rule (settings); True/False: this receipt's override


@dataclass(frozen=True)
class IssuedReceipt:
    id: uuid.UUID
    number: str
    paid_on: date
    payee_name: str
    amount: Money
    purpose: str
    about_entity: str | None
    about_id: uuid.UUID | None
    status: str  # "issued" | "cancelled"
    meterai: bool
    code: str  # the QR payload
    sha256: str
    pdf_path: Path
    cancel_reason: str = ""


@dataclass(frozen=True)
class ReceiptCheck:
    ok: bool
    number: str = ""
    reason: str = ""  # English source (tr in the UI): why it is not valid, or "Genuine receipt."
    payee_name: str = ""
    amount: Money | None = None
    paid_on: date | None = None
    status: str = ""


def _tag(key: str, number: str, amount_sen: int, day: date, nik: str) -> str:
    message = f"{number}|{amount_sen}|{day:%Y%m%d}|{nik}".encode()
    return hmac.new(bytes.fromhex(key), message, hashlib.sha256).hexdigest()[:32]


def make_code(key: str, number: str, amount: Money, day: date, nik: str) -> str:
    return f"{CODE_PREFIX}|{number}|{amount.sen}|{day:%Y%m%d}|{_tag(key, number, amount.sen, day, nik)}"


def _parse_code(code: str) -> tuple[str, int, date, str] | None:
    parts = code.strip().split("|")
    if len(parts) != 5 or parts[0] != CODE_PREFIX:
        return None
    try:
        day = date(int(parts[3][:4]), int(parts[3][4:6]), int(parts[3][6:8]))
        return parts[1], int(parts[2]), day, parts[4].lower()
    except ValueError:
        return None


class ReceiptsMixin:
    """The receipt side of LetterService."""

    def receipt_number_format(self) -> str:
        with self.ctx.read() as session:
            value = session.scalar(select(LetterSecret.value).where(LetterSecret.key == FORMAT_KEY))
        return value or DEFAULT_RECEIPT_FORMAT

    def set_receipt_number_format(self, fmt: str) -> Changes:
        self.ctx.require("templates.edit")
        fill.check_number_format(fmt)
        with self.ctx.write() as session:
            row = session.scalar(select(LetterSecret).where(LetterSecret.key == FORMAT_KEY))
            before = row.value if row else DEFAULT_RECEIPT_FORMAT
            if row is None:
                session.add(LetterSecret(key=FORMAT_KEY, value=fmt))
            else:
                row.value = fmt
            session.flush()
            audit.record(session, "update", "receipt_number_format", None, summary=fmt,
                         before={"format": before}, after={"format": fmt})
        return Changes.of(Area.LETTERS)

    def _check_receipt(self, r: ReceiptRequest) -> str:
        if not r.payee_name.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The receipt needs the payee's name."))
        nik = parse_nik(r.payee_nik, today=self.ctx.today()).nik if r.payee_nik.strip() else ""
        if r.amount.sen <= 0:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The amount of a receipt must be more than zero."))
        if not r.purpose.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The receipt needs its purpose (Untuk pembayaran)."))
        if r.components and sum((a for _, a in r.components), Money(0)) != r.amount:
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "The components add up to {sum}, not to the amount {amount}."),
                sum=sum((a for _, a in r.components), Money(0)).format_table(), amount=r.amount.format_table())
        return nik

    def issue_receipt(self, request: ReceiptRequest) -> tuple[IssuedReceipt, Changes]:
        receipts, changes = self.issue_receipts([request])
        return receipts[0], changes

    def issue_receipts(self, requests: Sequence[ReceiptRequest], *, one_pdf: Path | None = None,
                       progress: Progress = NO_PROGRESS) -> tuple[list[IssuedReceipt], Changes]:
        """Number, print and register receipts in one transaction (all or none)."""
        from desktop.documents.receipt import render_receipt, render_receipts
        from desktop.services.letters_office import load_office

        self.ctx.require("letters.issue")
        requests = list(requests)
        if not requests:
            return [], Changes()
        niks = [self._check_receipt(r) for r in requests]
        enabled = bool(self._setting("receipt.meterai_enabled"))
        threshold = Money(int(self._setting("receipt.meterai_threshold_sen")))
        fmt = self.receipt_number_format()
        documents = self.ctx.document_dir()
        written: list[Path] = []
        total = len(requests)
        try:
            with self.ctx.write() as session:
                key = secret(session, SECRET_KEY, lambda: secrets.token_hex(32))
                office = load_office(session)
                by_year: dict[int, int] = {}
                for r in requests:
                    year = (r.paid_on or self.ctx.today()).year
                    by_year[year] = by_year.get(year, 0) + 1
                next_seq = {y: take_numbers(session, RECEIPT_SERIES, y, n) for y, n in by_year.items()}
                rows, docs = [], []
                for i, (r, nik) in enumerate(zip(requests, niks, strict=True), start=1):
                    progress.check()
                    day = r.paid_on or self.ctx.today()
                    seq = next_seq[day.year]
                    next_seq[day.year] = seq + 1
                    number = fill.format_number(fmt, seq=seq, code=fill.RECEIPT_CODE, office=office.code, day=day)
                    meterai = r.meterai if r.meterai is not None else (enabled and r.amount > threshold)
                    code = make_code(key, number, r.amount, day, nik)
                    snapshot = {
                        "office": office.as_json(),
                        "payer": (r.payer or office.name).strip(),
                        "place_date": f"{(r.place or office.city).strip()}, {format_date_id(day)}".lstrip(", "),
                        "payee_id": f"NIK {mask_nik(nik)}" if nik else "",
                    }
                    doc = receipt_doc(snapshot, number, r.payee_name.strip(), r.amount, r.purpose.strip(),
                                      [(lbl, a.sen) for lbl, a in r.components], [list(x) for x in r.extra_lines],
                                      meterai, code, office.logo_png)
                    data = render_receipt(doc)
                    rel = Path("receipts") / str(day.year) / f"{fill.safe_file_name(number)}.pdf"
                    path = documents / rel
                    path.parent.mkdir(parents=True, exist_ok=True)
                    written.append(path)
                    path.write_bytes(data)
                    docs.append(doc)
                    rows.append(ReceiptRow(
                        number=number, year=day.year, seq=seq, paid_on=day, payee_name=r.payee_name.strip(),
                        payee_nik=nik, amount=r.amount, purpose=r.purpose.strip(), payer=snapshot["payer"],
                        place=(r.place or office.city).strip(), components=[[lbl, a.sen] for lbl, a in r.components],
                        extra_lines=[list(x) for x in r.extra_lines], meterai=meterai, render=snapshot,
                        about_entity=r.about[0] if r.about else None, about_id=r.about[1] if r.about else None,
                        code=code, sha256=hashlib.sha256(data).hexdigest(), pdf_path=rel.as_posix()))
                    progress.progress(i, total, number)
                if one_pdf is not None:
                    progress.check()
                    written.append(Path(one_pdf))
                    Path(one_pdf).parent.mkdir(parents=True, exist_ok=True)
                    Path(one_pdf).write_bytes(render_receipts(docs))
                session.add_all(rows)
                session.flush()
                for row in rows:
                    audit.record(session, "issue", "receipt", row.id, summary=f"{row.number} {row.amount.format_table()}",
                                 after={"number": row.number, "amount": row.amount, "payee": row.payee_name,
                                        "sha256": row.sha256})
                result = [self._receipt_view(row, "issued") for row in rows]
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        return result, Changes.of(Area.LETTERS)

    def _receipt_view(self, row: ReceiptRow, status: str, reason: str = "") -> IssuedReceipt:
        return IssuedReceipt(
            id=row.id, number=row.number, paid_on=row.paid_on, payee_name=row.payee_name, amount=row.amount,
            purpose=row.purpose, about_entity=row.about_entity, about_id=row.about_id, status=status,
            meterai=row.meterai, code=row.code, sha256=row.sha256, pdf_path=self.ctx.document_dir() / row.pdf_path,
            cancel_reason=reason)

    def _receipt_select(self):
        cancelled = (select(ReceiptEvent.receipt_id, func.max(ReceiptEvent.reason).label("reason"))
                     .where(ReceiptEvent.kind == "cancelled").group_by(ReceiptEvent.receipt_id).subquery())
        stmt = (select(ReceiptRow, cancelled.c.reason, cancelled.c.receipt_id)
                .outerjoin(cancelled, cancelled.c.receipt_id == ReceiptRow.id))
        return stmt, cancelled

    def _receipt_row_view(self, r) -> IssuedReceipt:
        row, reason, cancelled_id = r
        return self._receipt_view(row, "cancelled" if cancelled_id is not None else "issued", reason or "")

    def receipts_page(self, request: PageRequest) -> Page[IssuedReceipt]:
        stmt, cancelled = self._receipt_select()
        f = request.filters
        if f.get("year"):
            stmt = stmt.where(ReceiptRow.year == int(f["year"]))
        if f.get("status") == "cancelled":
            stmt = stmt.where(cancelled.c.receipt_id.is_not(None))
        elif f.get("status") == "issued":
            stmt = stmt.where(cancelled.c.receipt_id.is_(None))
        with self.ctx.read() as session:
            return fetch_page(session, stmt, request,
                              sort_columns={"number": ReceiptRow.number, "paid_on": ReceiptRow.paid_on,
                                            "payee_name": ReceiptRow.payee_name, "amount": ReceiptRow.amount},
                              search_columns=[ReceiptRow.number, ReceiptRow.payee_name, ReceiptRow.purpose],
                              tiebreak=ReceiptRow.created_at, to_row=self._receipt_row_view)

    def receipts_about(self, entity: str, entity_id: uuid.UUID) -> list[IssuedReceipt]:
        stmt, _ = self._receipt_select()
        with self.ctx.read() as session:
            rows = session.execute(stmt.where(ReceiptRow.about_entity == entity, ReceiptRow.about_id == entity_id)
                                   .order_by(ReceiptRow.created_at))
            return [self._receipt_row_view(r) for r in rows]

    def cancel_receipt(self, receipt_id: uuid.UUID, reason: str) -> Changes:
        self.ctx.require("letters.cancel")
        if len(reason.strip()) < 5:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Say why the receipt is cancelled (at least 5 characters)."))
        with self.ctx.write() as session:
            row = session.get(ReceiptRow, receipt_id)
            if row is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The receipt was not found."))
            if session.scalar(select(exists().where(ReceiptEvent.receipt_id == receipt_id,
                                                    ReceiptEvent.kind == "cancelled"))):
                raise UserError(QT_TRANSLATE_NOOP("UserError", "Receipt {number} is already cancelled."), number=row.number)
            session.add(ReceiptEvent(receipt_id=receipt_id, kind="cancelled", reason=reason.strip()))
            session.flush()
            audit.record(session, "cancel", "receipt", receipt_id, summary=f"{row.number}: {reason.strip()}",
                         before={"status": "issued"}, after={"status": "cancelled", "reason": reason.strip()})
        return Changes.of(Area.LETTERS)

    def receipt_pdf(self, receipt_id: uuid.UUID, *, salinan: bool = False) -> bytes:
        """The receipt as issued, or (salinan=True, recorded) a reprint marked SALINAN."""
        from desktop.documents.receipt import render_receipt
        from desktop.services.letters_office import logo_bytes

        if salinan:
            self.ctx.require("letters.issue")
        with (self.ctx.write() if salinan else self.ctx.read()) as session:
            row = session.get(ReceiptRow, receipt_id)
            if row is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The receipt was not found."))
            path = self.ctx.document_dir() / row.pdf_path
            if not salinan and path.is_file():
                data = path.read_bytes()
                if hashlib.sha256(data).hexdigest() == row.sha256:
                    return data
            doc = receipt_doc(row.render, row.number, row.payee_name, row.amount, row.purpose, row.components,
                              row.extra_lines, row.meterai, row.code,
                              logo_bytes(session, row.render["office"].get("logo_sha")), salinan=salinan)
            if salinan:
                session.add(ReceiptEvent(receipt_id=receipt_id, kind="reprinted", reason=""))
                audit.record(session, "print", "receipt", receipt_id, summary=f"{row.number} SALINAN")
            return render_receipt(doc)

    def verify_receipt(self, code: str) -> ReceiptCheck:
        """Check a receipt's QR code (pasted or scanned): genuine, or why not."""
        parsed = _parse_code(code)
        if parsed is None:
            return ReceiptCheck(False, reason=QT_TRANSLATE_NOOP("Receipts", "This is not a Cabang receipt code."))
        number, amount_sen, day, tag = parsed
        with self.ctx.read() as session:
            key = session.scalar(select(LetterSecret.value).where(LetterSecret.key == SECRET_KEY))
            stmt, _ = self._receipt_select()
            found = session.execute(stmt.where(ReceiptRow.number == number)).first()
        if key is None or found is None:
            return ReceiptCheck(False, number, QT_TRANSLATE_NOOP("Receipts", "No receipt with this number was issued here."))
        view = self._receipt_row_view(found)
        row = found[0]
        expected = _tag(key, row.number, row.amount.sen, row.paid_on, row.payee_nik)
        if not hmac.compare_digest(expected, tag) or amount_sen != row.amount.sen or day != row.paid_on:
            return ReceiptCheck(False, number, QT_TRANSLATE_NOOP(
                "Receipts", "Forged or altered: the code does not match the receipt in the register."))
        if view.status == "cancelled":
            return ReceiptCheck(False, number, QT_TRANSLATE_NOOP("Receipts", "This receipt was cancelled."),
                                row.payee_name, row.amount, row.paid_on, view.status)
        return ReceiptCheck(True, number, QT_TRANSLATE_NOOP("Receipts", "Genuine receipt."), row.payee_name,
                            row.amount, row.paid_on, view.status)


def receipt_doc(snapshot: dict, number: str, payee: str, amount: Money, purpose: str, components, extra_lines,
                meterai: bool, code: str, logo: bytes | None, *, salinan: bool = False):
    from desktop.documents.letterhead import Letterhead
    from desktop.documents.receipt import ReceiptDoc

    office = snapshot["office"]
    return ReceiptDoc(
        letterhead=Letterhead(office["name"], office.get("address", ""), office.get("phone", ""),
                              office.get("email", ""), office.get("website", ""), logo),
        number=number, payer=snapshot["payer"], payee_name=payee, payee_id=snapshot.get("payee_id", ""),
        amount=amount.format_document(), amount_words=amount_in_words(amount), purpose=purpose,
        place_date=snapshot["place_date"],
        components=tuple((str(lbl), Money(int(sen)).format_document()) for lbl, sen in components),
        extra_lines=tuple((str(a), str(b)) for a, b in extra_lines), meterai=meterai, qr_payload=code,
        salinan=salinan, title=f"Kuitansi {number}")


def amount_in_words(amount: Money) -> str:
    from desktop.domain.terbilang import terbilang_title

    return terbilang_title(amount)
