"""Disbursements: draft -> verified -> approved -> paid (or cancelled with a reason), four-eyes
approval, amounts never above the rule, never paid twice (the database's unique `paid_key` stops a
second payment even from another workstation at the same moment), reversals and corrections, and
the kuitansi issued through the letter engine when a payment is made."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain import benefits as dom
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.benefits import (
    BenClaim,
    BenDisbursement,
    BenDisbursementEvent,
    BenHeir,
    BenParticipant,
    BenScholarshipYear,
)
from desktop.services import audit
from desktop.services.benefits_claims import refresh_status
from desktop.services.benefits_common import (
    CANCELLED,
    PAID,
    disbursement_row,
    net_paid,
    reversed_ids,
    rule_amount,
)
from desktop.services.benefits_views import DisbursementRow
from desktop.services.context import Area, Changes, get_for_update, get_live, snapshot
from desktop.services.paging import Page, PageRequest, fetch_page

S = dom.DisbursementState


@dataclass(frozen=True)
class DisbursementEventView:
    state: str
    actor: str
    reason: str
    at: object  # datetime (UTC)


def _slot(d: BenDisbursement) -> str:
    return dom.slot_key(d.claim_id, dom.Component(d.component), d.scholarship_year_id)


def _same_slot(stmt, d_claim: uuid.UUID, component: str, year_id: uuid.UUID | None):
    stmt = stmt.where(BenDisbursement.claim_id == d_claim, BenDisbursement.component == component)
    if year_id is not None:
        stmt = stmt.where(BenDisbursement.scholarship_year_id == year_id)
    return stmt


def live_in_slot(session: Session, claim_id: uuid.UUID, component: str, year_id: uuid.UUID | None,
                 exclude: uuid.UUID | None = None) -> list[BenDisbursement]:
    """Disbursements that still count for what they pay: not cancelled, not a reversal, not reversed."""
    stmt = _same_slot(select(BenDisbursement), claim_id, component, year_id).where(
        BenDisbursement.state != CANCELLED, BenDisbursement.reversal_of.is_(None))
    rows = [d for d in session.scalars(stmt) if d.id != exclude]
    gone = reversed_ids(session, [d.id for d in rows]) if rows else set()
    return [d for d in rows if d.id not in gone]


def rule_limit(session: Session, claim: BenClaim, component: str, year_id: uuid.UUID | None) -> Money:
    if component == dom.Component.SCHOLARSHIP_YEAR.value:
        year = session.get(BenScholarshipYear, year_id) if year_id else None
        if year is None or year.deleted_at is not None or year.status == "refused":
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the scholarship year this payment is for."))
        return year.amount
    amount = rule_amount(claim, component)
    if amount is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "This claim's entitlement has no component {component}."),
                        component=dom.COMPONENT_LABELS_ID[dom.Component(component)])
    return amount


def check_amount(session: Session, claim: BenClaim, d: BenDisbursement) -> None:
    """Never above the rule: this amount plus what is already paid (net) stays within the entitlement."""
    if d.amount.sen <= 0:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The amount must be more than zero."))
    limit = rule_limit(session, claim, d.component, d.scholarship_year_id)
    already = net_paid(session, claim.id, d.component, d.scholarship_year_id)
    if already + d.amount > limit:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{amount} is more than the rule allows: the entitlement is {limit} and "
                                           "{paid} is already paid."),
            amount=d.amount.format_table(), limit=limit.format_table(), paid=already.format_table())


def check_payee(session: Session, d: BenDisbursement) -> BenHeir:
    heir = session.get(BenHeir, d.heir_id)
    if heir is None or heir.deleted_at is not None or heir.claim_id != d.claim_id:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The payee must be an heir recorded on this claim."))
    if not heir.confirmed:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "{name} is not a confirmed heir; confirm the heirs first."),
                        name=heir.name)
    if dom.Component(d.component) not in dom.components_for_heir(dom.Relationship(heir.relationship)):
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "{name} arranged the funeral and may only receive the funeral costs."), name=heir.name)
    return heir


def check_documents(session: Session, claim_id: uuid.UUID) -> None:
    """A payment is verified only when the claim's required documents are in."""
    from desktop.models.benefits import BenClaimDocument

    missing = session.scalar(select(func.count()).select_from(BenClaimDocument).where(
        BenClaimDocument.claim_id == claim_id, BenClaimDocument.required.is_(True),
        BenClaimDocument.received_on.is_(None), BenClaimDocument.deleted_at.is_(None)))
    if missing:
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "{count} required document(s) of the claim have not been received; verify the payment "
                         "once they are in."), count=missing)


