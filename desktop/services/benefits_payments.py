"""Paying: approved disbursements become paid and each heir gets a kuitansi from the letter engine
(one receipt per heir and payment, with the components, the KPJ, the participant, the relationship
and the masked bank account). Handover ceremonies pay what the heirs present are due and print the
handover list and all their receipts as one PDF.

The payment is committed first (the database's unique paid key is the guard against paying twice);
the receipts are then issued in the letter engine's own transaction and attached. Should printing
fail after the payment (a full disk), the payment shows "receipt missing" and
`issue_missing_receipts` prints it; a paid disbursement never silently lacks its receipt.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from desktop.domain import benefits as dom
from desktop.domain import scholarships as sch
from desktop.domain.benefits_rules import Level
from desktop.domain.dates import format_date_id, format_date_long_id
from desktop.domain.identifiers import mask_account
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.benefits import (
    BenChild,
    BenClaim,
    BenDisbursement,
    BenHandover,
    BenHeir,
    BenParticipant,
    BenScholarshipYear,
)
from desktop.services import audit
from desktop.services.benefits_claims import refresh_status
from desktop.services.benefits_common import PAID, reversed_ids
from desktop.services.benefits_views import HandoverResult
from desktop.services.context import Area, Changes, NullProgress, Progress, get_for_update

NO_PROGRESS = NullProgress()

S = dom.DisbursementState


@dataclass(frozen=True)
class PaymentResult:
    paid: int
    receipt_numbers: tuple[str, ...]
    receipt_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class HandoverHeir:
    heir_id: uuid.UUID
    name: str
    relationship: str
    participant: str
    kpj: str
    kabupaten: str
    to_pay: int  # approved, paid at the ceremony
    paid_before: int  # paid, receipt not yet handed over
    amount: Money


def _component_label(d: BenDisbursement, year: BenScholarshipYear | None, child: BenChild | None) -> str:
    comp = dom.Component(d.component)
    if comp == dom.Component.SCHOLARSHIP_YEAR and year is not None:
        who = f" {child.name}" if child is not None else ""
        return (f"Beasiswa{who} tahun ajaran {sch.academic_year_label(year.academic_year)} "
                f"({sch.grade_label_id(Level(year.level), year.grade)})")
    if comp == dom.Component.BERKALA:
        return "Santunan berkala (24 bulan, dibayar sekaligus)"
    if comp == dom.Component.JKK_48X:
        return "Santunan kematian JKK (48 x upah)"
    return dom.COMPONENT_LABELS_ID[comp]


def receipt_request_for(session, heir: BenHeir, rows: list[BenDisbursement], paid_on: date):
    """One kuitansi for what one heir received in one payment."""
    from desktop.services.letters import ReceiptRequest

    claim = session.get(BenClaim, heir.claim_id)
    p = session.get(BenParticipant, claim.participant_id)
    components = []
    kinds = set()
    for d in rows:
        year = session.get(BenScholarshipYear, d.scholarship_year_id) if d.scholarship_year_id else None
        child = session.get(BenChild, year.child_id) if year is not None else None
        components.append((_component_label(d, year, child), d.amount))
        kinds.add("beasiswa" if d.component in (dom.Component.SCHOLARSHIP_YEAR, dom.Component.SCHOLARSHIP_LUMP)
                  else "santunan")
    programme = "Jaminan Kematian (JKM)" if claim.programme == "JKM" else "Jaminan Kecelakaan Kerja (JKK)"
    if kinds == {"beasiswa"}:
        what = "beasiswa pendidikan anak"
    elif kinds == {"santunan"}:
        what = f"santunan {programme}"
    else:
        what = f"santunan {programme} dan beasiswa pendidikan anak"
    purpose = f"Pembayaran {what} atas meninggalnya peserta {p.name} (KPJ {p.kpj})"
    extra = [("No. KPJ", p.kpj), ("Nama peserta", p.name),
             ("Hubungan", dom.RELATIONSHIP_LABELS_ID[dom.Relationship(heir.relationship)])]
    if heir.account_number:
        extra.append(("Rekening", f"{heir.bank_name} {mask_account(heir.account_number)}".strip()))
    total = sum((a for _l, a in components), Money(0))
    return ReceiptRequest(payee_name=heir.name, payee_nik=heir.nik, amount=total, purpose=purpose,
                          components=tuple(components), paid_on=paid_on, about=("ben_claim", claim.id),
                          extra_lines=tuple(extra))


class PaymentsMixin:
    """Part of BenefitService."""

    def pay(self, disbursement_id: uuid.UUID, version: int, paid_on: date | None = None
            ) -> tuple[PaymentResult, Changes]:
        return self.pay_many([(disbursement_id, version)], paid_on=paid_on)

    def pay_many(self, items: list[tuple[uuid.UUID, int]], *, paid_on: date | None = None,
                 one_pdf: Path | None = None, progress: Progress = NO_PROGRESS) -> tuple[PaymentResult, Changes]:
        """Pay approved disbursements (all or none) and issue their receipts, one per heir."""
        self.ctx.require("benefits.pay")
        day = self._pay_day(paid_on)
        ids = self._mark_paid_many(items, day)
        result = self._receipts_for(ids, one_pdf=one_pdf, progress=progress)
        return PaymentResult(len(ids), result[0], result[1]), Changes.of(Area.BENEFITS, Area.LETTERS)

    def _pay_day(self, paid_on: date | None) -> date:
        day = paid_on or self.ctx.today()
        if day > self.ctx.today():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "A payment cannot be dated in the future."))
        return day

    def _mark_paid_many(self, items: list[tuple[uuid.UUID, int]], day: date) -> list[uuid.UUID]:
        from desktop.domain.identifiers import parse_nik

        if not items:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose what to pay."))
        with self.ctx.write() as session:
            done, claims = [], {}
            for disbursement_id, version in items:
                d = get_for_update(session, BenDisbursement, disbursement_id, version, what="disbursement")
                heir = session.get(BenHeir, d.heir_id)
                parse_nik(heir.nik, today=self.ctx.today())  # the receipt will need it; refuse before paying
                self.mark_paid(session, d, day, refresh=False)
                done.append(d.id)
                claims[d.claim_id] = session.get(BenClaim, d.claim_id)
            for claim in claims.values():
                refresh_status(session, claim)
        return done

    def _receipts_for(self, ids: list[uuid.UUID], *, one_pdf: Path | None = None,
                      progress: Progress = NO_PROGRESS) -> tuple[tuple[str, ...], tuple[uuid.UUID, ...]]:
        from desktop.services.letters import LetterService

        groups: list[tuple[object, list[tuple[uuid.UUID, int]]]] = []
        with self.ctx.read() as session:
            rows = [session.get(BenDisbursement, i) for i in ids]
            by_heir: dict[tuple[uuid.UUID, date], list[BenDisbursement]] = defaultdict(list)
            for d in rows:
                if d is not None and d.state == PAID and d.receipt_id is None and d.reversal_of is None:
                    by_heir[(d.heir_id, d.paid_on)].append(d)
            for (heir_id, day), group in by_heir.items():
                heir = session.get(BenHeir, heir_id)
                groups.append((receipt_request_for(session, heir, group, day), [(d.id, d.version) for d in group]))
        if not groups:
            return (), ()
        try:
            receipts, _changes = LetterService(self.ctx).issue_receipts([g[0] for g in groups], one_pdf=one_pdf,
                                                                        progress=progress)
        except UserError as exc:
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "The payment is recorded, but its receipt could not be issued: {detail} "
                             "Use \u201cIssue missing receipts\u201d once this is fixed."),
                detail=exc.render()) from exc
        except OSError as exc:
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "The payment is recorded, but its receipt could not be issued: {detail} "
                             "Use \u201cIssue missing receipts\u201d once this is fixed."),
                detail=exc.strerror or str(exc)) from exc
        with self.ctx.write() as session:
            for (_request, members), receipt in zip(groups, receipts, strict=True):
                for disbursement_id, version in members:
                    d = get_for_update(session, BenDisbursement, disbursement_id, version, what="disbursement")
                    d.receipt_id, d.receipt_number = receipt.id, receipt.number
                session.flush()
                audit.record(session, "receipt", "ben_disbursement", members[0][0], summary=receipt.number,
                             after={"receipt_number": receipt.number,
                                    "disbursements": [str(m[0]) for m in members]})
        return tuple(r.number for r in receipts), tuple(r.id for r in receipts)

    def issue_missing_receipts(self, disbursement_ids: list[uuid.UUID] | None = None) -> tuple[PaymentResult, Changes]:
        """Receipts for paid disbursements that have none (printing failed when they were paid)."""
        self.ctx.require("benefits.pay")
        with self.ctx.read() as session:
            stmt = select(BenDisbursement.id).where(BenDisbursement.state == PAID, BenDisbursement.receipt_id.is_(None),
                                                    BenDisbursement.reversal_of.is_(None))
            if disbursement_ids is not None:
                stmt = stmt.where(BenDisbursement.id.in_(disbursement_ids))
            ids = list(session.scalars(stmt))
        numbers, receipt_ids = self._receipts_for(ids)
        return PaymentResult(0, numbers, receipt_ids), Changes.of(Area.BENEFITS, Area.LETTERS)

    # ---- handover ceremonies -------------------------------------------------------------------

    def _handed_over(self, session) -> set[str]:
        done: set[str] = set()
        for ids in session.scalars(select(BenHandover.disbursement_ids)):
            done.update(str(i) for i in ids or [])
        return done

    def _handover_rows(self, session, heir_ids: list[uuid.UUID] | None = None) -> list[BenDisbursement]:
        stmt = select(BenDisbursement).where(BenDisbursement.reversal_of.is_(None),
                                             BenDisbursement.state.in_([S.APPROVED.value, PAID]))
        if heir_ids is not None:
            stmt = stmt.where(BenDisbursement.heir_id.in_(heir_ids))
        rows = list(session.scalars(stmt.order_by(BenDisbursement.created_at)))
        gone = reversed_ids(session, [d.id for d in rows]) if rows else set()
        done = self._handed_over(session)
        return [d for d in rows if d.id not in gone and str(d.id) not in done]

    def handover_heirs(self, recent_days: int = 30) -> list[HandoverHeir]:
        """Heirs with something to hand over: approved payments (paid at the ceremony), or payments
        made in the last `recent_days` days that were not handed over yet."""
        since = self.ctx.today() - timedelta(days=recent_days)
        with self.ctx.read() as session:
            by_heir: dict[uuid.UUID, list[BenDisbursement]] = defaultdict(list)
            for d in self._handover_rows(session):
                by_heir[d.heir_id].append(d)
            by_heir = {h: rows for h, rows in by_heir.items()
                       if any(d.state == S.APPROVED.value or (d.paid_on and d.paid_on >= since) for d in rows)}
            out = []
            for heir_id, rows in by_heir.items():
                heir = session.get(BenHeir, heir_id)
                claim = session.get(BenClaim, heir.claim_id)
                if claim.deleted_at is not None:
                    continue
                p = session.get(BenParticipant, claim.participant_id)
                out.append(HandoverHeir(
                    heir.id, heir.name, dom.RELATIONSHIP_LABELS_ID[dom.Relationship(heir.relationship)], p.name,
                    p.kpj, claim.kabupaten, sum(1 for d in rows if d.state == S.APPROVED.value),
                    sum(1 for d in rows if d.state == PAID), sum((d.amount for d in rows), Money(0))))
        return sorted(out, key=lambda h: (h.kabupaten, h.participant, h.name))

    def handover(self, heir_ids: list[uuid.UUID], out_pdf: Path, *, held_on: date | None = None, place: str = "",
                 progress: Progress = NO_PROGRESS) -> tuple[HandoverResult, Changes]:
        """Pay what the heirs present are due and print the handover list followed by all their receipts."""
        self.ctx.require("benefits.pay")
        if not heir_ids:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the heirs who are present."))
        day = self._pay_day(held_on)
        with self.ctx.read() as session:
            rows = self._handover_rows(session, heir_ids)
            to_pay = [(d.id, d.version) for d in rows if d.state == S.APPROVED.value]
            all_ids = [d.id for d in rows]
        if not rows:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The chosen heirs have nothing approved or paid to hand over."))
        progress.progress(0, 3, "")
        if to_pay:
            self._mark_paid_many(to_pay, day)
        progress.check()
        self._receipts_for(all_ids)
        progress.progress(1, 3, "")
        pdf, receipt_numbers = self._handover_pdf(all_ids, day, place)
        progress.progress(2, 3, "")
        out_pdf = Path(out_pdf)
        try:
            out_pdf.parent.mkdir(parents=True, exist_ok=True)
            out_pdf.write_bytes(pdf)
        except OSError as exc:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} cannot be written: {detail}"),
                            path=str(out_pdf), detail=exc.strerror or str(exc)) from exc
        with self.ctx.write() as session:
            row = BenHandover(held_on=day, place=place.strip(), heir_ids=[str(h) for h in heir_ids],
                              disbursement_ids=[str(i) for i in all_ids], pdf_sha256=hashlib.sha256(pdf).hexdigest())
            session.add(row)
            session.flush()
            audit.record(session, "handover", "ben_handover", row.id,
                         summary=f"{len(heir_ids)} heirs, {len(receipt_numbers)} receipts",
                         after={"receipts": list(receipt_numbers)})
        progress.progress(3, 3, "")
        return (HandoverResult(tuple(receipt_numbers), len(to_pay), out_pdf, len(set(heir_ids))),
                Changes.of(Area.BENEFITS, Area.LETTERS))

    def _handover_pdf(self, ids: list[uuid.UUID], day: date, place: str) -> tuple[bytes, list[str]]:
        from desktop.documents.benefits_handover import HandoverLine, HandoverSheet, render_handover
        from desktop.documents.receipt import draw_receipt
        from desktop.models.letters import IssuedReceipt as ReceiptRow
        from desktop.services.benefits_reports import letterhead_for
        from desktop.services.letters_office import logo_bytes
        from desktop.services.letters_receipts import receipt_doc
        from desktop.services.office import OfficeService

        office = OfficeService(self.ctx).get()
        with self.ctx.read() as session:
            rows = [session.get(BenDisbursement, i) for i in ids]
            by_receipt: dict[uuid.UUID, list[BenDisbursement]] = defaultdict(list)
            for d in rows:
                if d.receipt_id is not None:
                    by_receipt[d.receipt_id].append(d)
            lines, docs, numbers, total = [], [], [], Money(0)
            for receipt_id, group in sorted(by_receipt.items(), key=lambda kv: kv[1][0].receipt_number):
                r = session.get(ReceiptRow, receipt_id)
                heir = session.get(BenHeir, group[0].heir_id)
                claim = session.get(BenClaim, heir.claim_id)
                p = session.get(BenParticipant, claim.participant_id)
                labels = []
                for d in group:
                    year = session.get(BenScholarshipYear, d.scholarship_year_id) if d.scholarship_year_id else None
                    labels.append(_component_label(d, year, session.get(BenChild, year.child_id) if year else None))
                lines.append(HandoverLine(heir.name, dom.RELATIONSHIP_LABELS_ID[dom.Relationship(heir.relationship)],
                                          f"{p.name} (KPJ {p.kpj})", f"{claim.programme}: " + "; ".join(labels),
                                          r.amount.format_table(), r.number))
                total = total + r.amount
                numbers.append(r.number)
                docs.append(receipt_doc(r.render, r.number, r.payee_name, r.amount, r.purpose, r.components,
                                        r.extra_lines, r.meterai, r.code,
                                        logo_bytes(session, r.render["office"].get("logo_sha"))))
        head = next((s for s in office.signatories if s.active and not s.on_behalf), None)
        sheet = HandoverSheet(
            letterhead=letterhead_for(self.ctx), day_text=format_date_long_id(day),
            place=place.strip() or office.city, lines=tuple(lines), total_text=total.format_table(),
            officer=self.ctx.actor.full_name or self.ctx.actor.username,
            head_position=head.position if head else "Kepala Kantor Cabang", head_name=head.name if head else "",
            place_date=f"{office.city}, {format_date_id(day)}".lstrip(", "))
        return render_handover(sheet, [lambda c, doc=doc: draw_receipt(c, doc) for doc in docs]), numbers
