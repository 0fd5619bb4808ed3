"""ClinicService, part two: cooperation agreements (PKS), their scans and renewals, and which
partners' cover ends soon."""

from __future__ import annotations

import hashlib
import re
import shutil
import uuid
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from desktop.domain.plkk import (
    AgreementState,
    PartnerStatus,
    Period,
    check_no_overlap,
    expiry_band,
    validate_agreement,
)
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.plkk import PlkkAgreement, PlkkPartner
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.context import Area, Changes, Service, get_for_update, get_live, snapshot
from desktop.services.plkk_common import (
    PARTNER_ENTITY,
    agreement_views,
    live_partner,
    outer_days,
    partner_agreements,
    recompute_chains,
)
from desktop.services.plkk_views import AgreementInput, AgreementView, ExpiringAgreement

AGREEMENT_ENTITY = "plkk_agreement"
DOCUMENT_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


def _safe_name(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name).stem)[:60] or "dokumen"
    return stem + Path(name).suffix.lower()


class AgreementOps(Service):
    def _documents(self) -> Path:
        folder = self.ctx.document_dir() / "plkk"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _store_document(self, source: Path, agreement_id: uuid.UUID) -> tuple[str, str, str]:
        """Copy a scan into the data folder; (relative path, original name, SHA-256)."""
        source = Path(source)
        if not source.is_file():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} does not exist."), path=str(source))
        if source.suffix.lower() not in DOCUMENT_SUFFIXES:
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "Attach the scanned agreement as a PDF or an image (JPG, PNG, TIFF); "
                             "{name} is not one."), name=source.name)
        if source.stat().st_size > MAX_DOCUMENT_BYTES:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "{name} is larger than 50 MB; scan it at a lower "
                                                           "resolution."), name=source.name)
        digest = hashlib.sha256()
        with source.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        sha = digest.hexdigest()
        relative = f"plkk/{agreement_id}-{sha[:12]}-{_safe_name(source.name)}"
        target = self.ctx.document_dir() / relative
        self._documents()
        if not target.exists():
            tmp = target.with_name(target.name + ".part")
            shutil.copyfile(source, tmp)
            tmp.replace(target)
        return relative, source.name, sha

    def agreements(self, partner_id: uuid.UUID) -> list[AgreementView]:
        """The partner's agreements, newest first."""
        with self.ctx.read() as session:
            views = agreement_views(partner_agreements(session, partner_id), self.ctx.today())
        return sorted(views, key=lambda a: a.start_on, reverse=True)

    def agreement(self, agreement_id: uuid.UUID) -> AgreementView:
        with self.ctx.read() as session:
            row = get_live(session, PlkkAgreement, agreement_id, what=AGREEMENT_ENTITY)
            views = agreement_views(partner_agreements(session, row.partner_id), self.ctx.today())
        return next(v for v in views if v.id == agreement_id)

    def save_agreement(self, data: AgreementInput) -> tuple[AgreementView, Changes]:
        """Add (id None) or edit an agreement. Refuses an end before the start and an overlap with
        another agreement of the same partner; a new agreement after an earlier one renews it."""
        self.ctx.require("plkk.edit")
        validate_agreement(data.number, data.signed_on, data.start_on, data.end_on)
        stored_file: Path | None = None
        try:
            with self.ctx.write() as session:
                partner = live_partner(session, data.partner_id)
                others = [a for a in partner_agreements(session, partner.id) if a.id != data.id]
                check_no_overlap(Period(data.start_on, data.end_on, data.id, data.number.strip()),
                                 [Period(a.start_on, a.end_on, a.id, a.number) for a in others])
                if data.id is None:
                    row = PlkkAgreement(partner_id=partner.id, chain_end=data.end_on)
                    session.add(row)
                    before: dict = {}
                else:
                    row = get_for_update(session, PlkkAgreement, data.id, data.version, what=AGREEMENT_ENTITY)
                    if row.partner_id != partner.id:
                        raise UserError(QT_TRANSLATE_NOOP("UserError", "An agreement cannot move to another partner."))
                    before = snapshot(row)
                renews = self._renewed(data, others)
                row.number, row.signed_on = data.number.strip(), data.signed_on
                row.start_on, row.end_on, row.scope = data.start_on, data.end_on, data.scope.strip()
                row.renews_id = renews.id if renews is not None else None
                session.flush()
                if data.document is not None:
                    rel, name, sha = self._store_document(Path(data.document), row.id)
                    stored_file = self.ctx.document_dir() / rel
                    row.document_path, row.document_name, row.document_sha256 = rel, name, sha
                recompute_chains(session, partner.id)
                if (renews is not None and partner.status == PartnerStatus.PROSES_PERPANJANGAN
                        and row.end_on >= self.ctx.today()):  # the renewal is (or will be) in force
                    old_status = partner.status
                    partner.status = PartnerStatus.AKTIF.value
                    audit.record(session, "update", PARTNER_ENTITY, partner.id, summary="renewed: status aktif",
                                 before={"status": old_status}, after={"status": partner.status})
                session.flush()
                after = snapshot(row)
                old, new = audit.diff(before, after)
                audit.record(session, "update" if before else "create", AGREEMENT_ENTITY, row.id,
                             summary=f"{partner.kode_faskes} PKS {row.number}", before=old or None, after=new)
                view = next(v for v in agreement_views(partner_agreements(session, partner.id), self.ctx.today())
                            if v.id == row.id)
        except BaseException:
            if stored_file is not None and data.id is None:
                stored_file.unlink(missing_ok=True)  # the agreement was not saved: no orphan scan
            raise
        return view, Changes.of(Area.PLKK)

    @staticmethod
    def _renewed(data: AgreementInput, others: list[PlkkAgreement]) -> PlkkAgreement | None:
        if data.renews_id is not None:
            target = next((a for a in others if a.id == data.renews_id), None)
            if target is None:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "The agreement being renewed is not one of this partner's agreements."))
            if target.end_on >= data.start_on:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "A renewal must start after agreement {number} ends."), number=target.number)
            return target
        earlier = [a for a in others if a.end_on < data.start_on]
        if not earlier:
            return None
        latest = max(earlier, key=lambda a: a.end_on)
        taken = any(a.renews_id == latest.id for a in others)
        return None if taken else latest

    def delete_agreement(self, agreement_id: uuid.UUID, version: int) -> Changes:
        self.ctx.require("plkk.edit")
        with self.ctx.write() as session:
            row = get_for_update(session, PlkkAgreement, agreement_id, version, what=AGREEMENT_ENTITY)
            row.deleted_at = utcnow()
            session.flush()
            recompute_chains(session, row.partner_id)
            audit.record(session, "delete", AGREEMENT_ENTITY, row.id, summary=f"PKS {row.number}",
                         before=snapshot(row))
        return Changes.of(Area.PLKK)

    def agreement_document(self, agreement_id: uuid.UUID) -> Path:
        """The attached scan, checked against the hash taken when it was attached."""
        with self.ctx.read() as session:
            row = get_live(session, PlkkAgreement, agreement_id, what=AGREEMENT_ENTITY)
            rel, sha, number = row.document_path, row.document_sha256, row.number
        if not rel:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "No scan is attached to agreement {number}."),
                            number=number)
        path = self.ctx.document_dir() / rel
        if not path.is_file():
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "The scan of agreement {number} is missing from {path}. Restore the documents "
                             "folder from a backup or attach the scan again."), number=number, path=str(path))
        if hashlib.sha256(path.read_bytes()).hexdigest() != sha:
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "The scan of agreement {number} was changed after it was attached (its SHA-256 "
                             "no longer matches). Attach the original again."), number=number)
        return path

    def expiring_agreements(self, within_days: int = 90) -> list[ExpiringAgreement]:
        """Partners (not inactive) whose agreements in force end within `within_days`, soonest
        first, each with the last agreement of the run (the one to renew). Renewed ones are not listed."""
        today = self.ctx.today()
        outer = outer_days(self.ctx)
        until = today + timedelta(days=within_days)
        stmt = (select(PlkkAgreement, PlkkPartner).join(PlkkPartner, PlkkPartner.id == PlkkAgreement.partner_id)
                .where(PlkkAgreement.deleted_at.is_(None), PlkkPartner.deleted_at.is_(None),
                       PlkkPartner.status != PartnerStatus.NON_AKTIF.value,
                       PlkkAgreement.end_on == PlkkAgreement.chain_end,  # the last of its run
                       PlkkAgreement.chain_end >= today, PlkkAgreement.chain_end <= until)
                .order_by(PlkkAgreement.chain_end, PlkkPartner.name))
        out: list[ExpiringAgreement] = []
        with self.ctx.read() as session:
            for a, p in session.execute(stmt):
                # only runs in force today (a future agreement ending soon is not "expiring")
                in_force = session.scalar(select(PlkkAgreement.id).where(
                    PlkkAgreement.partner_id == p.id, PlkkAgreement.deleted_at.is_(None),
                    PlkkAgreement.chain_end == a.chain_end, PlkkAgreement.start_on <= today).limit(1))
                if in_force is None:
                    continue
                days = (a.chain_end - today).days
                out.append(ExpiringAgreement(
                    partner_id=p.id, partner_name=p.name, kode_faskes=p.kode_faskes, regency=p.regency,
                    facility_type=p.facility_type, agreement_id=a.id, number=a.number, end_on=a.chain_end,
                    days_left=days, band=expiry_band(days, AgreementState.ACTIVE, max(outer, within_days))))
        return out
