"""What the Santunan & Beasiswa service takes and returns: plain frozen dataclasses."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.benefits_report import BenefitReport, BreakdownRow, ProgrammeSummary  # noqa: F401
from desktop.domain.money import Money


@dataclass(frozen=True)
class ClaimInput:
    """The facts of a death as the clerk types them (participant and claim together)."""

    kpj: str
    nik: str
    name: str
    segment: str  # PU, BPU, JAKON
    death_date: date
    cause: str  # jkm, jkk
    contribution_months: int
    reported_wage: Money = Money(0)
    membership_start: date | None = None
    birth_date: date | None = None
    employer_name: str = ""
    employer_npp: str = ""
    kabupaten: str = ""
    submitted_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class EntitlementLine:
    component: str
    amount: Money
    label_id: str
    text_id: str
    text_en: str
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DocumentView:
    id: uuid.UUID
    version: int
    kind: str
    label_id: str
    required: bool
    received_on: date | None
    note: str


@dataclass(frozen=True)
class HeirInput:
    nik: str
    name: str
    relationship: str
    birth_date: date | None = None
    address: str = ""
    phone: str = ""
    bank_name: str = ""
    account_number: str = ""


@dataclass(frozen=True)
class HeirView:
    id: uuid.UUID
    version: int
    claim_id: uuid.UUID
    nik: str  # masked unless the role may see personal data in full
    name: str
    relationship: str
    relationship_id: str
    rank: int
    birth_date: date | None
    address: str
    phone: str
    bank_name: str
    account_number: str  # masked unless the role may see personal data in full
    entitled: bool
    confirmed: bool
    confirmed_by: str


@dataclass(frozen=True)
class ScholarshipYearView:
    id: uuid.UUID
    version: int
    academic_year: int
    label: str
    level: str
    grade: int
    grade_id: str
    amount: Money
    enrolment_proof_on: date | None
    report_card_on: date | None
    status: str  # claimed, paid, refused
    disbursement_state: str  # the state of its live disbursement, or ""


@dataclass(frozen=True)
class ScheduleRow:
    """One year of a child's plan with what happened to it."""

    academic_year: int
    label: str
    level: str
    grade_id: str
    amount: Money
    age_at_start: int
    status: str  # paid, in_progress, due, overdue, planned, missed


@dataclass(frozen=True)
class ChildInput:
    name: str
    birth_date: date
    nik: str = ""
    guardian_heir_id: uuid.UUID | None = None
    level_at_start: str | None = None  # None: not yet at school
    grade_at_start: int = 1
    notes: str = ""


@dataclass(frozen=True)
class ChildView:
    id: uuid.UUID
    version: int
    claim_id: uuid.UUID
    order: int
    name: str
    nik: str
    birth_date: date
    age: int
    guardian_heir_id: uuid.UUID | None
    guardian_name: str
    level_at_start: str | None
    grade_at_start: int
    stopped_reason: str | None
    stopped_on: date | None
    years: tuple[ScholarshipYearView, ...]
    schedule: tuple[ScheduleRow, ...]
    plan_text_en: str
    plan_params: dict[str, str]
    paid_total: Money


@dataclass(frozen=True)
class ChildRow:
    """A child in the Beasiswa list."""

    id: uuid.UUID
    claim_id: uuid.UUID
    name: str
    participant: str
    kpj: str
    birth_date: date
    age: int
    order: int
    guardian: str
    status: str  # active, stopped
    stopped_reason: str | None
    this_year: str  # paid, in_progress, due, overdue, planned, none
    paid_years: int
    paid_total: Money


@dataclass(frozen=True)
class DisbursementRow:
    id: uuid.UUID
    version: int
    claim_id: uuid.UUID
    kpj: str
    participant: str
    programme: str
    component: str
    academic_year: int | None
    scholarship_year_id: uuid.UUID | None
    heir_id: uuid.UUID
    heir_name: str
    relationship: str
    amount: Money
    state: str
    entered_by: str
    verified_by: str
    approved_by: str
    paid_by: str
    paid_on: date | None
    receipt_id: uuid.UUID | None
    receipt_number: str
    reversal_of: uuid.UUID | None
    corrects: uuid.UUID | None
    reversed: bool
    cancelled_reason: str
    kabupaten: str


@dataclass(frozen=True)
class ClaimRow:
    id: uuid.UUID
    version: int
    kpj: str
    participant: str
    nik: str
    segment: str
    death_date: date
    cause: str
    programme: str
    kabupaten: str
    status: str
    rule_key: str
    entitlement_total: Money
    paid_total: Money
    documents_received: int
    documents_required: int
    heirs_confirmed: int


@dataclass(frozen=True)
class ClaimDetail:
    id: uuid.UUID
    version: int
    participant_id: uuid.UUID
    participant_version: int
    facts: ClaimInput  # NIK in full only for roles that may see it
    status: str
    rejected_reason: str
    rule_key: str
    rule_short: str
    lines: tuple[EntitlementLine, ...]
    total: Money
    scholarship_eligible: bool
    scholarship_text_en: str
    scholarship_params: dict[str, str]
    scholarship_max_children: int
    documents: tuple[DocumentView, ...]
    heirs: tuple[HeirView, ...]
    children: tuple[ChildView, ...]
    disbursements: tuple[DisbursementRow, ...]
    paid_total: Money


@dataclass(frozen=True)
class ProofDue:
    child_id: uuid.UUID
    claim_id: uuid.UUID
    child_name: str
    participant: str
    kpj: str
    guardian_name: str
    guardian_phone: str
    guardian_address: str
    academic_year: int
    label: str
    level: str
    grade_id: str
    amount: Money
    status: str  # due, overdue
    deadline: date


@dataclass(frozen=True)
class RuleView:
    key: str
    short: str
    regulation: str
    effective_from: date
    default_effective_from: date
    note_en: str
    jkm_total: Money
    lines: tuple[tuple[str, Money], ...]  # (English label source, amount)


@dataclass(frozen=True)
class BenefitSettings:
    pp82_effective: date
    proof_grace_days: int
    academic_year_start_month: int


@dataclass(frozen=True)
class HandoverResult:
    receipts: tuple[str, ...]  # receipt numbers
    paid: int  # disbursements paid at the ceremony
    pdf: object  # Path of the one PDF batch
    heirs: int
