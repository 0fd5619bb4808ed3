"""Heirs of a death claim: recorded by the clerk, proposed by the legal order, confirmed by the clerk."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.domain import benefits as dom
from desktop.domain.identifiers import parse_nik
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.benefits import BenChild, BenClaim, BenDisbursement, BenHeir
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.benefits_claims import refresh_status
from desktop.services.benefits_common import CANCELLED, heir_view, may_see_full
from desktop.services.benefits_views import HeirInput, HeirView
from desktop.services.context import Area, Changes, get_for_update, get_live, snapshot

_ACCOUNT = re.compile(r"^[0-9]{6,20}$")
_PHONE = re.compile(r"^[0-9+()\- ]{6,30}$")


@dataclass(frozen=True)
class ProposalView:
    entitled: tuple[uuid.UUID, ...]
    funeral_only: tuple[uuid.UUID, ...]
    rank: int | None
    text_en: str
    params: dict[str, str]
    to_fund: bool


class HeirsMixin:
    """Part of BenefitService."""

    def _clean_heir(self, data: HeirInput, stored: BenHeir | None = None) -> HeirInput:
        name = " ".join(data.name.split())
        if not name:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Enter the heir's name."))
        try:
            rel = dom.Relationship(data.relationship)
        except ValueError:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the heir's relationship to the participant.")) \
                from None
        if stored is not None and "*" in data.nik:
            nik = stored.nik
        else:
            nik = parse_nik(data.nik, today=self.ctx.today()).nik
        account = "".join(data.account_number.split()).replace("-", "").replace(".", "")
        if stored is not None and "\u2022" in data.account_number:
            account = stored.account_number
        if account and not _ACCOUNT.match(account):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "A bank account number has 6 to 20 digits."))
        if account and not data.bank_name.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Enter the bank of the account."))
        if data.phone.strip() and not _PHONE.match(data.phone.strip()):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The phone number {phone} is not valid."),
                            phone=data.phone.strip())
        if data.birth_date is not None and data.birth_date > self.ctx.today():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The heir's birth date cannot be in the future."))
        return HeirInput(nik=nik, name=name, relationship=rel.value, birth_date=data.birth_date,
                         address=data.address.strip(), phone=data.phone.strip(), bank_name=data.bank_name.strip(),
                         account_number=account)

    def add_heir(self, claim_id: uuid.UUID, data: HeirInput) -> tuple[HeirView, Changes]:
        self.ctx.require("benefits.edit")
        data = self._clean_heir(data)
        with self.ctx.write() as session:
            claim = get_live(session, BenClaim, claim_id, what="claim")
            clash = session.scalar(select(BenHeir.id).where(BenHeir.claim_id == claim.id, BenHeir.nik == data.nik,
                                                            BenHeir.deleted_at.is_(None)))
            if clash is not None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "This heir (NIK) is already recorded for the claim."))
            heir = BenHeir(claim_id=claim.id, rank=dom.RELATIONSHIP_RANK[dom.Relationship(data.relationship)])
            _fill(heir, data)
            session.add(heir)
            session.flush()
            _repropose(session, claim)
            audit.record(session, "create", "ben_heir", heir.id, summary=f"{data.relationship}",
                         after=_safe_snapshot(heir))
            return heir_view(heir, may_see_full(self.ctx)), Changes.of(Area.BENEFITS)

    def update_heir(self, heir_id: uuid.UUID, version: int, data: HeirInput) -> Changes:
        self.ctx.require("benefits.edit")
        with self.ctx.write() as session:
            heir = get_for_update(session, BenHeir, heir_id, version, what="heir")
            data = self._clean_heir(data, heir)
            _refuse_if_paying(session, heir.id)
            before = _safe_snapshot(heir)
            changed_rel = heir.relationship != data.relationship
            _fill(heir, data)
            heir.rank = dom.RELATIONSHIP_RANK[dom.Relationship(data.relationship)]
            session.flush()
            if changed_rel:
                _repropose(session, session.get(BenClaim, heir.claim_id))
            old, new = audit.diff(before, _safe_snapshot(heir))
            audit.record(session, "update", "ben_heir", heir.id, before=old, after=new)
        return Changes.of(Area.BENEFITS)

    def remove_heir(self, heir_id: uuid.UUID, version: int) -> Changes:
        self.ctx.require("benefits.edit")
        with self.ctx.write() as session:
            heir = get_for_update(session, BenHeir, heir_id, version, what="heir")
            _refuse_if_paying(session, heir.id)
            guardian = session.scalar(select(func.count()).select_from(BenChild).where(
                BenChild.guardian_heir_id == heir.id, BenChild.deleted_at.is_(None)))
            if guardian:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "This heir is the guardian of a child receiving the scholarship; choose another "
                                 "guardian first."))
            heir.deleted_at = utcnow()
            heir.confirmed = False
            session.flush()
            _repropose(session, session.get(BenClaim, heir.claim_id))
            audit.record(session, "delete", "ben_heir", heir.id, before=_safe_snapshot(heir))
        return Changes.of(Area.BENEFITS)

    def propose_heirs(self, claim_id: uuid.UUID) -> ProposalView:
        """Who the legal order makes entitled (marked on the heirs; nothing confirmed)."""
        with self.ctx.read() as session:
            heirs = _live_heirs(session, claim_id)
            return _proposal_view(dom.propose_heirs([dom.HeirCandidate(h.id, dom.Relationship(h.relationship))
                                                     for h in heirs]))

    def confirm_heirs(self, claim_id: uuid.UUID, heir_ids: list[uuid.UUID]) -> Changes:
        """The clerk confirms who is paid; only heirs the legal order makes entitled may be confirmed."""
        self.ctx.require("benefits.edit")
        wanted = set(heir_ids)
        with self.ctx.write() as session:
            claim = get_live(session, BenClaim, claim_id, what="claim")
            heirs = _live_heirs(session, claim.id)
            proposal = dom.propose_heirs([dom.HeirCandidate(h.id, dom.Relationship(h.relationship)) for h in heirs])
            allowed = set(proposal.entitled) | set(proposal.funeral_only)
            for h in heirs:
                if h.id in wanted and h.id not in allowed:
                    raise UserError(
                        QT_TRANSLATE_NOOP("UserError", "{name} is not entitled under the legal order: heirs of order "
                                                       "{rank} come first."),
                        name=h.name, rank=proposal.rank or "-")
                if h.id not in wanted and h.confirmed:
                    _refuse_if_paying(session, h.id)
            for h in heirs:
                confirm = h.id in wanted
                if confirm != h.confirmed:
                    h.confirmed = confirm
                    h.confirmed_by = self.ctx.actor.username if confirm else ""
                    h.confirmed_at = utcnow() if confirm else None
            session.flush()
            refresh_status(session, claim)
            audit.record(session, "confirm", "ben_claim", claim.id, summary="heirs confirmed",
                         after={"heirs": sorted(str(i) for i in wanted)})
        return Changes.of(Area.BENEFITS)


def _fill(heir: BenHeir, data: HeirInput) -> None:
    heir.nik, heir.name, heir.relationship, heir.birth_date = data.nik, data.name, data.relationship, data.birth_date
    heir.address, heir.phone, heir.bank_name, heir.account_number = (
        data.address, data.phone, data.bank_name, data.account_number)


def _safe_snapshot(heir: BenHeir) -> dict:
    """The audit trail keeps no full NIK or account number (UU PDP: minimisation)."""
    from desktop.domain.identifiers import mask_account, mask_nik

    snap = snapshot(heir)
    snap["nik"] = mask_nik(heir.nik)
    snap["account_number"] = mask_account(heir.account_number) if heir.account_number else ""
    return snap


def _live_heirs(session, claim_id: uuid.UUID) -> list[BenHeir]:
    return list(session.scalars(select(BenHeir).where(BenHeir.claim_id == claim_id, BenHeir.deleted_at.is_(None))
                                .order_by(BenHeir.rank, BenHeir.created_at)))


def _repropose(session, claim: BenClaim) -> None:
    """Mark who the legal order makes entitled; a confirmation that no longer holds is withdrawn."""
    heirs = _live_heirs(session, claim.id)
    proposal = dom.propose_heirs([dom.HeirCandidate(h.id, dom.Relationship(h.relationship)) for h in heirs])
    allowed = set(proposal.entitled) | set(proposal.funeral_only)
    for h in heirs:
        h.entitled = h.id in allowed
        if h.confirmed and not h.entitled:
            h.confirmed, h.confirmed_by, h.confirmed_at = False, "", None
    session.flush()
    refresh_status(session, claim)


def _refuse_if_paying(session, heir_id: uuid.UUID) -> None:
    busy = session.scalar(select(func.count()).select_from(BenDisbursement).where(
        BenDisbursement.heir_id == heir_id,
        BenDisbursement.state.not_in([dom.DisbursementState.DRAFT.value, CANCELLED])))
    if busy:
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "Disbursements to this heir are already verified, approved or paid; the heir cannot be "
                         "changed now."))


def _proposal_view(p: dom.HeirProposal) -> ProposalView:
    return ProposalView(tuple(p.entitled), tuple(p.funeral_only), p.rank, p.text_en, dict(p.params), p.to_fund)
