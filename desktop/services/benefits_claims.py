"""Death claims: the participant and the facts of the death, the entitlement computed from the rules
and stored with its rule version, and the checklist of documents."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.domain import benefits as dom
from desktop.domain.identifiers import parse_kpj, parse_nik, parse_npp
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.benefits import BenClaim, BenClaimDocument, BenDisbursement, BenHeir, BenParticipant
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.benefits_common import (
    CANCELLED,
    PAID,
    load_settings,
    may_see_full,
    rule_amount,
    rulebook,
    show_nik,
)
from desktop.services.benefits_views import ClaimInput, ClaimRow
from desktop.services.context import Area, Changes, get_for_update, get_live, snapshot
from desktop.services.paging import Page, PageRequest, fetch_page


def facts_of(data: ClaimInput) -> dom.Facts:
    try:
        cause, segment = dom.Cause(data.cause), dom.Segment(data.segment)
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the cause of death and the participant's segment.")) \
            from None
    return dom.Facts(death_date=data.death_date, cause=cause, contribution_months=data.contribution_months,
                     reported_wage=data.reported_wage, membership_start=data.membership_start, segment=segment)


def store_entitlement(claim: BenClaim, ent: dom.Entitlement, today) -> None:
    claim.rule_key = ent.rule_key
    claim.programme = ent.programme.value
    claim.entitlement = [
        {"component": line.component.value, "amount_sen": line.amount.sen, "label_id": line.label_id,
         "text_id": line.text_id, "text_en": line.text_en, "params": dict(line.params)}
        for line in ent.lines
    ]
    claim.entitlement_total = ent.total
    claim.scholarship_eligible = ent.scholarship.eligible
    claim.computed_on = today


class ClaimsMixin:
    """Claim CRUD, entitlement and documents (part of BenefitService)."""

    # ---- the entitlement, for the dialog and the quote command -----------------------------

    def quote(self, data: ClaimInput) -> dom.Entitlement:
        """The entitlement for the facts typed so far (nothing stored); UserError for bad facts."""
        with self.ctx.read() as session:
            book = rulebook(load_settings(session))
        return dom.compute_entitlement(facts_of(data), self.ctx.today(), book)

    # ---- create / update / delete --------------------------------------------------------

    def _clean(self, data: ClaimInput, stored_nik: str = "") -> ClaimInput:
        kpj = parse_kpj(data.kpj)
        nik = stored_nik if stored_nik and "*" in data.nik else parse_nik(data.nik, today=self.ctx.today()).nik
        npp = parse_npp(data.employer_npp) if data.employer_npp.strip() else ""
        name = " ".join(data.name.split())
        if not name:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Enter the participant's name."))
        if data.segment not in set(dom.Segment):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the participant's segment (PU, BPU or Jasa Konstruksi)."))
        if data.birth_date is not None and data.birth_date >= data.death_date:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The birth date must be before the date of death."))
        dom.check_facts(facts_of(data), self.ctx.today())  # the facts' own reasons come first
        submitted = data.submitted_on or self.ctx.today()
        if submitted > self.ctx.today():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The claim cannot be submitted in the future."))
        if submitted < data.death_date:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The claim cannot be submitted before the date of death."))
        return replace(data, kpj=kpj, nik=nik, employer_npp=npp, name=name, submitted_on=submitted,
                       employer_name=data.employer_name.strip(), kabupaten=data.kabupaten.strip(),
                       notes=data.notes.strip())

    def create_claim(self, data: ClaimInput) -> tuple[uuid.UUID, Changes]:
        self.ctx.require("benefits.edit")
        data = self._clean(data)
        with self.ctx.write() as session:
            ent = dom.compute_entitlement(facts_of(data), self.ctx.today(), rulebook(load_settings(session)))
            participant = session.scalar(select(BenParticipant).where(
                BenParticipant.kpj == data.kpj, BenParticipant.deleted_at.is_(None)))
            if participant is None:
                participant = BenParticipant(kpj=data.kpj)
                session.add(participant)
            else:
                existing = session.scalar(select(BenClaim.id).where(
                    BenClaim.participant_id == participant.id, BenClaim.deleted_at.is_(None)))
                if existing is not None:
                    raise UserError(QT_TRANSLATE_NOOP("UserError", "A death claim for KPJ {kpj} already exists."),
                                    kpj=data.kpj)
            self._fill_participant(participant, data)
            session.flush()
            claim = BenClaim(participant_id=participant.id, death_date=data.death_date, cause=data.cause,
                             programme=ent.programme.value, kabupaten=data.kabupaten,
                             submitted_on=data.submitted_on, notes=data.notes, status="open")
            store_entitlement(claim, ent, self.ctx.today())
            session.add(claim)
            session.flush()
            for kind in dom.required_documents(dom.Cause(data.cause), dom.Segment(data.segment)):
                session.add(BenClaimDocument(claim_id=claim.id, kind=kind.value, required=True))
            session.flush()
            audit.record(session, "create", "ben_claim", claim.id,
                         summary=f"KPJ {data.kpj} {ent.programme.value} {ent.total.format_table()}",
                         after=snapshot(claim) | {"participant": _safe(participant)})
            return claim.id, Changes.of(Area.BENEFITS)

    @staticmethod
    def _fill_participant(p: BenParticipant, data: ClaimInput) -> None:
        p.nik, p.name, p.birth_date, p.segment = data.nik, data.name, data.birth_date, data.segment
        p.employer_name, p.employer_npp = data.employer_name, data.employer_npp
        p.membership_start, p.contribution_months = data.membership_start, data.contribution_months
        p.reported_wage = data.reported_wage

    def update_claim(self, claim_id: uuid.UUID, version: int, data: ClaimInput) -> Changes:
        self.ctx.require("benefits.edit")
        with self.ctx.write() as session:
            claim = get_for_update(session, BenClaim, claim_id, version, what="claim")
            participant = get_live(session, BenParticipant, claim.participant_id, what="participant")
            data = self._clean(data, stored_nik=participant.nik)
            if data.kpj != participant.kpj:
                clash = session.scalar(select(BenParticipant.id).where(
                    BenParticipant.kpj == data.kpj, BenParticipant.deleted_at.is_(None),
                    BenParticipant.id != participant.id))
                if clash is not None:
                    raise UserError(QT_TRANSLATE_NOOP("UserError", "Another participant has KPJ {kpj}."),
                                    kpj=data.kpj)
            ent = dom.compute_entitlement(facts_of(data), self.ctx.today(), rulebook(load_settings(session)))
            before = snapshot(claim) | {"participant": _safe(participant)}
            old_lines = claim.entitlement
            if [(ln["component"], ln["amount_sen"]) for ln in old_lines or []] != \
                    [(ln.component.value, ln.amount.sen) for ln in ent.lines] and _has_progressed(session, claim.id):
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "These facts change the entitlement, but disbursements of this claim are already "
                                 "verified, approved or paid. Cancel or reverse them first."))
            participant.kpj = data.kpj
            self._fill_participant(participant, data)
            claim.death_date, claim.cause, claim.kabupaten = data.death_date, data.cause, data.kabupaten
            claim.submitted_on, claim.notes = data.submitted_on, data.notes
            store_entitlement(claim, ent, self.ctx.today())
            _sync_documents(session, claim, dom.Cause(data.cause), dom.Segment(data.segment))
            session.flush()
            refresh_status(session, claim)
            after = snapshot(claim) | {"participant": _safe(participant)}
            old, new = audit.diff(before, after)
            audit.record(session, "update", "ben_claim", claim.id, summary=f"KPJ {data.kpj}", before=old, after=new)
        return Changes.of(Area.BENEFITS)

    def reject_claim(self, claim_id: uuid.UUID, version: int, reason: str) -> Changes:
        self.ctx.require("benefits.approve")
        if not reason.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Give the reason for rejecting the claim."))
        with self.ctx.write() as session:
            claim = get_for_update(session, BenClaim, claim_id, version, what="claim")
            if _has_progressed(session, claim.id):
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "The claim has verified, approved or paid disbursements; it cannot be rejected."))
            _cancel_drafts(session, claim.id, self.ctx.actor.username, reason.strip())
            claim.status, claim.rejected_reason = "rejected", reason.strip()
            session.flush()
            audit.record(session, "reject", "ben_claim", claim.id, summary=reason.strip())
        return Changes.of(Area.BENEFITS)

    def delete_claim(self, claim_id: uuid.UUID, version: int) -> Changes:
        """Remove a claim entered by mistake (nothing verified or paid on it)."""
        self.ctx.require("benefits.edit")
        with self.ctx.write() as session:
            claim = get_for_update(session, BenClaim, claim_id, version, what="claim")
            if _has_progressed(session, claim.id):
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "The claim has verified, approved or paid disbursements; it cannot be deleted."))
            _cancel_drafts(session, claim.id, self.ctx.actor.username, "claim deleted")
            claim.deleted_at = utcnow()
            session.flush()
            audit.record(session, "delete", "ben_claim", claim.id, before=snapshot(claim))
        return Changes.of(Area.BENEFITS)

    # ---- documents ---------------------------------------------------------------------------

    def set_document(self, document_id: uuid.UUID, version: int, received_on, note: str = "") -> Changes:
        self.ctx.require("benefits.edit")
        if received_on is not None and received_on > self.ctx.today():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "A document cannot be received in the future."))
        with self.ctx.write() as session:
            doc = get_for_update(session, BenClaimDocument, document_id, version, what="document")
            before = snapshot(doc)
            doc.received_on, doc.note = received_on, note.strip()
            session.flush()
            refresh_status(session, session.get(BenClaim, doc.claim_id))
            old, new = audit.diff(before, snapshot(doc))
            audit.record(session, "update", "ben_claim_document", doc.id, summary=doc.kind, before=old, after=new)
        return Changes.of(Area.BENEFITS)

    def receive_all_documents(self, claim_id: uuid.UUID, received_on, kinds: list[str] | None = None) -> Changes:
        """Tick the documents brought in on one day (all those not yet received, or the given kinds)."""
        self.ctx.require("benefits.edit")
        if received_on > self.ctx.today():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "A document cannot be received in the future."))
        with self.ctx.write() as session:
            claim = get_live(session, BenClaim, claim_id, what="claim")
            if received_on < claim.death_date:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "Documents cannot be received before the date of death."))
            ticked = []
            for doc in session.scalars(select(BenClaimDocument).where(
                    BenClaimDocument.claim_id == claim.id, BenClaimDocument.received_on.is_(None),
                    BenClaimDocument.deleted_at.is_(None))):
                if kinds is None or doc.kind in kinds:
                    doc.received_on = received_on
                    ticked.append(doc.kind)
            session.flush()
            refresh_status(session, claim)
            audit.record(session, "update", "ben_claim_document", claim.id, summary=f"received {len(ticked)}",
                         after={"received_on": received_on.isoformat(), "kinds": ticked})
        return Changes.of(Area.BENEFITS)

    # ---- lists ---------------------------------------------------------------------------------

    def claim_row(self, claim_id: uuid.UUID) -> ClaimRow:
        page = self.claims_page(PageRequest(limit=1, filters={"id": claim_id}))
        if not page.rows:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The claim was not found; it may have been deleted."))
        return page.rows[0]

    def claims_page(self, request: PageRequest) -> Page[ClaimRow]:
        full = may_see_full(self.ctx)
        paid = (select(BenDisbursement.claim_id, func.sum(BenDisbursement.amount).label("paid"))
                .where(BenDisbursement.state == PAID).group_by(BenDisbursement.claim_id).subquery())
        docs = (select(BenClaimDocument.claim_id,
                       func.count().label("required"),
                       func.count(BenClaimDocument.received_on).label("received"))
                .where(BenClaimDocument.required.is_(True), BenClaimDocument.deleted_at.is_(None))
                .group_by(BenClaimDocument.claim_id).subquery())
        heirs = (select(BenHeir.claim_id, func.count().label("confirmed"))
                 .where(BenHeir.confirmed.is_(True), BenHeir.deleted_at.is_(None))
                 .group_by(BenHeir.claim_id).subquery())
        stmt = (select(BenClaim, BenParticipant, paid.c.paid, docs.c.required, docs.c.received, heirs.c.confirmed)
                .join(BenParticipant, BenParticipant.id == BenClaim.participant_id)
                .outerjoin(paid, paid.c.claim_id == BenClaim.id)
                .outerjoin(docs, docs.c.claim_id == BenClaim.id)
                .outerjoin(heirs, heirs.c.claim_id == BenClaim.id)
                .where(BenClaim.deleted_at.is_(None)))
        f = request.filters
        if f.get("id"):
            stmt = stmt.where(BenClaim.id == f["id"])
        if f.get("status"):
            stmt = stmt.where(BenClaim.status == f["status"])
        if f.get("programme"):
            stmt = stmt.where(BenClaim.programme == f["programme"])
        if f.get("kabupaten"):
            stmt = stmt.where(BenClaim.kabupaten == f["kabupaten"])
        if f.get("year"):
            year = int(f["year"])
            stmt = stmt.where(and_(BenClaim.death_date >= date(year, 1, 1), BenClaim.death_date <= date(year, 12, 31)))

        def row(r) -> ClaimRow:
            c, p = r[0], r[1]
            return ClaimRow(
                id=c.id, version=c.version, kpj=p.kpj, participant=p.name, nik=show_nik(p.nik, full),
                segment=p.segment, death_date=c.death_date, cause=c.cause, programme=c.programme,
                kabupaten=c.kabupaten, status=c.status, rule_key=c.rule_key, entitlement_total=c.entitlement_total,
                paid_total=r[2] or Money(0),
                documents_received=int(r[4] or 0), documents_required=int(r[3] or 0),
                heirs_confirmed=int(r[5] or 0))

        with self.ctx.read() as session:
            return fetch_page(
                session, stmt, request,
                sort_columns={"kpj": BenParticipant.kpj, "participant": BenParticipant.name,
                              "death_date": BenClaim.death_date, "programme": BenClaim.programme,
                              "kabupaten": BenClaim.kabupaten, "status": BenClaim.status,
                              "segment": BenParticipant.segment, "entitlement_total": BenClaim.entitlement_total},
                search_columns=[BenParticipant.kpj, BenParticipant.name, BenParticipant.nik, BenClaim.kabupaten,
                                BenParticipant.employer_name],
                tiebreak=BenClaim.id, to_row=row)


def _safe(participant: BenParticipant) -> dict:
    """The participant as the audit trail keeps it: NIK masked (UU PDP: minimisation)."""
    from desktop.domain.identifiers import mask_nik

    return snapshot(participant) | {"nik": mask_nik(participant.nik)}


def _has_progressed(session: Session, claim_id: uuid.UUID) -> bool:
    return session.scalar(select(func.count()).select_from(BenDisbursement).where(
        BenDisbursement.claim_id == claim_id,
        BenDisbursement.state.not_in([dom.DisbursementState.DRAFT.value, CANCELLED]))) > 0


def _cancel_drafts(session: Session, claim_id: uuid.UUID, actor: str, reason: str) -> None:
    from desktop.models.benefits import BenDisbursementEvent

    for d in session.scalars(select(BenDisbursement).where(
            BenDisbursement.claim_id == claim_id, BenDisbursement.state == dom.DisbursementState.DRAFT.value)):
        d.state, d.cancelled_by, d.cancelled_reason = CANCELLED, actor, reason
        session.add(BenDisbursementEvent(disbursement_id=d.id, state=CANCELLED, actor=actor, reason=reason))


def _sync_documents(session: Session, claim: BenClaim, cause: dom.Cause, segment: dom.Segment) -> None:
    wanted = {k.value for k in dom.required_documents(cause, segment)}
    have = {d.kind: d for d in session.scalars(select(BenClaimDocument).where(BenClaimDocument.claim_id == claim.id))}
    for kind in wanted - have.keys():
        session.add(BenClaimDocument(claim_id=claim.id, kind=kind, required=True))
    for kind, doc in have.items():
        doc.required = kind in wanted


def refresh_status(session: Session, claim: BenClaim) -> None:
    """open -> complete (documents in, an heir confirmed) -> paid (every component paid)."""
    if claim.status == "rejected":
        return
    session.flush()
    missing = session.scalar(select(func.count()).select_from(BenClaimDocument).where(
        BenClaimDocument.claim_id == claim.id, BenClaimDocument.required.is_(True),
        BenClaimDocument.received_on.is_(None)))
    confirmed = session.scalar(select(func.count()).select_from(BenHeir).where(
        BenHeir.claim_id == claim.id, BenHeir.confirmed.is_(True), BenHeir.deleted_at.is_(None)))
    status = "complete" if not missing and confirmed else "open"
    if status == "complete":
        from desktop.services.benefits_common import net_paid

        lines = claim.entitlement or []
        relationships = [dom.Relationship(r) for r in session.scalars(select(BenHeir.relationship).where(
            BenHeir.claim_id == claim.id, BenHeir.confirmed.is_(True), BenHeir.deleted_at.is_(None)))]
        if relationships and all(r == dom.Relationship.FUNERAL_ARRANGER for r in relationships):
            # no heir: only the funeral costs are paid here; the rest goes to the Dana Jaminan Sosial
            lines = [ln for ln in lines if ln["component"] == dom.Component.FUNERAL.value]
        if lines and all(net_paid(session, claim.id, ln["component"]) >= rule_amount(claim, ln["component"])
                         for ln in lines):
            status = "paid"
    if claim.status != status:
        claim.status = status
