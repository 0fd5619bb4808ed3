"""Indonesian identifiers: NIK, NPWP, KPJ and NPP (reference section 9).

None of these carries a public checksum, so validation is structural: the right number of digits
and parts that can exist (a province code, a calendar date). Each failure names the exact problem
so a clerk can compare it with the card in front of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from desktop.errors import QT_TRANSLATE_NOOP, UserError


class InvalidIdentifier(UserError):
    """A NIK, NPWP, KPJ or NPP that cannot be right as typed."""


# Kemendagri province codes, the first two digits of a NIK. 93-96 are the provinces split off
# Papua in 2022; people registered before the split keep a NIK starting 91 or 92, since a NIK
# never changes when regions are reorganised.
PROVINCE_CODES: dict[str, str] = {
    "11": "Aceh", "12": "Sumatera Utara", "13": "Sumatera Barat", "14": "Riau", "15": "Jambi",
    "16": "Sumatera Selatan", "17": "Bengkulu", "18": "Lampung",
    "19": "Kepulauan Bangka Belitung", "21": "Kepulauan Riau",
    "31": "DKI Jakarta", "32": "Jawa Barat", "33": "Jawa Tengah", "34": "DI Yogyakarta",
    "35": "Jawa Timur", "36": "Banten",
    "51": "Bali", "52": "Nusa Tenggara Barat", "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat", "62": "Kalimantan Tengah", "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur", "65": "Kalimantan Utara",
    "71": "Sulawesi Utara", "72": "Sulawesi Tengah", "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara", "75": "Gorontalo", "76": "Sulawesi Barat",
    "81": "Maluku", "82": "Maluku Utara",
    "91": "Papua", "92": "Papua Barat", "93": "Papua Selatan", "94": "Papua Tengah",
    "95": "Papua Pegunungan", "96": "Papua Barat Daya",
}  # fmt: skip

# Separators people type or copy from documents: spaces, dots and dashes.
_SEPARATORS = re.compile(r"[\s.\-]")


def _digits_only(text: str, message: str) -> str:
    """The digits of text without separators; `message` (with {char}) for any other character."""
    cleaned = _SEPARATORS.sub("", text)
    for char in cleaned:
        if not ("0" <= char <= "9"):  # str.isdigit() would also accept "²" or Arabic digits
            raise InvalidIdentifier(message, char=char)
    return cleaned


# -- NIK ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NikInfo:
    """What a NIK says about its holder: where they were first registered, birth date and sex."""

    nik: str
    province_code: str
    province: str
    regency_code: str  # 4 digits: province + kabupaten/kota, as in Kemendagri region codes
    district_code: str  # 6 digits: province + kabupaten/kota + kecamatan
    birth_date: date
    sex: Literal["L", "P"]
    serial: str


def parse_nik(text: str, *, today: date | None = None) -> NikInfo:
    """Check a NIK (PP KK CC DDMMYY SSSS) and read the birth date and sex from it.

    The two-digit year is taken as the most recent year that does not put the birth after today:
    "85" is 1985, and "…0126" read in mid 2026 for a birth in December is 1926, not a baby not yet
    born.
    """
    today = today or date.today()
    nik = _digits_only(
        text,
        QT_TRANSLATE_NOOP("UserError", "A NIK may contain only digits; \u201c{char}\u201d is not allowed."),
    )
    if len(nik) != 16:
        raise InvalidIdentifier(
            QT_TRANSLATE_NOOP("UserError", "NIK must have 16 digits; {count} were entered."),
            count=len(nik),
        )
    province_code = nik[0:2]
    if province_code not in PROVINCE_CODES:
        raise InvalidIdentifier(
            QT_TRANSLATE_NOOP("UserError", "NIK positions 1\u20132 ({code}) are not a province code."),
            code=province_code,
        )
    if nik[2:4] == "00":
        raise InvalidIdentifier(
            QT_TRANSLATE_NOOP("UserError", "NIK positions 3\u20134 (regency or city code) cannot be 00.")
        )
    if nik[4:6] == "00":
        raise InvalidIdentifier(
            QT_TRANSLATE_NOOP("UserError", "NIK positions 5\u20136 (district code) cannot be 00.")
        )
    day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    # Women's NIKs add 40 to the day of birth.
    if 1 <= day <= 31:
        sex: Literal["L", "P"] = "L"
    elif 41 <= day <= 71:
        sex, day = "P", day - 40
    else:
        raise InvalidIdentifier(
            QT_TRANSLATE_NOOP(
                "UserError",
                "NIK positions 7\u20138 (day of birth) must be 01\u201331, or 41\u201371 for women; it is {day}.",
            ),
            day=nik[6:8],
        )
    if not 1 <= month <= 12:
        raise InvalidIdentifier(
            QT_TRANSLATE_NOOP(
                "UserError", "NIK positions 9\u201310 (month of birth) must be 01\u201312; it is {month}."
            ),
            month=nik[8:10],
        )
    year = today.year - (today.year - yy) % 100  # the latest year <= this year ending in yy
    if (year, month, day) > (today.year, today.month, today.day):
        year -= 100
    try:
        birth_date = date(year, month, day)
    except ValueError:  # 31 April, 29 February of a common year
        raise InvalidIdentifier(
            QT_TRANSLATE_NOOP(
                "UserError",
                "NIK positions 7\u201312 give {day:02d}-{month:02d}-{year}, which is not a real date.",
            ),
            day=day,
            month=month,
            year=year,
        ) from None
    serial = nik[12:16]
    if serial == "0000":
        raise InvalidIdentifier(
            QT_TRANSLATE_NOOP("UserError", "NIK positions 13\u201316 (serial number) cannot be 0000.")
        )
    return NikInfo(
        nik=nik,
        province_code=province_code,
        province=PROVINCE_CODES[province_code],
        regency_code=nik[0:4],
        district_code=nik[0:6],
        birth_date=birth_date,
        sex=sex,
        serial=serial,
    )


def is_valid_nik(text: str, *, today: date | None = None) -> bool:
    try:
        parse_nik(text, today=today)
    except InvalidIdentifier:
        return False
    return True


def mask_nik(nik: str) -> str:
    """3302011204850003 -> 3302**********03: enough to tell records apart, not to misuse (UU PDP)."""
    cleaned = _SEPARATORS.sub("", nik)
    if len(cleaned) <= 6:
        return "*" * len(cleaned)
    return cleaned[:4] + "*" * (len(cleaned) - 6) + cleaned[-2:]


# -- NPWP ---------------------------------------------------------------------------------------


def format_npwp15(d15: str) -> str:
    """012345678901000 -> 01.234.567.8-901.000 (the legacy printed form)."""
    if len(d15) != 15 or not d15.isascii() or not d15.isdigit():
        raise ValueError(f"not a 15-digit NPWP: {d15!r}")
    return f"{d15[0:2]}.{d15[2:5]}.{d15[5:8]}.{d15[8]}-{d15[9:12]}.{d15[12:15]}"


def format_npwp16(d16: str) -> str:
    """0012345678901000 -> 0012 3456 7890 1000."""
    if len(d16) != 16 or not d16.isascii() or not d16.isdigit():
        raise ValueError(f"not a 16-digit NPWP: {d16!r}")
    return " ".join(d16[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class Npwp:
    """An NPWP in the 16-digit form used since 2024, with the legacy 15 digits where they exist.

    A legacy NPWP becomes 16 digits by a leading "0"; a resident's NIK is their NPWP and has no
    15-digit form (no NIK starts with 0, so the two cannot be confused).
    """

    digits16: str
    digits15: str | None

    def display(self) -> str:
        return format_npwp16(self.digits16)


def parse_npwp(text: str) -> Npwp:
    """Accept "01.234.567.8-901.000", "012345678901000" or 16 digits (NIK or "0" + legacy)."""
    digits = _digits_only(
        text,
        QT_TRANSLATE_NOOP("UserError", "An NPWP may contain only digits; \u201c{char}\u201d is not allowed."),
    )
    if len(digits) == 15:
        return Npwp(digits16="0" + digits, digits15=digits)
    if len(digits) == 16:
        return Npwp(digits16=digits, digits15=digits[1:] if digits.startswith("0") else None)
    raise InvalidIdentifier(
        QT_TRANSLATE_NOOP(
            "UserError", "NPWP must have 15 digits (old format) or 16 digits; {count} were entered."
        ),
        count=len(digits),
    )


# -- BPJS Ketenagakerjaan numbers ---------------------------------------------------------------


def parse_kpj(text: str) -> str:
    """A participant (KPJ) number: exactly 11 digits."""
    digits = _digits_only(
        text,
        QT_TRANSLATE_NOOP(
            "UserError", "A KPJ number may contain only digits; \u201c{char}\u201d is not allowed."
        ),
    )
    if len(digits) != 11:
        raise InvalidIdentifier(
            QT_TRANSLATE_NOOP("UserError", "KPJ number must have exactly 11 digits; {count} were entered."),
            count=len(digits),
        )
    return digits


NPP_MAX_LENGTH = 20
_NPP_CHAR = re.compile(r"[A-Z0-9]")


def parse_npp(text: str) -> str:
    """An employer registration number (NPP), upper-cased.

    Its official format is unconfirmed (one public form shows 8 digits), so any 1-20 letters and
    digits are accepted rather than refusing a real employer's number.
    """
    npp = _SEPARATORS.sub("", text).upper()
    if not npp:
        raise InvalidIdentifier(
            QT_TRANSLATE_NOOP("UserError", "Enter the NPP (employer registration number).")
        )
    for char in npp:
        if not _NPP_CHAR.fullmatch(char):
            raise InvalidIdentifier(
                QT_TRANSLATE_NOOP(
                    "UserError", "NPP may contain only letters and digits; \u201c{char}\u201d is not allowed."
                ),
                char=char,
            )
    if len(npp) > NPP_MAX_LENGTH:
        raise InvalidIdentifier(
            QT_TRANSLATE_NOOP("UserError", "NPP can have at most {max} characters; {count} were entered."),
            max=NPP_MAX_LENGTH,
            count=len(npp),
        )
    return npp


def mask_account(number: str) -> str:
    """A bank account on a receipt or screen: 1234567890 -> ••••••7890."""
    cleaned = _SEPARATORS.sub("", number)
    if len(cleaned) <= 4:
        return "\u2022" * len(cleaned)
    return "\u2022" * (len(cleaned) - 4) + cleaned[-4:]
