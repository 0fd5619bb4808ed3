from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.money import Money
from desktop.errors import UserError

amounts = st.builds(Money, st.integers(min_value=-(10**16), max_value=10**16))


@pytest.mark.parametrize(
    ("text", "sen"),
    [
        ("Rp1.500.000,00", 150_000_000),
        ("Rp 1.500.000", 150_000_000),
        ("Rp. 1.500.000", 150_000_000),
        ("rp1.500.000", 150_000_000),
        ("1.500.000", 150_000_000),
        ("1500000", 150_000_000),
        ("1500000,5", 150_000_050),
        ("1.500.000,05", 150_000_005),
        ("Rp1.500.000,-", 150_000_000),
        ("-Rp2.000", -200_000),
        ("Rp-2.000", -200_000),
        ("  Rp42.000.000,00  ", 4_200_000_000),
        ("Rp304.256.414.524,88", 30_425_641_452_488),
        ("0", 0),
        ("Rp0,01", 1),
    ],
)
def test_parse_accepts_indonesian_input(text, sen):
    assert Money.parse(text) == Money(sen)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "Rp",
        "1.5",
        "1.50.000",
        "1,5,0",
        "--5",
        "-Rp-5",
        "1.500.000.00",
        "Rp1 500 000",
        "1e6",
    ],
)
def test_parse_rejects_garbage_with_user_error(text):
    with pytest.raises(UserError):
        Money.parse(text)


def test_parse_names_the_input_in_its_message():
    with pytest.raises(UserError) as caught:
        Money.parse("lima ribu")
    assert "lima ribu" in str(caught.value)


def test_parse_rejects_more_than_two_decimals_and_says_how_many():
    with pytest.raises(UserError) as caught:
        Money.parse("Rp1.500.000,505")
    assert caught.value.params["count"] == 3
    assert "at most 2 digits" in str(caught.value)


@pytest.mark.parametrize("bad", [1.5, True, Decimal("1"), "100", None])
def test_constructor_refuses_anything_but_int(bad):
    with pytest.raises(TypeError):
        Money(bad)


def test_rupiah_and_zero():
    assert Money.rupiah(1_500_000) == Money(150_000_000)
    assert Money.zero() == Money(0)
    with pytest.raises(TypeError):
        Money.rupiah(1.5)


def test_meterai_threshold_comparisons():
    # Bea meterai is due only for amounts strictly above Rp5.000.000 (UU 10/2020 Pasal 3).
    threshold = Money.rupiah(5_000_000)
    assert Money.rupiah(5_000_001) > threshold
    assert not Money.rupiah(5_000_000) > threshold
    assert Money.parse("Rp5.000.000,01") > threshold
    assert Money.rupiah(4_999_999) < threshold <= Money.rupiah(5_000_000)
    assert max(Money.rupiah(5_000_000), Money.rupiah(5_000_001)) == Money.rupiah(5_000_001)


def test_jkm_total_adds_up():
    parts = [Money.rupiah(20_000_000), Money.rupiah(500_000) * 24, Money.rupiah(10_000_000)]
    assert sum(parts) == Money.rupiah(42_000_000)
    assert sum(parts, Money.zero()).format_document() == "Rp42.000.000,00"


def test_jkk_death_is_48_times_wage():
    wage = Money.rupiah(4_500_000)
    assert wage * 48 == Money.rupiah(216_000_000)
    assert 48 * wage == wage * 48


def test_arithmetic():
    a, b = Money.rupiah(3_000), Money.parse("1.000,50")
    assert a + b == Money(400_050)
    assert a - b == Money(199_950)
    assert -a == Money(-300_000)
    assert abs(-a) == a
    assert Money(1000) // 3 == Money(333)


@pytest.mark.parametrize(
    "operation",
    [
        lambda m: m * 1.5,
        lambda m: m * m,
        lambda m: m * True,
        lambda m: m + 5,
        lambda m: 5 + m,
        lambda m: m - 5,
        lambda m: m < 5,
        lambda m: m // 1.5,
    ],
)
def test_mixing_money_with_plain_numbers_is_a_type_error(operation):
    with pytest.raises(TypeError):
        operation(Money.rupiah(10))


