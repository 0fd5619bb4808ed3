"""SKK batches: cases handed to the Kejaksaan Negeri as Jaksa Pengacara Negara.

The clerk chooses cases (referred, or whose Teguran Tertulis II has run its days); they are grouped
by the Kejaksaan Negeri serving each employer's address, and each Kejaksaan Negeri gets ONE covering
letter (a numbered letter from the register) with the attached list of its cases, printed together
into one PDF that is kept with its SHA-256. Each case gets its Surat Kuasa Khusus number, moves to
referred with that letter, and its progress at the Kejaksaan (accepted, mediation, statement,
payments, returned) is recorded afterwards, each change on the case's timeline.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from desktop.domain import compliance as rules
from desktop.domain.compliance import CaseState, CaseType, QueueClass, ReferralStep
from desktop.domain.dates import check_not_future, format_date_id
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.compliance import Case, CaseAction, Employer, Outcome, SkkBatch, SkkItem
from desktop.models.core import OfficeProfile, Signatory
from desktop.services import audit
from desktop.services.compliance_cases import apply_move, record_step
from desktop.services.compliance_common import ENTITY_SKK, NO_PROGRESS, Rules, case_row, queue_clause
from desktop.services.compliance_letters import letter_of
from desktop.services.compliance_views import CaseRow, SkkBatchView, SkkItemView
from desktop.services.context import Area, Changes, Progress, get_for_update, get_live

_ACTIVE = [s for s in rules.JPN_STATUSES if s != "dikembalikan"]
SKK_SERIES = "skk"  # the number register's series of Surat Kuasa Khusus numbers

# The statuses as the timeline's notes write them (Indonesian, like every note the program writes).
JPN_TERMS = {
    "diserahkan": "SKK diserahkan", "diterima": "SKK diterima Kejaksaan Negeri", "dipanggil": "Pemberi kerja dipanggil",
    "mediasi": "Dalam mediasi", "pernyataan": "Surat pernyataan ditandatangani", "sebagian": "Dibayar sebagian",
    "lunas": "Lunas", "tidak_hadir": "Pemberi kerja tidak hadir", "dikembalikan": "Dikembalikan ke Kantor Cabang",
}


class CasesRefused(UserError):
    """Every chosen case that cannot go to the Kejaksaan, each with its reason in the UI language."""

    def __init__(self, problems: Sequence[tuple[str, UserError]]) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "UserError", "These cases cannot be handed to the Kejaksaan Negeri; nothing was issued: {problems}"),
            problems="")
        self.problems = tuple(problems)

    def render(self, translate=None) -> str:
        template = translate("UserError", self.message) if translate else self.message
        listed = "; ".join(f"{case} ({problem.render(translate)})" for case, problem in self.problems)
        try:
            return template.format(problems=listed)
        except (KeyError, IndexError, ValueError):
            return self.message.format(problems=listed)


@dataclass
class _Group:
    kejari: str
    cases: list[tuple[Case, Employer]]
    batch: SkkBatch | None = None
    numbers: tuple[str, ...] = ()


class SkkMixin:
    ctx: object

    def skk_candidates(self, kejari: str | None = None) -> list[CaseRow]:
        """Cases that may go to the Kejaksaan: Teguran Tertulis II has run its days, or already
        referred without an SKK; not already with a Kejaksaan."""
        today = self.ctx.today()
        in_batch = select(SkkItem.case_id).where(SkkItem.deleted_at.is_(None), SkkItem.jpn_status.in_(_ACTIVE))
        stmt = (select(Case, Employer).join(Employer, Employer.id == Case.employer_id)
                .where(Case.deleted_at.is_(None), Case.id.not_in(in_batch),
                       ((Case.state == CaseState.TEGURAN_2.value) & queue_clause(QueueClass.READY, today))
                       | (Case.state == CaseState.REFERRED.value))
                .order_by(Employer.kabupaten, Employer.name))
        with self.ctx.read() as session:
            rows = [case_row(c, e, today) for c, e in session.execute(stmt)
                    if ReferralStep.SKK.value not in (c.referral_steps or ())]
        return [r for r in rows if kejari is None or r.kejari == kejari]

    def create_skk_batches(self, cases: Sequence[tuple[uuid.UUID, int]], *, kejari: str | None = None,
                           handed_over: date | None = None, notes: str = "",
                           progress: Progress = NO_PROGRESS) -> tuple[list[SkkBatchView], Changes]:
        """Hand the chosen cases (id, version as the clerk saw it) to the Kejaksaan Negeri.

        They are grouped by the Kejaksaan Negeri serving each employer (or all go to `kejari`); each
        group is one batch with one numbered covering letter and its attached list in one PDF. Cases
        at Teguran Tertulis II move to referred; every case records the SKK step with that letter.
        All or nothing: a refused or stale case, an error or a cancel issues no letter at all."""
        self.ctx.require("compliance.bulk")
        self.ctx.require("compliance.edit")
        if kejari is not None and kejari not in rules.KEJARI:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Unknown Kejaksaan Negeri {name}."), name=kejari)
        if not cases:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose at least one case."))
        if len({case_id for case_id, _v in cases}) != len(cases):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "A case was chosen twice."))
        r = Rules(self.ctx)
        on = handed_over or r.today
        check_not_future(on, r.today, "Tanggal penyerahan")
        from desktop.services.letters import discard_files

        written: list[Path] = []
        letters: list = []
        try:
            with self.ctx.write() as session:
                groups = self._groups(session, cases, kejari, on, r)
                progress.check()
                self._number(session, groups, on, notes)
                letters = self._issue_letters(session, groups, on, progress)
                views = []
                for n, (group, letter) in enumerate(zip(groups, letters, strict=True), start=1):
                    progress.progress(n - 1, len(groups), f"Kejaksaan Negeri {group.kejari}")
                    progress.check()
                    written.append(self._print_batch(session, group, letter))
                    self._record(session, group, letter, on, r)
                    views.append(self._batch_view(session, group.batch, items=True))
                progress.check()
        except BaseException:  # the numbers went back with the transaction: no files without rows
            discard_files(letters)
            for path in written:
                path.unlink(missing_ok=True)
                path.with_suffix(".part").unlink(missing_ok=True)
            raise
        progress.progress(len(views), len(views), "")
        return views, Changes.of(Area.COMPLIANCE) | Changes.of(Area.LETTERS)

    # ---- the steps of a batch (all in the caller's transaction) ---------------------------------

    def _groups(self, session: Session, cases: Sequence[tuple[uuid.UUID, int]], kejari: str | None, on: date,
                r: Rules) -> list[_Group]:
        """The chosen cases, checked (stale ones and refused ones named) and grouped per Kejari."""
        by_kejari: dict[str, list[tuple[Case, Employer]]] = {}
        refused: list[tuple[str, UserError]] = []
        for case_id, version in cases:
            # Locked until the batch commits: a second workstation batching the same case waits here,
            # then sees the new version and is told (SQLite serialises write transactions anyway).
            c = session.scalar(select(Case).where(Case.id == case_id, Case.deleted_at.is_(None)).with_for_update()
                               .execution_options(populate_existing=True))
            if c is None:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "The record was not found; it may have been deleted ({what})."), what="case")
            if c.version != version:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "Case {case} was changed on another workstation after you chose it (it may "
                    "have been handed over there). Reload the list; nothing was issued."), case=c.case_no)
            e = session.get(Employer, c.employer_id)
            problem = self._skk_problem(session, c, on, r)
            if problem is not None:
                refused.append((c.case_no, problem))
                continue
            by_kejari.setdefault(kejari or rules.kejari_for(e.kabupaten, e.kecamatan), []).append((c, e))
        if refused:
            raise CasesRefused(refused)
        order = {k: n for n, k in enumerate(rules.KEJARI)}
        return [_Group(k, sorted(v, key=lambda ce: (ce[1].name.lower(), ce[0].case_no)))
                for k, v in sorted(by_kejari.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))]

    @staticmethod
    def _skk_problem(session: Session, c: Case, on: date, r: Rules) -> UserError | None:
        active = session.scalar(select(SkkItem.id).where(SkkItem.case_id == c.id, SkkItem.deleted_at.is_(None),
                                                          SkkItem.jpn_status.in_(_ACTIVE)))
        if active is not None:
            return UserError(QT_TRANSLATE_NOOP("UserError", "already with a Kejaksaan Negeri"))
        if c.state == CaseState.TEGURAN_2.value:
            return rules.check_move(c.state, CaseState.REFERRED, on=on, state_since=c.state_since,
                                    calendar=r.calendar, warning_days=r.warning_days,
                                    escalate_after=c.escalate_from).problem
        return rules.check_referral_step(c.state, ReferralStep.SKK, c.referral_steps or ())

    def _number(self, session: Session, groups: list[_Group], on: date, notes: str) -> None:
        """Each group's batch row, and each case's SKK number: gap-free per year from the number register.

        The register's counter row stays locked until the transaction ends, so two workstations
        handing cases over at the same moment get different numbers; numbers given before the
        series had a counter are never given again."""
        from desktop.services.sync_numbers import take_above

        total = sum(len(g.cases) for g in groups)
        seq = take_above(session, SKK_SERIES, on.year, total, floor=self._skk_count(session, on.year))
        for g in groups:
            g.numbers = tuple(rules.skk_number(seq + n, g.kejari, on) for n in range(len(g.cases)))
            seq += len(g.cases)
            g.batch = SkkBatch(kejari=g.kejari, handed_over=on, notes=notes.strip())
            session.add(g.batch)
        session.flush()

    def _issue_letters(self, session: Session, groups: list[_Group], on: date, progress: Progress) -> list:
        """One covering letter per Kejaksaan Negeri, numbered by the register in this transaction."""
        from desktop.services.compliance_letters import _contact
        from desktop.services.letters import LetterRequest, LetterService, Recipient

        officer, phone = _contact(session, self.ctx.actor.username)
        requests = []
        for g in groups:
            total = sum((c.arrears for c, _e in g.cases), start=Money(0))
            numbers = g.numbers[0] if len(g.numbers) == 1 else f"{g.numbers[0]} s.d. {g.numbers[-1]}"
            requests.append(LetterRequest(
                template=rules.LETTER_FOR_STEP[ReferralStep.SKK],
                fields={"kejaksaan": g.kejari, "jumlah_pemberi_kerja": len(g.cases), "nomor_skk": numbers,
                        "tanggal_skk": on, "total_tunggakan": total if total else None,
                        "narahubung": officer, "telepon_narahubung": phone},
                recipient=Recipient(name=f"Kepala Kejaksaan Negeri {g.kejari}",
                                    address="u.p. Kepala Seksi Perdata dan Tata Usaha Negara", city=g.kejari),
                about=(ENTITY_SKK, g.batch.id), attachment="1 (satu) berkas", sifat="Segera"))
        return LetterService(self.ctx).issue_in(session, requests, progress=progress, issued_on=on)

    def _print_batch(self, session: Session, g: _Group, letter) -> Path:
        """The covering letter followed by its attached list, kept as one PDF; returns its path."""
        from desktop.documents.merge import merge_pdfs
        from desktop.services.letters_fill import safe_file_name

        lampiran = _render_list(session, g, letter.number, letter.issued_on)
        data = merge_pdfs([Path(letter.pdf_path).read_bytes(), lampiran], f"SKK Kejaksaan Negeri {g.kejari}")
        rel = Path("compliance") / "skk" / str(letter.issued_on.year) / f"{safe_file_name(letter.number)}.pdf"
        path = self.ctx.document_dir() / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_suffix(".part")
        part.write_bytes(data)
        part.replace(path)
        g.batch.number, g.batch.letter_id = letter.number, letter.id
        g.batch.pdf_path, g.batch.sha256 = rel.as_posix(), hashlib.sha256(data).hexdigest()
        return path

    def _record(self, session: Session, g: _Group, letter, on: date, r: Rules) -> None:
        actor = self.ctx.actor.username
        for position, ((c, _e), number) in enumerate(zip(g.cases, g.numbers, strict=True)):
            note = f"SKK {number} ke Kejaksaan Negeri {g.kejari} (surat pengantar {letter.number})"
            if c.state == CaseState.TEGURAN_2.value:
                apply_move(session, c, CaseState.REFERRED, on=on, r=r, actor=actor, letter=letter,
                           due=rules.due_date(CaseState.REFERRED, on, r.calendar, r.warning_days),
                           notes=f"Diserahkan ke Kejaksaan Negeri {g.kejari}")
            record_step(session, c, ReferralStep.SKK, on=on, r=r, actor=actor, letter=letter, notes=note)
            session.add(SkkItem(batch_id=g.batch.id, case_id=c.id, position=position, jpn_status="diserahkan",
                                status_date=on, skk_number=number))
        session.flush()
        audit.record(session, "create", ENTITY_SKK, g.batch.id, summary=f"Kejari {g.kejari}: {len(g.cases)} SKK",
                     after={"kejari": g.kejari, "cases": [c.case_no for c, _e in g.cases], "letter": letter.number,
                            "sha256": g.batch.sha256})

    @staticmethod
    def _skk_count(session: Session, year: int) -> int:
        return int(session.scalar(select(func.count(SkkItem.id)).join(SkkBatch, SkkBatch.id == SkkItem.batch_id)
                                  .where(extract("year", SkkBatch.handed_over) == year)) or 0)

    # ---- reading and tracking ---------------------------------------------------------------

    def skk_batches(self, kejari: str | None = None) -> list[SkkBatchView]:
        stmt = select(SkkBatch).where(SkkBatch.deleted_at.is_(None))
        if kejari:
            stmt = stmt.where(SkkBatch.kejari == kejari)
        with self.ctx.read() as session:
            batches = session.scalars(stmt.order_by(SkkBatch.handed_over.desc(), SkkBatch.created_at.desc()))
            return [self._batch_view(session, b) for b in batches]

    def skk_batch(self, batch_id: uuid.UUID) -> SkkBatchView:
        with self.ctx.read() as session:
            return self._batch_view(session, get_live(session, SkkBatch, batch_id, what="SKK batch"), items=True)

    def skk_batch_pdf(self, batch_id: uuid.UUID) -> Path:
        """The batch's PDF as it was handed over; refused when the file is missing or was altered."""
        view = self.skk_batch(batch_id)
        if view.pdf_path is None:
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "This batch was made before covering letters per Kejaksaan Negeri; it has no "
                "batch PDF. Its letters are in the register."))
        if not view.pdf_path.is_file():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} is missing."), path=str(view.pdf_path))
        if hashlib.sha256(view.pdf_path.read_bytes()).hexdigest() != view.sha256:
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "The file {path} was changed after it was issued."), path=str(view.pdf_path))
        return view.pdf_path

    def update_skk_item(self, item_id: uuid.UUID, version: int, *, jpn_status: str, status_date: date | None = None,
                        promised_date: date | None = None, recovered: Money | None = None,
                        notes: str = "") -> Changes:
        """Record how the JPN's work on a case goes (also on the case's timeline); money recovered
        there counts as an outcome."""
        self.ctx.require("compliance.edit")
        if jpn_status not in rules.JPN_STATUSES:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Unknown JPN status {value}."), value=jpn_status)
        on = status_date or self.ctx.today()
        check_not_future(on, self.ctx.today(), "Tanggal status")
        with self.ctx.write() as session:
            item = get_for_update(session, SkkItem, item_id, version, what="SKK case")
            batch = session.get(SkkBatch, item.batch_id)
            if on < batch.handed_over:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "The date cannot be before the case was handed over ({date})."),
                    date=format_date_id(batch.handed_over))
            total = recovered if recovered is not None else item.recovered
            if total.sen < item.recovered.sen:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "The amount recovered cannot go down ({before} was recorded)."),
                    before=item.recovered.format_table())
            before = {"jpn_status": item.jpn_status, "recovered": item.recovered, "status_date": item.status_date}
            delta = total - item.recovered
            item.jpn_status, item.status_date, item.promised_date = jpn_status, on, promised_date
            item.recovered, item.notes = total, notes.strip() or item.notes
            c = session.get(Case, item.case_id)
            if delta.sen > 0:
                session.add(Outcome(case_id=c.id, employer_id=c.employer_id, on_date=on,
                                    officer=self.ctx.actor.username, arrears_recovered=delta,
                                    notes=f"Pembayaran melalui Jaksa Pengacara Negara ({item.skk_number})"))
            session.add(CaseAction(case_id=c.id, employer_id=c.employer_id, on_date=on,
                                   officer=self.ctx.actor.username, kind="jpn", from_state=c.state,
                                   to_state=c.state, letter_id=batch.letter_id, letter_number=batch.number,
                                   notes=_jpn_note(batch.kejari, jpn_status, promised_date, delta, total,
                                                   notes.strip())))
            session.flush()
            audit.record(session, "update", "compliance_skk_item", item.id, summary=f"{c.case_no}: {jpn_status}",
                         before=before, after={"jpn_status": jpn_status, "recovered": total, "status_date": on})
        return Changes.of(Area.COMPLIANCE)

    def _batch_view(self, session: Session, b: SkkBatch, items: bool = False) -> SkkBatchView:
        rows = session.execute(select(SkkItem, Case, Employer).join(Case, Case.id == SkkItem.case_id)
                               .join(Employer, Employer.id == Case.employer_id)
                               .where(SkkItem.batch_id == b.id, SkkItem.deleted_at.is_(None))
                               .order_by(SkkItem.position)).all()
        # Batches made before one covering letter per Kejari had a letter per case: show each one's.
        letters: Mapping = {}
        if not b.pdf_path:
            letters = dict(session.execute(select(CaseAction.case_id, CaseAction.letter_number).where(
                CaseAction.case_id.in_([c.id for _i, c, _e in rows]), CaseAction.kind == ReferralStep.SKK.value)).all())
        views = tuple(SkkItemView(id=i.id, version=i.version, case_id=c.id, case_no=c.case_no, employer_name=e.name,
                                  npp=e.npp, case_type=c.case_type, arrears=c.arrears, jpn_status=i.jpn_status,
                                  status_date=i.status_date, promised_date=i.promised_date, recovered=i.recovered,
                                  notes=i.notes, skk_number=i.skk_number, letter_number=letters.get(c.id, b.number))
                      for i, c, e in rows)
        return SkkBatchView(id=b.id, version=b.version, kejari=b.kejari, number=b.number, letter_id=b.letter_id,
                            handed_over=b.handed_over, notes=b.notes, cases=len(views),
                            settled=sum(1 for v in views if v.jpn_status == "lunas"),
                            recovered=sum((v.recovered for v in views), start=Money(0)),
                            items=views if items else (),
                            pdf_path=self.ctx.document_dir() / b.pdf_path if b.pdf_path else None, sha256=b.sha256)


