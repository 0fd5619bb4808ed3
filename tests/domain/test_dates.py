from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import dates
from desktop.domain.dates import (
    DAYS_ID,
    MONTHS_ID,
    TimeZone,
    add_months,
    age_on,
    check_not_future,
    format_date_id,
    format_date_long_id,
    format_month_id,
    format_timestamp_id,
    parse_date_id,
    roman_month,
)
from desktop.errors import UserError


def test_month_and_day_names():
    assert len(MONTHS_ID) == 12 and MONTHS_ID[0] == "Januari" and MONTHS_ID[11] == "Desember"
    assert MONTHS_ID[4] == "Mei" and MONTHS_ID[7] == "Agustus"
    assert DAYS_ID == ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def test_letter_date():
    assert format_date_id(date(2023, 12, 27)) == "27 Desember 2023"
    assert format_date_id(date(2024, 5, 1)) == "1 Mei 2024"  # no leading zero, no abbreviation


def test_long_date_has_the_right_weekday():
    assert format_date_long_id(date(2023, 12, 27)) == "Rabu, 27 Desember 2023"
    assert format_date_long_id(date(2025, 3, 28)) == "Jumat, 28 Maret 2025"
    assert format_date_long_id(date(2026, 11, 22)) == "Minggu, 22 November 2026"


def test_month_heading():
    assert format_month_id(2023, 12) == "Desember 2023"
    with pytest.raises(ValueError):
        format_month_id(2023, 13)


@pytest.mark.parametrize(
    ("month", "roman"),
    list(
        zip(
            range(1, 13),
            ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"],
            strict=True,
        )
    ),
)
def test_roman_month(month, roman):
    assert roman_month(month) == roman


@pytest.mark.parametrize("month", [0, 13, -1, True])
def test_roman_month_outside_range(month):
    with pytest.raises(ValueError):
        roman_month(month)


@pytest.mark.parametrize(
    "text",
    [
        "27 Desember 2023",
        "27 desember 2023",
        "  27   DESEMBER 2023 ",
        "27 Des 2023",
        "27 Des. 2023",
        "27/12/2023",
        "27-12-2023",
        "27.12.2023",
        "2023-12-27",
    ],
)
def test_parse_date_forms(text):
    assert parse_date_id(text) == date(2023, 12, 27)


def test_parse_date_old_spellings_and_single_digits():
    assert parse_date_id("1 Nopember 1990") == date(1990, 11, 1)
    assert parse_date_id("5/8/1968") == date(1968, 8, 5)
    assert parse_date_id("2024-2-29") == date(2024, 2, 29)


@pytest.mark.parametrize(
    "text",
    ["", "kemarin", "27 December 2023", "27/12/23", "2023/12/27", "12-27", "27-12/2023", "27 Desember"],
)
def test_parse_date_rejects_other_forms(text):
    with pytest.raises(UserError):
        parse_date_id(text)


@pytest.mark.parametrize("text", ["31/02/2023", "29 Februari 2023", "31-04-2024", "2023-13-01", "00/01/2024"])
def test_parse_date_rejects_impossible_dates(text):
    with pytest.raises(UserError) as caught:
        parse_date_id(text)
    assert text in str(caught.value)


@given(st.dates(min_value=date(1000, 1, 1)))
def test_letter_date_parses_back(d):
    assert parse_date_id(format_date_id(d)) == d


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(1985, 4, 12), date(2025, 4, 11), 39),
        (date(1985, 4, 12), date(2025, 4, 12), 40),
        (date(2003, 6, 1), date(2026, 5, 31), 22),  # beasiswa stops at 23
        (date(2003, 6, 1), date(2026, 6, 1), 23),
        (date(2000, 2, 29), date(2023, 2, 28), 22),
        (date(2000, 2, 29), date(2023, 3, 1), 23),
        (date(2020, 1, 1), date(2020, 1, 1), 0),
    ],
)
def test_age_on(birth, on, age):
    assert age_on(birth, on) == age


def test_age_before_birth_is_an_error():
    with pytest.raises(ValueError):
        age_on(date(2020, 1, 2), date(2020, 1, 1))


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2023, 11, 30), 3, date(2024, 2, 29)),
        (date(2024, 1, 15), -13, date(2022, 12, 15)),
        (date(2024, 1, 15), 24, date(2026, 1, 15)),
        (date(2024, 1, 15), 0, date(2024, 1, 15)),
    ],
)
def test_add_months_clamps_the_day(start, n, expected):
    assert add_months(start, n) == expected


def test_check_not_future():
    today = date(2026, 11, 20)
    check_not_future(today, today, "Date of death")  # today itself is allowed
    with pytest.raises(UserError) as caught:
        check_not_future(today + timedelta(days=1), today, "Date of death")
    assert str(caught.value) == "Date of death cannot be in the future (21 November 2026)."


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("WIB", "27 Desember 2023 14:05 WIB"),
        ("WITA", "27 Desember 2023 15:05 WITA"),
        ("wit", "27 Desember 2023 16:05 WIT"),
        (TimeZone.WIB, "27 Desember 2023 14:05 WIB"),
    ],
)
def test_timestamp_in_each_zone(zone, expected):
    assert format_timestamp_id(datetime(2023, 12, 27, 7, 5, tzinfo=UTC), zone) == expected


def test_timestamp_crosses_midnight_and_year():
    utc = datetime(2023, 12, 31, 20, 30, tzinfo=UTC)
    assert format_timestamp_id(utc, "WIB") == "1 Januari 2024 03:30 WIB"


def test_timestamp_naive_is_utc_and_other_offsets_are_converted():
    assert format_timestamp_id(datetime(2023, 12, 27, 7, 5), "WIB") == "27 Desember 2023 14:05 WIB"
    tokyo = datetime(2023, 12, 27, 16, 5, tzinfo=timezone(timedelta(hours=9)))
    assert format_timestamp_id(tokyo, "WIB") == "27 Desember 2023 14:05 WIB"


def test_unknown_zone():
    with pytest.raises(ValueError):
        format_timestamp_id(datetime(2023, 12, 27), "CET")


def test_zone_keys():
    assert TimeZone.WIB.value == "Asia/Jakarta"
    assert TimeZone.WITA.value == "Asia/Makassar"
    assert TimeZone.WIT.value == "Asia/Jayapura"


def test_fixed_offsets_match_the_time_zone_database(monkeypatch):
    utc = datetime(2024, 7, 1, 23, 59, tzinfo=UTC)
    with_database = [format_timestamp_id(utc, z) for z in TimeZone]

    def missing(key):
        raise dates.ZoneInfoNotFoundError(key)

    monkeypatch.setattr(dates, "ZoneInfo", missing)
    assert [format_timestamp_id(utc, z) for z in TimeZone] == with_database
