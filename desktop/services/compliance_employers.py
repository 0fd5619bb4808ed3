"""Employers: the list, one employer, saving with validated NPP/NPWP, and its whole timeline."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import func, select, true

from desktop.domain import compliance as rules
from desktop.domain.identifiers import parse_npp, parse_npwp
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.compliance import Case, CaseAction, Employer, Outcome
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.compliance_common import (
    ENTITY_EMPLOYER,
    case_row,
    employer_row,
    employer_view,
    open_cases_subquery,
)
from desktop.services.compliance_views import CaseRow, EmployerRow, EmployerView, TimelineEntry
from desktop.services.context import Area, Changes, get_for_update, get_live, snapshot
from desktop.services.paging import Page, PageRequest, fetch_page

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SEPARATED_NUMBER = re.compile(r"^[\d.\-]+$")

_EDITABLE = ("name", "npp", "npwp16", "npwp15", "address", "kabupaten", "kecamatan", "kbli", "sector",
             "risk_class", "size", "contact_name", "contact_phone", "contact_email", "registered_workforce",
             "estimated_workforce", "estimate_source", "estimate_date", "programmes", "reported_wages",
             "evidence_wages", "status", "notes")


def clean_employer(view: EmployerView) -> dict[str, object]:
    """The columns to store, or a UserError naming the first thing wrong."""
    def fail(message: str, **params: object):
        raise UserError(message, **params)

    name = " ".join(view.name.split())
    if not name:
        fail(QT_TRANSLATE_NOOP("UserError", "The employer name is required."))
    if view.status not in rules.EMPLOYER_STATUSES:
        fail(QT_TRANSLATE_NOOP("UserError", "Unknown employer status {status}."), status=view.status)
    npp = parse_npp(view.npp) if view.npp and view.npp.strip() else None
    if npp is None and view.status != "pwbd":
        fail(QT_TRANSLATE_NOOP("UserError", "Enter the NPP; only an employer that is not registered (PWBD) has none."))
    npwp16 = npwp15 = None
    if view.npwp.strip():
        npwp = parse_npwp(view.npwp)
        npwp16, npwp15 = npwp.digits16, npwp.digits15
    if view.risk_class is not None and view.risk_class not in rules.RISK_CLASSES:
        fail(QT_TRANSLATE_NOOP("UserError", "The JKK risk class must be 1 to 5, not {value}."), value=view.risk_class)
    if view.size and view.size not in rules.SIZES:
        fail(QT_TRANSLATE_NOOP("UserError", "Unknown size {size}."), size=view.size)
    if view.estimate_source and view.estimate_source not in rules.ESTIMATE_SOURCES:
        fail(QT_TRANSLATE_NOOP("UserError", "Unknown estimate source {source}."), source=view.estimate_source)
    bad = [p for p in view.programmes if p not in rules.PROGRAMMES]
    if bad:
        fail(QT_TRANSLATE_NOOP("UserError", "Unknown programme {value}; use JKK, JKM, JHT, JP, JKP."), value=bad[0])
    if view.registered_workforce < 0 or (view.estimated_workforce or 0) < 0:
        fail(QT_TRANSLATE_NOOP("UserError", "A number of workers cannot be negative."))
    if view.reported_wages.sen < 0 or (view.evidence_wages is not None and view.evidence_wages.sen < 0):
        fail(QT_TRANSLATE_NOOP("UserError", "A wage total cannot be negative."))
    if view.kbli and not re.fullmatch(r"\d{5}", view.kbli):
        fail(QT_TRANSLATE_NOOP("UserError", "A KBLI code has 5 digits, not {value}."), value=view.kbli)
    if view.contact_email and not _EMAIL.match(view.contact_email.strip()):
        fail(QT_TRANSLATE_NOOP("UserError", "The e-mail address {email} is not valid."), email=view.contact_email)
    sector = view.sector.strip() or rules.KBLI_SECTORS.get(view.kbli, "")
    return {
        "name": name, "npp": npp, "npwp16": npwp16, "npwp15": npwp15, "address": view.address.strip(),
        "kabupaten": view.kabupaten.strip(), "kecamatan": view.kecamatan.strip(), "kbli": view.kbli,
        "sector": sector, "risk_class": view.risk_class, "size": view.size,
        "contact_name": view.contact_name.strip(), "contact_phone": view.contact_phone.strip(),
        "contact_email": view.contact_email.strip(), "registered_workforce": view.registered_workforce,
        "estimated_workforce": view.estimated_workforce, "estimate_source": view.estimate_source,
        "estimate_date": view.estimate_date, "programmes": [p for p in rules.PROGRAMMES if p in view.programmes],
        "reported_wages": view.reported_wages, "evidence_wages": view.evidence_wages, "status": view.status,
        "notes": view.notes.strip(),
    }


def search_text(text: str) -> str:
    """NPWPs and NPPs are stored as bare digits: drop the dots and dashes a clerk types."""
    return " ".join(w.replace(".", "").replace("-", "") if _SEPARATED_NUMBER.match(w) else w for w in text.split())


class EmployerMixin:
    ctx: object

    def employers_page(self, request: PageRequest) -> Page[EmployerRow]:
        open_cases = open_cases_subquery().label("open_cases")
        stmt = select(Employer, open_cases).where(Employer.deleted_at.is_(None))
        f = request.filters
        if f.get("kabupaten"):
            stmt = stmt.where(Employer.kabupaten == f["kabupaten"])
        if f.get("status"):
            stmt = stmt.where(Employer.status == f["status"])
        if f.get("with_open_cases"):
            stmt = stmt.where(open_cases_subquery() > 0)
        sort = {"npp": Employer.npp, "name": Employer.name, "npwp": Employer.npwp16,
                "kabupaten": Employer.kabupaten, "kecamatan": Employer.kecamatan, "sector": Employer.sector,
                "size": Employer.size, "registered_workforce": Employer.registered_workforce,
                "estimated_workforce": Employer.estimated_workforce, "status": Employer.status,
                "open_cases": open_cases}
        request = PageRequest(request.offset, request.limit, request.sort_key, request.descending,
                              search_text(request.text), request.filters)
        with self.ctx.read() as session:
            return fetch_page(session, stmt, request, sort_columns=sort,
                              search_columns=[Employer.npp, Employer.name, Employer.npwp16, Employer.npwp15],
                              tiebreak=Employer.name,
                              to_row=lambda r: employer_row(r[0], r[1] or 0))

    def employer(self, employer_id: uuid.UUID) -> EmployerView:
        with self.ctx.read() as session:
            e = get_live(session, Employer, employer_id, what="employer")
            return employer_view(e, self._open_cases(session, e.id))

    def employer_by_npp(self, npp: str) -> EmployerView | None:
        with self.ctx.read() as session:
            e = session.scalar(select(Employer).where(Employer.npp == parse_npp(npp), Employer.deleted_at.is_(None)))
            return None if e is None else employer_view(e, self._open_cases(session, e.id))

    @staticmethod
    def _open_cases(session, employer_id: uuid.UUID) -> int:
        return session.scalar(select(func.count(Case.id)).where(
            Case.employer_id == employer_id, Case.state.in_([s.value for s in rules.OPEN_STATES]),
            Case.deleted_at.is_(None))) or 0

    def save_employer(self, view: EmployerView) -> tuple[EmployerView, Changes]:
        """Create (id None) or update an employer; a stale edit raises StaleRecordError."""
        self.ctx.require("compliance.edit")
        values = clean_employer(view)
        with self.ctx.write() as session:
            if values["npp"]:
                other = session.scalar(select(Employer).where(
                    Employer.npp == values["npp"], Employer.deleted_at.is_(None),
                    Employer.id != view.id if view.id else true()))
                if other is not None:
                    raise UserError(QT_TRANSLATE_NOOP("UserError", "NPP {npp} already belongs to {name}."),
                                    npp=values["npp"], name=other.name)
            if view.id is None:
                e = Employer(**values)
                session.add(e)
                before: dict = {}
            else:
                e = get_for_update(session, Employer, view.id, view.version, what="employer")
                before = snapshot(e, list(_EDITABLE))
                for k, v in values.items():
                    setattr(e, k, v)
            session.flush()
            after = snapshot(e, list(_EDITABLE))
            old, new = audit.diff(before, after)
            audit.record(session, "update" if before else "create", ENTITY_EMPLOYER, e.id,
                         summary=f"{e.npp or '-'} {e.name}", before=old or None, after=new)
            return employer_view(e, self._open_cases(session, e.id)), Changes.of(Area.COMPLIANCE)

    def delete_employer(self, employer_id: uuid.UUID, version: int) -> Changes:
        self.ctx.require("compliance.edit")
        with self.ctx.write() as session:
            e = get_for_update(session, Employer, employer_id, version, what="employer")
            if self._open_cases(session, e.id):
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "{name} has open compliance cases; resolve or close them first."), name=e.name)
            e.deleted_at = utcnow()
            session.flush()
            audit.record(session, "delete", ENTITY_EMPLOYER, e.id, summary=f"{e.npp or '-'} {e.name}")
        return Changes.of(Area.COMPLIANCE)

    def employer_cases(self, employer_id: uuid.UUID) -> list[CaseRow]:
        today = self.ctx.today()
        with self.ctx.read() as session:
            rows = session.execute(select(Case, Employer).join(Employer, Employer.id == Case.employer_id)
                                   .where(Case.employer_id == employer_id, Case.deleted_at.is_(None))
                                   .order_by(Case.opened_on.desc()))
            return [case_row(c, e, today) for c, e in rows]

    def employer_timeline(self, employer_id: uuid.UUID) -> list[TimelineEntry]:
        """Visits, letters, replies, referral steps and outcomes of all the employer's cases, by date."""
        documents = self.ctx.document_dir()
        entries: list[tuple[tuple, TimelineEntry]] = []
        with self.ctx.read() as session:
            get_live(session, Employer, employer_id, what="employer")
            numbers = dict(session.execute(select(Case.id, Case.case_no).where(Case.employer_id == employer_id)).all())
            for a in session.scalars(select(CaseAction).where(CaseAction.employer_id == employer_id)):
                detail = "\n".join(t for t in (a.notes, a.reply_content) if t)
                entries.append(((a.on_date, a.created_at), TimelineEntry(
                    on_date=a.on_date, kind=a.kind, title=_title(a.kind), detail=detail,
                    case_no=numbers.get(a.case_id, ""), letter_number=a.letter_number,
                    evidence_path=documents / a.evidence_path if a.evidence_path else None)))
            for o in session.scalars(select(Outcome).where(Outcome.employer_id == employer_id,
                                                           Outcome.deleted_at.is_(None))):
                parts = []
                if o.workers_added:
                    parts.append(f"+{o.workers_added} TK")
                if o.programmes_added:
                    parts.append("+" + ", ".join(o.programmes_added))
                if o.wages_corrected:
                    parts.append(f"upah +{o.wages_corrected.format_table()}")
                if o.arrears_recovered:
                    parts.append(f"tunggakan dibayar {o.arrears_recovered.format_table()}")
                entries.append(((o.on_date, o.created_at), TimelineEntry(
                    on_date=o.on_date, kind="outcome", title="Hasil", detail="; ".join(parts) or o.notes,
                    case_no=numbers.get(o.case_id, ""))))
        entries.sort(key=lambda t: t[0])
        return [e for _k, e in entries]


def _title(kind: str) -> str:
    try:
        return rules.STATE_TERMS[rules.CaseState(kind)]
    except ValueError:
        pass
    try:
        return rules.STEP_TERMS[rules.ReferralStep(kind)]
    except ValueError:
        return NOTE_TERMS.get(kind, kind)


NOTE_TERMS = {"opened": "Kasus dibuka", "visit": "Kunjungan", "reply": "Tanggapan pemberi kerja",
              "statement": "Surat pernyataan", "call": "Telepon", "note": "Catatan", "edited": "Data kasus diubah"}

