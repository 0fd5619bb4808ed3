"""The letters a compliance case produces, filled from the case: undangan klarifikasi, Teguran
Tertulis I and II and the TMP3T request to the pemda (the SKK covering letter, one per Kejaksaan
Negeri for several cases, is filled in compliance_skk). They are issued by the letter engine
(desktop.services.letters); this module only fills the template fields and addresses them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import compliance as rules
from desktop.domain.compliance import CaseState, CaseType
from desktop.domain.dates import format_date_id
from desktop.models.compliance import Case, CaseAction, Employer
from desktop.models.core import OfficeProfile, User
from desktop.services.compliance_common import ENTITY_CASE

DEFAULT_DOCUMENTS = ("daftar seluruh pekerja, daftar upah (payroll) tiga bulan terakhir, bukti pembayaran "
                     "iuran BPJS Ketenagakerjaan, dan surat kuasa apabila diwakilkan")
DEFAULT_SERVICES = ("perizinan berusaha, izin yang diperlukan dalam mengikuti tender proyek, izin "
                    "mempekerjakan tenaga kerja asing, dan persetujuan bangunan gedung")


def finding_text(c: Case) -> str:
    """The kind of non-compliance as the letter states it."""
    term = rules.CASE_TYPE_TERMS[CaseType(c.case_type)]
    if c.case_type == CaseType.PDS_UPAH and c.wage_gap:
        return f"{term} (upah yang dilaporkan lebih rendah {c.wage_gap.format_document()} per bulan dari upah sebenarnya)"
    if c.case_type == CaseType.TUNGGAKAN and c.arrears_months:
        return f"{term} selama {c.arrears_months} bulan"
    return term


def _contact(session: Session, officer: str) -> tuple[str, str]:
    user = session.scalar(select(User).where(User.username == officer)) if officer else None
    office = session.scalar(select(OfficeProfile).where(OfficeProfile.deleted_at.is_(None)).limit(1))
    return (user.full_name if user else officer or "petugas kepatuhan"), (office.phone if office and office.phone else "-")


def _office(session: Session) -> OfficeProfile | None:
    return session.scalar(select(OfficeProfile).where(OfficeProfile.deleted_at.is_(None)).limit(1))


def employer_recipient(e: Employer):
    from desktop.services.letters import Recipient

    city = e.kabupaten or ""
    address = "\n".join(p for p in (e.address, f"Kecamatan {e.kecamatan}" if e.kecamatan else "") if p)
    return Recipient(name=f"Pimpinan {e.name}", address=address, city=city)


def letter_of(session: Session, case_id, kind: str) -> CaseAction | None:
    """The last action of a kind that sent a letter (e.g. the Teguran Tertulis I): issued here, or
    recorded with the number of a letter sent on paper before the case was entered."""
    return session.scalar(select(CaseAction).where(CaseAction.case_id == case_id, CaseAction.kind == kind,
                                                   CaseAction.letter_number != "")
                          .order_by(CaseAction.on_date.desc(), CaseAction.created_at.desc()).limit(1))


def _reference(session: Session, c: Case) -> str:
    last = session.scalar(select(CaseAction).where(
        CaseAction.case_id == c.id, CaseAction.kind.in_(["visited", "visit", "invited"]))
        .order_by(CaseAction.on_date.desc(), CaseAction.created_at.desc()).limit(1))
    if last is None:
        return "hasil pencocokan data kepesertaan BPJS Ketenagakerjaan dengan data ketenagakerjaan"
    if last.kind == "invited" and last.letter_number:
        return f"surat kami Nomor {last.letter_number} tanggal {format_date_id(last.on_date)} perihal Undangan Klarifikasi"
    return f"kunjungan petugas kami ke perusahaan Saudara pada tanggal {format_date_id(last.on_date)}"


def _base(session: Session, c: Case, e: Employer) -> dict[str, object]:
    name, phone = _contact(session, c.officer)
    return {"nama_perusahaan": e.name, "npp": e.npp or "", "jenis_ketidakpatuhan": finding_text(c),
            "tenaga_kerja_belum_terdaftar": c.workers_unregistered or None,
            "program_belum_diikuti": ", ".join(c.programmes_missing or ()) or None,
            "tunggakan": c.arrears if c.arrears else None,
            "narahubung": name, "telepon_narahubung": phone}


def _warnings(session: Session, c: Case) -> dict[str, object]:
    out: dict[str, object] = {}
    for kind, suffix in (("teguran_1", "1"), ("teguran_2", "2")):
        a = letter_of(session, c.id, kind)
        if a is not None:
            out[f"nomor_teguran_{suffix}"] = a.letter_number
            out[f"tanggal_teguran_{suffix}"] = a.on_date
    return out


def move_request(session: Session, c: Case, e: Employer, target: CaseState, *, on: date, due: date | None,
                 warning_days: int, calendar, overrides: Mapping[str, object] | None = None):
    """The letter a move issues, or None when the move issues none."""
    from desktop.services.letters import LetterRequest

    template = rules.LETTER_FOR_MOVE.get(target)
    if template is None:
        return None
    fields = _base(session, c, e)
    if target is CaseState.INVITED:
        office = _office(session)
        fields.update({
            "pokok_bahasan": f"{finding_text(c).lower()} pada perusahaan Saudara",
            "tanggal": calendar.add_working_days(on, 3), "waktu": "09.00 WIB s.d. selesai",
            "tempat": f"{office.name}, {office.address}" if office else "Kantor Cabang",
            "dokumen": DEFAULT_DOCUMENTS})
    else:
        fields.update({"rujukan": _reference(session, c), "jangka_waktu": warning_days, "batas_waktu": due})
        if target is CaseState.TEGURAN_2:
            fields.update(_warnings(session, c))
    fields.update(dict(overrides or {}))
    return LetterRequest(template=template, fields=fields, recipient=employer_recipient(e),
                         about=(ENTITY_CASE, c.id), sifat="Segera" if target is CaseState.TEGURAN_2 else "Biasa")


def tmp3t_request(session: Session, c: Case, e: Employer, overrides: Mapping[str, object] | None = None):
    from desktop.services.letters import LetterRequest, Recipient

    fields = _base(session, c, e)
    fields.update(_warnings(session, c))
    kab = e.kabupaten or "Banyumas"
    fields.update({"alamat_perusahaan": ", ".join(p for p in (e.address, e.kecamatan, e.kabupaten) if p) or "-",
                   "wilayah": f"Kabupaten {kab}", "layanan": DEFAULT_SERVICES})
    fields.update(dict(overrides or {}))
    recipient = Recipient(name=f"Bupati {kab}",
                          address=f"c.q. Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten {kab}",
                          city=kab)
    return LetterRequest(template=rules.LETTER_FOR_STEP[rules.ReferralStep.TMP3T], fields=fields,
                         recipient=recipient, about=(ENTITY_CASE, c.id), attachment="satu berkas", sifat="Segera")
