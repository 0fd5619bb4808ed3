"""ClinicService, part five: the letters a partner receives (through the letter engine) and the
attendance list of an event.

Each letter is about the partner (`about=("plkk_partner", id)`), so the partner's page lists every
letter sent to it. The service proposes the fields; the clerk may change them before issuing.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from desktop.domain.dates import add_months, format_date_id, format_date_long_id
from desktop.domain.plkk import FacilityType, FollowUpStatus, MonevStatus
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.plkk import PlkkAgreement, PlkkEvent, PlkkMonev
from desktop.services.context import Area, Changes, NullProgress, Progress, Service, get_live
from desktop.services.plkk_common import PARTNER_ENTITY, live_partner, monev_view, partner_view
from desktop.services.plkk_events import EVENT_ENTITY, event_view
from desktop.services.plkk_views import PartnerView

RENEWAL_TEMPLATE = "perpanjangan_pks"
MONEV_TEMPLATE = "hasil_monev"
INVITATION_TEMPLATE = "undangan_sosialisasi"
REPLY_WORKING_DAYS = 10  # the partner's reply to a renewal notice, and follow-ups by default
PKS_MONTHS = 12  # a renewal proposes a one-year PKS (domain.md 6: yearly agreements, unconfirmed)

_ADDRESSEE = {
    FacilityType.RUMAH_SAKIT: "Direktur",
    FacilityType.PUSKESMAS: "Kepala",
    FacilityType.BLK: "Kepala",
}


def recipient_for(p: PartnerView):
    from desktop.services.letters import Recipient

    title = _ADDRESSEE.get(FacilityType(p.facility_type), "Pimpinan")
    return Recipient(name=f"{title} {p.name}", address=p.address, city=p.regency)


class LetterOps(Service):
    def _letters(self):
        from desktop.services.letters import LetterService

        return LetterService(self.ctx)

    def _contact(self) -> tuple[str, str]:
        from desktop.services.office import OfficeService

        office = OfficeService(self.ctx).get()
        return self.ctx.actor.full_name, office.phone

    def _reply_by(self, limit: date | None = None) -> date:
        from desktop.services.settings import SettingsService

        calendar = SettingsService(self.ctx).calendar()
        today = self.ctx.today()
        day = calendar.add_working_days(today, REPLY_WORKING_DAYS)
        if limit is not None and day >= limit:
            day = max(calendar.add_working_days(today, 1), calendar.previous_working_day(limit))
        return day

    # ---- Pemberitahuan Perpanjangan PKS -------------------------------------------------------

    def renewal_notice_request(self, partner_id: uuid.UUID):
        """The renewal notice for the partner's agreement in force (the last of its run)."""
        from desktop.services.letters import LetterRequest

        today = self.ctx.today()
        with self.ctx.read() as session:
            p = partner_view(live_partner(session, partner_id))
            agreement = session.scalar(
                select(PlkkAgreement).where(
                    PlkkAgreement.partner_id == partner_id, PlkkAgreement.deleted_at.is_(None),
                    PlkkAgreement.chain_end >= today, PlkkAgreement.end_on == PlkkAgreement.chain_end)
                .order_by(PlkkAgreement.chain_end).limit(1))
            if agreement is None:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "{name} has no agreement in force to renew. Record its agreement first."),
                    name=p.name)
            number, end = agreement.number, agreement.end_on
        start = end + timedelta(days=1)
        new_end = add_months(start, PKS_MONTHS) - timedelta(days=1)
        contact, phone = self._contact()
        fields = {"nama_faskes": p.name, "nomor_pks": number, "tanggal_berakhir": end,
                  "periode_baru": f"{format_date_id(start)} sampai dengan {format_date_id(new_end)}",
                  "batas_konfirmasi": self._reply_by(end), "narahubung": contact, "telepon_narahubung": phone}
        return LetterRequest(template=RENEWAL_TEMPLATE, fields=fields, recipient=recipient_for(p),
                             about=(PARTNER_ENTITY, partner_id))

    # ---- Hasil Monev --------------------------------------------------------------------------

    def monev_result_request(self, monev_id: uuid.UUID):
        from desktop.services.letters import LetterRequest

        today = self.ctx.today()
        with self.ctx.read() as session:
            m = get_live(session, PlkkMonev, monev_id, what="plkk_monev")
            partner = live_partner(session, m.partner_id)
            p = partner_view(partner)
            view = monev_view(session, m, p.name, today)
        if view.status != MonevStatus.DONE or view.total is None or view.visited_on is None:
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "The Hasil Monev letter can be made once the visit is done and scored."))
        rows = [{"aspek": line.name, "hasil": f"{line.score} dari {line.max_score}",
                 "catatan": f"bobot {line.weight}"} for line in view.lines]
        rows.append({"aspek": "Nilai akhir (tertimbang)", "hasil": f"{view.total.format()} dari 100",
                     "catatan": view.total.rating})
        actions = [f for f in view.follow_ups if f.status == FollowUpStatus.OPEN]
        if actions:
            parts = [f"{chr(ord('a') + i)}) {f.action.rstrip('.;')}"
                     + (f" (paling lambat {format_date_id(f.due_on)})" if f.due_on else "")
                     for i, f in enumerate(actions[:26])]
            recommendation = "; ".join(parts) + "."
            due = max((f.due_on for f in actions if f.due_on), default=None)
        else:
            recommendation = "mempertahankan mutu pelayanan kepada peserta yang mengalami kecelakaan kerja."
            due = None
        findings = view.findings.strip() or "tidak terdapat temuan yang memerlukan perhatian khusus."
        if not findings.endswith((".", "!", "?")):
            findings += "."
        contact, phone = self._contact()
        fields = {"nama_faskes": p.name, "tanggal_monev": view.visited_on, "penilaian": rows,
                  "kesimpulan": f"{view.total.rating.lower()} dengan nilai {view.total.format()} dari 100",
                  "temuan": findings, "rekomendasi": recommendation,
                  "batas_tindak_lanjut": due if due and due >= today else self._reply_by(),
                  "narahubung": contact, "telepon_narahubung": phone}
        return LetterRequest(template=MONEV_TEMPLATE, fields=fields, recipient=recipient_for(p),
                             about=(PARTNER_ENTITY, p.id))

    # ---- Undangan Sosialisasi -----------------------------------------------------------------

    def invitation_requests(self, event_id: uuid.UUID) -> list:
        """One invitation per invited partner, then one per other invited party."""
        from desktop.services.letters import LetterRequest, Recipient
        from desktop.services.office import OfficeService

        with self.ctx.read() as session:
            event = event_view(session, get_live(session, PlkkEvent, event_id, what=EVENT_ENTITY))
            partners = {ep.partner_id: partner_view(live_partner(session, ep.partner_id)) for ep in event.partners}
        if not event.partners and not event.others:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Nobody is invited to this event yet."))
        office = OfficeService(self.ctx).get()
        regencies = [r for r in office.regencies] or ["wilayah kerja kantor cabang"]
        area = regencies[0] if len(regencies) == 1 else ", ".join(regencies[:-1]) + " dan " + regencies[-1]
        contact, phone = self._contact()
        fields = {"acara": event.topic, "wilayah": area, "tanggal": event.held_on,
                  "waktu": event.start_time or "09.00 WIB sampai dengan selesai", "tempat": event.place,
                  "narahubung": contact, "telepon_narahubung": phone}
        requests = [LetterRequest(template=INVITATION_TEMPLATE, fields=dict(fields),
                                  recipient=recipient_for(partners[ep.partner_id]),
                                  about=(PARTNER_ENTITY, ep.partner_id)) for ep in event.partners]
        for o in event.others:
            requests.append(LetterRequest(template=INVITATION_TEMPLATE, fields=dict(fields),
                                          recipient=Recipient(name=f"Pimpinan {o.institution}")))
        return requests

    # ---- issuing ------------------------------------------------------------------------------

    def issue_letter(self, request):
        """Issue one letter through the letter engine: (IssuedLetter, Changes)."""
        letter, changes = self._letters().issue(request, issued_on=self.ctx.today())
        return letter, changes | Changes.of(Area.PLKK)

    def issue_renewal_notice(self, partner_id: uuid.UUID):
        return self.issue_letter(self.renewal_notice_request(partner_id))

    def issue_monev_result(self, monev_id: uuid.UUID):
        return self.issue_letter(self.monev_result_request(monev_id))

    def issue_invitations(self, event_id: uuid.UUID, *, one_pdf: Path | None = None,
                          progress: Progress | None = None):
        """All invitations of an event in one batch (one transaction): (letters, Changes)."""
        requests = self.invitation_requests(event_id)
        letters, changes = self._letters().issue_batch(requests, one_pdf=one_pdf,
                                                       progress=progress or NullProgress())
        return letters, changes | Changes.of(Area.PLKK)

    # ---- attendance list ----------------------------------------------------------------------

    def attendance_pdf(self, event_id: uuid.UUID, path: Path | None = None) -> Path:
        """Write the event's attendance list (daftar hadir) and return where it is."""
        from desktop.documents.letterhead import Letterhead
        from desktop.documents.plkk_attendance import AttendanceLine, AttendanceSheet, render_attendance
        from desktop.services.office import OfficeService

        event = self.event(event_id)
        office = OfficeService(self.ctx).get()
        lines = [AttendanceLine(p.representative, p.partner_name, p.position) for p in event.partners]
        lines += [AttendanceLine(o.name, o.institution, o.position) for o in event.others]
        sheet = AttendanceSheet(
            letterhead=Letterhead(office.name or "BPJS Ketenagakerjaan", office.address, office.phone,
                                  office.email, office.website, office.logo_png),
            topic=event.topic, day_text=format_date_long_id(event.held_on), time_text=event.start_time,
            place=event.place, lines=lines)
        data = render_attendance(sheet)
        if path is None:
            folder = self.ctx.document_dir() / "plkk" / "daftar-hadir"
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"daftar-hadir-{event.held_on.isoformat()}-{str(event.id)[:8]}.pdf"
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(path)
        return path
