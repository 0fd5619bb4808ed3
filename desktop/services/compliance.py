"""ComplianceService (services.compliance): employers and their compliance cases, from the first
visit through written warnings to the Kejaksaan Negeri.

The facade gathers the parts (each in its own module): employers (compliance_employers), cases and
the workflow (compliance_cases), the follow-up queue, bulk escalation and the figures
(compliance_queue), SKK batches (compliance_skk) and imports (compliance_import). The workflow's
rules live in desktop.domain.compliance.

Letters are issued by the letter engine inside the same transaction as the step that needs them,
so a step that fails (a stale case, a cancelled batch) gives every number back and moves nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.models.compliance import Case, Employer
from desktop.services import search
from desktop.services.compliance_cases import CaseMixin
from desktop.services.compliance_common import NO_PROGRESS, WARNING_SETTING, npwp_display
from desktop.services.compliance_employers import EmployerMixin, search_text
from desktop.services.compliance_import import ImportMixin
from desktop.services.compliance_queue import QueueMixin
from desktop.services.compliance_skk import SkkMixin
from desktop.services.compliance_views import (  # noqa: F401  (the area's public types)
    ActionView,
    BulkResult,
    CaseRow,
    CaseView,
    EmployerRow,
    EmployerView,
    ImportReport,
    ImportRow,
    ImportSource,
    MoveResult,
    OutcomeGroup,
    OutcomeTotals,
    OutcomeView,
    QueueView,
    SkkBatchView,
    SkkItemView,
    TimelineEntry,
)
from desktop.services.context import Area, Changes, Progress, Service
from desktop.services.paging import like_pattern
from desktop.services.search import SearchHit

T = TypeVar("T")


class ComplianceService(EmployerMixin, CaseMixin, QueueMixin, SkkMixin, ImportMixin, Service):
    def today(self) -> date:
        return self.ctx.today()

    def warning_days(self) -> int:
        """Working days each written warning runs (the setting compliance.warning_working_days)."""
        from desktop.services.settings import SettingsService

        return int(SettingsService(self.ctx).get(WARNING_SETTING))

    def add_working_days(self, start: date, n: int) -> date:
        from desktop.services.settings import SettingsService

        return SettingsService(self.ctx).calendar().add_working_days(start, n)

    def _with_letters(self, requests: Sequence, write: Callable[[Session, list], T], *, on: date,
                      one_pdf: Path | None = None, folder: Path | None = None,
                      progress: Progress = NO_PROGRESS) -> tuple[T, list, Changes]:
        """Issue `requests` (one batch) and run `write(session, letters)` in one transaction."""
        from desktop.services.letters import LetterService, discard_files

        changes = Changes.of(Area.COMPLIANCE)
        letters: list = []
        try:
            with self.ctx.write() as session:
                if requests:
                    letters = LetterService(self.ctx).issue_in(session, list(requests), one_pdf=one_pdf,
                                                               folder=folder, progress=progress, issued_on=on)
                    changes |= Changes.of(Area.LETTERS)
                result = write(session, letters)
        except BaseException:
            discard_files(letters, one_pdf, folder)  # their numbers went back with the transaction
            raise
        return result, letters, changes


@search.register("compliance")
def _search(session: Session, text: str, limit: int) -> list[SearchHit]:
    """Employers by NPP, NPWP (with or without dots) or name; cases by their number."""
    from sqlalchemy import bindparam

    from desktop.models.search_index import indexed, match_param, restrict

    words = search_text(text).split()
    if not words:
        return []
    fts = indexed(session, "cmp_employer", words)  # the trigram index, where there is one

    def build():
        stmt = select(Employer.id, Employer.name, Employer.npp, Employer.npwp16, Employer.kabupaten).where(
            Employer.deleted_at.is_(None))
        if fts:
            stmt = restrict(stmt, "cmp_employer")
        for i in range(0 if fts else len(words)):
            w = bindparam(f"w{i}")
            stmt = stmt.where(or_(Employer.npp.ilike(w, escape="\\"), Employer.name.ilike(w, escape="\\"),
                                  Employer.npwp16.like(w, escape="\\"), Employer.npwp15.like(w, escape="\\")))
        return stmt.limit(bindparam("limit"))

    params = match_param("cmp_employer", words) if fts else {f"w{i}": like_pattern(w) for i, w in enumerate(words)}
    # The first matches the index gives, put in name order here: sorting every match in SQL would
    # read them all (thousands for a common word such as "Jaya").
    found = sorted(session.execute(search.shaped(("compliance", fts, len(words)), build), {**params, "limit": limit}),
                   key=lambda e: e.name)
    hits = [SearchHit(area="compliance", kind="Employer", title=e.name,
                      subtitle=" \u00b7 ".join(p for p in (f"NPP {e.npp}" if e.npp else "PWBD", npwp_display(e.npwp16),
                                                            e.kabupaten) if p), record_id=e.id) for e in found]
    if len(words) == 1 and words[0].upper().startswith("KP-"):
        rows = session.execute(select(Case, Employer.name).join(Employer, Employer.id == Case.employer_id)
                               .where(Case.deleted_at.is_(None), Case.case_no.ilike(like_pattern(words[0]), escape="\\"))
                               .limit(limit))
        hits += [SearchHit(area="compliance", kind="Case", title=c.case_no, subtitle=name, record_id=c.id)
                 for c, name in rows]
    return hits
