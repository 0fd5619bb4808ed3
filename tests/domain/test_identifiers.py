from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.identifiers import (
    PROVINCE_CODES,
    InvalidIdentifier,
    Npwp,
    format_npwp15,
    format_npwp16,
    is_valid_nik,
    mask_account,
    mask_nik,
    parse_kpj,
    parse_nik,
    parse_npp,
    parse_npwp,
)
from desktop.errors import UserError

TODAY = date(2026, 11, 20)


# -- NIK -----------------------------------------------------------------------------------------


def test_woman_born_12_april_1985():
    info = parse_nik("3302015204850003", today=TODAY)
    assert info.sex == "P"
    assert info.birth_date == date(1985, 4, 12)
    assert (info.province_code, info.province) == ("33", "Jawa Tengah")
    assert (info.regency_code, info.district_code, info.serial) == ("3302", "330201", "0003")
    assert info.nik == "3302015204850003"


def test_man_born_12_april_1985_in_jakarta():
    info = parse_nik("3171011204850001", today=TODAY)
    assert (info.sex, info.birth_date, info.province) == ("L", date(1985, 4, 12), "DKI Jakarta")


def test_published_example_nik():
    # 35 15 14 450868 0002: Jawa Timur, a woman born 5 August 1968 (reference 9.1).
    info = parse_nik("3515144508680002", today=TODAY)
    assert (info.province, info.sex, info.birth_date) == ("Jawa Timur", "P", date(1968, 8, 5))


@pytest.mark.parametrize("text", ["3302 0152 0485 0003", "33.02.01.520485.0003", " 3302015204850003 "])
def test_nik_separators_are_ignored(text):
    assert parse_nik(text, today=TODAY).nik == "3302015204850003"


def test_day_41_and_71_are_womens_days():
    assert parse_nik("3302014101900001", today=TODAY).birth_date == date(1990, 1, 1)
    assert parse_nik("3302017101900001", today=TODAY).birth_date == date(1990, 1, 31)


def test_two_digit_year_never_gives_a_future_birth():
    # Read on 20 Nov 2026, "01 12 26" cannot be next month: it is 1 December 1926.
    assert parse_nik("3302010112260001", today=TODAY).birth_date == date(1926, 12, 1)
    # Born today is possible (a newborn's NIK), and so is this year earlier on.
    assert parse_nik("3302012011260001", today=TODAY).birth_date == date(2026, 11, 20)
    assert parse_nik("3302010101260001", today=TODAY).birth_date == date(2026, 1, 1)
    assert parse_nik("3302010101990001", today=TODAY).birth_date == date(1999, 1, 1)


def test_leap_day():
    assert parse_nik("3302012902000001", today=TODAY).birth_date == date(2000, 2, 29)
    with pytest.raises(InvalidIdentifier, match="not a real date"):
        parse_nik("3302012902010001", today=TODAY)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("330201520485000", "16 digits; 15 were entered"),
        ("33020152048500031", "16 digits; 17 were entered"),
        ("", "16 digits; 0 were entered"),
        ("33020152O4850003", "only digits"),
        ("9902015204850003", "(99) are not a province code"),
        ("0002015204850003", "(00) are not a province code"),
        ("3300015204850003", "positions 3\u20134"),
        ("3302005204850003", "positions 5\u20136"),
        ("3302010004850003", "it is 00"),
        ("3302013204850003", "it is 32"),
        ("3302014004850003", "it is 40"),
        ("3302017204850003", "it is 72"),
        ("3302011213850003", "month of birth) must be 01\u201312; it is 13"),
        ("3302011200850003", "it is 00"),
        ("3302013104850003", "31-04-1985, which is not a real date"),
        ("3302011204850000", "cannot be 0000"),
    ],
)
def test_invalid_nik_says_what_is_wrong(text, fragment):
    with pytest.raises(InvalidIdentifier) as caught:
        parse_nik(text, today=TODAY)
    assert fragment in str(caught.value)
    assert not is_valid_nik(text, today=TODAY)


def test_each_nik_problem_has_its_own_message():
    bad = [
        "123",
        "33020152O4850003",
        "9902015204850003",
        "3300015204850003",
        "3302005204850003",
        "3302017204850003",
        "3302011213850003",
        "3302013104850003",
        "3302011204850000",
    ]
    templates = set()
    for text in bad:
        with pytest.raises(InvalidIdentifier) as caught:
            parse_nik(text, today=TODAY)
        templates.add(caught.value.message)
    assert len(templates) == len(bad)


