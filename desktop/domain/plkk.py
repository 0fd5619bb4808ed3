"""PLKK partner rules (domain.md section 6): facility kinds, agreement (PKS) periods and their expiry
bands, the weighted monev score, the yearly monev rule and the cost of a Sertakan/CSR sponsorship.

Pure functions and value objects; no I/O. What the reference marks as unconfirmed (PKS validity,
the kode faskes format, the score bands) is kept lenient here or made a setting in the services.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from desktop.domain.dates import add_months, format_date_id
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError

CONTEXT = "Plkk"


class FacilityType(enum.StrEnum):
    RUMAH_SAKIT = "rumah_sakit"
    KLINIK = "klinik"
    PUSKESMAS = "puskesmas"
    PRAKTIK_DOKTER_BERSAMA = "praktik_dokter_bersama"
    BLK = "blk"  # Balai Latihan Kerja, a Return-to-Work partner


# Indonesian names: used in exports, imports and letters whatever the UI language.
FACILITY_NAMES_ID = {
    FacilityType.RUMAH_SAKIT: "Rumah Sakit",
    FacilityType.KLINIK: "Klinik",
    FacilityType.PUSKESMAS: "Puskesmas",
    FacilityType.PRAKTIK_DOKTER_BERSAMA: "Praktik Dokter Bersama",
    FacilityType.BLK: "Balai Latihan Kerja (BLK)",
}
FACILITY_LABELS = {
    FacilityType.RUMAH_SAKIT: QT_TRANSLATE_NOOP("Plkk", "Hospital"),
    FacilityType.KLINIK: QT_TRANSLATE_NOOP("Plkk", "Clinic"),
    FacilityType.PUSKESMAS: QT_TRANSLATE_NOOP("Plkk", "Puskesmas"),
    FacilityType.PRAKTIK_DOKTER_BERSAMA: QT_TRANSLATE_NOOP("Plkk", "Joint doctors' practice"),
    FacilityType.BLK: QT_TRANSLATE_NOOP("Plkk", "Job training centre (BLK)"),
}


class Ownership(enum.StrEnum):
    PEMERINTAH = "pemerintah"
    SWASTA = "swasta"


OWNERSHIP_NAMES_ID = {Ownership.PEMERINTAH: "Pemerintah", Ownership.SWASTA: "Swasta"}
OWNERSHIP_LABELS = {Ownership.PEMERINTAH: QT_TRANSLATE_NOOP("Plkk", "Government"),
                    Ownership.SWASTA: QT_TRANSLATE_NOOP("Plkk", "Private")}


class PartnerStatus(enum.StrEnum):
    AKTIF = "aktif"
    PROSES_PERPANJANGAN = "proses_perpanjangan"
    NON_AKTIF = "non_aktif"


STATUS_NAMES_ID = {PartnerStatus.AKTIF: "Aktif", PartnerStatus.PROSES_PERPANJANGAN: "Proses Perpanjangan",
                   PartnerStatus.NON_AKTIF: "Non-aktif"}
STATUS_LABELS = {
    PartnerStatus.AKTIF: QT_TRANSLATE_NOOP("Plkk", "Active"),
    PartnerStatus.PROSES_PERPANJANGAN: QT_TRANSLATE_NOOP("Plkk", "Renewal in progress"),
    PartnerStatus.NON_AKTIF: QT_TRANSLATE_NOOP("Plkk", "Inactive"),
}

# Services a partner offers (PP 82/2019 benefit list, as branches name them); a partner may add others.
KNOWN_SERVICES = (
    "IGD 24 jam", "Rawat jalan", "Rawat inap", "ICU", "Bedah", "Rehabilitasi medik", "Fisioterapi",
    "Ambulans", "Laboratorium", "Radiologi", "Return to Work",
)

KABUPATEN = ("Banyumas", "Purbalingga", "Banjarnegara")

# The kode faskes printed in the Buku Panduan PLKK; its exact format is not published (domain.md
# section 6), so any 4 to 20 letters/digits (with - . /) are accepted, in capitals.
_KODE_FASKES = re.compile(r"^[A-Z0-9][A-Z0-9\-./]{3,19}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\- ]{5,30}$")


def normalize_kode_faskes(text: str) -> str:
    return "".join(text.split()).upper()


def check_kode_faskes(text: str) -> str:
    kode = normalize_kode_faskes(text)
    if not kode:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The kode faskes is required."))
    if not _KODE_FASKES.match(kode):
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "The kode faskes \u201c{kode}\u201d is not valid: use 4 to 20 letters or digits "
                         "(dashes, dots and slashes allowed), for example 3302R001."), kode=kode)
    return kode


def check_email(text: str) -> str:
    text = text.strip()
    if text and not _EMAIL.match(text):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The e-mail address {email} is not valid."), email=text)
    return text


def check_phone(text: str) -> str:
    text = text.strip()
    if text and not _PHONE.match(text):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The phone number {phone} is not valid."), phone=text)
    return text


def parse_services(text: str) -> list[str]:
    """"IGD 24 jam; rawat inap, bedah" -> the known spelling for known services, in order, no repeats."""
    known = {s.lower(): s for s in KNOWN_SERVICES}
    out: list[str] = []
    for part in re.split(r"[;,\n]", text):
        name = " ".join(part.split())
        if name:
            name = known.get(name.lower(), name)
            if name not in out:
                out.append(name)
    return out


# ---- agreements (PKS) -------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """An agreement's validity, both days included."""

    start: date
    end: date
    ref: object = None  # the agreement's id
    number: str = ""

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