def default_payee(session: Session, claim_id: uuid.UUID, component: str) -> BenHeir | None:
    heirs = list(session.scalars(select(BenHeir).where(
        BenHeir.claim_id == claim_id, BenHeir.confirmed.is_(True), BenHeir.deleted_at.is_(None))
        .order_by(BenHeir.rank, BenHeir.created_at)))
    for h in heirs:
        if dom.Component(component) in dom.components_for_heir(dom.Relationship(h.relationship)):
            return h
    return None


def _event(session: Session, d: BenDisbursement, state: str, actor: str, reason: str = "") -> None:
    session.add(BenDisbursementEvent(disbursement_id=d.id, state=state, actor=actor, reason=reason))


class DisbursementMixin:
    """Part of BenefitService."""

    # ---- entering ----------------------------------------------------------------------------

    def create_disbursements(self, claim_id: uuid.UUID) -> tuple[list[uuid.UUID], Changes]:
        """Drafts for every component of the entitlement not yet paid or in progress."""
        self.ctx.require("benefits.edit")
        made: list[uuid.UUID] = []
        with self.ctx.write() as session:
            claim = get_live(session, BenClaim, claim_id, what="claim")
            if claim.status == "rejected":
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The claim was rejected; nothing can be paid."))
            for line in claim.entitlement or []:
                component = line["component"]
                if live_in_slot(session, claim.id, component, None):
                    continue
                remaining = rule_limit(session, claim, component, None) - net_paid(session, claim.id, component)
                if remaining.sen <= 0:
                    continue
                payee = default_payee(session, claim.id, component)
                if payee is None:
                    continue
                made.append(self._new_draft(session, claim, component, payee, remaining, None, None))
            if not made:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "Nothing to enter: every component is paid or in progress, or no heir entitled to it "
                                 "is confirmed yet."))
        return made, Changes.of(Area.BENEFITS)

    def add_disbursement(self, claim_id: uuid.UUID, component: str, heir_id: uuid.UUID, amount: Money, *,
                         scholarship_year_id: uuid.UUID | None = None, corrects: uuid.UUID | None = None,
                         note: str = "") -> tuple[uuid.UUID, Changes]:
        self.ctx.require("benefits.edit")
        with self.ctx.write() as session:
            claim = get_live(session, BenClaim, claim_id, what="claim")
            heir = get_live(session, BenHeir, heir_id, what="heir")
            new_id = self._new_draft(session, claim, component, heir, amount, scholarship_year_id, corrects, note)
        return new_id, Changes.of(Area.BENEFITS)

    def _new_draft(self, session: Session, claim: BenClaim, component: str, heir: BenHeir, amount: Money,
                   year_id: uuid.UUID | None, corrects: uuid.UUID | None, note: str = "") -> uuid.UUID:
        try:
            dom.Component(component)
        except ValueError:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose what the payment is for.")) from None
        if claim.status == "rejected":
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The claim was rejected; nothing can be paid."))
        if component == dom.Component.SCHOLARSHIP_YEAR.value and year_id is None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the scholarship year this payment is for."))
        if component != dom.Component.SCHOLARSHIP_YEAR.value:
            year_id = None
        if live_in_slot(session, claim.id, component, year_id):
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "This is already paid or being paid; a paid amount is corrected by reversing it first."))
        if corrects is not None:
            rev = session.get(BenDisbursement, corrects)
            if (rev is None or rev.reversal_of is None or rev.state != PAID or rev.claim_id != claim.id
                    or rev.component != component or rev.scholarship_year_id != year_id):
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "A correction must follow a reversal of the same payment."))
        d = BenDisbursement(claim_id=claim.id, component=component, scholarship_year_id=year_id, heir_id=heir.id,
                            amount=amount, state=S.DRAFT.value, entered_by=self.ctx.actor.username,
                            corrects=corrects, note=note.strip())
        check_payee(session, d)
        check_amount(session, claim, d)
        session.add(d)
        session.flush()
        _event(session, d, S.DRAFT.value, self.ctx.actor.username)
        audit.record(session, "create", "ben_disbursement", d.id,
                     summary=f"{component} {amount.format_table()}", after=snapshot(d))
        return d.id

    def update_draft(self, disbursement_id: uuid.UUID, version: int, amount: Money,
                     heir_id: uuid.UUID | None = None) -> Changes:
        """Only a draft can be changed; a paid disbursement is never edited."""
        self.ctx.require("benefits.edit")
        with self.ctx.write() as session:
            d = get_for_update(session, BenDisbursement, disbursement_id, version, what="disbursement")
            if d.state != S.DRAFT.value:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "Only a draft can be changed. A paid disbursement is never edited: reverse it and "
                                 "enter a new one."))
            before = snapshot(d)
            d.amount = amount
            if heir_id is not None:
                d.heir_id = heir_id
            check_payee(session, d)
            check_amount(session, session.get(BenClaim, d.claim_id), d)
            session.flush()
            old, new = audit.diff(before, snapshot(d))
            audit.record(session, "update", "ben_disbursement", d.id, before=old, after=new)
        return Changes.of(Area.BENEFITS)

    # ---- the workflow ----------------------------------------------------------------------------

    def verify(self, disbursement_id: uuid.UUID, version: int) -> Changes:
        return self.verify_many([(disbursement_id, version)])

    def verify_many(self, items: list[tuple[uuid.UUID, int]]) -> Changes:
        """Verify disbursements (all or none): the payee and the amount are checked against the rule."""
        self.ctx.require("benefits.verify")
        with self.ctx.write() as session:
            for disbursement_id, version in items:
                d = get_for_update(session, BenDisbursement, disbursement_id, version, what="disbursement")
                dom.check_transition(S(d.state), S.VERIFIED)
                check_documents(session, d.claim_id)
                check_payee(session, d)
                check_amount(session, session.get(BenClaim, d.claim_id), d)
                d.state, d.verified_by = S.VERIFIED.value, self.ctx.actor.username
                self._step(session, d, S.VERIFIED.value)
        return Changes.of(Area.BENEFITS)

    def approve(self, disbursement_id: uuid.UUID, version: int) -> Changes:
        return self.approve_many([(disbursement_id, version)])

    def approve_many(self, items: list[tuple[uuid.UUID, int]]) -> Changes:
        """Four-eyes: a supervisor or head who neither entered nor verified each disbursement."""
        self.ctx.require("benefits.approve")
        with self.ctx.write() as session:
            for disbursement_id, version in items:
                d = get_for_update(session, BenDisbursement, disbursement_id, version, what="disbursement")
                dom.check_transition(S(d.state), S.APPROVED)
                dom.check_four_eyes(self.ctx.actor.username, d.entered_by, d.verified_by)
                check_payee(session, d)
                check_amount(session, session.get(BenClaim, d.claim_id), d)
                d.state, d.approved_by = S.APPROVED.value, self.ctx.actor.username
                self._step(session, d, S.APPROVED.value)
        return Changes.of(Area.BENEFITS)

    def cancel(self, disbursement_id: uuid.UUID, version: int, reason: str) -> Changes:
        self.ctx.require("benefits.edit")
        if not reason.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Give the reason for cancelling."))
        with self.ctx.write() as session:
            d = get_for_update(session, BenDisbursement, disbursement_id, version, what="disbursement")
            dom.check_transition(S(d.state), S.CANCELLED)
            d.state, d.cancelled_by, d.cancelled_reason = CANCELLED, self.ctx.actor.username, reason.strip()
            self._step(session, d, CANCELLED, reason.strip())
        return Changes.of(Area.BENEFITS)

    def _step(self, session: Session, d: BenDisbursement, state: str, reason: str = "") -> None:
        session.flush()
        _event(session, d, state, self.ctx.actor.username, reason)
        audit.record(session, state, "ben_disbursement", d.id, summary=reason or f"{d.component}",
                     after={"state": state})

    def mark_paid(self, session: Session, d: BenDisbursement, paid_on: date, *, refresh: bool = True) -> None:
        """Within the caller's transaction: the checks, the paid state and the database guard."""
        dom.check_transition(S(d.state), S.PAID)
        check_payee(session, d)
        claim = session.get(BenClaim, d.claim_id)
        check_amount(session, claim, d)
        tail = f"after:{d.corrects}" if d.corrects else "first"
        d.paid_key = f"{_slot(d)}:{tail}"
        d.state, d.paid_by, d.paid_on = PAID, self.ctx.actor.username, paid_on
        try:
            session.flush()
        except IntegrityError:
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "This has just been paid from another workstation; it cannot be paid twice.")) from None
        _event(session, d, PAID, self.ctx.actor.username)
        audit.record(session, "pay", "ben_disbursement", d.id, summary=f"{d.component} {d.amount.format_table()}",
                     after={"state": PAID, "paid_on": paid_on.isoformat()})
        if refresh:
            refresh_status(session, claim)

    def reverse(self, disbursement_id: uuid.UUID, version: int, reason: str) -> tuple[uuid.UUID, Changes]:
        """A paid disbursement is corrected by a reversal (a new, negative entry) and then a new payment."""
        self.ctx.require("benefits.reverse")
        if not reason.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Give the reason for the reversal."))
        actor = self.ctx.actor.username
        with self.ctx.write() as session:
            orig = get_for_update(session, BenDisbursement, disbursement_id, version, what="disbursement")
            if orig.state != PAID or orig.reversal_of is not None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "Only a paid payment can be reversed."))
            rev = BenDisbursement(
                claim_id=orig.claim_id, component=orig.component, scholarship_year_id=orig.scholarship_year_id,
                heir_id=orig.heir_id, amount=-orig.amount, state=PAID, entered_by=actor, verified_by=actor,
                approved_by=actor, paid_by=actor, paid_on=self.ctx.today(), reversal_of=orig.id,
                paid_key=f"{_slot(orig)}:rev:{orig.id}", note=reason.strip())
            session.add(rev)
            try:
                session.flush()
            except IntegrityError:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "This payment has already been reversed.")) from None
            _event(session, rev, PAID, actor, reason.strip())
            audit.record(session, "reverse", "ben_disbursement", rev.id, summary=reason.strip(),
                         after=snapshot(rev))
            refresh_status(session, session.get(BenClaim, orig.claim_id))
            return rev.id, Changes.of(Area.BENEFITS)

    # ---- reading ---------------------------------------------------------------------------------

    def versions(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
        """The current version of each disbursement (to act on several at once)."""
        with self.ctx.read() as session:
            return dict(session.execute(select(BenDisbursement.id, BenDisbursement.version)
                                        .where(BenDisbursement.id.in_(ids))).all())

    def disbursement(self, disbursement_id: uuid.UUID) -> DisbursementRow:
        with self.ctx.read() as session:
            d = session.get(BenDisbursement, disbursement_id)
            if d is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "The disbursement was not found."))
            claim = session.get(BenClaim, d.claim_id)
            return disbursement_row(d, claim, session.get(BenParticipant, claim.participant_id),
                                    session.get(BenHeir, d.heir_id),
                                    session.get(BenScholarshipYear, d.scholarship_year_id)
                                    if d.scholarship_year_id else None,
                                    reversed_ids(session, [d.id]))

    def disbursement_history(self, disbursement_id: uuid.UUID) -> list[DisbursementEventView]:
        with self.ctx.read() as session:
            return [DisbursementEventView(e.state, e.actor, e.reason, e.created_at) for e in session.scalars(
                select(BenDisbursementEvent).where(BenDisbursementEvent.disbursement_id == disbursement_id)
                .order_by(BenDisbursementEvent.created_at, BenDisbursementEvent.id))]

    def disbursements_page(self, request: PageRequest) -> Page[DisbursementRow]:
        stmt = (select(BenDisbursement, BenClaim, BenParticipant, BenHeir, BenScholarshipYear)
                .join(BenClaim, BenClaim.id == BenDisbursement.claim_id)
                .join(BenParticipant, BenParticipant.id == BenClaim.participant_id)
                .join(BenHeir, BenHeir.id == BenDisbursement.heir_id)
                .outerjoin(BenScholarshipYear, BenScholarshipYear.id == BenDisbursement.scholarship_year_id)
                .where(BenClaim.deleted_at.is_(None)))
        f = request.filters
        if f.get("state"):
            stmt = stmt.where(BenDisbursement.state == f["state"])
        if f.get("open"):
            stmt = stmt.where(BenDisbursement.state.in_([S.DRAFT.value, S.VERIFIED.value, S.APPROVED.value]))
        if f.get("claim_id"):
            stmt = stmt.where(BenDisbursement.claim_id == f["claim_id"])
        if f.get("heir_ids"):
            stmt = stmt.where(BenDisbursement.heir_id.in_(list(f["heir_ids"])))
        with self.ctx.read() as session:
            page = fetch_page(
                session, stmt, request,
                sort_columns={"participant": BenParticipant.name, "kpj": BenParticipant.kpj,
                              "component": BenDisbursement.component, "heir_name": BenHeir.name,
                              "amount": BenDisbursement.amount, "state": BenDisbursement.state,
                              "paid_on": BenDisbursement.paid_on, "entered_by": BenDisbursement.entered_by,
                              "receipt_number": BenDisbursement.receipt_number},
                search_columns=[BenParticipant.kpj, BenParticipant.name, BenHeir.name, BenDisbursement.receipt_number,
                                BenDisbursement.state],
                tiebreak=BenDisbursement.id, to_row=lambda r: r)
            gone = reversed_ids(session, [r[0].id for r in page.rows]) if page.rows else set()
            rows = [disbursement_row(r[0], r[1], r[2], r[3], r[4], gone) for r in page.rows]
        return Page(rows, page.total, page.offset)

    def disbursed_in_month(self, year: int, month: int) -> tuple[int, Money]:
        """For the dashboard: payments made in a month (count) and the net amount paid (reversals
        posted in the month are subtracted)."""
        start = date(year, month, 1)
        end = date(year + (month == 12), month % 12 + 1, 1)
        with self.ctx.read() as session:
            count = session.scalar(select(func.count()).select_from(BenDisbursement).where(
                BenDisbursement.state == PAID, BenDisbursement.reversal_of.is_(None),
                BenDisbursement.paid_on >= start, BenDisbursement.paid_on < end)) or 0
            total = session.scalar(select(func.sum(BenDisbursement.amount)).where(
                BenDisbursement.state == PAID, BenDisbursement.paid_on >= start, BenDisbursement.paid_on < end))
        return int(count), total or Money(0)
