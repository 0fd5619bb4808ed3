"""The death-benefit and scholarship rule tables, as data with effective dates.

A regulation is one row of `RULES`: the amounts it sets and the day it took effect. The rule that
applies to a death is the row with the latest effective date on or before the date of death, so a
new regulation is a new row here, not new code. Sources (reference/domain.md sections 1-3):

- PP 44/2015 (JKK and JKM, in force from 1 July 2015): JKM santunan sekaligus Rp16.200.000,
  santunan berkala 24 x Rp200.000 (Rp4.800.000, paid at once), pemakaman Rp3.000.000 (total
  Rp24.000.000); JKK death 48 x the monthly wage; beasiswa Rp12.000.000 lump sum for one child.
- PP 82/2019 (first amendment): JKM Rp20.000.000 + 24 x Rp500.000 + Rp10.000.000 = Rp42.000.000;
  JKK death 48 x the reported monthly wage, at least the JKM santunan, + Rp10.000.000 pemakaman +
  Rp12.000.000 berkala; beasiswa per level and year for at most 2 children, after at least 3 years
  of contributions for a death that is not work-related, with no minimum for a JKK death.

PP 82/2019's start date is disputed [D]: Antara says signed 2 December 2019, another source says
"November 2019". The default here is 2 December 2019; the office can change it (a setting), and
the Santunan & Beasiswa page shows which date is in use.

PP 44/2015's minimum contribution period for the beasiswa after a non-work death (5 years, Pasal
34 as commonly cited) is not in domain.md and is marked [U]; it only affects deaths before
PP 82/2019 took effect.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import date

from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError

R = Money.rupiah


class Level(enum.StrEnum):
    """School levels of the beasiswa (TK and SD together, as in PP 82/2019)."""

    TK_SD = "tk_sd"
    SMP = "smp"
    SMA = "sma"
    PT = "pt"  # higher education up to S1, or vocational training (pelatihan)


LEVEL_ORDER = (Level.TK_SD, Level.SMP, Level.SMA, Level.PT)

LEVEL_LABELS_ID = {
    Level.TK_SD: "TK/SD sederajat",
    Level.SMP: "SMP sederajat",
    Level.SMA: "SMA sederajat",
    Level.PT: "Perguruan tinggi (S1) atau pelatihan",
}

LEVEL_LABELS = {
    Level.TK_SD: QT_TRANSLATE_NOOP("Benefits", "Kindergarten / primary (TK-SD)"),
    Level.SMP: QT_TRANSLATE_NOOP("Benefits", "Junior secondary (SMP)"),
    Level.SMA: QT_TRANSLATE_NOOP("Benefits", "Senior secondary (SMA)"),
    Level.PT: QT_TRANSLATE_NOOP("Benefits", "Higher education or training"),
}


class ScholarshipScheme(enum.StrEnum):
    LUMP_SUM = "lump_sum"  # PP 44/2015: one amount for one child
    PER_LEVEL = "per_level"  # PP 82/2019: a yearly amount per child by school level


@dataclass(frozen=True)
class LevelRule:
    level: Level
    per_year: Money
    max_years: int

    @property
    def maximum(self) -> Money:
        return self.per_year * self.max_years


@dataclass(frozen=True)
class BenefitRule:
    """The amounts one regulation sets, from the day it took effect."""

    key: str  # stored with every computed entitlement: "PP82_2019"
    regulation: str  # as written in letters: "PP Nomor 82 Tahun 2019"
    short: str  # "PP 82/2019"
    effective_from: date
    # JKM (death not caused by work)
    jkm_lump_sum: Money
    berkala_months: int
    berkala_monthly: Money
    funeral: Money
    # JKK death (work accident or occupational disease)
    jkk_wage_multiple: int
    jkk_minimum: Money  # "paling sedikit sebesar santunan kematian JKM"
    jkk_funeral: Money
    jkk_berkala_months: int
    jkk_berkala_monthly: Money
    # Beasiswa
    scholarship_scheme: ScholarshipScheme
    scholarship_min_months_jkm: int  # minimum months of contributions after a non-work death
    scholarship_max_children: int
    scholarship_lump_sum: Money = Money(0)  # LUMP_SUM scheme only
    levels: tuple[LevelRule, ...] = ()  # PER_LEVEL scheme only
    child_age_limit: int = 23
    effective_note: str = ""  # why this date ([D]/[U] notes), shown next to the rule

    @property
    def berkala(self) -> Money:
        return self.berkala_monthly * self.berkala_months

    @property
    def jkk_berkala(self) -> Money:
        return self.jkk_berkala_monthly * self.jkk_berkala_months

    @property
    def jkm_total(self) -> Money:
        return self.jkm_lump_sum + self.berkala + self.funeral

    def level(self, level: Level) -> LevelRule:
        for row in self.levels:
            if row.level == level:
                return row
        raise KeyError(level)

    @property
    def scholarship_max_per_child(self) -> Money:
        if self.scholarship_scheme == ScholarshipScheme.LUMP_SUM:
            return self.scholarship_lump_sum
        return sum((row.maximum for row in self.levels), Money(0))


PP44_2015 = BenefitRule(
    key="PP44_2015",
    regulation="Peraturan Pemerintah Nomor 44 Tahun 2015",
    short="PP 44/2015",
    effective_from=date(2015, 7, 1),
    jkm_lump_sum=R(16_200_000),
    berkala_months=24,
    berkala_monthly=R(200_000),
    funeral=R(3_000_000),
    jkk_wage_multiple=48,
    jkk_minimum=R(16_200_000),
    jkk_funeral=R(3_000_000),
    jkk_berkala_months=24,
    jkk_berkala_monthly=R(200_000),
    scholarship_scheme=ScholarshipScheme.LUMP_SUM,
    scholarship_min_months_jkm=60,  # [U] 5 years, Pasal 34 as commonly cited; not in domain.md
    scholarship_max_children=1,
    scholarship_lump_sum=R(12_000_000),
    effective_note=QT_TRANSLATE_NOOP("Benefits", "JKK and JKM programmes in force from 1 July 2015."),
)

PP82_2019 = BenefitRule(
    key="PP82_2019",
    regulation="Peraturan Pemerintah Nomor 82 Tahun 2019",
    short="PP 82/2019",
    effective_from=date(2019, 12, 2),
    jkm_lump_sum=R(20_000_000),
    berkala_months=24,
    berkala_monthly=R(500_000),
    funeral=R(10_000_000),
    jkk_wage_multiple=48,
    jkk_minimum=R(20_000_000),
    jkk_funeral=R(10_000_000),
    jkk_berkala_months=24,
    jkk_berkala_monthly=R(500_000),
    scholarship_scheme=ScholarshipScheme.PER_LEVEL,
    scholarship_min_months_jkm=36,
    scholarship_max_children=2,
    levels=(
        LevelRule(Level.TK_SD, R(1_500_000), 8),
        LevelRule(Level.SMP, R(2_000_000), 3),
        LevelRule(Level.SMA, R(3_000_000), 3),
        LevelRule(Level.PT, R(12_000_000), 5),
    ),
    effective_note=QT_TRANSLATE_NOOP(
        "Benefits",
        "Start date disputed: signed in late November or on 2 December 2019. Default 2 December 2019; "
        "an administrator can change it."),
)

# Oldest first. A new regulation is a new row.
RULES: tuple[BenefitRule, ...] = (PP44_2015, PP82_2019)


@dataclass(frozen=True)
class RuleBook:
    """The rule rows with the office's effective-date overrides applied."""

    rules: tuple[BenefitRule, ...] = RULES
    overrides: dict[str, date] = field(default_factory=dict)

    def rows(self) -> tuple[BenefitRule, ...]:
        rows = [replace(r, effective_from=self.overrides.get(r.key, r.effective_from)) for r in self.rules]
        return tuple(sorted(rows, key=lambda r: r.effective_from))

    def by_key(self, key: str) -> BenefitRule:
        for row in self.rows():
            if row.key == key:
                return row
        raise KeyError(key)

    def rule_for(self, death_date: date) -> BenefitRule:
        """The regulation in force on the day of death."""
        found = None
        for row in self.rows():
            if row.effective_from <= death_date:
                found = row
        if found is None:
            first = self.rows()[0]
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "No benefit rule is recorded for a death on {date}: the oldest rule ({rule}) "
                    "took effect on {start}."),
                date=death_date.isoformat(), rule=first.short, start=first.effective_from.isoformat())
        return found


DEFAULT_RULES = RuleBook()