def validate_agreement(number: str, signed_on: date | None, start: date, end: date) -> None:
    if not number.strip():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The agreement number is required."))
    if end < start:
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "The agreement ends ({end}) before it starts ({start})."),
            end=format_date_id(end), start=format_date_id(start))
    if signed_on is not None and signed_on > end:
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "The agreement cannot be signed ({signed}) after it ends ({end})."),
            signed=format_date_id(signed_on), end=format_date_id(end))


def check_no_overlap(period: Period, others: Iterable[Period]) -> None:
    """A partner has one agreement in force at a time; a renewal starts after the old one ends."""
    for other in others:
        if other.ref is not None and other.ref == period.ref:
            continue
        if period.overlaps(other):
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "This agreement ({start} to {end}) overlaps agreement {number} "
                             "({other_start} to {other_end}) of the same partner. A renewal starts "
                             "after the previous agreement ends."),
                start=format_date_id(period.start), end=format_date_id(period.end), number=other.number,
                other_start=format_date_id(other.start), other_end=format_date_id(other.end))


def chain_ends(periods: Sequence[Period]) -> dict[object, date]:
    """For each agreement, the last day of the unbroken run of agreements it belongs to.

    An agreement followed the next day by its renewal does not expire in practice: the partner
    stays covered until the renewal ends.
    """
    ordered = sorted(periods, key=lambda p: (p.start, p.end))
    out: dict[object, date] = {}
    run: list[Period] = []
    run_end: date | None = None
    for p in ordered:
        if run_end is not None and p.start > run_end + timedelta(days=1):
            out.update({q.ref: run_end for q in run})
            run, run_end = [], None
        run.append(p)
        run_end = p.end if run_end is None else max(run_end, p.end)
    if run_end is not None:
        out.update({q.ref: run_end for q in run})
    return out


class AgreementState(enum.StrEnum):
    ACTIVE = "active"
    UPCOMING = "upcoming"  # signed, not in force yet, none in force today
    EXPIRED = "expired"
    NONE = "none"


STATE_LABELS = {
    AgreementState.ACTIVE: QT_TRANSLATE_NOOP("Plkk", "In force"),
    AgreementState.UPCOMING: QT_TRANSLATE_NOOP("Plkk", "Not yet in force"),
    AgreementState.EXPIRED: QT_TRANSLATE_NOOP("Plkk", "Expired"),
    AgreementState.NONE: QT_TRANSLATE_NOOP("Plkk", "No agreement"),
}


