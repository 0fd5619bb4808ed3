"""The rule tables against the figures of reference/domain.md (sections 1 and 3), the regulation in
force on the date of death, the refusals, the heirs' legal order and the published figures."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import benefits as dom
from desktop.domain.benefits_rules import PP44_2015, PP82_2019, RuleBook
from desktop.domain.money import Money
from desktop.errors import UserError

TODAY = date(2026, 11, 20)
R = Money.rupiah


def quote(death: date = date(2024, 3, 1), cause: str = "jkm", months: int = 48, wage: int = 3_000_000,
          start: date | None = None, segment: str = "PU", rules: RuleBook = dom.DEFAULT_RULES) -> dom.Entitlement:
    return dom.compute_entitlement(dom.Facts(death, dom.Cause(cause), months, R(wage), start, dom.Segment(segment)),
                                   TODAY, rules)


def amounts(ent: dom.Entitlement) -> dict[str, Money]:
    return {line.component.value: line.amount for line in ent.lines}


def test_jkm_under_pp82_2019_is_42_million_in_three_components():
    ent = quote()
    assert ent.rule_key == "PP82_2019" and ent.programme == dom.Programme.JKM
    assert amounts(ent) == {"lump_sum": R(20_000_000), "berkala": R(12_000_000), "funeral": R(10_000_000)}
    assert ent.total == R(42_000_000)
    assert "24 x Rp500.000 = Rp12.000.000" in ent.lines[1].text_id  # explained for the letter


def test_jkk_death_is_48_times_the_reported_wage_plus_funeral_and_berkala():
    ent = quote(cause="jkk", months=4, wage=4_500_000)
    assert amounts(ent) == {"jkk_48x": R(216_000_000), "berkala": R(12_000_000), "funeral": R(10_000_000)}
    assert ent.total == R(238_000_000)
    assert "48 x upah sebulan yang dilaporkan Rp4.500.000 = Rp216.000.000" in ent.lines[0].text_id
    # domain.md 3: the BPU fisherman reporting Rp1.000.000: 48.000.000 + 10.000.000 + 12.000.000
    assert quote(cause="jkk", wage=1_000_000, segment="BPU").total == R(70_000_000)


def test_jkk_death_is_at_least_the_jkm_death_grant():
    ent = quote(cause="jkk", wage=300_000)  # 48 x 300.000 = 14.400.000 < 20.000.000
    assert ent.amount_of(dom.Component.JKK_48X) == R(20_000_000)
    assert "Rp14.400.000" in ent.lines[0].text_id and "paling sedikit" in ent.lines[0].text_id


def test_a_death_just_before_pp82_2019_took_effect_is_paid_under_pp44_2015():
    before = quote(death=date(2019, 12, 1), months=80)
    after = quote(death=date(2019, 12, 2), months=80)
    assert before.rule_key == "PP44_2015"
    assert amounts(before) == {"lump_sum": R(16_200_000), "berkala": R(4_800_000), "funeral": R(3_000_000),
                               "scholarship_lump": R(12_000_000)}
    assert sum((before.amount_of(c) for c in (dom.Component.LUMP_SUM, dom.Component.BERKALA,
                                              dom.Component.FUNERAL)), Money(0)) == R(24_000_000)
    assert after.rule_key == "PP82_2019" and after.total == R(42_000_000)


def test_the_disputed_start_of_pp82_2019_is_data_the_office_can_change():
    assert PP82_2019.effective_from == date(2019, 12, 2) and PP44_2015.effective_from == date(2015, 7, 1)
    november = RuleBook(overrides={"PP82_2019": date(2019, 11, 26)})
    assert quote(death=date(2019, 11, 28), rules=november).total == R(42_000_000)
    assert quote(death=date(2019, 11, 28)).rule_key == "PP44_2015"


def test_a_new_regulation_is_a_new_row():
    from dataclasses import replace

    newer = replace(PP82_2019, key="PP99_2027", short="PP 99/2027", effective_from=date(2026, 1, 1),
                    jkm_lump_sum=R(25_000_000))
    book = RuleBook(rules=(PP44_2015, PP82_2019, newer))
    assert quote(death=date(2026, 2, 1), rules=book).total == R(47_000_000)
    assert quote(death=date(2025, 12, 31), rules=book).total == R(42_000_000)


@pytest.mark.parametrize(("months", "eligible"), [(35, False), (36, True)])
def test_scholarship_after_a_non_work_death_needs_three_years_of_contributions(months, eligible):
    assert quote(months=months).scholarship.eligible is eligible


def test_a_work_related_death_opens_the_scholarship_with_no_minimum():
    ent = quote(cause="jkk", months=1, wage=2_500_000)
    assert ent.scholarship.eligible and ent.scholarship.max_children == 2
    assert ent.scholarship.max_per_child == R(87_000_000)  # 12 + 6 + 9 + 60 million


def test_no_minimum_membership_for_the_cash_benefit():
    assert quote(months=1, start=date(2024, 2, 28), death=date(2024, 3, 1)).total == R(42_000_000)


@pytest.mark.parametrize(("facts", "words"), [
    (dict(death=date(2026, 11, 21)), "in the future"),
    (dict(start=date(2024, 3, 2)), "before the membership started"),
    (dict(cause="jkk", wage=0), "reported monthly wage"),
    (dict(death=date(2015, 6, 30), months=10), "No benefit rule"),
    (dict(start=date(2023, 1, 1), months=30), "more than the 15 months"),
])
def test_facts_that_cannot_be_true_are_refused_with_the_reason(facts, words):
    with pytest.raises(UserError) as err:
        quote(**facts)
    assert words in str(err.value)


def test_the_legal_order_of_heirs():
    h = dom.HeirCandidate
    r = dom.Relationship
    proposal = dom.propose_heirs([h("mother", r.PARENT), h("wife", r.WIDOW), h("son", r.CHILD)])
    assert set(proposal.entitled) == {"wife", "son"} and proposal.rank == 1
    proposal = dom.propose_heirs([h("brother", r.SIBLING), h("mother", r.PARENT), h("in-law", r.PARENT_IN_LAW)])
    assert proposal.entitled == ("mother",) and proposal.rank == 2
    proposal = dom.propose_heirs([h("neighbour", r.FUNERAL_ARRANGER)])
    assert proposal.entitled == () and proposal.funeral_only == ("neighbour",) and proposal.to_fund
    assert dom.components_for_heir(r.FUNERAL_ARRANGER) == (dom.Component.FUNERAL,)


@pytest.mark.parametrize(("rupiah", "text"), [
    (3_400_000_000, "Rp3,4 miliar"), (467_500_000, "Rp467,5 juta"), (247_200_000, "Rp247,2 juta"),
    (42_000_000, "Rp42 juta"), (31_900_000_000, "Rp31,9 miliar"), (999_960_000, "Rp1 miliar"),
    (287_000_000_000, "Rp287 miliar"), (750_000, "Rp750.000"),
])
def test_amounts_as_branches_publish_them(rupiah, text):
    assert dom.format_rupiah_short(R(rupiah)) == text


def test_the_published_line():
    assert dom.publish_line("JKM", 76, R(3_400_000_000)) == "JKM 76 kasus Rp3,4 miliar"
    assert dom.publish_line("beasiswa", 133, R(467_500_000)) == "beasiswa 133 kasus Rp467,5 juta"
