"""Warning deadlines across Lebaran: ten working days skip the public holidays (Idul Fitri 1446 H on
31 March and 1 April 2025, Idul Fitri 1447 H on 21-22 March 2026, Nyepi, Good Friday) and the
office's cuti bersama; the letter states the deadline and Teguran II waits for the day after."""

from __future__ import annotations

from datetime import date

import holidays
import pytest

from desktop.domain import compliance as rules
from desktop.domain.workdays import WorkCalendar, suggested_cuti_bersama
from desktop.errors import UserError


def test_the_holiday_calendar_has_the_real_lebaran_dates():
    id2025 = holidays.country_holidays("ID", years=2025, language="id")
    assert {d for d, n in id2025.items() if "Idul Fitri" in n} == {date(2025, 3, 31), date(2025, 4, 1)}
    assert date(2025, 3, 29) in id2025 and date(2025, 4, 18) in id2025  # Nyepi, Wafat Yesus Kristus
    cuti2025 = suggested_cuti_bersama(2025)
    assert {d for d, n in cuti2025.items() if "Idul Fitri" in n} == {date(2025, 4, 2), date(2025, 4, 3),
                                                                      date(2025, 4, 4), date(2025, 4, 7)}
    id2026 = holidays.country_holidays("ID", years=2026, language="id")
    assert {d for d, n in id2026.items() if "Idul Fitri" in n} == {date(2026, 3, 21), date(2026, 3, 22)}
    assert {d for d, n in suggested_cuti_bersama(2026).items() if "Idul Fitri" in n} == {
        date(2026, 3, 20), date(2026, 3, 23), date(2026, 3, 24)}


def test_a_warning_before_lebaran_2025_runs_past_the_holidays():
    with_cuti = WorkCalendar(cuti_bersama=suggested_cuti_bersama(2025))
    # Thursday 27 March 2025: 28 March cuti Nyepi, 31 March-1 April Idul Fitri, 2-4 and 7 April cuti
    # bersama, 18 April Good Friday: the tenth working day is Tuesday 22 April.
    assert rules.warning_due(date(2025, 3, 27), with_cuti, 10) == date(2025, 4, 22)
    assert rules.escalate_from(date(2025, 3, 27), with_cuti, 10) == date(2025, 4, 23)
    # An office that does not observe the cuti bersama works 28 March and 2-7 April.
    assert rules.warning_due(date(2025, 3, 27), WorkCalendar(), 10) == date(2025, 4, 14)


def test_a_warning_over_lebaran_2026():
    cal = WorkCalendar(cuti_bersama=suggested_cuti_bersama(2026))
    # Monday 16 March 2026: 17 March works; 18 cuti Nyepi, 19 Nyepi, 20 cuti, 21-22 Idul Fitri, 23-24 cuti;
    # 3 April Good Friday: the tenth working day is Tuesday 7 April.
    assert rules.warning_due(date(2026, 3, 16), cal, 10) == date(2026, 4, 7)
    assert rules.escalate_from(date(2026, 3, 16), cal, 10) == date(2026, 4, 8)


@pytest.fixture
def lebaran_office(office):
    for day, name in suggested_cuti_bersama(2025).items():
        if day not in {d for d, _ in office.settings.office_holidays()}:
            office.settings.add_office_holiday(day, name)
    return office


def test_teguran_1_before_lebaran_2025_states_its_deadline_and_holds_teguran_2(lebaran_office, helpers):
    comp = lebaran_office.compliance
    case = helpers.case(lebaran_office, opened=date(2025, 3, 3))
    visited, _ = comp.move(case.id, case.version, "visited", on=date(2025, 3, 20))
    moved, _ = comp.move(case.id, visited.case.version, "teguran_1", on=date(2025, 3, 27))
    assert moved.case.due_date == date(2025, 4, 22) and moved.case.escalate_from == date(2025, 4, 23)
    fields = lebaran_office.letters.letter_fields(moved.letter.id)
    assert fields["batas_waktu"] == "2025-04-22" and fields["jangka_waktu"] == 10
    check = comp.check_move(case.id, "teguran_2", on=date(2025, 4, 22))
    assert not check.allowed and check.may_from == date(2025, 4, 23)
    with pytest.raises(UserError) as refused:
        comp.move(case.id, moved.case.version, "teguran_2", on=date(2025, 4, 22))
    assert "It may be issued from 23 April 2025." in str(refused.value)
    second, _ = comp.move(case.id, moved.case.version, "teguran_2", on=date(2025, 4, 23))
    # Teguran II of Wednesday 23 April 2025 runs to Thursday 8 May 2025 (1 May is Hari Buruh).
    assert second.case.due_date == date(2025, 5, 8)
    assert lebaran_office.letters.letter_fields(second.letter.id)["nomor_teguran_1"] == moved.letter.number


def test_the_warning_period_is_a_setting(office, helpers):
    office.settings.set("compliance.warning_working_days", 5)
    case = helpers.teguran_1(office, date(2026, 10, 8))
    assert case.due_date == date(2026, 10, 15)  # Thursday + 5 working days
    assert office.compliance.check_move(case.id, "teguran_2", on=date(2026, 10, 16)).allowed
