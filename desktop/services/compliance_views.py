"""What the compliance service hands out: plain frozen dataclasses, never ORM objects."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from desktop.domain.compliance import QueueClass
from desktop.domain.identifiers import format_npwp16
from desktop.domain.money import Money
from desktop.errors import UserError


@dataclass(frozen=True)
class EmployerView:
    """An employer as shown and edited. `npwp` is what the clerk typed (or the 16 digits)."""

    id: uuid.UUID | None
    version: int
    name: str
    npp: str | None = None
    npwp: str = ""
    npwp15: str | None = None
    address: str = ""
    kabupaten: str = ""
    kecamatan: str = ""
    kbli: str = ""
    sector: str = ""
    risk_class: int | None = None
    size: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    registered_workforce: int = 0
    estimated_workforce: int | None = None
    estimate_source: str = ""
    estimate_date: date | None = None
    programmes: tuple[str, ...] = ()
    reported_wages: Money = Money(0)
    evidence_wages: Money | None = None
    status: str = "aktif"
    notes: str = ""
    open_cases: int = 0

    def with_changes(self, **values: object) -> EmployerView:
        return replace(self, **values)

    @property
    def npwp_display(self) -> str:
        digits = "".join(ch for ch in self.npwp if ch.isdigit())
        return format_npwp16(digits) if len(digits) == 16 else self.npwp

    @property
    def workforce_gap(self) -> int | None:
        if self.estimated_workforce is None:
            return None
        return max(0, self.estimated_workforce - self.registered_workforce)

    @property
    def wage_gap(self) -> Money | None:
        if self.evidence_wages is None:
            return None
        return Money(max(0, (self.evidence_wages - self.reported_wages).sen))


@dataclass(frozen=True)
class EmployerRow:
    id: uuid.UUID
    npp: str | None
    name: str
    npwp: str
    kabupaten: str
    kecamatan: str
    sector: str
    size: str
    registered_workforce: int
    estimated_workforce: int | None
    programmes: str
    status: str
    open_cases: int


@dataclass(frozen=True)
class ActionView:
    id: uuid.UUID
    on_date: date
    officer: str
    kind: str
    from_state: str | None
    to_state: str | None
    letter_id: uuid.UUID | None
    letter_number: str
    due_date: date | None
    reply_date: date | None
    reply_content: str
    evidence_name: str
    evidence_path: Path | None
    evidence_sha256: str
    notes: str
    created_at: datetime


@dataclass(frozen=True)
class OutcomeView:
    id: uuid.UUID | None
    version: int
    on_date: date
    workers_added: int = 0
    programmes_added: tuple[str, ...] = ()
    wages_corrected: Money = Money(0)
    arrears_recovered: Money = Money(0)
    notes: str = ""
    officer: str = ""
    case_id: uuid.UUID | None = None


@dataclass(frozen=True)
class CaseView:
    """A case with its findings, where it stands, its timeline and outcomes."""

    id: uuid.UUID | None
    version: int
    employer_id: uuid.UUID
    case_type: str
    case_no: str = ""
    employer_name: str = ""
    employer_npp: str | None = None
    kabupaten: str = ""
    workers_unregistered: int = 0
    wage_gap: Money = Money(0)
    programmes_missing: tuple[str, ...] = ()
    arrears: Money = Money(0)
    arrears_months: int = 0
    last_payment_date: date | None = None
    officer: str = ""
    priority: str = "sedang"
    state: str = "identified"
    opened_on: date | None = None
    state_since: date | None = None
    due_date: date | None = None
    escalate_from: date | None = None
    awaiting_reply: bool = False
    referral_steps: tuple[str, ...] = ()
    closed_on: date | None = None
    close_reason: str = ""
    notes: str = ""
    queue: QueueClass | None = None
    allowed_moves: tuple[str, ...] = ()
    actions: tuple[ActionView, ...] = field(default_factory=tuple)
    outcomes: tuple[OutcomeView, ...] = field(default_factory=tuple)

    def with_changes(self, **values: object) -> CaseView:
        return replace(self, **values)


@dataclass(frozen=True)
class CaseRow:
    id: uuid.UUID
    version: int
    case_no: str
    employer_id: uuid.UUID
    employer_name: str
    npp: str | None
    kabupaten: str
    case_type: str
    state: str
    officer: str
    priority: str
    state_since: date
    due_date: date | None
    escalate_from: date | None
    awaiting_reply: bool
    arrears: Money
    workers_unregistered: int
    queue: QueueClass | None
    kejari: str = ""


@dataclass(frozen=True)
class QueueView:
    officer: str | None
    today: date
    items: tuple[CaseRow, ...]
    counts: dict[QueueClass, int]


@dataclass(frozen=True)
class MoveResult:
    case: CaseView
    letter: object | None  # desktop.services.letters.IssuedLetter


@dataclass(frozen=True)
class BulkResult:
    moved: int
    letters: tuple[object, ...]  # IssuedLetter, in the order of the cases
    pdf: Path | None


@dataclass(frozen=True)
class OutcomeTotals:
    year: int
    month: int | None
    outcomes: int = 0
    cases_resolved: int = 0
    employers_registered: int = 0  # PWBD cases resolved: employers now registered
    workers_added: int = 0
    programmes_added: int = 0
    wages_corrected: Money = Money(0)
    arrears_recovered: Money = Money(0)


@dataclass(frozen=True)
class OutcomeGroup:
    key: str  # the officer's user name, the kabupaten, or "YYYY-MM"
    outcomes: int
    workers_added: int
    programmes_added: int
    wages_corrected: Money
    arrears_recovered: Money


@dataclass(frozen=True)
class TimelineEntry:
    on_date: date
    kind: str  # a move target, referral step, note kind, "outcome" or "letter"
    title: str
    detail: str
    case_no: str
    letter_number: str = ""
    evidence_path: Path | None = None


@dataclass(frozen=True)
class SkkItemView:
    id: uuid.UUID
    version: int
    case_id: uuid.UUID
    case_no: str
    employer_name: str
    npp: str | None
    case_type: str
    arrears: Money
    jpn_status: str
    status_date: date | None
    promised_date: date | None
    recovered: Money
    notes: str
    skk_number: str = ""
    letter_number: str = ""


@dataclass(frozen=True)
class SkkBatchView:
    id: uuid.UUID
    version: int
    kejari: str
    number: str
    letter_id: uuid.UUID | None
    handed_over: date
    notes: str
    cases: int
    settled: int
    recovered: Money
    items: tuple[SkkItemView, ...] = ()
    pdf_path: Path | None = None  # the covering letter with its attached list, as handed over
    sha256: str = ""


@dataclass(frozen=True)
class ImportSource:
    """What the file looks like before any mapping is applied."""

    path: Path
    columns: tuple[str, ...]
    header_line: int  # 1-based row of the header in the sheet
    data_rows: int
    guessed: dict[str, str | None]
    signature: str
    sample: tuple[tuple[str, ...], ...]  # a few rows under the header, as text


@dataclass(frozen=True)
class ImportRow:
    line: int
    npp: str
    name: str
    result: str  # new, updated, unchanged, duplicate, rejected, skipped
    reason: UserError | None = None
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    path: Path
    applied: bool
    rows: tuple[ImportRow, ...]
    counts: dict[str, int]

    def count(self, result: str) -> int:
        return self.counts.get(result, 0)
