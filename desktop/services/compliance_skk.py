"""SKK batches: cases handed together to one Kejaksaan Negeri as Jaksa Pengacara Negara, with their
covering letters (one numbered letter per employer's Surat Kuasa Khusus, issued as one batch) and
the attached list of the batch; then the JPN's progress on each case and what it recovered."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from desktop.domain import compliance as rules
from desktop.domain.compliance import CaseState, QueueClass, ReferralStep
from desktop.domain.dates import check_not_future, format_date_id
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.compliance import Case, CaseAction, Employer, Outcome, SkkBatch, SkkItem
from desktop.models.core import OfficeProfile, Signatory
from desktop.services import audit
from desktop.services.compliance_cases import apply_move, record_step
from desktop.services.compliance_common import ENTITY_SKK, NO_PROGRESS, Rules, case_row, queue_clause
from desktop.services.compliance_letters import finding_text, skk_request
from desktop.services.compliance_views import CaseRow, SkkBatchView, SkkItemView
from desktop.services.context import Area, Changes, Progress, get_for_update, get_live

_ACTIVE = [s for s in rules.JPN_STATUSES if s != "dikembalikan"]


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

    def create_skk_batch(self, kejari: str, cases: Sequence[tuple[uuid.UUID, int]], *, handed_over: date | None = None,
                         notes: str = "", one_pdf: Path | None = None,
                         progress: Progress = NO_PROGRESS) -> tuple[SkkBatchView, Changes]:
        """Hand cases to one Kejaksaan Negeri: each gets its SKK number and covering letter (one
        batch of letters); cases at Teguran Tertulis II move to referred. All or nothing."""
        self.ctx.require("compliance.bulk")
        self.ctx.require("compliance.edit")
        if kejari not in rules.KEJARI:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Unknown Kejaksaan Negeri {name}."), name=kejari)
        if not cases:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose at least one case."))
        r = Rules(self.ctx)
        on = handed_over or r.today
        check_not_future(on, r.today, "Tanggal penyerahan")
        requests, numbers = [], {}
        with self.ctx.read() as session:
            first = self._skk_count(session, on.year) + 1
            for n, (case_id, version) in enumerate(cases):
                c = get_for_update(session, Case, case_id, version, what="case")
                self._check_skk_case(session, c, on, r)
                numbers[c.id] = rules.skk_number(first + n, kejari, on)
                requests.append(skk_request(session, c, session.get(Employer, c.employer_id), kejari=kejari,
                                            skk_number=numbers[c.id], skk_date=on))

        def write(session: Session, letters: list) -> SkkBatchView:
            by_case = {letter.about_id: letter for letter in letters}
            batch = SkkBatch(kejari=kejari, handed_over=on, notes=notes.strip(),
                             number=letters[0].number if letters else "", letter_id=letters[0].id if letters else None)
            session.add(batch)
            session.flush()
            for position, (case_id, version) in enumerate(cases):
                c = get_for_update(session, Case, case_id, version, what="case")
                if c.state == CaseState.TEGURAN_2.value:
                    apply_move(session, c, CaseState.REFERRED, on=on, r=r, actor=self.ctx.actor.username,
                               due=rules.due_date(CaseState.REFERRED, on, r.calendar, r.warning_days),
                               notes=f"Diserahkan ke Kejaksaan Negeri {kejari}")
                letter = by_case.get(c.id)
                record_step(session, c, ReferralStep.SKK, on=on, r=r, actor=self.ctx.actor.username, letter=letter,
                            notes=f"SKK {numbers[c.id]} ke Kejaksaan Negeri {kejari}")
                session.add(SkkItem(batch_id=batch.id, case_id=c.id, position=position, jpn_status="diserahkan",
                                    status_date=on, skk_number=numbers[c.id]))
            session.flush()
            audit.record(session, "create", ENTITY_SKK, batch.id, summary=f"Kejari {kejari}: {len(cases)} SKK",
                         after={"kejari": kejari, "cases": len(cases), "number": batch.number})
            return self._batch_view(session, batch, items=True)

        view, _letters, changes = self._with_letters(requests, write, on=on, one_pdf=one_pdf, progress=progress)
        return view, changes

    @staticmethod
    def _skk_count(session: Session, year: int) -> int:
        return int(session.scalar(select(func.count(SkkItem.id)).join(SkkBatch, SkkBatch.id == SkkItem.batch_id)
                                  .where(extract("year", SkkBatch.handed_over) == year)) or 0)

    @staticmethod
    def _check_skk_case(session: Session, c: Case, on: date, r: Rules) -> None:
        active = session.scalar(select(SkkItem.id).where(SkkItem.case_id == c.id, SkkItem.deleted_at.is_(None),
                                                          SkkItem.jpn_status.in_(_ACTIVE)))
        if active is not None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Case {case} is already with a Kejaksaan Negeri."),
                            case=c.case_no)
        if c.state == CaseState.TEGURAN_2.value:
            check = rules.check_move(c.state, CaseState.REFERRED, on=on, state_since=c.state_since,
                                     calendar=r.calendar, warning_days=r.warning_days, escalate_after=c.escalate_from)
            problem = check.problem
        else:
            problem = rules.check_referral_step(c.state, ReferralStep.SKK, c.referral_steps or ())
        if problem is not None:
            raise rules.NestedError(QT_TRANSLATE_NOOP("UserError", "Case {case}: {problem}"), problem,
                                    case=c.case_no)

    # ---- reading and tracking ---------------------------------------------------------------

    def skk_batches(self) -> list[SkkBatchView]:
        with self.ctx.read() as session:
            batches = session.scalars(select(SkkBatch).where(SkkBatch.deleted_at.is_(None))
                                      .order_by(SkkBatch.handed_over.desc(), SkkBatch.created_at.desc()))
            return [self._batch_view(session, b) for b in batches]

    def skk_batch(self, batch_id: uuid.UUID) -> SkkBatchView:
        with self.ctx.read() as session:
            return self._batch_view(session, get_live(session, SkkBatch, batch_id, what="SKK batch"), items=True)

    def update_skk_item(self, item_id: uuid.UUID, version: int, *, jpn_status: str, status_date: date | None = None,
                        promised_date: date | None = None, recovered: Money | None = None,
                        notes: str = "") -> Changes:
        """Record how the JPN's work on a case goes; money recovered there counts as an outcome."""
        self.ctx.require("compliance.edit")
        if jpn_status not in rules.JPN_STATUSES:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Unknown JPN status {value}."), value=jpn_status)
        on = status_date or self.ctx.today()
        check_not_future(on, self.ctx.today(), "Tanggal status")
        with self.ctx.write() as session:
            item = get_for_update(session, SkkItem, item_id, version, what="SKK case")
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
            session.flush()
            audit.record(session, "update", "compliance_skk_item", item.id, summary=f"{c.case_no}: {jpn_status}",
                         before=before, after={"jpn_status": jpn_status, "recovered": total, "status_date": on})
        return Changes.of(Area.COMPLIANCE)

    def skk_list_pdf(self, batch_id: uuid.UUID) -> bytes:
        """The batch's attached list (lampiran), rendered from what is stored."""
        from desktop.documents.compliance_skk import SkkList, SkkListRow, render_skk_list
        from desktop.documents.letterhead import Letterhead

        view = self.skk_batch(batch_id)
        with self.ctx.read() as session:
            office = session.scalar(select(OfficeProfile).where(OfficeProfile.deleted_at.is_(None)).limit(1))
            signer = session.scalar(select(Signatory).where(Signatory.deleted_at.is_(None), Signatory.active.is_(True),
                                                            Signatory.on_behalf.is_(False)).order_by(Signatory.rank))
            rows = []
            for item in view.items:
                c = session.get(Case, item.case_id)
                e = session.get(Employer, c.employer_id)
                rows.append(SkkListRow(name=e.name, npp=e.npp or "", finding=finding_text(c),
                                       address=", ".join(p for p in (e.address, e.kecamatan, e.kabupaten) if p),
                                       arrears=c.arrears.format_document() if c.arrears else "",
                                       skk_number=item.skk_number, letter_number=item.letter_number))
        head = Letterhead(name=office.name, address=office.address, phone=office.phone, email=office.email,
                          website=office.website, logo_png=office.logo_png) if office else Letterhead(name="")
        total = sum((i.arrears for i in view.items), start=Money(0))
        return render_skk_list(SkkList(
            letterhead=head, kejari=view.kejari, number=view.number, date_text=format_date_id(view.handed_over),
            place_date=f"{office.city if office else ''}, {format_date_id(view.handed_over)}".strip(", "),
            rows=rows, total_arrears=total.format_document(),
            signatory_position=signer.position if signer else "Kepala Kantor Cabang",
            signatory_name=signer.name if signer else "", signatory_no=signer.employee_no if signer else ""))

    @staticmethod
    def _batch_view(session: Session, b: SkkBatch, items: bool = False) -> SkkBatchView:
        rows = session.execute(select(SkkItem, Case, Employer).join(Case, Case.id == SkkItem.case_id)
                               .join(Employer, Employer.id == Case.employer_id)
                               .where(SkkItem.batch_id == b.id, SkkItem.deleted_at.is_(None))
                               .order_by(SkkItem.position)).all()
        letters = dict(session.execute(select(CaseAction.case_id, CaseAction.letter_number).where(
            CaseAction.case_id.in_([c.id for _i, c, _e in rows]), CaseAction.kind == ReferralStep.SKK.value)).all())
        views = tuple(SkkItemView(id=i.id, version=i.version, case_id=c.id, case_no=c.case_no, employer_name=e.name,
                                  npp=e.npp, case_type=c.case_type, arrears=c.arrears, jpn_status=i.jpn_status,
                                  status_date=i.status_date, promised_date=i.promised_date, recovered=i.recovered,
                                  notes=i.notes, skk_number=i.skk_number, letter_number=letters.get(c.id, ""))
                      for i, c, e in rows)
        return SkkBatchView(id=b.id, version=b.version, kejari=b.kejari, number=b.number, letter_id=b.letter_id,
                            handed_over=b.handed_over, notes=b.notes, cases=len(views),
                            settled=sum(1 for v in views if v.jpn_status == "lunas"),
                            recovered=sum((v.recovered for v in views), start=Money(0)),
                            items=views if items else ())

