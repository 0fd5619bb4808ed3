"""Death benefits (JKM, JKK death): the entitlement for the facts of a death, the heirs in their
legal order, the documents of a claim, the disbursement workflow and the figures branches publish.

Pure rules: no database, no Qt. Amounts come from the rule tables in `benefits_rules`; every
component carries its explanation, in Indonesian for the letter and as an English template (with
parameters) for the screen, translated there by Qt.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.benefits_rules import DEFAULT_RULES, BenefitRule, RuleBook, ScholarshipScheme
from desktop.domain.dates import format_date_id
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError


class Cause(enum.StrEnum):
    JKM = "jkm"  # death not caused by work
    JKK = "jkk"  # work accident or occupational disease


class Programme(enum.StrEnum):
    JKM = "JKM"
    JKK = "JKK"
    BEASISWA = "Beasiswa"


class Segment(enum.StrEnum):
    PU = "PU"  # Penerima Upah (wage earners)
    BPU = "BPU"  # Bukan Penerima Upah (informal)
    JAKON = "JAKON"  # Jasa Konstruksi


SEGMENT_LABELS = {
    Segment.PU: QT_TRANSLATE_NOOP("Benefits", "Wage earners (PU)"),
    Segment.BPU: QT_TRANSLATE_NOOP("Benefits", "Informal workers (BPU)"),
    Segment.JAKON: QT_TRANSLATE_NOOP("Benefits", "Construction services (Jasa Konstruksi)"),
}


class Component(enum.StrEnum):
    LUMP_SUM = "lump_sum"  # santunan sekaligus (JKM)
    BERKALA = "berkala"  # santunan berkala, 24 months paid at once
    FUNERAL = "funeral"  # biaya pemakaman
    JKK_48X = "jkk_48x"  # santunan kematian JKK, 48 x the monthly wage
    SCHOLARSHIP_LUMP = "scholarship_lump"  # PP 44/2015 beasiswa, one amount
    SCHOLARSHIP_YEAR = "scholarship_year"  # PP 82/2019 beasiswa, one academic year of one child


COMPONENT_LABELS_ID = {
    Component.LUMP_SUM: "Santunan sekaligus",
    Component.BERKALA: "Santunan berkala",
    Component.FUNERAL: "Biaya pemakaman",
    Component.JKK_48X: "Santunan kematian JKK",
    Component.SCHOLARSHIP_LUMP: "Beasiswa pendidikan anak",
    Component.SCHOLARSHIP_YEAR: "Beasiswa pendidikan anak",
}

COMPONENT_LABELS = {
    Component.LUMP_SUM: QT_TRANSLATE_NOOP("Benefits", "Lump-sum death grant"),
    Component.BERKALA: QT_TRANSLATE_NOOP("Benefits", "Periodic grant (paid at once)"),
    Component.FUNERAL: QT_TRANSLATE_NOOP("Benefits", "Funeral costs"),
    Component.JKK_48X: QT_TRANSLATE_NOOP("Benefits", "JKK death benefit (48 × wage)"),
    Component.SCHOLARSHIP_LUMP: QT_TRANSLATE_NOOP("Benefits", "Scholarship (lump sum)"),
    Component.SCHOLARSHIP_YEAR: QT_TRANSLATE_NOOP("Benefits", "Scholarship year"),
}

# Components paid on the claim itself (one each); scholarship years are keyed by child and year.
CLAIM_COMPONENTS = (Component.LUMP_SUM, Component.BERKALA, Component.FUNERAL, Component.JKK_48X,
                    Component.SCHOLARSHIP_LUMP)


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


# ---- heirs (domain.md 1.3) ------------------------------------------------------------------


class Relationship(enum.StrEnum):
    WIDOW = "widow"  # janda
    WIDOWER = "widower"  # duda
    CHILD = "child"
    PARENT = "parent"
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    SIBLING = "sibling"
    PARENT_IN_LAW = "parent_in_law"
    WILL = "will"  # named in the participant's will
    FUNERAL_ARRANGER = "funeral_arranger"  # arranged the funeral when there is no heir


RELATIONSHIP_RANK = {
    Relationship.WIDOW: 1, Relationship.WIDOWER: 1, Relationship.CHILD: 1,
    Relationship.PARENT: 2, Relationship.GRANDPARENT: 2, Relationship.GRANDCHILD: 2,
    Relationship.SIBLING: 3, Relationship.PARENT_IN_LAW: 4, Relationship.WILL: 5,
    Relationship.FUNERAL_ARRANGER: 6,
}

RELATIONSHIP_LABELS_ID = {
    Relationship.WIDOW: "Istri (janda)", Relationship.WIDOWER: "Suami (duda)", Relationship.CHILD: "Anak",
    Relationship.PARENT: "Orang tua", Relationship.GRANDPARENT: "Kakek/nenek", Relationship.GRANDCHILD: "Cucu",
    Relationship.SIBLING: "Saudara kandung", Relationship.PARENT_IN_LAW: "Mertua",
    Relationship.WILL: "Ditunjuk dalam wasiat", Relationship.FUNERAL_ARRANGER: "Pihak yang mengurus pemakaman",
}

RELATIONSHIP_LABELS = {
    Relationship.WIDOW: QT_TRANSLATE_NOOP("Benefits", "Widow"),
    Relationship.WIDOWER: QT_TRANSLATE_NOOP("Benefits", "Widower"),
    Relationship.CHILD: QT_TRANSLATE_NOOP("Benefits", "Child"),
    Relationship.PARENT: QT_TRANSLATE_NOOP("Benefits", "Parent"),
    Relationship.GRANDPARENT: QT_TRANSLATE_NOOP("Benefits", "Grandparent"),
    Relationship.GRANDCHILD: QT_TRANSLATE_NOOP("Benefits", "Grandchild"),
    Relationship.SIBLING: QT_TRANSLATE_NOOP("Benefits", "Sibling"),
    Relationship.PARENT_IN_LAW: QT_TRANSLATE_NOOP("Benefits", "Parent-in-law"),
    Relationship.WILL: QT_TRANSLATE_NOOP("Benefits", "Named in the will"),
    Relationship.FUNERAL_ARRANGER: QT_TRANSLATE_NOOP("Benefits", "Arranged the funeral"),
}


@dataclass(frozen=True)
class HeirCandidate:
    key: object  # the caller's id for the heir
    relationship: Relationship


@dataclass(frozen=True)
class HeirProposal:
    """Who the law says is entitled, for the clerk to confirm."""

    entitled: tuple[object, ...]  # keys of the heirs entitled to the santunan
    funeral_only: tuple[object, ...]  # keys entitled to the funeral cost only
    rank: int | None  # the order (1-6) that applies
    text_en: str
    params: dict[str, str] = field(default_factory=dict)
    to_fund: bool = False  # no heir: the santunan goes to the Dana Jaminan Sosial


def propose_heirs(candidates: list[HeirCandidate]) -> HeirProposal:
    """The legal order: spouse or children; then parents, grandparents or grandchildren; siblings;
    parents-in-law; whoever a will names; with none of these, the funeral cost goes to whoever
    arranged the funeral and the santunan to the Dana Jaminan Sosial."""
    heirs = [c for c in candidates if RELATIONSHIP_RANK[c.relationship] <= 5]
    arrangers = tuple(c.key for c in candidates if c.relationship == Relationship.FUNERAL_ARRANGER)
    if heirs:
        rank = min(RELATIONSHIP_RANK[c.relationship] for c in heirs)
        entitled = tuple(c.key for c in heirs if RELATIONSHIP_RANK[c.relationship] == rank)
        return HeirProposal(entitled, (), rank,
                            QT_TRANSLATE_NOOP("Benefits", "Heirs of order {rank} are entitled: {count} person(s)."),
                            {"rank": str(rank), "count": str(len(entitled))})
    if arrangers:
        return HeirProposal((), arrangers, 6,
                            QT_TRANSLATE_NOOP("Benefits", "No heir: the funeral costs go to whoever arranged the "
                                                          "funeral; the other benefits go to the Dana Jaminan Sosial."),
                            {}, to_fund=True)
    return HeirProposal((), (), None, QT_TRANSLATE_NOOP("Benefits", "No heir recorded yet."), {})


def components_for_heir(relationship: Relationship) -> tuple[Component, ...]:
    if relationship == Relationship.FUNERAL_ARRANGER:
        return (Component.FUNERAL,)
    return CLAIM_COMPONENTS + (Component.SCHOLARSHIP_YEAR,)


# ---- claim documents (domain.md 1.4) ----------------------------------------------------------


class DocumentKind(enum.StrEnum):
    AKTA_KEMATIAN = "akta_kematian"
    KARTU_PESERTA = "kartu_peserta"
    KK = "kk"
    KTP_PESERTA = "ktp_peserta"
    KTP_AHLI_WARIS = "ktp_ahli_waris"
    SK_AHLI_WARIS = "sk_ahli_waris"
    BUKU_NIKAH = "buku_nikah"
    BUKU_TABUNGAN = "buku_tabungan"
    SURAT_REFERENSI_KERJA = "surat_referensi_kerja"
    LAPORAN_KK = "laporan_kk"  # JKK: accident report stage I/II (form 3 / 3a) and KK3


DOCUMENT_LABELS_ID = {
    DocumentKind.AKTA_KEMATIAN: "Akta/surat keterangan kematian",
    DocumentKind.KARTU_PESERTA: "Kartu peserta BPJS Ketenagakerjaan",
    DocumentKind.KK: "Kartu Keluarga",
    DocumentKind.KTP_PESERTA: "KTP peserta",
    DocumentKind.KTP_AHLI_WARIS: "KTP ahli waris",
    DocumentKind.SK_AHLI_WARIS: "Surat keterangan ahli waris",
    DocumentKind.BUKU_NIKAH: "Buku nikah",
    DocumentKind.BUKU_TABUNGAN: "Buku tabungan ahli waris",
    DocumentKind.SURAT_REFERENSI_KERJA: "Surat referensi kerja",
    DocumentKind.LAPORAN_KK: "Laporan kecelakaan kerja tahap I/II dan surat keterangan dokter (KK3)",
}


def required_documents(cause: Cause, segment: Segment, spouse_heir: bool = True) -> tuple[DocumentKind, ...]:
    docs = [DocumentKind.AKTA_KEMATIAN, DocumentKind.KARTU_PESERTA, DocumentKind.KK, DocumentKind.KTP_PESERTA,
            DocumentKind.KTP_AHLI_WARIS, DocumentKind.SK_AHLI_WARIS]
    if spouse_heir:
        docs.append(DocumentKind.BUKU_NIKAH)
    docs.append(DocumentKind.BUKU_TABUNGAN)
    if segment != Segment.BPU:
        docs.append(DocumentKind.SURAT_REFERENSI_KERJA)
    if cause == Cause.JKK:
        docs.append(DocumentKind.LAPORAN_KK)
    return tuple(docs)


# ---- disbursement workflow ---------------------------------------------------------------------


class DisbursementState(enum.StrEnum):
    DRAFT = "draft"
    VERIFIED = "verified"
    APPROVED = "approved"
    PAID = "paid"
    CANCELLED = "cancelled"


STATE_LABELS = {
    DisbursementState.DRAFT: QT_TRANSLATE_NOOP("Benefits", "Draft"),
    DisbursementState.VERIFIED: QT_TRANSLATE_NOOP("Benefits", "Verified"),
    DisbursementState.APPROVED: QT_TRANSLATE_NOOP("Benefits", "Approved"),
    DisbursementState.PAID: QT_TRANSLATE_NOOP("Benefits", "Paid"),
    DisbursementState.CANCELLED: QT_TRANSLATE_NOOP("Benefits", "Cancelled"),
}

NEXT_STATE = {
    DisbursementState.DRAFT: DisbursementState.VERIFIED,
    DisbursementState.VERIFIED: DisbursementState.APPROVED,
    DisbursementState.APPROVED: DisbursementState.PAID,
}


def check_transition(current: DisbursementState, target: DisbursementState) -> None:
    if target == DisbursementState.CANCELLED:
        if current in (DisbursementState.PAID, DisbursementState.CANCELLED):
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "A {state} disbursement cannot be cancelled; a paid one is corrected by a reversal."),
                state=current.value)
        return
    if NEXT_STATE.get(current) != target:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "A {state} disbursement cannot be marked {target}."),
            state=current.value, target=target.value)


def check_four_eyes(approver: str, entered_by: str, verified_by: str) -> None:
    """Approval needs a second person: neither the one who entered nor the one who verified."""
    if approver == entered_by:
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "You entered this disbursement, so someone else must approve it (four-eyes rule)."))
    if approver == verified_by:
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "You verified this disbursement, so someone else must approve it (four-eyes rule)."))


def slot_key(claim_id: object, component: Component, scholarship_year_id: object | None = None) -> str:
    """What may be paid only once: a claim component, or one child's scholarship year."""
    if component == Component.SCHOLARSHIP_YEAR:
        return f"year:{scholarship_year_id}"
    return f"claim:{claim_id}:{component.value}"


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