def _jpn_note(kejari: str, status: str, promised: date | None, paid: Money, total: Money, notes: str) -> str:
    parts = [f"Kejaksaan Negeri {kejari}: {JPN_TERMS.get(status, status)}"]
    if promised is not None:
        parts.append(f"janji pelunasan {format_date_id(promised)}")
    if paid.sen > 0:
        parts.append(f"dibayar {paid.format_document()} (seluruhnya {total.format_document()})")
    if notes:
        parts.append(notes)
    return "; ".join(parts)


def _warning_text(session: Session, case_id: uuid.UUID, kind: str) -> str:
    a = letter_of(session, case_id, kind)
    return f"{a.letter_number}\n{format_date_id(a.on_date)}" if a is not None else ""


def _render_list(session: Session, g: _Group, letter_number: str, day: date) -> bytes:
    from desktop.documents.compliance_skk import SkkList, SkkListRow, render_skk_list

    office = session.scalar(select(OfficeProfile).where(OfficeProfile.deleted_at.is_(None)).limit(1))
    signer = session.scalar(select(Signatory).where(Signatory.deleted_at.is_(None), Signatory.active.is_(True),
                                                    Signatory.on_behalf.is_(False)).order_by(Signatory.rank))
    rows = [SkkListRow(name=e.name, npp=e.npp or "",
                       address=", ".join(p for p in (e.address, e.kecamatan, e.kabupaten) if p),
                       case_type=rules.CASE_TYPE_TERMS[CaseType(c.case_type)],
                       arrears=c.arrears.format_document() if c.arrears else "", months=c.arrears_months or 0,
                       teguran_1=_warning_text(session, c.id, CaseState.TEGURAN_1.value),
                       teguran_2=_warning_text(session, c.id, CaseState.TEGURAN_2.value), skk_number=number)
            for (c, e), number in zip(g.cases, g.numbers, strict=True)]
    total = sum((c.arrears for c, _e in g.cases), start=Money(0))
    city = office.city if office else ""
    return render_skk_list(SkkList(
        kejari=g.kejari, letter_number=letter_number, date_text=format_date_id(day),
        place_date=f"{city}, {format_date_id(day)}" if city else format_date_id(day), rows=rows,
        total_arrears=total.format_document() if total else "",
        signatory_position=signer.position if signer else "Kepala Kantor Cabang",
        signatory_name=signer.name if signer else "", signatory_no=signer.employee_no if signer else "",
        office_name=office.name if office else ""))
