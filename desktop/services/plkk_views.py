"""What ClinicService hands out and takes in: frozen dataclasses, never ORM objects."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from desktop.domain.money import Money
from desktop.domain.plkk import AgreementState, CoverStatus, ExpiryBand, Score


@dataclass(frozen=True)
class PartnerView:
    """A partner as shown and edited; `id=None` is a new one, `version` the one the clerk saw."""

    id: uuid.UUID | None
    version: int
    facility_type: str
    kode_faskes: str
    name: str
    address: str = ""
    regency: str = ""
    district: str = ""
    phone: str = ""
    email: str = ""
    contact_name: str = ""
    contact_position: str = ""
    services: tuple[str, ...] = ()
    ownership: str = "swasta"
    status: str = "aktif"
    notes: str = ""

    def with_changes(self, **values: object) -> PartnerView:
        return replace(self, **values)


@dataclass(frozen=True)
class PartnerRow:
    """One line of the partner list."""

    id: uuid.UUID
    version: int
    kode_faskes: str
    name: str
    facility_type: str
    regency: str
    district: str
    ownership: str
    status: str
    state: AgreementState
    agreement_end: date | None
    days_left: int | None
    band: ExpiryBand
    last_monev: date | None


@dataclass(frozen=True)
class AgreementInput:
    partner_id: uuid.UUID
    number: str
    start_on: date
    end_on: date
    signed_on: date | None = None
    scope: str = ""
    renews_id: uuid.UUID | None = None
    document: Path | None = None  # a scan to attach (copied into the data folder)
    id: uuid.UUID | None = None
    version: int = 0


@dataclass(frozen=True)
class AgreementView:
    id: uuid.UUID
    version: int
    partner_id: uuid.UUID
    number: str
    signed_on: date | None
    start_on: date
    end_on: date
    chain_end: date
    scope: str
    document_name: str
    document_sha256: str
    renews_id: uuid.UUID | None
    renews_number: str
    renewed_by_number: str
    state: AgreementState  # of this agreement alone, today
    days_left: int  # to its own end (negative when past)

    @property
    def has_document(self) -> bool:
        return bool(self.document_sha256)


@dataclass(frozen=True)
class ExpiringAgreement:
    """A partner whose cover ends soon, with the agreement to renew (for the page and the Dasbor)."""

    partner_id: uuid.UUID
    partner_name: str
    kode_faskes: str
    regency: str
    facility_type: str
    agreement_id: uuid.UUID
    number: str
    end_on: date
    days_left: int
    band: ExpiryBand


@dataclass(frozen=True)
class PartnerRef:
    id: uuid.UUID
    name: str
    kode_faskes: str
    regency: str
    facility_type: str
    last_monev: date | None = None


@dataclass(frozen=True)
class CriterionView:
    id: uuid.UUID | None
    version: int
    name: str
    weight: int
    max_score: int
    active: bool = True


@dataclass(frozen=True)
class ScoreLine:
    criterion_id: uuid.UUID
    name: str
    weight: int
    max_score: int
    score: int | None


@dataclass(frozen=True)
class FollowUpInput:
    action: str
    due_on: date | None = None
    status: str = "open"
    done_on: date | None = None
    id: uuid.UUID | None = None
    version: int = 0


@dataclass(frozen=True)
class FollowUpView:
    id: uuid.UUID
    version: int
    monev_id: uuid.UUID
    partner_id: uuid.UUID
    partner_name: str
    action: str
    due_on: date | None
    status: str
    done_on: date | None
    overdue: bool


@dataclass(frozen=True)
class MonevInput:
    partner_id: uuid.UUID
    status: str  # domain.plkk.MonevStatus
    planned_on: date | None = None
    visited_on: date | None = None
    officer: str = ""
    scores: dict[uuid.UUID, int] = field(default_factory=dict)  # criterion id -> score
    findings: str = ""
    follow_ups: tuple[FollowUpInput, ...] = ()
    id: uuid.UUID | None = None
    version: int = 0


@dataclass(frozen=True)
class MonevView:
    id: uuid.UUID
    version: int
    partner_id: uuid.UUID
    partner_name: str
    status: str
    planned_on: date | None
    visited_on: date | None
    officer: str
    lines: tuple[ScoreLine, ...]
    total: Score | None
    findings: str
    follow_ups: tuple[FollowUpView, ...]

    @property
    def day(self) -> date | None:
        return self.visited_on or self.planned_on


@dataclass(frozen=True)
class OtherParty:
    """An invited employer, pemda office or other guest (not a partner)."""

    name: str  # the person, when known
    institution: str
    position: str = ""
    attended: bool = False


@dataclass(frozen=True)
class EventPartnerInput:
    partner_id: uuid.UUID
    attended: bool = False
    representative: str = ""
    position: str = ""


@dataclass(frozen=True)
class EventPartnerView:
    partner_id: uuid.UUID
    partner_name: str
    kode_faskes: str
    regency: str
    attended: bool
    representative: str
    position: str
    address: str = ""


@dataclass(frozen=True)
class EventInput:
    held_on: date
    topic: str
    place: str = ""
    start_time: str = ""
    kind: str = "sosialisasi"
    minutes: str = ""
    partners: tuple[EventPartnerInput, ...] = ()
    others: tuple[OtherParty, ...] = ()
    id: uuid.UUID | None = None
    version: int = 0


@dataclass(frozen=True)
class EventView:
    id: uuid.UUID
    version: int
    held_on: date
    start_time: str
    place: str
    topic: str
    kind: str
    minutes: str
    partners: tuple[EventPartnerView, ...]
    others: tuple[OtherParty, ...]

    @property
    def invited(self) -> int:
        return len(self.partners) + len(self.others)

    @property
    def attended(self) -> int:
        return sum(p.attended for p in self.partners) + sum(o.attended for o in self.others)


@dataclass(frozen=True)
class EventRow:
    id: uuid.UUID
    version: int
    held_on: date
    topic: str
    place: str
    kind: str
    invited: int
    attended: int


@dataclass(frozen=True)
class PartnerEvent:
    """An event a partner was invited to, for its page."""

    event_id: uuid.UUID
    held_on: date
    topic: str
    place: str
    attended: bool


@dataclass(frozen=True)
class SponsorshipInput:
    partner_id: uuid.UUID
    workers: int
    months: int
    start_month: date
    program: str = "sertakan"
    notes: str = ""
    id: uuid.UUID | None = None
    version: int = 0


@dataclass(frozen=True)
class SponsorshipView:
    id: uuid.UUID
    version: int
    partner_id: uuid.UUID
    partner_name: str
    program: str
    workers: int
    months: int
    start_month: date
    last_month: date
    monthly_rate: Money
    total_cost: Money
    active: bool  # covers today's month
    notes: str


@dataclass(frozen=True)
class PartnerDetail:
    """Everything about one partner, for its one-screen page."""

    partner: PartnerView
    cover: CoverStatus
    agreements: tuple[AgreementView, ...]  # newest first
    current_agreement: AgreementView | None  # the agreement in force today
    last_monev: MonevView | None
    next_monev: date
    next_monev_planned: bool
    monev_due_this_year: bool
    monev_history: tuple[MonevView, ...]  # newest first
    open_follow_ups: tuple[FollowUpView, ...]
    events: tuple[PartnerEvent, ...]
    letters: tuple  # desktop.services.letters.IssuedLetter, newest first
    sponsorships: tuple[SponsorshipView, ...]
    workers_sponsored_now: int
    sponsorship_total: Money
