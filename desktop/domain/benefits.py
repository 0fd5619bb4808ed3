"""Death benefits (JKM, JKK death): the entitlement for the facts of a death, the heirs in their
legal order, the documents of a claim, the disbursement workflow and the figures branches publish.

Pure rules: no database, no Qt. Amounts come from the rule tables in `benefits_rules`; every
component carries its explanation, in Indonesian for the letter and as an English template (with
parameters) for the screen, translated there by Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.benefits_base import (  # noqa: F401  (the vocabulary, re-exported)
    CLAIM_COMPONENTS,
    COMPONENT_LABELS,
    COMPONENT_LABELS_ID,
    SEGMENT_LABELS,
    Cause,
    Component,
    Programme,
    Segment,
)
from desktop.domain.benefits_rules import DEFAULT_RULES, BenefitRule, RuleBook, ScholarshipScheme

# The heirs, the documents and the disbursement workflow live in benefits_workflow; callers import
# the area's rules from here.
from desktop.domain.benefits_workflow import (  # noqa: F401  (re-exported)
    DOCUMENT_LABELS_ID,
    NEXT_STATE,
    RELATIONSHIP_LABELS,
    RELATIONSHIP_LABELS_ID,
    RELATIONSHIP_RANK,
    STATE_LABELS,
    DisbursementState,
    DocumentKind,
    HeirCandidate,
    HeirProposal,
    Relationship,
    check_four_eyes,
    check_transition,
    components_for_heir,
    propose_heirs,
    required_documents,
    slot_key,
)
from desktop.domain.dates import format_date_id
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError


@dataclass(frozen=True)
class Facts:
    """What the clerk knows about a death."""

    death_date: date
    cause: Cause
    contribution_months: int
    reported_wage: Money = Money(0)
    membership_start: date | None = None
    segment: Segment = Segment.PU


@dataclass(frozen=True)
class Line:
    """One component of an entitlement with its explanation."""

    component: Component
    amount: Money
    text_id: str  # Indonesian, for the letter: "Santunan berkala 24 x Rp500.000 ..."
    text_en: str  # English template for the screen (translated in context "Benefits")
    params: dict[str, str] = field(default_factory=dict)

    @property
    def label_id(self) -> str:
        return COMPONENT_LABELS_ID[self.component]

    def english(self) -> str:
        return self.text_en.format(**self.params)


@dataclass(frozen=True)
class ScholarshipEligibility:
    eligible: bool
    scheme: ScholarshipScheme
    max_children: int
    max_per_child: Money
    text_id: str
    text_en: str
    params: dict[str, str] = field(default_factory=dict)

    def english(self) -> str:
        return self.text_en.format(**self.params)


@dataclass(frozen=True)
class Entitlement:
    rule_key: str
    regulation: str
    rule_short: str
    programme: Programme
    lines: tuple[Line, ...]
    scholarship: ScholarshipEligibility

    @property
    def total(self) -> Money:
        return sum((line.amount for line in self.lines), Money(0))

    def amount_of(self, component: Component) -> Money | None:
        for line in self.lines:
            if line.component == component:
                return line.amount
        return None


def check_facts(facts: Facts, today: date) -> None:
    """Refuse facts that cannot be true, each with its reason."""
    if facts.death_date > today:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The date of death ({date}) is in the future."),
                        date=format_date_id(facts.death_date))
    if facts.membership_start is not None and facts.death_date < facts.membership_start:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The date of death ({death}) is before the membership started ({start}): there was no "
                "cover on that day."),
            death=format_date_id(facts.death_date), start=format_date_id(facts.membership_start))
    if facts.contribution_months < 0:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Months of contributions cannot be negative."))
    if facts.membership_start is not None:
        possible = months_between(facts.membership_start, facts.death_date) + 1
        if facts.contribution_months > possible:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{months} months of contributions are more than the {possible} months between the "
                    "membership start and the death."),
                months=facts.contribution_months, possible=possible)
    if facts.reported_wage.sen < 0:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The reported wage cannot be negative."))
    if facts.cause == Cause.JKK and facts.reported_wage.sen <= 0:
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "A JKK death is paid from the reported monthly wage: enter the wage."))


def months_between(start: date, end: date) -> int:
    """Whole calendar months from start to end (0 in the same month)."""
    return (end.year - start.year) * 12 + end.month - start.month


def rp(amount: Money) -> str:
    return amount.format_table()


def compute_entitlement(facts: Facts, today: date, rules: RuleBook = DEFAULT_RULES) -> Entitlement:
    """The cash benefits for a death, from the rule in force on the date of death."""
    check_facts(facts, today)
    rule = rules.rule_for(facts.death_date)
    reg = rule.short
    lines: list[Line] = []
    if facts.cause == Cause.JKM:
        programme = Programme.JKM
        lines.append(Line(
            Component.LUMP_SUM, rule.jkm_lump_sum,
            f"Santunan sekaligus sebesar {rp(rule.jkm_lump_sum)} sesuai {reg}.",
            QT_TRANSLATE_NOOP("Benefits", "Lump-sum death grant of {amount} under {rule}."),
            {"amount": rp(rule.jkm_lump_sum), "rule": reg}))
        lines.append(_berkala_line(rule, rule.berkala_months, rule.berkala_monthly))
        lines.append(_funeral_line(rule, rule.funeral))
    else:
        programme = Programme.JKK
        wage = facts.reported_wage
        base = wage * rule.jkk_wage_multiple
        wage_word = "penghasilan" if facts.segment == Segment.BPU else "upah"
        if base >= rule.jkk_minimum:
            text_id = (f"Santunan kematian {rule.jkk_wage_multiple} x {wage_word} sebulan yang dilaporkan "
                       f"{rp(wage)} = {rp(base)} sesuai {reg}.")
            lines.append(Line(
                Component.JKK_48X, base, text_id,
                QT_TRANSLATE_NOOP("Benefits", "JKK death benefit: {times} × the reported monthly wage {wage} "
                                              "= {amount} under {rule}."),
                {"times": str(rule.jkk_wage_multiple), "wage": rp(wage), "amount": rp(base), "rule": reg}))
        else:
            text_id = (f"Santunan kematian {rule.jkk_wage_multiple} x {wage_word} sebulan yang dilaporkan "
                       f"{rp(wage)} = {rp(base)}, kurang dari batas paling sedikit; dibayar "
                       f"{rp(rule.jkk_minimum)} sesuai {reg}.")
            lines.append(Line(
                Component.JKK_48X, rule.jkk_minimum, text_id,
                QT_TRANSLATE_NOOP("Benefits", "JKK death benefit: {times} × the reported monthly wage {wage} "
                                              "= {base}, below the minimum; {amount} is paid under {rule}."),
                {"times": str(rule.jkk_wage_multiple), "wage": rp(wage), "base": rp(base),
                 "amount": rp(rule.jkk_minimum), "rule": reg}))
        lines.append(_berkala_line(rule, rule.jkk_berkala_months, rule.jkk_berkala_monthly))
        lines.append(_funeral_line(rule, rule.jkk_funeral))
    scholarship = scholarship_eligibility(rule, facts)
    if scholarship.eligible and rule.scholarship_scheme == ScholarshipScheme.LUMP_SUM:
        lines.append(Line(
            Component.SCHOLARSHIP_LUMP, rule.scholarship_lump_sum,
            f"Beasiswa pendidikan untuk satu orang anak sebesar {rp(rule.scholarship_lump_sum)} "
            f"dibayar sekaligus sesuai {reg}.",
            QT_TRANSLATE_NOOP("Benefits", "Scholarship for one child, {amount} paid at once under {rule}."),
            {"amount": rp(rule.scholarship_lump_sum), "rule": reg}))
    return Entitlement(rule.key, rule.regulation, rule.short, programme, tuple(lines), scholarship)


def _berkala_line(rule: BenefitRule, months: int, monthly: Money) -> Line:
    total = monthly * months
    return Line(
        Component.BERKALA, total,
        f"Santunan berkala {months} x {rp(monthly)} = {rp(total)}, dibayarkan sekaligus sesuai {rule.short}.",
        QT_TRANSLATE_NOOP("Benefits", "Periodic grant {months} × {monthly} = {amount}, paid at once under {rule}."),
        {"months": str(months), "monthly": rp(monthly), "amount": rp(total), "rule": rule.short})


def _funeral_line(rule: BenefitRule, amount: Money) -> Line:
    return Line(
        Component.FUNERAL, amount,
        f"Biaya pemakaman sebesar {rp(amount)} sesuai {rule.short}.",
        QT_TRANSLATE_NOOP("Benefits", "Funeral costs of {amount} under {rule}."),
        {"amount": rp(amount), "rule": rule.short})


def scholarship_eligibility(rule: BenefitRule, facts: Facts) -> ScholarshipEligibility:
    """Whether the death opens the beasiswa for the participant's children."""
    common = {"scheme": rule.scholarship_scheme, "max_children": rule.scholarship_max_children,
              "max_per_child": rule.scholarship_max_per_child}
    need = rule.scholarship_min_months_jkm
    years = f"{need // 12}" if need % 12 == 0 else f"{need / 12:.1f}"
    if facts.cause == Cause.JKK:
        return ScholarshipEligibility(
            True, **common,
            text_id=f"Meninggal akibat kecelakaan kerja: beasiswa tanpa syarat masa iuran ({rule.short}).",
            text_en=QT_TRANSLATE_NOOP("Benefits", "Work-related death: scholarship with no minimum "
                                                  "contribution period ({rule})."),
            params={"rule": rule.short})
    if facts.contribution_months >= need:
        return ScholarshipEligibility(
            True, **common,
            text_id=(f"Masa iuran {facts.contribution_months} bulan, memenuhi syarat paling singkat "
                     f"{years} tahun ({need} bulan) untuk beasiswa ({rule.short})."),
            text_en=QT_TRANSLATE_NOOP("Benefits", "{months} months of contributions meet the minimum of "
                                                  "{need} months for the scholarship ({rule})."),
            params={"months": str(facts.contribution_months), "need": str(need), "rule": rule.short})
    return ScholarshipEligibility(
        False, **common,
        text_id=(f"Masa iuran {facts.contribution_months} bulan, kurang dari syarat paling singkat "
                 f"{years} tahun ({need} bulan): tidak ada beasiswa ({rule.short})."),
        text_en=QT_TRANSLATE_NOOP("Benefits", "{months} months of contributions are fewer than the {need} "
                                              "months required: no scholarship ({rule})."),
        params={"months": str(facts.contribution_months), "need": str(need), "rule": rule.short})


# ---- the figures branches publish ----------------------------------------------------------------

_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"))


def format_rupiah_short(amount: Money) -> str:
    """Rp3,4 miliar / Rp467,5 juta / Rp42 juta, as in branch press releases (one decimal, half up)."""
    rupiah = abs(amount.sen) // 100
    sign = "-" if amount.sen < 0 else ""
    for scale, word in _SCALES:
        tenths = (rupiah * 10 * 2 + scale) // (2 * scale)  # round half up to one decimal
        if tenths >= 10:  # 999.960.000 is "Rp1 miliar", not "Rp1.000 juta"
            whole, dec = divmod(tenths, 10)
            number = f"{whole:,}".replace(",", ".") + (f",{dec}" if dec else "")
            return f"{sign}Rp{number} {word}"
    return f"{sign}Rp{rupiah:,}".replace(",", ".")


def publish_line(programme: str, cases: int, amount: Money) -> str:
    """ "JKM 76 kasus Rp3,4 miliar" """
    return f"{programme} {cases} kasus {format_rupiah_short(amount)}"
