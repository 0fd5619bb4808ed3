"""Helpers the Santunan & Beasiswa service modules share: the rule book with the office's
settings, personal-data masking, and turning rows into views."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import benefits as dom
from desktop.domain.benefits_rules import DEFAULT_RULES, PP82_2019, RuleBook
from desktop.domain.identifiers import mask_account, mask_nik
from desktop.domain.money import Money
from desktop.domain.scholarships import DEFAULT_PROOF_GRACE_DAYS, DEFAULT_START_MONTH
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.benefits import BenClaim, BenDisbursement, BenHeir, BenParticipant, BenScholarshipYear
from desktop.models.core import Setting
from desktop.services.benefits_views import BenefitSettings, DisbursementRow, HeirView

# Settings of this area, kept in the shared setting table under these keys.
KEY_PP82_EFFECTIVE = "benefits.rule_effective.PP82_2019"
KEY_PROOF_GRACE = "benefits.proof_grace_days"
KEY_AY_START = "benefits.academic_year_start_month"

PAID = dom.DisbursementState.PAID.value
CANCELLED = dom.DisbursementState.CANCELLED.value


def _setting(session: Session, key: str) -> object | None:
    row = session.scalar(select(Setting).where(Setting.key == key, Setting.deleted_at.is_(None)))
    return None if row is None else row.value


def load_settings(session: Session) -> BenefitSettings:
    raw = _setting(session, KEY_PP82_EFFECTIVE)
    grace = _setting(session, KEY_PROOF_GRACE)
    start = _setting(session, KEY_AY_START)
    return BenefitSettings(
        pp82_effective=date.fromisoformat(raw) if isinstance(raw, str) else PP82_2019.effective_from,
        proof_grace_days=int(grace) if isinstance(grace, int) else DEFAULT_PROOF_GRACE_DAYS,
        academic_year_start_month=int(start) if isinstance(start, int) else DEFAULT_START_MONTH,
    )


def rulebook(settings: BenefitSettings) -> RuleBook:
    if settings.pp82_effective == PP82_2019.effective_from:
        return DEFAULT_RULES
    return RuleBook(overrides={PP82_2019.key: settings.pp82_effective})


def may_see_full(ctx) -> bool:
    from desktop.domain.roles import allowed

    return allowed(ctx.actor.role, "personal.view_full")


def show_nik(nik: str, full: bool) -> str:
    return nik if full or not nik else mask_nik(nik)


def show_account(number: str, full: bool) -> str:
    return number if full or not number else mask_account(number)


def heir_view(h: BenHeir, full: bool) -> HeirView:
    rel = dom.Relationship(h.relationship)
    return HeirView(
        id=h.id, version=h.version, claim_id=h.claim_id, nik=show_nik(h.nik, full), name=h.name,
        relationship=h.relationship, relationship_id=dom.RELATIONSHIP_LABELS_ID[rel], rank=h.rank,
        birth_date=h.birth_date, address=h.address, phone=h.phone, bank_name=h.bank_name,
        account_number=show_account(h.account_number, full), entitled=h.entitled, confirmed=h.confirmed,
        confirmed_by=h.confirmed_by)


def disbursement_row(d: BenDisbursement, claim: BenClaim, participant: BenParticipant, heir: BenHeir,
                     year: BenScholarshipYear | None, reversed_ids: set[uuid.UUID]) -> DisbursementRow:
    return DisbursementRow(
        id=d.id, version=d.version, claim_id=d.claim_id, kpj=participant.kpj, participant=participant.name,
        programme=dom.Programme.BEASISWA.value if d.component in (dom.Component.SCHOLARSHIP_YEAR,
                                                                   dom.Component.SCHOLARSHIP_LUMP)
        else claim.programme,
        component=d.component, academic_year=year.academic_year if year is not None else None,
        scholarship_year_id=d.scholarship_year_id,
        heir_id=heir.id, heir_name=heir.name, relationship=heir.relationship, amount=d.amount, state=d.state,
        entered_by=d.entered_by, verified_by=d.verified_by, approved_by=d.approved_by, paid_by=d.paid_by,
        paid_on=d.paid_on, receipt_id=d.receipt_id, receipt_number=d.receipt_number, reversal_of=d.reversal_of,
        corrects=d.corrects, reversed=d.id in reversed_ids, cancelled_reason=d.cancelled_reason,
        kabupaten=claim.kabupaten)


def reversed_ids(session: Session, ids: list[uuid.UUID] | None = None) -> set[uuid.UUID]:
    stmt = select(BenDisbursement.reversal_of).where(BenDisbursement.reversal_of.is_not(None),
                                                     BenDisbursement.state == PAID)
    if ids is not None:
        stmt = stmt.where(BenDisbursement.reversal_of.in_(ids))
    return {r for r in session.scalars(stmt)}


def net_paid(session: Session, claim_id: uuid.UUID, component: str | None = None,
             scholarship_year_id: uuid.UUID | None = None) -> Money:
    """Paid amounts minus reversals, for a claim, a component of it, or a scholarship year."""
    stmt = select(BenDisbursement.amount).where(BenDisbursement.claim_id == claim_id,
                                                BenDisbursement.state == PAID)
    if component is not None:
        stmt = stmt.where(BenDisbursement.component == component)
    if scholarship_year_id is not None:
        stmt = stmt.where(BenDisbursement.scholarship_year_id == scholarship_year_id)
    return sum(session.scalars(stmt), Money(0))


def entitlement_lines(claim: BenClaim) -> list[dict]:
    return list(claim.entitlement or [])


def rule_amount(claim: BenClaim, component: str) -> Money | None:
    for line in entitlement_lines(claim):
        if line["component"] == component:
            return Money(int(line["amount_sen"]))
    return None


def not_found(what: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("UserError", "The record was not found; it may have been deleted ({what})."),
                     what=what)
