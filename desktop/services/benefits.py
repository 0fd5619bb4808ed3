"""Santunan & Beasiswa: death claims (JKM, JKK death), heirs, scholarships, disbursements with
four-eyes approval, receipts, letters and reports. `BenefitService` is the facade the UI, the
command line, the dashboard and the demo use; its parts live in the benefits_*.py modules.

Dashboard calls (names kept stable): `disbursed_in_month(year, month) -> (count, Money)`,
`scholarship_proofs_due(on) -> list[ProofDue]`, `claims_summary(year) -> list[ProgrammeSummary]`.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop.domain import benefits as dom
from desktop.domain.benefits_rules import RULES
from desktop.domain.identifiers import mask_nik
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.benefits import BenClaim, BenClaimDocument, BenDisbursement, BenHeir, BenParticipant
from desktop.models.core import Setting
from desktop.services import audit, search
from desktop.services.benefits_claims import ClaimsMixin
from desktop.services.benefits_common import (
    KEY_AY_START,
    KEY_PP82_EFFECTIVE,
    KEY_PROOF_GRACE,
    PAID,
    disbursement_row,
    heir_view,
    load_settings,
    may_see_full,
    reversed_ids,
    rulebook,
)
from desktop.services.benefits_disbursement import DisbursementMixin
from desktop.services.benefits_heirs import HeirsMixin
from desktop.services.benefits_letters import LettersMixin
from desktop.services.benefits_participants import ParticipantsMixin
from desktop.services.benefits_payments import PaymentsMixin
from desktop.services.benefits_reports import ReportsMixin
from desktop.services.benefits_views import (
    BenefitSettings,
    ClaimDetail,
    ClaimInput,
    DocumentView,
    EntitlementLine,
    RuleView,
)
from desktop.services.context import Area, Changes, Service, get_live
from desktop.services.paging import like_pattern
from desktop.services.scholarships import ScholarshipMixin


class BenefitService(ClaimsMixin, HeirsMixin, ScholarshipMixin, DisbursementMixin, PaymentsMixin, LettersMixin,
                     ReportsMixin, ParticipantsMixin, Service):
    """Death benefits and scholarships of the branch office."""

    def claim(self, claim_id: uuid.UUID) -> ClaimDetail:
        full = may_see_full(self.ctx)
        with self.ctx.read() as session:
            claim = get_live(session, BenClaim, claim_id, what="claim")
            p = session.get(BenParticipant, claim.participant_id)
            settings = load_settings(session)
            rule = rulebook(settings).by_key(claim.rule_key)
            ent = dom.compute_entitlement(
                dom.Facts(claim.death_date, dom.Cause(claim.cause), p.contribution_months, p.reported_wage,
                          p.membership_start, dom.Segment(p.segment)),
                max(self.ctx.today(), claim.death_date), rulebook(settings))
            facts = ClaimInput(
                kpj=p.kpj, nik=p.nik if full else mask_nik(p.nik), name=p.name, segment=p.segment,
                death_date=claim.death_date, cause=claim.cause, contribution_months=p.contribution_months,
                reported_wage=p.reported_wage, membership_start=p.membership_start, birth_date=p.birth_date,
                employer_name=p.employer_name, employer_npp=p.employer_npp, kabupaten=claim.kabupaten,
                submitted_on=claim.submitted_on, notes=claim.notes)
            docs = tuple(
                DocumentView(d.id, d.version, d.kind, dom.DOCUMENT_LABELS_ID.get(dom.DocumentKind(d.kind), d.kind),
                             d.required, d.received_on, d.note)
                for d in session.scalars(select(BenClaimDocument).where(
                    BenClaimDocument.claim_id == claim.id, BenClaimDocument.deleted_at.is_(None))
                    .order_by(BenClaimDocument.created_at, BenClaimDocument.id)))
            heirs = tuple(heir_view(h, full) for h in session.scalars(select(BenHeir).where(
                BenHeir.claim_id == claim.id, BenHeir.deleted_at.is_(None)).order_by(BenHeir.rank, BenHeir.created_at)))
            children = tuple(self._child_view(session, claim, c, settings, full) for c in _children(session, claim.id))
            disbursements = self._claim_disbursements(session, claim, p)
            lines = tuple(EntitlementLine(ln["component"], _money(ln["amount_sen"]), ln["label_id"], ln["text_id"],
                                          ln["text_en"], dict(ln.get("params") or {}))
                          for ln in claim.entitlement or [])
            return ClaimDetail(
                id=claim.id, version=claim.version, participant_id=p.id, participant_version=p.version, facts=facts,
                status=claim.status, rejected_reason=claim.rejected_reason, rule_key=claim.rule_key,
                rule_short=rule.short, lines=lines, total=claim.entitlement_total,
                scholarship_eligible=claim.scholarship_eligible, scholarship_text_en=ent.scholarship.text_en,
                scholarship_params=dict(ent.scholarship.params),
                scholarship_max_children=rule.scholarship_max_children, documents=docs, heirs=heirs,
                children=children, disbursements=disbursements,
                paid_total=sum((d.amount for d in disbursements if d.state == PAID), _money(0)))

    def _claim_disbursements(self, session: Session, claim: BenClaim, p: BenParticipant):
        from desktop.models.benefits import BenScholarshipYear

        rows = list(session.scalars(select(BenDisbursement).where(BenDisbursement.claim_id == claim.id)
                                    .order_by(BenDisbursement.created_at, BenDisbursement.id)))
        gone = reversed_ids(session, [d.id for d in rows]) if rows else set()
        return tuple(disbursement_row(d, claim, p, session.get(BenHeir, d.heir_id),
                                      session.get(BenScholarshipYear, d.scholarship_year_id)
                                      if d.scholarship_year_id else None, gone) for d in rows)

    def heirs(self, claim_id: uuid.UUID):
        return self.claim(claim_id).heirs

    # ---- rules and settings ----------------------------------------------------------------------

    def settings(self) -> BenefitSettings:
        with self.ctx.read() as session:
            return load_settings(session)

    def rules(self) -> list[RuleView]:
        """The rule table as in force here (the office's effective-date setting applied)."""
        with self.ctx.read() as session:
            book = rulebook(load_settings(session))
        defaults = {r.key: r.effective_from for r in RULES}
        out = []
        for r in book.rows():
            lines = [(QT_TRANSLATE_NOOP("Benefits", "JKM lump sum"), r.jkm_lump_sum),
                     (QT_TRANSLATE_NOOP("Benefits", "Periodic grant (24 months)"), r.berkala),
                     (QT_TRANSLATE_NOOP("Benefits", "Funeral costs"), r.funeral),
                     (QT_TRANSLATE_NOOP("Benefits", "JKK death minimum"), r.jkk_minimum),
                     (QT_TRANSLATE_NOOP("Benefits", "Scholarship, most per child"), r.scholarship_max_per_child)]
            out.append(RuleView(r.key, r.short, r.regulation, r.effective_from, defaults[r.key], r.effective_note,
                                r.jkm_total, tuple(lines)))
        return out

    def save_settings(self, settings: BenefitSettings) -> Changes:
        """The [D]/[U] rules of this area: PP 82/2019's start, the proof grace period, the academic year."""
        self.ctx.require("settings.edit")
        if not date(2019, 11, 1) <= settings.pp82_effective <= date(2019, 12, 31):
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "PP 82/2019 took effect in November or December 2019; choose a date in that period."))
        if not 7 <= settings.proof_grace_days <= 365:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The days to bring the yearly proof must be 7 to 365."))
        if not 1 <= settings.academic_year_start_month <= 12:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The academic year starts in a month from 1 to 12."))
        values = {KEY_PP82_EFFECTIVE: settings.pp82_effective.isoformat(),
                  KEY_PROOF_GRACE: settings.proof_grace_days, KEY_AY_START: settings.academic_year_start_month}
        with self.ctx.write() as session:
            before = load_settings(session)
            for key, value in values.items():
                row = session.scalar(select(Setting).where(Setting.key == key))
                if row is None:
                    session.add(Setting(key=key, value=value))
                else:
                    row.value, row.deleted_at = value, None
            session.flush()
            audit.record(session, "update", "setting", None, summary="benefits settings",
                         before={"pp82_effective": before.pp82_effective.isoformat(),
                                 "proof_grace_days": before.proof_grace_days,
                                 "academic_year_start_month": before.academic_year_start_month},
                         after={"pp82_effective": settings.pp82_effective.isoformat(),
                                "proof_grace_days": settings.proof_grace_days,
                                "academic_year_start_month": settings.academic_year_start_month})
        return Changes.of(Area.BENEFITS, Area.SETTINGS)

    def kabupaten_choices(self) -> list[str]:
        from desktop.services.office import OfficeService

        office = OfficeService(self.ctx).get()
        return [r.removeprefix("Kabupaten ").removeprefix("Kota ") for r in office.regencies] or \
            ["Banyumas", "Purbalingga", "Banjarnegara"]


