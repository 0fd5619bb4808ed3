"""What the Santunan & Beasiswa area prints through the letter engine: the Pemberitahuan Penetapan
Santunan letter, the Pengingat Bukti Beasiswa reminders (batch), the kuitansi issued when a
disbursement is paid, and the handover ceremony's batch (handover list + all receipts, one PDF)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from desktop.domain import benefits as dom
from desktop.domain import scholarships as sch
from desktop.domain.benefits_rules import LEVEL_LABELS_ID, Level
from desktop.domain.identifiers import mask_account
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.benefits import BenClaim, BenHeir, BenParticipant
from desktop.services.benefits_common import rule_amount
from desktop.services.context import NullProgress, Progress, get_live

NO_PROGRESS = NullProgress()

PROGRAMME_NAMES = {"JKM": "Jaminan Kematian (JKM)", "JKK": "Jaminan Kecelakaan Kerja (JKK)"}


def _letters(ctx):
    from desktop.services.letters import LetterService

    return LetterService(ctx)


class LettersMixin:
    """Part of BenefitService."""

    def _contact(self) -> tuple[str, str]:
        from desktop.services.office import OfficeService

        office = OfficeService(self.ctx).get()
        return self.ctx.actor.full_name or self.ctx.actor.username, office.phone or "-"

    # ---- Pemberitahuan Penetapan Santunan ------------------------------------------------------

    def penetapan_request(self, claim_id: uuid.UUID, heir_id: uuid.UUID | None = None):
        """The letter to the heir telling them the benefits fixed for the death, component by component."""
        from desktop.services.letters import LetterRequest, Recipient

        with self.ctx.read() as session:
            claim = get_live(session, BenClaim, claim_id, what="claim")
            p = session.get(BenParticipant, claim.participant_id)
            heirs = list(session.scalars(select(BenHeir).where(
                BenHeir.claim_id == claim.id, BenHeir.deleted_at.is_(None), BenHeir.confirmed.is_(True))
                .order_by(BenHeir.rank, BenHeir.created_at)))
            heir = next((h for h in heirs if heir_id is None or h.id == heir_id), None)
            if heir is None:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "Confirm the heirs first: the letter is addressed to a confirmed heir."))
            lines = [ln for ln in claim.entitlement or []
                     if dom.Component(ln["component"]) in dom.components_for_heir(dom.Relationship(heir.relationship))]
            total = sum((rule_amount(claim, ln["component"]) for ln in lines), Money(0))
            account = f"{heir.bank_name} {mask_account(heir.account_number)}" if heir.account_number else ""
        name, phone = self._contact()
        rows = [{"komponen": ln["text_id"], "jumlah": Money(int(ln["amount_sen"]))} for ln in lines]
        return LetterRequest(
            template="penetapan_santunan",
            fields={"nama_peserta": p.name, "nomor_kpj": p.kpj, "tanggal_meninggal": claim.death_date,
                    "program": PROGRAMME_NAMES.get(claim.programme, claim.programme),
                    "nama_ahli_waris": heir.name,
                    "hubungan": dom.RELATIONSHIP_LABELS_ID[dom.Relationship(heir.relationship)],
                    "rekening": account, "rincian": rows, "jumlah": total,
                    "cara_pembayaran": ("melalui pemindahbukuan ke rekening ahli waris tersebut di atas"
                                        if account else "secara tunai pada saat penyerahan santunan"),
                    "narahubung": name, "telepon_narahubung": phone},
            recipient=Recipient(name=heir.name, address=heir.address, city=claim.kabupaten),
            about=("ben_claim", claim.id))

    def preview_penetapan(self, claim_id: uuid.UUID, heir_id: uuid.UUID | None = None) -> bytes:
        return _letters(self.ctx).preview(self.penetapan_request(claim_id, heir_id))

    def issue_penetapan(self, claim_id: uuid.UUID, heir_id: uuid.UUID | None = None):
        self.ctx.require("benefits.edit")
        return _letters(self.ctx).issue(self.penetapan_request(claim_id, heir_id))

    def claim_letters(self, claim_id: uuid.UUID):
        return _letters(self.ctx).letters_about("ben_claim", claim_id)

    # ---- Pengingat Bukti Beasiswa -------------------------------------------------------------

    def reminder_requests(self, on: date, child_ids: list[uuid.UUID] | None = None) -> list:
        from desktop.services.letters import LetterRequest, Recipient

        due = [d for d in self.scholarship_proofs_due(on) if child_ids is None or d.child_id in set(child_ids)]
        name, phone = self._contact()
        out = []
        for d in due:
            if not d.guardian_name:
                continue
            # An overdue proof gets two more weeks from the reminder; a due one keeps its deadline.
            deadline = max(d.deadline, on + timedelta(days=14)) if d.status == sch.ProofStatus.OVERDUE else d.deadline
            out.append(LetterRequest(
                template="pengingat_beasiswa",
                fields={"nama_peserta": d.participant, "nomor_kpj": d.kpj, "nama_anak": d.child_name,
                        "jenjang": f"{LEVEL_LABELS_ID[Level(d.level)]} ({d.grade_id}), tahun ajaran {d.label}",
                        "nilai_beasiswa": d.amount, "tahun_beasiswa": d.academic_year, "batas_waktu": deadline,
                        "narahubung": name, "telepon_narahubung": phone},
                recipient=Recipient(name=d.guardian_name, address=d.guardian_address),
                about=("ben_child", d.child_id)))
        return out

    def send_reminders(self, on: date, child_ids: list[uuid.UUID] | None = None, *, one_pdf: Path | None = None,
                       progress: Progress = NO_PROGRESS):
        """Issue the reminder letters for the proofs due or overdue on `on` (all, or the chosen children)."""
        self.ctx.require("benefits.edit")
        requests = self.reminder_requests(on, child_ids)
        if not requests:
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "No scholarship proof is due for the chosen children (or they have no guardian)."))
        return _letters(self.ctx).issue_batch(requests, one_pdf=one_pdf, progress=progress)
