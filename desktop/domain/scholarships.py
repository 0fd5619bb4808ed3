"""Beasiswa (scholarships for the children of a participant who died): who qualifies, the plan of
levels and years per child, and the check of each yearly claim (domain.md section 2).

- at most `rule.scholarship_max_children` children (2 under PP 82/2019), refused beyond;
- a child must be under 23 on the first day of an academic year for that year to be paid, and the
  beasiswa stops at marriage, work or leaving school;
- a child too young for school starts when entering it (projected at `school_entry_age`);
- one payment per child per academic year, capped by the years a level allows (TK-SD 8, SMP 3,
  SMA 3, higher education or training 5), and only with the year's proof of enrolment and report
  card.

The academic year runs from July (a setting) and is written "2025/2026"; it is stored as its
first calendar year (2025).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.domain.benefits_rules import LEVEL_LABELS_ID, LEVEL_ORDER, BenefitRule, Level, ScholarshipScheme
from desktop.domain.dates import age_on, format_date_id
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError

DEFAULT_START_MONTH = 7
DEFAULT_SCHOOL_ENTRY_AGE = 5  # TK A; SD then starts at 7
DEFAULT_PROOF_GRACE_DAYS = 90  # [U] no source for a yearly claim deadline: a setting


class StopReason(enum.StrEnum):
    AGE_23 = "age_23"
    MARRIED = "married"
    WORKING = "working"
    LEFT_SCHOOL = "left_school"


STOP_LABELS = {
    StopReason.AGE_23: QT_TRANSLATE_NOOP("Benefits", "Reached 23"),
    StopReason.MARRIED: QT_TRANSLATE_NOOP("Benefits", "Married"),
    StopReason.WORKING: QT_TRANSLATE_NOOP("Benefits", "Working"),
    StopReason.LEFT_SCHOOL: QT_TRANSLATE_NOOP("Benefits", "Left school"),
}

STOP_LABELS_ID = {
    StopReason.AGE_23: "telah berusia 23 tahun", StopReason.MARRIED: "telah menikah",
    StopReason.WORKING: "telah bekerja", StopReason.LEFT_SCHOOL: "tidak melanjutkan sekolah",
}


def academic_year_of(d: date, start_month: int = DEFAULT_START_MONTH) -> int:
    return d.year if d.month >= start_month else d.year - 1


def academic_year_start(year: int, start_month: int = DEFAULT_START_MONTH) -> date:
    return date(year, start_month, 1)


def academic_year_label(year: int) -> str:
    return f"{year}/{year + 1}"


def grade_label_id(level: Level, grade: int) -> str:
    """"SD kelas 4" for TK-SD year 6; "SMP kelas 1"; "PT tahun 2"."""
    if level == Level.TK_SD:
        return f"TK {'A' if grade == 1 else 'B'}" if grade <= 2 else f"SD kelas {grade - 2}"
    if level == Level.PT:
        return f"PT/pelatihan tahun {grade}"
    return f"{'SMP' if level == Level.SMP else 'SMA'} kelas {grade}"


@dataclass(frozen=True)
class ChildFacts:
    birth_date: date
    level: Level | None  # level in the first academic year of the plan; None: not yet at school
    grade: int = 1  # year within that level (TK-SD: TK A = 1, TK B = 2, SD kelas 1 = 3 ... kelas 6 = 8)
    stopped: StopReason | None = None


@dataclass(frozen=True)
class PlannedYear:
    academic_year: int
    level: Level
    grade: int
    amount: Money
    age_at_start: int

    @property
    def label(self) -> str:
        return academic_year_label(self.academic_year)

    @property
    def grade_id(self) -> str:
        return grade_label_id(self.level, self.grade)


@dataclass(frozen=True)
class ChildPlan:
    years: tuple[PlannedYear, ...]
    text_en: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> Money:
        return sum((y.amount for y in self.years), Money(0))

    def year(self, academic_year: int) -> PlannedYear | None:
        for y in self.years:
            if y.academic_year == academic_year:
                return y
        return None

    def english(self) -> str:
        return self.text_en.format(**self.params)


def check_child(rule: BenefitRule, death_date: date, birth_date: date, order: int, eligible: bool) -> None:
    """Refuse a child who cannot receive the beasiswa, with the reason."""
    if not eligible:
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "This death does not open the scholarship (see the entitlement), so no child can be added."))
    if order > rule.scholarship_max_children:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "At most {max} child(ren) receive the scholarship under {rule}; "
                                           "this would be child number {order}."),
            max=rule.scholarship_max_children, rule=rule.short, order=order)
    if birth_date > death_date + timedelta(days=300):
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "The child's birth date ({date}) cannot be more than 300 days after the participant's death."),
            date=format_date_id(birth_date))
    if birth_date <= death_date and age_on(birth_date, death_date) >= rule.child_age_limit:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The child was {age} on the date of death; the scholarship is only for "
                                           "children under {limit}."),
            age=age_on(birth_date, death_date), limit=rule.child_age_limit)


def _level_length(rule: BenefitRule, level: Level) -> int:
    return rule.level(level).max_years


def plan_child(rule: BenefitRule, death_date: date, child: ChildFacts, *,
               start_month: int = DEFAULT_START_MONTH,
               school_entry_age: int = DEFAULT_SCHOOL_ENTRY_AGE) -> ChildPlan:
    """The projected years, levels and amounts for one child (PP 82/2019 scheme)."""
    if rule.scholarship_scheme != ScholarshipScheme.PER_LEVEL:
        return ChildPlan((), QT_TRANSLATE_NOOP("Benefits", "{rule}: one lump sum, no yearly plan."),
                         {"rule": rule.short})
    first = academic_year_of(death_date, start_month)
    level, grade = child.level, child.grade
    if level is None:  # too young for school: starts when entering it
        entry = child.birth_date.year + school_entry_age - 1
        while age_on(child.birth_date, academic_year_start(entry, start_month)) < school_entry_age:
            entry += 1  # the first academic year that starts when the child is of entry age
        first = max(first, entry)
        level, grade = Level.TK_SD, 1
    if not 1 <= grade <= _level_length(rule, level):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Year {grade} does not exist at this level (1 to {max})."),
                        grade=grade, max=_level_length(rule, level))
    if child.stopped is not None:
        return ChildPlan((), QT_TRANSLATE_NOOP("Benefits", "The scholarship has stopped."), {})
    return plan_text(project(rule, child.birth_date, first, level, grade, start_month=start_month))


def next_step(rule: BenefitRule, level: Level, grade: int) -> tuple[Level, int] | None:
    """The level and year after this one; None after the last year of higher education."""
    if grade < _level_length(rule, level):
        return level, grade + 1
    index = LEVEL_ORDER.index(level)
    return (LEVEL_ORDER[index + 1], 1) if index + 1 < len(LEVEL_ORDER) else None


def project(rule: BenefitRule, birth_date: date, first_year: int, level: Level, grade: int, *,
            start_month: int = DEFAULT_START_MONTH) -> tuple[PlannedYear, ...]:
    """Year after year from (level, grade) in `first_year`, while the child is under the age limit."""
    years: list[PlannedYear] = []
    step: tuple[Level, int] | None = (level, grade)
    year = first_year
    while step is not None:
        start = academic_year_start(year, start_month)
        age = age_on(birth_date, start) if start >= birth_date else 0
        if age >= rule.child_age_limit:
            break
        years.append(PlannedYear(year, step[0], step[1], rule.level(step[0]).per_year, age))
        step = next_step(rule, *step)
        year += 1
    return tuple(years)


def plan_positions(rule: BenefitRule) -> tuple[tuple[Level, int], ...]:
    """Every (level, year within it) a plan passes through, in order. `next_step` moves one position
    on, so the year n academic years after position k sits at position k + n (none beyond the end)."""
    return tuple((level, grade) for level in LEVEL_ORDER for grade in range(1, _level_length(rule, level) + 1))


def under_age_born_after(age: int, academic_year: int, start_month: int = DEFAULT_START_MONTH) -> date:
    """A child is under `age` on the first day of `academic_year` exactly when born after this day
    (`age_on` counts completed years; the year starts on the 1st, so 29 February needs no care)."""
    return date(academic_year - age, start_month, 1)


def plan_text(years: tuple[PlannedYear, ...]) -> ChildPlan:
    if not years:
        return ChildPlan((), QT_TRANSLATE_NOOP("Benefits", "No year can be paid."), {})
    total = sum((y.amount for y in years), Money(0))
    return ChildPlan(years, QT_TRANSLATE_NOOP(
        "Benefits", "{count} year(s) from {first} to {last}, up to {total} if the child stays at school."),
        {"count": str(len(years)), "first": years[0].label, "last": years[-1].label, "total": total.format_table()})


@dataclass(frozen=True)
class YearClaim:
    """A yearly claim as the clerk records it."""

    academic_year: int
    level: Level
    grade: int
    enrolment_proof_on: date | None
    report_card_on: date | None


def check_year_claim(rule: BenefitRule, birth_date: date, claim: YearClaim, *, years_paid_at_level: int,
                     stopped: StopReason | None, first_school_year: bool = False,
                     start_month: int = DEFAULT_START_MONTH) -> Money:
    """The amount payable for the year, or a UserError saying why not."""
    if rule.scholarship_scheme != ScholarshipScheme.PER_LEVEL:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Under {rule} the scholarship is one lump sum, not yearly."),
                        rule=rule.short)
    if stopped is not None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The scholarship of this child has stopped ({reason})."),
                        reason=STOP_LABELS_ID[stopped])
    start = academic_year_start(claim.academic_year, start_month)
    if start >= birth_date and age_on(birth_date, start) >= rule.child_age_limit:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The child is {age} at the start of the academic year {year}; the "
                                           "scholarship ends at {limit}."),
            age=age_on(birth_date, start), year=academic_year_label(claim.academic_year), limit=rule.child_age_limit)
    if claim.enrolment_proof_on is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The proof of enrolment (surat keterangan masih aktif) for {year} has not "
                                           "been received; the year cannot be paid without it."),
            year=academic_year_label(claim.academic_year))
    if claim.report_card_on is None and not first_school_year:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The report card (rapor) for {year} has not been received; the year cannot "
                                           "be paid without it."),
            year=academic_year_label(claim.academic_year))
    level_rule = rule.level(claim.level)
    if not 1 <= claim.grade <= level_rule.max_years:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Year {grade} does not exist at this level (1 to {max})."),
                        grade=claim.grade, max=level_rule.max_years)
    if years_paid_at_level >= level_rule.max_years:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{level}: all {max} years of this level have been paid already."),
            level=LEVEL_LABELS_ID[claim.level], max=level_rule.max_years)
    return level_rule.per_year


class ProofStatus(enum.StrEnum):
    DUE = "due"
    OVERDUE = "overdue"


def proof_status(academic_year: int, on: date, *, grace_days: int = DEFAULT_PROOF_GRACE_DAYS,
                 start_month: int = DEFAULT_START_MONTH) -> tuple[ProofStatus | None, date]:
    """Whether the yearly proof for `academic_year` is due or overdue on `on`, and its deadline."""
    start = academic_year_start(academic_year, start_month)
    deadline = start + timedelta(days=grace_days)
    if on < start:
        return None, deadline
    return (ProofStatus.OVERDUE if on > deadline else ProofStatus.DUE), deadline


def typical_level(age: int) -> tuple[Level | None, int]:
    """The usual level and year for a child's age on the first day of an academic year (when only the
    birth date is known, e.g. a quick quote at the desk): 5 TK A, 7 SD kelas 1, 13 SMP, 16 SMA, 19 PT."""
    if age < DEFAULT_SCHOOL_ENTRY_AGE:
        return None, 1
    if age <= 12:
        return Level.TK_SD, age - 4
    if age <= 15:
        return Level.SMP, age - 12
    if age <= 18:
        return Level.SMA, age - 15
    return Level.PT, min(age - 18, 5)