def _children(session: Session, claim_id: uuid.UUID):
    from desktop.models.benefits import BenChild

    return session.scalars(select(BenChild).where(BenChild.claim_id == claim_id, BenChild.deleted_at.is_(None))
                           .order_by(BenChild.child_order))


def _money(sen: int):
    from desktop.domain.money import Money

    return Money(int(sen))



@search.register("benefits")
def search_benefits(session: Session, text: str, limit: int) -> list[search.SearchHit]:
    """KPJ or NIK (or their first digits), participant or heir name. NIKs are shown masked in the hits.

    Participants are offered through their claims (the page opens claims). A number goes through the
    KPJ and NIK indexes. A name is looked for among the claims' participants: a branch has thousands
    of claims against hundreds of thousands of members, so reading those few rows costs less than
    every member whose name holds the word (tens of thousands for "Lestari").
    """
    from sqlalchemy import bindparam

    from desktop.models.search_index import indexed, match_param, prefix_condition, prefix_params, restrict

    words = text.split()
    digits = "".join(words)
    number = digits.isdigit() and len(digits) >= 4
    dialect = session.get_bind().dialect.name
    n = 0 if number else len(words)
    names = {f"w{i}": like_pattern(w) for i, w in enumerate(words)}

    def claims():
        who = (or_(prefix_condition(dialect, BenParticipant.kpj, "kpj"), prefix_condition(dialect, BenParticipant.nik, "nik"))
               if number else and_(*[BenParticipant.name.ilike(bindparam(f"w{i}"), escape="\\") for i in range(n)]))
        return (select(BenClaim.id, BenClaim.programme, BenClaim.death_date, BenParticipant.name, BenParticipant.kpj,
                       BenParticipant.nik)
                .join(BenParticipant, BenParticipant.id == BenClaim.participant_id)
                .where(BenClaim.deleted_at.is_(None), who).limit(bindparam("limit")))

    params = {**prefix_params(dialect, "kpj", digits), **prefix_params(dialect, "nik", digits)} if number else names
    rows = session.execute(search.shaped(("benefits", dialect, number, n), claims), {**params, "limit": limit})
    hits = [search.SearchHit(area="benefits", kind="Death claim", title=f"{r.name} (KPJ {r.kpj})",
                             subtitle=f"{r.programme} · {r.death_date.isoformat()} · NIK {mask_nik(r.nik)}",
                             record_id=r.id) for r in rows]
    if len(hits) >= limit:
        return hits
    fts = not number and indexed(session, "ben_heir", words)

    def heirs():
        stmt = (select(BenHeir.claim_id, BenHeir.name, BenHeir.relationship, BenParticipant.name.label("deceased"),
                       BenParticipant.kpj)
                .join(BenClaim, BenClaim.id == BenHeir.claim_id)
                .join(BenParticipant, BenParticipant.id == BenClaim.participant_id)
                .where(BenHeir.deleted_at.is_(None), BenClaim.deleted_at.is_(None)))
        if number:
            stmt = stmt.where(prefix_condition(dialect, BenHeir.nik, "nik"))
        elif fts:
            stmt = restrict(stmt, "ben_heir")
        else:
            stmt = stmt.where(*[BenHeir.name.ilike(bindparam(f"w{i}"), escape="\\") for i in range(n)])
        return stmt.limit(bindparam("limit"))

    params = prefix_params(dialect, "nik", digits) if number else match_param("ben_heir", words) if fts else names
    for h in session.execute(search.shaped(("benefits heirs", dialect, number, fts, n), heirs),
                             {**params, "limit": limit - len(hits)}):
        hits.append(search.SearchHit(
            area="benefits", kind="Heir", title=h.name,
            subtitle=f"{dom.RELATIONSHIP_LABELS_ID[dom.Relationship(h.relationship)]} · {h.deceased} (KPJ {h.kpj})",
            record_id=h.claim_id))
    return hits
