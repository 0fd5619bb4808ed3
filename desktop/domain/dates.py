"""Indonesian dates as written in letters and receipts, and the three Indonesian time zones.

Official letters write the day in digits, the month name in full and a four-digit year:
"27 Desember 2023" (reference section 7.3). Letter numbers use Roman months ("XII"). Month names
are spelled here rather than taken from the operating system's locale, because a Windows PC set
to English would otherwise print "December" on an Indonesian letter.
"""

from __future__ import annotations

import calendar
import enum
import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.errors import QT_TRANSLATE_NOOP, UserError

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip

# Indexed by date.weekday(): Monday is 0.
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# Month names a clerk may type: the full name, the usual abbreviations, and "Nopember"/"Pebruari"
# which still appear in older documents.
_MONTH_LOOKUP: dict[str, int] = {name.lower(): i for i, name in enumerate(MONTHS_ID, start=1)}
_MONTH_LOOKUP.update(
    {
        "jan": 1, "feb": 2, "peb": 2, "pebruari": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
        "agu": 8, "agt": 8, "ags": 8, "agus": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11,
        "nop": 11, "nopember": 11, "des": 12,
    }
)  # fmt: skip

_WORDS_RE = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$")
_DMY_RE = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")
_ISO_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def format_date_id(d: date) -> str:
    """27 Desember 2023"""
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"


def format_date_long_id(d: date) -> str:
    """Rabu, 27 Desember 2023"""
    return f"{DAYS_ID[d.weekday()]}, {format_date_id(d)}"


def format_month_id(year: int, month: int) -> str:
    """Desember 2023 (report periods, contribution months)."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month}")
    return f"{MONTHS_ID[month - 1]} {year}"


def roman_month(month: int) -> str:
    """12 -> "XII", for letter numbers such as 140/001/TGR/XII/2023."""
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month!r}")
    return _ROMAN[month - 1]


def parse_date_id(text: str) -> date:
    """Read "27 Desember 2023", "27 Des 2023", "27/12/2023", "27-12-2023" or "2023-12-27".

    Two-digit years are refused: "27/12/23" could be 1923 for a birth date and 2023 for a claim,
    and guessing wrong on a legal document is worse than asking.
    """
    cleaned = " ".join(text.split())
    day = month = year = None
    if m := _WORDS_RE.match(cleaned):
        day, year = int(m[1]), int(m[3])
        month = _MONTH_LOOKUP.get(m[2].lower())
    elif m := _DMY_RE.match(cleaned):
        day, month, year = int(m[1]), int(m[3]), int(m[4])
    elif m := _ISO_RE.match(cleaned):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    if day is None or month is None or year is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "\u201c{text}\u201d is not a date. Write it like 27 Desember 2023 or 27/12/2023.",
            ),
            text=text.strip(),
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "\u201c{text}\u201d is not a real calendar date."),
            text=text.strip(),
        ) from None


def age_on(birth: date, on: date) -> int:
    """Completed years of age on a day (a 29 February birthday counts from 1 March)."""
    if on < birth:
        raise ValueError(f"{on} is before the birth date {birth}")
    had_birthday = (on.month, on.day) >= (birth.month, birth.day)
    return on.year - birth.year - (0 if had_birthday else 1)


def add_months(d: date, n: int) -> date:
    """The same day n months later (or earlier), clamped to the month's end: 31 Jan + 1 -> 29 Feb."""
    index = d.year * 12 + (d.month - 1) + n
    year, month0 = divmod(index, 12)
    last_day = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(d.day, last_day))


def check_not_future(d: date, today: date, field_label: str) -> None:
    """Refuse a date after today for things that have already happened (birth, death, visit)."""
    if d > today:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{field} cannot be in the future ({date})."),
            field=field_label,
            date=format_date_id(d),
        )


class TimeZone(enum.Enum):
    """Indonesia's three zones. None has had daylight saving since 1988, hence the fixed offsets
    kept as a fallback for a PC whose Python has no time zone database."""

    WIB = "Asia/Jakarta"
    WITA = "Asia/Makassar"
    WIT = "Asia/Jayapura"

    @property
    def code(self) -> str:
        return self.name

    @property
    def utc_offset_hours(self) -> int:
        return {"WIB": 7, "WITA": 8, "WIT": 9}[self.name]

    @property
    def tzinfo(self) -> tzinfo:
        try:
            return ZoneInfo(self.value)
        except ZoneInfoNotFoundError:
            return timezone(timedelta(hours=self.utc_offset_hours), self.name)

    @classmethod
    def from_code(cls, code: str | TimeZone) -> TimeZone:
        if isinstance(code, TimeZone):
            return code
        try:
            return cls[code.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown Indonesian time zone {code!r} (WIB, WITA or WIT)") from None


def format_timestamp_id(utc_dt: datetime, zone_code: str | TimeZone) -> str:
    """27 Desember 2023 14:05 WIB, for audit trails and printed timestamps.

    The database stores UTC; a naive datetime is taken to be UTC for that reason.
    """
    zone = TimeZone.from_code(zone_code)
    if utc_dt.tzinfo is None:
        utc_dt = utc_dt.replace(tzinfo=UTC)
    local = utc_dt.astimezone(zone.tzinfo)
    return f"{format_date_id(local.date())} {local:%H:%M} {zone.code}"
