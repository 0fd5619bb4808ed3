"""Working days of the branch office, for deadlines such as the 10 working days of a Teguran.

A working day is Monday to Friday, except Indonesian public holidays (from the `holidays`
package, which follows the government's yearly SKB), the office's cuti bersama and any extra
closure the office records. Cuti bersama are passed in rather than taken from the package because
they bind civil servants; whether and which ones the branch observes is the office's decision
(`suggested_cuti_bersama` offers the government's list to prefill that setting).

Counting convention, used throughout: the start date itself is never counted. A deadline of
"10 working days from 27 March" is the 10th working day after 27 March.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

CUTI_BERSAMA_NAME = "Cuti bersama"
OFFICE_CLOSURE_NAME = "Libur kantor"

_ONE_DAY = timedelta(days=1)


def _public_holidays(year: int) -> dict[date, str]:
    # language="id" gives the Indonesian names ("Hari Raya Idul Fitri"); without it the package
    # may follow the process locale and print English names on a letter.
    import holidays  # a large package: loaded when a calendar is first needed, not at start-up

    return dict(holidays.country_holidays("ID", years=year, language="id"))


def suggested_cuti_bersama(year: int) -> dict[date, str]:
    """The government's cuti bersama for a year (SKB 3 Menteri), as known to `holidays`."""
    import holidays

    return dict(holidays.country_holidays("ID", years=year, language="id", categories=("government",)))


def _named_dates(dates: Iterable[date] | Mapping[date, str], default_name: str) -> dict[date, str]:
    # A mapping lets the office name its closures ("Cuti bersama Idul Fitri"); a plain list of
    # dates is enough otherwise.
    if isinstance(dates, Mapping):
        return {d: name or default_name for d, name in dates.items()}
    return dict.fromkeys(dates, default_name)


class WorkCalendar:
    """Which days the office works, and deadline arithmetic over them."""

    def __init__(
        self,
        cuti_bersama: Iterable[date] | Mapping[date, str] = (),
        extra_holidays: Iterable[date] | Mapping[date, str] = (),
    ) -> None:
        self._cuti_bersama = _named_dates(cuti_bersama, CUTI_BERSAMA_NAME)
        self._extra = _named_dates(extra_holidays, OFFICE_CLOSURE_NAME)
        # Building the package's holiday list for a year costs milliseconds (lunar calendar
        # computations); deadline loops ask for the same year hundreds of times.
        self._years: dict[int, dict[date, str]] = {}

    def _public(self, year: int) -> dict[date, str]:
        if year not in self._years:
            self._years[year] = _public_holidays(year)
        return self._years[year]

    def holiday_name(self, d: date) -> str | None:
        """The public holiday, cuti bersama or office closure on that day, else None.

        Weekends are not holidays and give None; a public holiday's own name wins over the
        office's cuti bersama when both fall on one day.
        """
        return self._public(d.year).get(d) or self._cuti_bersama.get(d) or self._extra.get(d)

    def is_working_day(self, d: date) -> bool:
        if d.weekday() >= 5:  # Saturday, Sunday
            return False
        return self.holiday_name(d) is None

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after d."""
        d += _ONE_DAY
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d

    def previous_working_day(self, d: date) -> date:
        """The last working day strictly before d."""
        d -= _ONE_DAY
        while not self.is_working_day(d):
            d -= _ONE_DAY
        return d

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after start (start itself is not counted).

        n = 0 gives start when it is a working day, otherwise the next working day (the day a
        matter dated on a holiday can first be handled). Negative n counts backwards: the n-th
        working day before start.
        """
        if n == 0:
            return start if self.is_working_day(start) else self.next_working_day(start)
        step = self.next_working_day if n > 0 else self.previous_working_day
        d = start
        for _ in range(abs(n)):
            d = step(d)
        return d

    def working_days_between(self, a: date, b: date) -> int:
        """Working days after a up to and including b; negative when b is before a.

        It is the inverse of `add_working_days`: for n >= 1,
        working_days_between(s, add_working_days(s, n)) == n. When b < a it is minus the
        working days from b up to but excluding a, which makes the same hold for negative n.
        """
        if b < a:
            return -sum(1 for d in _days(b, a) if self.is_working_day(d))
        return sum(1 for d in _days(a + _ONE_DAY, b + _ONE_DAY) if self.is_working_day(d))

    def working_days_in(self, first: date, last: date) -> list[date]:
        """The working days from first to last, both included (for reports and calendars)."""
        return [d for d in _days(first, last + _ONE_DAY) if self.is_working_day(d)]


def _days(first: date, stop: date) -> Iterable[date]:
    """first, first + 1 day, ... up to but excluding stop."""
    d = first
    while d < stop:
        yield d
        d += _ONE_DAY
