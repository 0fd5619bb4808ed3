"""BPU (informal worker) contributions and the vocabulary of coverage work (reference section 4).

The contribution rates are data with effective dates (`RATE_TABLE`): a new regulation is one new
row, and every calculation says which row it used. What the reference gives (section 4.1):

- JKK: 1 % of the reported monthly income, at least Rp10.000 (income Rp1.000.000) and at most
  Rp207.000 (income Rp20.700.000) [1 % agreed by several sources; the bounds by one],
- JKM: a flat Rp6.800 a month [several sources],
- JHT: 2 % of the reported income [one source],
- so JKK + JKM at the floor income is Rp16.800, the standard price of a pekerja rentan, and the
  three programmes at the floor come to Rp36.800 — a figure derived by arithmetic here, not found
  stated in a source [U-derived].

The official income-bracket table was not retrieved [U], so the reported income is a free value.
An income below the lowest bracket is counted at the floor (the first bracket of the table is
"up to Rp1.000.000"); one above the top bracket is counted at the top, so JKK never exceeds
Rp207.000. Rounding: each programme is computed exactly to the sen, halves rounded up
(`Money.apply_rate`); 1 % and 2 % of a whole-rupiah income never need it, an income with sen can.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date

from desktop.domain.dates import MONTHS_ID, parse_date_id
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError

# ---- months -----------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month: the period of a coverage figure, a contribution or an agent's report."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1900 <= self.year <= 2999:
            raise ValueError(f"not a month: {self.year}-{self.month}")

    @classmethod
    def of(cls, d: date) -> Month:
        return cls(d.year, d.month)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def index(self) -> int:
        return self.year * 12 + self.month - 1

    def plus(self, n: int) -> Month:
        year, m0 = divmod(self.index + n, 12)
        return Month(year, m0 + 1)

    def months_until(self, other: Month) -> int:
        """How many months from self to other (0 for the same month, negative if before)."""
        return other.index - self.index

    def label(self) -> str:
        """Oktober 2026"""
        return f"{MONTHS_ID[self.month - 1]} {self.year}"

    def short(self) -> str:
        """Okt 26, for chart axes."""
        return f"{MONTHS_ID[self.month - 1][:3]} {self.year % 100:02d}"

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def __str__(self) -> str:
        return self.iso()


def month_range(first: Month, last: Month) -> list[Month]:
    """Every month from first to last inclusive (empty if last is before first)."""
    return [first.plus(i) for i in range(first.months_until(last) + 1)]


_MONTH_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_MONTH_MY = re.compile(r"^(\d{1,2})[-/.](\d{4})$")
_MONTH_WORDS = re.compile(r"^([A-Za-z]+)\.?\s+(\d{4})$")


def parse_month(text: str) -> Month:
    """Read "2026-10", "10/2026", "Oktober 2026", "Okt 2026" or a full date (its month)."""
    cleaned = " ".join(str(text).split())
    if m := _MONTH_ISO.match(cleaned):
        year, month = int(m[1]), int(m[2])
    elif m := _MONTH_MY.match(cleaned):
        month, year = int(m[1]), int(m[2])
    elif m := _MONTH_WORDS.match(cleaned):
        try:
            d = parse_date_id(f"1 {m[1]} {m[2]}")
        except UserError:
            raise _bad_month(text) from None
        return Month.of(d)
    else:
        try:
            return Month.of(parse_date_id(cleaned))
        except UserError:
            raise _bad_month(text) from None
    try:
        return Month(year, month)
    except ValueError:
        raise _bad_month(text) from None


def _bad_month(text: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("UserError", "\u201c{text}\u201d is not a month. Write it like "
                                       "2026-10 or Oktober 2026."), text=str(text).strip())


# ---- programmes and rates ---------------------------------------------------------------------


class ProgrammeSet(enum.StrEnum):
    """What a BPU participant (or their sponsor) pays for."""

    JKK_JKM = "jkk_jkm"
    JKK_JKM_JHT = "jkk_jkm_jht"

    @property
    def label(self) -> str:
        return "JKK + JKM" if self is ProgrammeSet.JKK_JKM else "JKK + JKM + JHT"

    @property
    def has_jht(self) -> bool:
        return self is ProgrammeSet.JKK_JKM_JHT


@dataclass(frozen=True)
class BpuRates:
    """The BPU contribution rules in force from `effective_from`."""

    effective_from: date
    jkk_basis_points: int  # of the reported income; 100 = 1 %
    jkk_min: Money
    jkk_max: Money
    jkm_flat: Money
    jht_basis_points: int
    income_floor: Money  # the lowest bracket: a lower income is counted at this
    income_ceiling: Money  # the top bracket: a higher income is counted at this
    source: str


RATE_TABLE: tuple[BpuRates, ...] = (
    BpuRates(
        effective_from=date(2015, 7, 1),
        jkk_basis_points=100,
        jkk_min=Money.rupiah(10_000),
        jkk_max=Money.rupiah(207_000),
        jkm_flat=Money.rupiah(6_800),
        jht_basis_points=200,
        income_floor=Money.rupiah(1_000_000),
        income_ceiling=Money.rupiah(20_700_000),
        source="PP 44/2015 jo. PP 82/2019; domain.md 4.1 (JKK 1 %, min/max from one source; JHT 2 %, one source)",
    ),
)


def rates_on(day: date, table: tuple[BpuRates, ...] = RATE_TABLE) -> BpuRates:
    """The rates in force on `day`: the row with the latest effective date not after it."""
    in_force = [r for r in table if r.effective_from <= day]
    if not in_force:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "No BPU contribution rates are known for {day}."),
                        day=day.isoformat())
    return max(in_force, key=lambda r: r.effective_from)


@dataclass(frozen=True)
class Contribution:
    """One participant's monthly contribution, programme by programme."""

    reported_income: Money
    basis: Money  # the income the rates were applied to (floor/ceiling applied)
    programmes: ProgrammeSet
    jkk: Money
    jkm: Money
    jht: Money  # zero when JHT is not taken
    rates: BpuRates

    @property
    def total(self) -> Money:
        return self.jkk + self.jkm + self.jht


