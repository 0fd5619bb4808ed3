"""Pure rules: the password rule, which backups the rotation keeps, and masking in logs."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop.domain.backups import backups_to_keep, backups_to_remove
from desktop.domain.security_masking import PersonalDataFilter, mask_personal_numbers
from desktop.domain.security_passwords import WeakPassword, check_password, password_problem


@pytest.mark.parametrize("password,username", [
    ("short", ""), ("123456789", ""), ("rina.wulandari", "rina.wulandari"), ("rina.wulandari1", "rina.wulandari"),
    ("aaaaaaaaaaaaaa", ""), ("ababababababab", ""), ("          ", ""),
])
def test_weak_passwords_are_refused_with_the_reason(password, username):
    with pytest.raises(WeakPassword):
        check_password(password, username)


@pytest.mark.parametrize("password", ["kopi tubruk pagi", "Purwokerto-2026", "correct horse battery", "ñandú-σοφία-42"])
def test_long_passwords_of_any_characters_are_accepted(password):
    assert password_problem(password, "rina") is None


def test_the_name_inside_a_long_sentence_is_fine():
    assert password_problem("rina suka kopi tubruk di pagi hari", "rina") is None


def _days(*offsets: float) -> list[datetime]:
    now = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    return [now - timedelta(days=d) for d in offsets]


def test_rotation_keeps_seven_days_four_weeks_twelve_months():
    now = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    # two backups a day (start and exit) for 500 days
    times = [now - timedelta(days=d, hours=h) for d in range(500) for h in (0, 8)]
    keep = backups_to_keep(times, UTC)
    days = {t.date() for t in keep}
    # the newest three, then one per day for the last 7 days
    assert sorted(keep, reverse=True)[:3] == sorted(times, reverse=True)[:3]
    for d in range(7):
        assert (now - timedelta(days=d)).date() in days
    weeks = {t.isocalendar()[:2] for t in keep}
    assert len(weeks) >= 4
    months = {(t.year, t.month) for t in keep}
    assert len(months) == 12
    assert min(keep) > now - timedelta(days=366)
    # per day only the newest is kept (beyond the newest three)
    older = [t for t in keep if t < now - timedelta(days=2)]
    assert len(older) == len({t.date() for t in older})
    assert len(keep) <= 3 + 7 + 4 + 12


def test_rotation_counts_days_that_have_backups_not_calendar_days():
    # a laptop off for a month still keeps its last seven days of work
    times = _days(0, 40, 41, 42, 43, 44, 45, 46, 47, 48)
    keep = backups_to_keep(times, UTC)
    assert set(_days(0, 40, 41, 42, 43, 44, 45)) <= keep


def test_rotation_uses_local_days():
    t1 = datetime(2026, 11, 19, 16, 30, tzinfo=UTC)  # 23:30 WIB on the 19th
    t2 = datetime(2026, 11, 19, 17, 30, tzinfo=UTC)  # 00:30 WIB on the 20th
    wib = timezone(timedelta(hours=7))
    assert backups_to_remove([t1, t2], wib, newest=0) == set()  # two different local days
    assert backups_to_remove([t1, t2], UTC, newest=0) == {t1}  # the same UTC day


def test_rotation_of_nothing_or_one():
    assert backups_to_keep([], UTC) == set()
    one = _days(3)
    assert backups_to_keep(one, UTC) == set(one)


@pytest.mark.parametrize("text,expected", [
    ("NIK 3302011204850003 ditolak", "NIK 3302**********03 ditolak"),
    ("nik=3302 0112 0485 0003.", "nik=3302**********03."),
    ("rekening 1234567890 BRI", "rekening ******7890 BRI"),
    ("akun 0012345678901234567", "akun ***************4567"),
])
def test_numbers_that_may_be_personal_are_masked(text, expected):
    assert mask_personal_numbers(text) == expected


@pytest.mark.parametrize("text", [
    "2026-11-20 10:15:01,123 INFO backup saved cabang-20261120-101501-123456-auto-start.sqlite",
    "imported 1500 rows in 12.5 s; 3 errors", "schema 0006_coverage", "Rp1.500.000",
])
def test_ordinary_log_lines_pass_unchanged(text):
    assert mask_personal_numbers(text) == text


def test_the_program_log_never_holds_a_nik(paths, tmp_path):
    from desktop.ui.app import setup_logging

    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging(paths)
        log = logging.getLogger("cabang.test")
        log.warning("heir %s account %s", "3302011204850003", "0123456789012")
        try:
            raise ValueError("NIK 3302015507900001 is not valid")
        except ValueError:
            log.exception("import failed")
        for h in root.handlers:
            h.flush()
        text = (paths.logs / "cabang.log").read_text(encoding="utf-8")
    finally:
        for h in list(root.handlers):
            if h not in before:
                root.removeHandler(h)
                h.close()
    assert "3302011204850003" not in text and "0123456789012" not in text and "3302015507900001" not in text
    assert "3302**********03" in text and "*********9012" in text and "3302**********01" in text


def test_the_filter_keeps_records_it_masks():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "nik %s", ("3302011204850003",), None)
    assert PersonalDataFilter().filter(record) is True
    assert record.getMessage() == "nik 3302**********03"
