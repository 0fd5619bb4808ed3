"""Working-day deadlines over real Lebaran periods.

Public holidays come from the `holidays` package; the cuti bersama below are the government's
(SKB 3 Menteri) for each year, which an office that follows them would enter in its settings.
"""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import workdays
from desktop.domain.workdays import WorkCalendar, suggested_cuti_bersama

CUTI_BERSAMA_2024 = [date(2024, 4, 8), date(2024, 4, 9), date(2024, 4, 12), date(2024, 4, 15)]
CUTI_BERSAMA_2025 = [
    date(2025, 3, 28),
    date(2025, 4, 2),
    date(2025, 4, 3),
    date(2025, 4, 4),
    date(2025, 4, 7),
]
CUTI_BERSAMA_2026 = [date(2026, 3, 18), date(2026, 3, 20), date(2026, 3, 23), date(2026, 3, 24)]

PUBLIC_ONLY = WorkCalendar()
OFFICE = WorkCalendar(cuti_bersama=CUTI_BERSAMA_2024 + CUTI_BERSAMA_2025 + CUTI_BERSAMA_2026)


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2024, 4, 10), "Hari Raya Idul Fitri"),
        (date(2024, 4, 11), "Hari kedua dari Hari Raya Idul Fitri"),
        (date(2025, 3, 31), "Hari Raya Idul Fitri"),
        (date(2025, 4, 1), "Hari kedua dari Hari Raya Idul Fitri"),
        (date(2025, 4, 18), "Wafat Yesus Kristus"),
        (date(2025, 8, 17), "Hari Kemerdekaan Republik Indonesia"),
        (date(2026, 3, 21), "Hari Raya Idul Fitri"),
        (date(2026, 3, 19), "Hari Suci Nyepi"),
    ],
)
def test_public_holidays_have_indonesian_names(day, name):
    assert PUBLIC_ONLY.holiday_name(day) == name
    assert not PUBLIC_ONLY.is_working_day(day)


def test_weekends_and_ordinary_days():
    assert not PUBLIC_ONLY.is_working_day(date(2025, 3, 22))  # Saturday
    assert not PUBLIC_ONLY.is_working_day(date(2025, 3, 23))  # Sunday
    assert PUBLIC_ONLY.holiday_name(date(2025, 3, 22)) is None  # a weekend is not a holiday
    assert PUBLIC_ONLY.is_working_day(date(2025, 3, 27))  # Thursday


def test_cuti_bersama_only_when_the_office_observes_it():
    assert PUBLIC_ONLY.is_working_day(date(2025, 4, 2))
    assert not OFFICE.is_working_day(date(2025, 4, 2))
    assert OFFICE.holiday_name(date(2025, 4, 2)) == "Cuti bersama"
    # A public holiday keeps its own name even if the office also lists the day.
    both = WorkCalendar(cuti_bersama=[date(2025, 3, 31)])
    assert both.holiday_name(date(2025, 3, 31)) == "Hari Raya Idul Fitri"


def test_government_cuti_bersama_suggestion():
    suggested = suggested_cuti_bersama(2025)
    lebaran = {d for d, name in suggested.items() if "Idul Fitri" in name}
    assert lebaran == {date(2025, 4, 2), date(2025, 4, 3), date(2025, 4, 4), date(2025, 4, 7)}
    assert set(CUTI_BERSAMA_2025) <= set(suggested)
    assert set(CUTI_BERSAMA_2024) <= set(suggested_cuti_bersama(2024))
    assert set(CUTI_BERSAMA_2026) <= set(suggested_cuti_bersama(2026))


def test_teguran_deadline_across_lebaran_2025():
    # Start Thu 27 Mar; skip 28 Mar (cuti), 29-30 (weekend), 31 Mar-1 Apr (Idul Fitri),
    # 2-4 Apr (cuti), 5-6 (weekend), 7 Apr (cuti); then 8,9,10,11,14,15,16,17 Apr,
    # 18 Apr is Good Friday, then 21 and 22 Apr.
    assert OFFICE.add_working_days(date(2025, 3, 27), 10) == date(2025, 4, 22)
    assert OFFICE.add_working_days(date(2025, 3, 27), 1) == date(2025, 4, 8)


def test_same_deadline_without_cuti_bersama():
    # Only Idul Fitri itself is skipped: 28 Mar, 2, 3, 4, 7, 8, 9, 10, 11, 14 Apr.
    assert PUBLIC_ONLY.add_working_days(date(2025, 3, 27), 10) == date(2025, 4, 14)