def monthly_contribution(reported_income: Money, programmes: ProgrammeSet, on: date,
                         table: tuple[BpuRates, ...] = RATE_TABLE) -> Contribution:
    """The monthly contribution for a reported income, under the rates in force on `on`.

    >>> monthly_contribution(Money.rupiah(1_000_000), ProgrammeSet.JKK_JKM, date(2026, 1, 1)).total
    Money(sen=1680000)
    """
    if reported_income.sen <= 0:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The reported income must be more than zero."))
    rates = rates_on(on, table)
    basis = min(max(reported_income, rates.income_floor), rates.income_ceiling)
    jkk = min(max(basis.apply_rate(rates.jkk_basis_points), rates.jkk_min), rates.jkk_max)
    jht = basis.apply_rate(rates.jht_basis_points) if programmes.has_jht else Money.zero()
    return Contribution(reported_income=reported_income, basis=basis, programmes=programmes, jkk=jkk,
                        jkm=rates.jkm_flat, jht=jht, rates=rates)


def contribution_for_months(reported_income: Money, programmes: ProgrammeSet, months: list[Month],
                            table: tuple[BpuRates, ...] = RATE_TABLE) -> Money:
    """The total for one participant over the given months, each at the rates of its own month."""
    return sum((monthly_contribution(reported_income, programmes, m.first_day, table).total for m in months),
               Money.zero())


# ---- sponsorship, workers, commitments: the vocabulary ----------------------------------------


class SponsorSource(enum.StrEnum):
    """Who pays the contributions of sponsored pekerja rentan (reference 4.2)."""

    APBD = "apbd"
    APBDES = "apbdes"
    CSR = "csr"
    GN_LINGKARAN = "gn_lingkaran"
    SERTAKAN = "sertakan"
    PLKK = "plkk"
    BAZNAS = "baznas"
    BANK = "bank"

    @property
    def label_id(self) -> str:
        """As written in the branch's reports (Indonesian)."""
        return SOURCE_LABELS_ID[self]