def test_bool():
    assert not Money.zero()
    assert Money(1)
    assert Money(-1)


def test_parts_of_negative_amount():
    m = Money(-150)
    assert (m.rupiah_part, m.sen_part) == (-1, 50)
    assert (Money(123_456).rupiah_part, Money(123_456).sen_part) == (1234, 56)


@pytest.mark.parametrize(
    ("sen", "table", "document"),
    [
        (150_000_000, "Rp1.500.000", "Rp1.500.000,00"),
        (150_000_050, "Rp1.500.000,50", "Rp1.500.000,50"),
        (150_000_005, "Rp1.500.000,05", "Rp1.500.000,05"),
        (-150_000_000, "-Rp1.500.000", "-Rp1.500.000,00"),
        (-5, "-Rp0,05", "-Rp0,05"),
        (0, "Rp0", "Rp0,00"),
        (99_900, "Rp999", "Rp999,00"),
        (100_000, "Rp1.000", "Rp1.000,00"),
        (30_425_641_452_488, "Rp304.256.414.524,88", "Rp304.256.414.524,88"),
    ],
)
def test_formatting(sen, table, document):
    assert Money(sen).format_table() == table
    assert Money(sen).format_document() == document


def test_str_is_the_table_format():
    assert f"{Money.rupiah(2_000)}" == "Rp2.000"


@pytest.mark.parametrize(
    ("value", "sen"),
    [
        (Decimal("1500000"), 150_000_000),
        (Decimal("1.005"), 101),
        (Decimal("1.004"), 100),
        (Decimal("-1.005"), -101),
        (Decimal("1500000.50"), 150_000_050),
    ],
)
def test_from_decimal_rounds_half_up(value, sen):
    assert Money.from_decimal(value) == Money(sen)


def test_from_decimal_refuses_float_and_nan():
    with pytest.raises(TypeError):
        Money.from_decimal(1.5)
    with pytest.raises(ValueError):
        Money.from_decimal(Decimal("NaN"))


def test_to_decimal_is_exact():
    assert Money(150_000_050).to_decimal() == Decimal("1500000.50")
    assert Money.from_decimal(Money(-7).to_decimal()) == Money(-7)


def test_bpu_jkk_is_one_percent_of_income():
    assert Money.rupiah(1_000_000).multiply_ratio(1, 100) == Money.rupiah(10_000)
    assert Money.rupiah(1_234_567).multiply_ratio(1, 100) == Money.parse("12.345,67")
    assert Money.rupiah(5_000_000).apply_rate(24) == Money.rupiah(12_000)  # 0,24 %


def test_multiply_ratio_rounds_half_up_to_the_sen():
    assert Money(50).multiply_ratio(1, 100) == Money(1)  # 0,5 sen -> 1 sen
    assert Money(49).multiply_ratio(1, 100) == Money(0)
    assert Money(-50).multiply_ratio(1, 100) == Money(-1)  # away from zero, like Decimal
    assert Money(1).multiply_ratio(2, 3) == Money(1)
    with pytest.raises(ZeroDivisionError):
        Money(1).multiply_ratio(1, 0)
    with pytest.raises(TypeError):
        Money(1).multiply_ratio(0.01, 1)


def test_money_is_hashable_and_immutable():
    assert len({Money(1), Money(1), Money(2)}) == 2
    with pytest.raises(AttributeError):
        Money(1).sen = 2


@given(amounts)
def test_document_format_parses_back(m):
    assert Money.parse(m.format_document()) == m


@given(amounts)
def test_table_format_parses_back(m):
    assert Money.parse(m.format_table()) == m


@given(amounts, amounts)
def test_order_follows_sen(a, b):
    assert (a < b) == (a.sen < b.sen)
    assert (a + b) - b == a


@given(amounts, st.integers(min_value=1, max_value=10_000), st.integers(min_value=1, max_value=10_000))
def test_multiply_ratio_matches_decimal_rounding(m, num, den):
    expected = Money.from_decimal(m.to_decimal() * num / den)
    # Decimal division has 28 significant digits, plenty for these magnitudes.
    assert m.multiply_ratio(num, den) == expected