class ExpiryBand(enum.StrEnum):
    """How soon the partner's cover ends: the flag on the page and the Dasbor."""

    OK = "ok"
    WITHIN_90 = "90"  # within the outer band (setting plkk.expiry_warning_days, default 90)
    WITHIN_60 = "60"
    WITHIN_30 = "30"
    EXPIRED = "expired"
    NONE = "none"  # no agreement at all


BAND_DAYS = (30, 60)  # the inner bands; the outer one is the setting


def expiry_band(days_left: int | None, state: AgreementState, outer_days: int = 90) -> ExpiryBand:
    if state == AgreementState.NONE:
        return ExpiryBand.NONE
    if state == AgreementState.EXPIRED:
        return ExpiryBand.EXPIRED
    if state == AgreementState.UPCOMING or days_left is None:
        return ExpiryBand.OK
    if days_left > outer_days:
        return ExpiryBand.OK
    if days_left <= 30:
        return ExpiryBand.WITHIN_30
    if days_left <= 60:
        return ExpiryBand.WITHIN_60
    return ExpiryBand.WITHIN_90


@dataclass(frozen=True)
class CoverStatus:
    state: AgreementState
    end: date | None  # the last covered day (chain end) when in force, else the last agreement's end
    days_left: int | None
    band: ExpiryBand
    next_start: date | None = None


def cover_status(current_chain_end: date | None, last_end: date | None, next_start: date | None,
                 today: date, outer_days: int = 90) -> CoverStatus:
    """The partner's agreement state from three facts the database answers cheaply."""
    if current_chain_end is not None:
        days = (current_chain_end - today).days
        state = AgreementState.ACTIVE
        return CoverStatus(state, current_chain_end, days, expiry_band(days, state, outer_days), next_start)
    if next_start is not None:
        state = AgreementState.UPCOMING
        return CoverStatus(state, last_end, None, ExpiryBand.OK, next_start)
    if last_end is not None:
        state = AgreementState.EXPIRED
        return CoverStatus(state, last_end, (last_end - today).days, ExpiryBand.EXPIRED)
    return CoverStatus(AgreementState.NONE, None, None, ExpiryBand.NONE)


# ---- monitoring and evaluation (monev) --------------------------------------------------------


class MonevStatus(enum.StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


MONEV_STATUS_LABELS = {MonevStatus.PLANNED: QT_TRANSLATE_NOOP("Plkk", "Planned"),
                       MonevStatus.DONE: QT_TRANSLATE_NOOP("Plkk", "Done"),
                       MonevStatus.CANCELLED: QT_TRANSLATE_NOOP("Plkk", "Cancelled")}


class FollowUpStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


FOLLOW_UP_LABELS = {FollowUpStatus.OPEN: QT_TRANSLATE_NOOP("Plkk", "Open"),
                    FollowUpStatus.DONE: QT_TRANSLATE_NOOP("Plkk", "Done"),
                    FollowUpStatus.CANCELLED: QT_TRANSLATE_NOOP("Plkk", "Cancelled")}


@dataclass(frozen=True)
class Criterion:
    key: object  # the criterion row's id
    name: str
    weight: int
    max_score: int


# The monev topics branches report (jateng.antaranews Cilacap: golden-period first aid, service
# quality and integrity, direct billing), as editable default criteria.
DEFAULT_CRITERIA: tuple[tuple[str, int, int], ...] = (
    ("Kecepatan pelayanan", 25, 5),
    ("Direct billing", 20, 5),
    ("Laporan tahap I dan II dalam 2x24 jam", 25, 5),
    ("Integritas", 15, 5),
    ("Sarana dan prasarana", 15, 5),
)


def validate_criterion(name: str, weight: int, max_score: int) -> None:
    if not name.strip():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Every monev criterion needs a name."))
    if not 1 <= weight <= 100:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The weight of \u201c{name}\u201d must be 1 to 100."),
                        name=name)
    if not 1 <= max_score <= 100:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The highest score of \u201c{name}\u201d must be 1 to 100."),
                        name=name)