def test_is_valid_nik():
    assert is_valid_nik("3302015204850003")
    assert not is_valid_nik("3302015204850000")


def test_invalid_identifier_is_a_user_error():
    assert issubclass(InvalidIdentifier, UserError)


def test_mask_nik():
    assert mask_nik("3302011204850003") == "3302**********03"
    assert mask_nik("3302 0112 0485 0003") == "3302**********03"
    assert mask_nik("123") == "***"


def test_province_codes():
    assert len(PROVINCE_CODES) == 38
    assert PROVINCE_CODES["11"] == "Aceh"
    assert PROVINCE_CODES["31"] == "DKI Jakarta"
    assert PROVINCE_CODES["34"] == "DI Yogyakarta"
    assert PROVINCE_CODES["91"] == "Papua" and PROVINCE_CODES["96"] == "Papua Barat Daya"
    assert all(len(code) == 2 and code.isdigit() for code in PROVINCE_CODES)


# -- NPWP ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["01.234.567.8-901.000", "012345678901000", "01 234 567 8 901 000"])
def test_legacy_npwp(text):
    npwp = parse_npwp(text)
    assert npwp == Npwp(digits16="0012345678901000", digits15="012345678901000")
    assert npwp.display() == "0012 3456 7890 1000"
    assert format_npwp15(npwp.digits15) == "01.234.567.8-901.000"


def test_sixteen_digit_npwp_from_legacy_keeps_the_old_number():
    npwp = parse_npwp("0012 3456 7890 1000")
    assert npwp.digits15 == "012345678901000"


def test_nik_as_npwp_has_no_legacy_form():
    npwp = parse_npwp("3302015204850003")
    assert npwp == Npwp(digits16="3302015204850003", digits15=None)
    assert npwp.display() == "3302 0152 0485 0003"


@pytest.mark.parametrize(("text", "count"), [("01234567890100", 14), ("00123456789010001", 17), ("", 0)])
def test_npwp_wrong_length(text, count):
    with pytest.raises(InvalidIdentifier) as caught:
        parse_npwp(text)
    assert caught.value.params["count"] == count
    assert "15 digits" in str(caught.value)


def test_npwp_letters_rejected():
    with pytest.raises(InvalidIdentifier, match="only digits"):
        parse_npwp("01.234.567.8-901.00A")


def test_npwp_formatters_check_length():
    with pytest.raises(ValueError):
        format_npwp15("0123")
    with pytest.raises(ValueError):
        format_npwp16("012345678901000")


@given(st.text(alphabet="0123456789", min_size=15, max_size=15))
def test_npwp15_round_trips_through_both_forms(d15):
    npwp = parse_npwp(format_npwp15(d15))
    assert npwp.digits15 == d15 and npwp.digits16 == "0" + d15
    assert parse_npwp(npwp.display()) == npwp


# -- KPJ, NPP, accounts ---------------------------------------------------------------------------


def test_kpj():
    assert parse_kpj("12345678901") == "12345678901"
    assert parse_kpj("123 4567 8901") == "12345678901"


@pytest.mark.parametrize(("text", "count"), [("1234567890", 10), ("123456789012", 12)])
def test_kpj_wrong_length(text, count):
    with pytest.raises(InvalidIdentifier) as caught:
        parse_kpj(text)
    assert str(caught.value) == f"KPJ number must have exactly 11 digits; {count} were entered."


def test_kpj_letters():
    with pytest.raises(InvalidIdentifier, match="only digits"):
        parse_kpj("1234567890X")


def test_npp():
    assert parse_npp("17081342") == "17081342"
    assert parse_npp(" ab-12.34 ") == "AB1234"
    assert parse_npp("A" * 20) == "A" * 20


@pytest.mark.parametrize(
    ("text", "fragment"), [("", "Enter the NPP"), ("A" * 21, "at most 20"), ("AB/12", "\u201c/\u201d")]
)
def test_npp_rejected(text, fragment):
    with pytest.raises(InvalidIdentifier) as caught:
        parse_npp(text)
    assert fragment in str(caught.value)


def test_mask_account():
    assert mask_account("1234567890") == "\u2022" * 6 + "7890"
    assert mask_account("123-456-7890") == "\u2022" * 6 + "7890"
    assert mask_account("123") == "\u2022" * 3