SOURCE_LABELS_ID = {
    SponsorSource.APBD: "APBD",
    SponsorSource.APBDES: "APBDes",
    SponsorSource.CSR: "CSR perusahaan",
    SponsorSource.GN_LINGKARAN: "GN Lingkaran",
    SponsorSource.SERTAKAN: "Sertakan",
    SponsorSource.PLKK: "Mitra PLKK",
    SponsorSource.BAZNAS: "Baznas",
    SponsorSource.BANK: "Bank (nasabah kredit)",
}

SOURCE_LABELS = {  # English sources for the UI's tr()
    SponsorSource.APBD: QT_TRANSLATE_NOOP("Coverage", "Regency budget (APBD)"),
    SponsorSource.APBDES: QT_TRANSLATE_NOOP("Coverage", "Village budget (APBDes)"),
    SponsorSource.CSR: QT_TRANSLATE_NOOP("Coverage", "Company CSR"),
    SponsorSource.GN_LINGKARAN: QT_TRANSLATE_NOOP("Coverage", "GN Lingkaran donors"),
    SponsorSource.SERTAKAN: QT_TRANSLATE_NOOP("Coverage", "Sertakan"),
    SponsorSource.PLKK: QT_TRANSLATE_NOOP("Coverage", "PLKK partner"),
    SponsorSource.BAZNAS: QT_TRANSLATE_NOOP("Coverage", "Baznas"),
    SponsorSource.BANK: QT_TRANSLATE_NOOP("Coverage", "Bank (credit customers)"),
}


class WorkerGroup(enum.StrEnum):
    """The groups of pekerja rentan that branches and pemda name (Blora, Klaten, Pangkep)."""

    MARBOT = "marbot"
    GURU_TPQ = "guru_tpq"
    DINSOS = "dinsos"
    PETANI = "petani"
    PEDAGANG = "pedagang"
    NELAYAN = "nelayan"
    PETERNAK = "peternak"
    BURUH_HARIAN = "buruh_harian"
    OJEK = "ojek"
    PERANGKAT_DESA = "perangkat_desa"
    NASABAH = "nasabah"
    OTHER = "lainnya"

    @property
    def label_id(self) -> str:
        return GROUP_LABELS_ID[self]


GROUP_LABELS_ID = {
    WorkerGroup.MARBOT: "Marbot masjid",
    WorkerGroup.GURU_TPQ: "Guru TPQ / madin / ponpes",
    WorkerGroup.DINSOS: "Data Dinas Sosial",
    WorkerGroup.PETANI: "Petani",
    WorkerGroup.PEDAGANG: "Pedagang",
    WorkerGroup.NELAYAN: "Nelayan",
    WorkerGroup.PETERNAK: "Peternak",
    WorkerGroup.BURUH_HARIAN: "Buruh harian",
    WorkerGroup.OJEK: "Ojek",
    WorkerGroup.PERANGKAT_DESA: "Perangkat desa",
    WorkerGroup.NASABAH: "Nasabah kredit",
    WorkerGroup.OTHER: "Lainnya",
}