@dataclass(frozen=True, order=True)
class Score:
    """A monev result out of 100, kept exactly in hundredths (86,25 -> 8625)."""

    hundredths: int

    def format(self) -> str:
        whole, part = divmod(self.hundredths, 100)
        return f"{whole},{part:02d}"

    @property
    def rating(self) -> str:
        """The Indonesian verdict printed on the Hasil Monev letter."""
        if self.hundredths >= 8500:
            return "Sangat Baik"
        if self.hundredths >= 7000:
            return "Baik"
        if self.hundredths >= 5500:
            return "Cukup"
        return "Kurang"


def monev_score(criteria: Sequence[Criterion], scores: Mapping[object, int]) -> Score:
    """The weighted score out of 100: sum(weight x score / max) / sum(weight) x 100, half up."""
    if not criteria:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There are no monev criteria to score against."))
    total = Fraction(0)
    weights = 0
    for c in criteria:
        if c.key not in scores or scores[c.key] is None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Give a score for \u201c{criterion}\u201d."),
                            criterion=c.name)
        value = scores[c.key]
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= c.max_score:
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "The score for \u201c{criterion}\u201d must be a whole number from 0 to {max}; "
                             "{value} is out of range."), criterion=c.name, max=c.max_score, value=value)
        total += Fraction(c.weight * value, c.max_score)
        weights += c.weight
    exact = total / weights * 10_000
    return Score(int(exact + Fraction(1, 2)))  # half up (never negative)


def monev_due(last_done: date | None, year: int) -> bool:
    """A partner is visited once a calendar year (Cilacap practice, domain.md section 6)."""
    return last_done is None or last_done.year < year


def next_monev(last_done: date | None, planned: date | None, today: date) -> tuple[date, bool]:
    """(the day the next visit is planned or due, whether it is only 'due by' rather than planned)."""
    if planned is not None:
        return planned, False
    if last_done is None or last_done.year < today.year:
        return date(today.year, 12, 31), True  # due this year
    return date(last_done.year + 1, 12, 31), True


# ---- sponsorship of vulnerable workers (Sertakan / CSR) -----------------------------------------


class SponsorProgram(enum.StrEnum):
    SERTAKAN = "sertakan"
    CSR = "csr"


PROGRAM_NAMES_ID = {SponsorProgram.SERTAKAN: "Sertakan", SponsorProgram.CSR: "CSR / GN Lingkaran"}


@dataclass(frozen=True)
class PackageRate:
    """The monthly contribution for one pekerja rentan: JKK + JKM at the floor income (domain.md 4.1)."""

    jkk: Money
    jkm: Money

    @property
    def monthly(self) -> Money:
        return self.jkk + self.jkm


PEKERJA_RENTAN_PACKAGE = PackageRate(jkk=Money.rupiah(10_000), jkm=Money.rupiah(6_800))  # Rp16.800
MAX_SPONSOR_MONTHS = 60


def validate_sponsorship(workers: int, months: int) -> None:
    if workers < 1:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A sponsorship covers at least one worker."))
    if not 1 <= months <= MAX_SPONSOR_MONTHS:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A sponsorship runs 1 to {max} months."),
                        max=MAX_SPONSOR_MONTHS)


def sponsorship_cost(workers: int, months: int, rate: Money = PEKERJA_RENTAN_PACKAGE.monthly) -> Money:
    validate_sponsorship(workers, months)
    return rate * workers * months


def month_start(d: date) -> date:
    return d.replace(day=1)


def sponsorship_last_month(start_month: date, months: int) -> date:
    return add_months(month_start(start_month), months - 1)


def sponsorship_active(start_month: date, months: int, day: date) -> bool:
    first = month_start(start_month)
    return first <= month_start(day) <= sponsorship_last_month(first, months)
