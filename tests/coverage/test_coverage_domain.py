"""Contribution arithmetic (domain.md 4.1), coverage percentages with missing months, and the
branches' wording of coverage."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.coverage import (
    RATE_TABLE,
    BpuRates,
    Month,
    ProgrammeSet,
    WorkerGroup,
    contribution_for_months,
    monthly_contribution,
    parse_month,
    parse_worker_group,
    rates_on,
)
from desktop.domain.coverage_figures import (
    Figure,
    branch_series,
    branch_total,
    coverage_bp,
    history,
    latest_known,
)
from desktop.domain.coverage_words import (
    coverage_phrase,
    format_persen,
    format_ribu,
    sekitar,
)
from desktop.domain.money import Money
from desktop.errors import UserError

ON = date(2026, 11, 1)


def test_pekerja_rentan_package_is_16800_at_the_floor_income():
    c = monthly_contribution(Money.rupiah(1_000_000), ProgrammeSet.JKK_JKM, ON)
    assert (c.jkk, c.jkm, c.jht) == (Money.rupiah(10_000), Money.rupiah(6_800), Money.zero())
    assert c.total == Money.rupiah(16_800)


def test_three_programmes_at_the_floor_come_to_36800():
    c = monthly_contribution(Money.rupiah(1_000_000), ProgrammeSet.JKK_JKM_JHT, ON)
    assert c.jht == Money.rupiah(20_000)
    assert c.total == Money.rupiah(36_800)


@pytest.mark.parametrize(("income", "jkk"), [
    (2_000_000, 20_000),  # 1 %
    (20_700_000, 207_000),  # the top bracket
    (50_000_000, 207_000),  # above it: capped
    (600_000, 10_000),  # below the floor: the floor's Rp10.000
])
def test_jkk_is_one_percent_between_the_minimum_and_the_cap(income, jkk):
    assert monthly_contribution(Money.rupiah(income), ProgrammeSet.JKK_JKM, ON).jkk == Money.rupiah(jkk)


def test_income_above_the_top_bracket_is_counted_at_the_top_for_jht_too():
    c = monthly_contribution(Money.rupiah(50_000_000), ProgrammeSet.JKK_JKM_JHT, ON)
    assert c.basis == Money.rupiah(20_700_000)
    assert c.jht == Money.rupiah(414_000)


def test_contributions_are_exact_to_the_sen_with_halves_rounded_up():
    # 1 % of Rp1.234.567,50 is Rp12.345,675: half a sen, rounded up to Rp12.345,68
    c = monthly_contribution(Money(123_456_750), ProgrammeSet.JKK_JKM_JHT, ON)
    assert c.jkk == Money(1_234_568)
    assert c.jht == Money(2_469_135)
    assert c.total == Money(1_234_568 + 680_000 + 2_469_135)


def test_a_zero_income_is_refused():
    with pytest.raises(UserError):
        monthly_contribution(Money.zero(), ProgrammeSet.JKK_JKM, ON)


def test_rates_are_effective_dated_data():
    future = BpuRates(effective_from=date(2027, 1, 1), jkk_basis_points=100, jkk_min=Money.rupiah(10_000),
                      jkk_max=Money.rupiah(207_000), jkm_flat=Money.rupiah(7_500), jht_basis_points=200,
                      income_floor=Money.rupiah(1_000_000), income_ceiling=Money.rupiah(20_700_000), source="test")
    table = (*RATE_TABLE, future)
    assert rates_on(date(2026, 12, 31), table).jkm_flat == Money.rupiah(6_800)
    assert rates_on(date(2027, 1, 1), table) is future
    income = Money.rupiah(1_000_000)
    assert monthly_contribution(income, ProgrammeSet.JKK_JKM, date(2027, 2, 1), table).total == Money.rupiah(17_500)
    # a period across the change: each month at its own rate
    months = [Month(2026, 11), Month(2026, 12), Month(2027, 1)]
    assert contribution_for_months(income, ProgrammeSet.JKK_JKM, months, table) == Money.rupiah(16_800 * 2 + 17_500)
    with pytest.raises(UserError):
        rates_on(date(2015, 6, 30))


def test_months_and_groups_are_read_as_clerks_write_them():
    assert parse_month("Oktober 2026") == parse_month("10/2026") == parse_month("2026-10") == Month(2026, 10)
    assert parse_month("Okt 2026") == Month(2026, 10)
    assert parse_worker_group("Marbot Masjid") is WorkerGroup.MARBOT
    assert parse_worker_group("guru TPQ") is WorkerGroup.GURU_TPQ
    assert parse_worker_group("Data Dinas Sosial") is WorkerGroup.DINSOS
    with pytest.raises(UserError):
        parse_month("bulan depan")
    with pytest.raises(UserError):
        parse_worker_group("astronaut")


def _f(regency: str, year: int, month: int, population: int = 1000, covered: int = 300, bpu: int = 50,
       informal: int | None = 500, target: int | None = 3500) -> Figure:
    return Figure(regency, Month(year, month), population, covered - bpu - 10, bpu, 10, informal, target)


def test_coverage_is_truncated_so_a_target_is_never_shown_reached_too_early():
    assert coverage_bp(17_920, 352_284) == 508  # Blora, May 2022: "5,08 persen"
    assert coverage_bp(34_999, 100_000) == 3499
    assert coverage_bp(10, 0) is None and coverage_bp(10, None) is None


def test_a_month_without_data_is_unknown_not_zero():
    figures = [_f("A", 2026, 7), _f("A", 2026, 9, covered=320)]
    rows = history(figures, "A", Month(2026, 7), Month(2026, 10))
    assert [r.known for r in rows] == [True, False, True, False]
    assert rows[1].figure is None  # August: a gap, no zero figure invented


def test_the_current_figure_is_each_kabupatens_latest_known_month():
    figures = [_f("A", 2026, 9, population=1000, covered=300), _f("A", 2026, 10, population=1000, covered=310),
               _f("B", 2026, 8, population=3000, covered=900)]  # B has not reported since August
    assert latest_known(figures, "A").month == Month(2026, 10)
    assert latest_known(figures, "A", on_or_before=Month(2026, 9)).month == Month(2026, 9)
    total = branch_total(figures, ["A", "B", "C"])
    assert total.working_population == 4000 and total.covered == 1210
    assert total.coverage_bp == 3025
    assert total.missing == ("C",)
    assert not total.same_month and total.latest_month == Month(2026, 10)
    assert total.target_bp == 3500


def test_the_branch_series_has_a_gap_when_one_kabupaten_did_not_report():
    figures = [_f("A", 2026, m, bpu=40 + m) for m in (8, 9, 10)] + [_f("B", 2026, m, bpu=100) for m in (8, 10)]
    points = branch_series(figures, ["A", "B"], Month(2026, 8), Month(2026, 10))
    assert [p.value for p in points] == [148, None, 150]


def test_the_branches_wording():
    assert coverage_phrase(236_800, 738_412) == "32 persen dari potensi sekitar 740.000 pekerja"
    assert format_persen(coverage_bp(19_000, 219_000)) == "9 persen"  # Klaten: 8,67 % said "9 persen"
    assert format_persen(508, whole=False) == "5,08 persen"
    assert format_persen(3000, whole=False) == "30 persen"
    assert format_persen(1250, whole=False) == "12,5 persen"
    assert format_persen(None) == "belum ada data"
    assert sekitar(497_310) == "sekitar 500.000"
    assert format_ribu(19_240) == "19 ribu" and format_ribu(113_400) == "113 ribu"
    assert format_ribu(1_234_567) == "1,2 juta" and format_ribu(950) == "950"