_GROUP_ALIASES = {
    "marbot": WorkerGroup.MARBOT, "marbotmasjid": WorkerGroup.MARBOT, "takmir": WorkerGroup.MARBOT,
    "gurutpq": WorkerGroup.GURU_TPQ, "tpq": WorkerGroup.GURU_TPQ, "gurumadin": WorkerGroup.GURU_TPQ,
    "madin": WorkerGroup.GURU_TPQ, "gurungaji": WorkerGroup.GURU_TPQ, "ustadz": WorkerGroup.GURU_TPQ,
    "ponpes": WorkerGroup.GURU_TPQ, "gurutpqmadinponpes": WorkerGroup.GURU_TPQ,
    "dinsos": WorkerGroup.DINSOS, "dinassosial": WorkerGroup.DINSOS, "datadinassosial": WorkerGroup.DINSOS,
    "datadinsos": WorkerGroup.DINSOS, "petani": WorkerGroup.PETANI, "buruhtani": WorkerGroup.PETANI,
    "pedagang": WorkerGroup.PEDAGANG, "pkl": WorkerGroup.PEDAGANG, "pedagangkakilima": WorkerGroup.PEDAGANG,
    "nelayan": WorkerGroup.NELAYAN, "peternak": WorkerGroup.PETERNAK, "buruhharian": WorkerGroup.BURUH_HARIAN,
    "buruh": WorkerGroup.BURUH_HARIAN, "kuli": WorkerGroup.BURUH_HARIAN, "ojek": WorkerGroup.OJEK,
    "ojekonline": WorkerGroup.OJEK, "ojol": WorkerGroup.OJEK, "perangkatdesa": WorkerGroup.PERANGKAT_DESA,
    "perangkat": WorkerGroup.PERANGKAT_DESA, "nasabah": WorkerGroup.NASABAH,
    "nasabahkredit": WorkerGroup.NASABAH, "lainnya": WorkerGroup.OTHER, "lain": WorkerGroup.OTHER,
}


def parse_worker_group(text: str) -> WorkerGroup:
    """A group as written in a pemda's list: "Marbot Masjid", "guru TPQ", "Data Dinsos", "petani"."""
    key = re.sub(r"[^a-z]", "", str(text).lower())
    if key in _GROUP_ALIASES:
        return _GROUP_ALIASES[key]
    for group in WorkerGroup:
        if key == group.value.replace("_", "") or key == re.sub(r"[^a-z]", "", group.label_id.lower()):
            return group
    raise UserError(QT_TRANSLATE_NOOP("UserError", "\u201c{text}\u201d is not a known group of workers. Use one "
                                      "of: {groups}."), text=str(text).strip(),
                    groups=", ".join(GROUP_LABELS_ID.values()))


class CommitmentStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label_id(self) -> str:
        return {"open": "Belum dimulai", "in_progress": "Berjalan", "done": "Selesai",
                "dropped": "Dibatalkan"}[self.value]

    @property
    def is_closed(self) -> bool:
        return self in (CommitmentStatus.DONE, CommitmentStatus.DROPPED)


STATUS_LABELS = {
    CommitmentStatus.OPEN: QT_TRANSLATE_NOOP("Coverage", "Not started"),
    CommitmentStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Coverage", "In progress"),
    CommitmentStatus.DONE: QT_TRANSLATE_NOOP("Coverage", "Done"),
    CommitmentStatus.DROPPED: QT_TRANSLATE_NOOP("Coverage", "Dropped"),
}


def is_overdue(status: CommitmentStatus, due: date | None, today: date) -> bool:
    """A commitment still open after its due date."""
    return due is not None and not status.is_closed and due < today


class PopulationSource(enum.StrEnum):
    """Where a working-population figure comes from."""

    BPS = "bps"
    DISNAKER = "disnaker"
    OTHER = "other"

    @property
    def label_id(self) -> str:
        return {"bps": "BPS", "disnaker": "Disnaker", "other": "Lainnya"}[self.value]


def parse_population_source(text: str) -> PopulationSource:
    key = re.sub(r"[^a-z]", "", str(text).lower())
    if key.startswith("bps") or "badanpusatstatistik" in key:
        return PopulationSource.BPS
    if key.startswith("disnaker") or "dinastenagakerja" in key or key.startswith("dinnaker"):
        return PopulationSource.DISNAKER
    return PopulationSource.OTHER


def sponsorship_months(start: Month, end: Month) -> list[Month]:
    if end < start:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The period ends ({end}) before it starts ({start})."),
                        start=start.label(), end=end.label())
    return month_range(start, end)
