"""The participants (Peserta) register: a page of 300,000 members at a time, sorted and filtered by
the database.

What keeps a page fast at branch scale (measured on benchmarks/data/branch.sqlite):
- the count of live members is read from the partial KPJ index (live rows only), not the table; the
  count of a segment from the partial (segment, name) index;
- a sort by name, KPJ or NIK walks that column's index, a sort by segment, employer or membership
  start the partial index on (that column, name), with SQLite's rowid as the tiebreak (it is in every
  index, so no sort step is needed), and stops after the page (about 25 ms at 300,000 members, where
  a sort of the whole table took 100 to 150 ms, and 0.3 s to 1.5 s for a page deep in the list);
- a page in the second half of the list is read from the other end (reversed order, small offset)
  and turned round, so the last page costs what the first does;
- when a filter leaves few rows, walking the name index to find them would visit most of the table
  through random lookups (0.6 s for a NIK fragment); one sequential scan and a sort is then cheaper,
  so the index is set aside (SQLite only: PostgreSQL's planner weighs this itself).

A text filter on a fragment scans the table (name, KPJ, NPP and employer name; NIK too for roles
that may see it): about 0.2 s at 300,000 members. The trigram index of the global search covers
name, NIK and KPJ but not the employer, so it cannot serve this filter alone.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, String, func, literal_column, or_, select, type_coerce
from sqlalchemy.orm import Session

from desktop.domain.money import Money
from desktop.models.benefits import BenClaim, BenParticipant
from desktop.services.benefits_common import may_see_full, show_nik
from desktop.services.paging import Page, PageRequest, like_pattern

P = BenParticipant
SORTS: dict[str, ColumnElement] = {
    "name": P.name, "kpj": P.kpj, "nik": P.nik, "segment": P.segment, "employer_name": P.employer_name,
    "membership_start": P.membership_start,
}
# Every sort has an index giving its whole order (ix_ben_participant_*): segment, employer and membership
# start within (column, name), so a page of them walks an index as a page by name does.
INDEXED_SORTS = {"name", "kpj", "nik", "segment", "employer_name", "membership_start"}
BY_NAME_WITHIN = {"segment", "employer_name", "membership_start"}
NIK_DIGITS = 16
# Reading a row through an index costs about 3.5 times a row of a sequential scan (measured at
# 300,000 members): past that share of the matches, the scan wins.
INDEX_WALK_COST = 4


@dataclass(frozen=True)
class ParticipantRow:
    """A member in the Peserta list; `claim_id` is their death claim, if one was recorded."""

    id: uuid.UUID
    version: int
    kpj: str
    nik: str  # masked unless the role may see personal data in full
    name: str
    birth_date: date | None
    segment: str  # PU, BPU, JAKON
    employer_name: str
    employer_npp: str
    membership_start: date | None
    contribution_months: int
    reported_wage: Money
    claim_id: uuid.UUID | None


_COLUMNS = (P.id, P.version, P.kpj, P.nik, P.name, P.birth_date, P.segment, P.employer_name, P.employer_npp,
            P.membership_start, P.contribution_months, P.reported_wage)


class ParticipantsMixin:
    def participants_page(self, request: PageRequest) -> Page[ParticipantRow]:
        """Filters: `segment` (PU, BPU, JAKON). Sort keys: name (the default), kpj, nik, segment,
        employer_name, membership_start."""
        full = may_see_full(self.ctx)
        with self.ctx.read() as session:
            sqlite = session.get_bind().dialect.name == "sqlite"
            where = [P.deleted_at.is_(None), *_text_conditions(request.text, full, sqlite)]
            if request.filters.get("segment"):
                where.append(P.segment == request.filters["segment"])
            total = session.scalar(select(func.count()).select_from(P).where(*where)) or 0
            start, end = request.offset, min(request.offset + request.limit, total)
            if start >= end:
                return Page([], total, request.offset)
            from_end = total - end < start  # nearer the end: read backwards
            skip = total - end if from_end else start
            filtered = len(where) > 1
            order = _order(request, sqlite, backwards=from_end,
                           scan=filtered and (skip + end - start) * INDEX_WALK_COST > total)
            rows = list(session.execute(select(*_COLUMNS).where(*where).order_by(*order)
                                        .offset(skip).limit(end - start)))
            if from_end:
                rows.reverse()
            claims = _claims_of(session, [r.id for r in rows])
        return Page([_row(r, full, claims.get(r.id)) for r in rows], total, request.offset)


def _text_conditions(text: str, full: bool, sqlite: bool) -> list[ColumnElement]:
    """Every word in the name, KPJ, NPP or employer name; in the NIK for roles that may see NIKs.

    Others find a member by the whole NIK only: matching fragments would tell them hidden digits.
    SQLite's LIKE ignores case already (ILIKE would add a lower() per column and row: twice the time)."""
    out = []
    for word in text.split():
        pattern = like_pattern(word)
        found = [c.like(pattern, escape="\\") if sqlite else c.ilike(pattern, escape="\\")
                 for c in (P.name, P.kpj, P.employer_npp, P.employer_name)]
        if full:
            found.append(P.nik.like(pattern, escape="\\"))
        elif word.isdigit() and len(word) == NIK_DIGITS:
            found.append(P.nik == word)
        out.append(or_(*found))
    return out


def _order(request: PageRequest, sqlite: bool, *, backwards: bool, scan: bool) -> list[ColumnElement]:
    key = request.sort_key if request.sort_key in SORTS else "name"
    columns = [SORTS[key]]
    if key in BY_NAME_WITHIN:
        columns.append(P.name)  # within a segment or an employer, by name
    if sqlite and scan and key in INDEXED_SORTS:
        # an expression (the same text: dates are stored as ISO text): SQLite then scans and sorts instead
        columns = [type_coerce(c, String) + "" for c in columns]
    columns.append(literal_column("ben_participant.rowid") if sqlite else P.id)
    descending = request.descending != backwards
    return [c.desc() if descending else c.asc() for c in columns]


def _claims_of(session: Session, participant_ids: list[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    if not participant_ids:
        return {}
    rows = session.execute(select(BenClaim.participant_id, BenClaim.id).where(
        BenClaim.participant_id.in_(participant_ids), BenClaim.deleted_at.is_(None)))
    return {participant_id: claim_id for participant_id, claim_id in rows}


def _row(r, full: bool, claim_id: uuid.UUID | None) -> ParticipantRow:
    return ParticipantRow(
        id=r.id, version=r.version, kpj=r.kpj, nik=show_nik(r.nik, full), name=r.name, birth_date=r.birth_date,
        segment=r.segment, employer_name=r.employer_name, employer_npp=r.employer_npp,
        membership_start=r.membership_start, contribution_months=r.contribution_months,
        reported_wage=r.reported_wage, claim_id=claim_id)