def test_teguran_deadline_across_lebaran_2024():
    # Fri 5 Apr 2024; 8-9 cuti, 10-11 Idul Fitri, 12 cuti, weekend, 15 cuti -> 16 Apr is day 1.
    assert OFFICE.add_working_days(date(2024, 4, 5), 1) == date(2024, 4, 16)
    assert OFFICE.add_working_days(date(2024, 4, 5), 10) == date(2024, 4, 29)


def test_teguran_deadline_across_lebaran_2026():
    # Tue 17 Mar 2026; 18 cuti, 19 Nyepi, 20 cuti, 21-22 Idul Fitri (weekend), 23-24 cuti.
    assert OFFICE.add_working_days(date(2026, 3, 17), 1) == date(2026, 3, 25)
    assert OFFICE.working_days_between(date(2026, 3, 17), date(2026, 3, 31)) == 5


def test_zero_days_convention():
    assert OFFICE.add_working_days(date(2025, 3, 27), 0) == date(2025, 3, 27)
    assert OFFICE.add_working_days(date(2025, 3, 31), 0) == date(2025, 4, 8)  # a holiday
    assert OFFICE.add_working_days(date(2025, 3, 29), 0) == date(2025, 4, 8)  # a Saturday


def test_counting_backwards():
    assert OFFICE.add_working_days(date(2025, 4, 8), -1) == date(2025, 3, 27)
    # Ten working days before the deadline is the day the letter was sent: the count is symmetric.
    assert OFFICE.add_working_days(date(2025, 4, 22), -10) == date(2025, 3, 27)
    assert OFFICE.add_working_days(date(2025, 4, 22), -9) == date(2025, 4, 8)
    assert OFFICE.working_days_between(date(2025, 4, 22), date(2025, 3, 27)) == -10


def test_next_and_previous_working_day():
    assert PUBLIC_ONLY.next_working_day(date(2025, 3, 21)) == date(2025, 3, 24)  # Fri -> Mon
    assert PUBLIC_ONLY.next_working_day(date(2025, 3, 24)) == date(2025, 3, 25)
    assert OFFICE.previous_working_day(date(2025, 4, 8)) == date(2025, 3, 27)


def test_working_days_between():
    assert OFFICE.working_days_between(date(2025, 3, 27), date(2025, 4, 22)) == 10
    assert OFFICE.working_days_between(date(2025, 3, 27), date(2025, 3, 27)) == 0
    # Only the end day counts, not the start: Mon -> Fri is 4.
    assert PUBLIC_ONLY.working_days_between(date(2025, 3, 24), date(2025, 3, 28)) == 4


def test_working_days_in_a_month():
    april_2025 = OFFICE.working_days_in(date(2025, 4, 1), date(2025, 4, 30))
    assert len(april_2025) == 16
    assert april_2025[0] == date(2025, 4, 8)
    assert date(2025, 4, 18) not in april_2025


def test_extra_closures_with_and_without_names():
    plain = WorkCalendar(extra_holidays=[date(2025, 5, 2)])
    assert plain.holiday_name(date(2025, 5, 2)) == "Libur kantor"
    named = WorkCalendar(extra_holidays={date(2025, 5, 2): "Renovasi kantor"})
    assert named.holiday_name(date(2025, 5, 2)) == "Renovasi kantor"
    assert not named.is_working_day(date(2025, 5, 2))
    assert named.add_working_days(date(2025, 4, 30), 1) == date(2025, 5, 5)  # 1 May is Labour Day


def test_holiday_years_are_computed_once(monkeypatch):
    calls = []
    real = workdays._public_holidays

    def counting(year):
        calls.append(year)
        return real(year)

    monkeypatch.setattr(workdays, "_public_holidays", counting)
    calendar = WorkCalendar()
    calendar.working_days_between(date(2025, 1, 1), date(2026, 12, 31))
    assert sorted(calls) == [2025, 2026]


starts = st.dates(min_value=date(2023, 1, 1), max_value=date(2027, 12, 31))


@given(starts, st.integers(min_value=-40, max_value=40))
def test_result_is_always_a_working_day(start, n):
    assert OFFICE.is_working_day(OFFICE.add_working_days(start, n))


@given(starts, st.integers(min_value=1, max_value=40))
def test_between_inverts_add(start, n):
    end = OFFICE.add_working_days(start, n)
    assert end > start
    assert OFFICE.working_days_between(start, end) == n
    assert OFFICE.working_days_between(start, end - timedelta(days=1)) == n - 1
    assert OFFICE.working_days_between(start, OFFICE.add_working_days(start, -n)) == -n
