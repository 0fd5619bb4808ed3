"""Reading one spreadsheet cell as the value a coverage import needs: blank, text, whole number,
rupiah amount, date, month, percentage or NIK. Excel gives numbers as int or float, dates as
datetime, and anything typed as text ("740.000", "Oktober 2026", "35 %"); each reader accepts all of
them and raises a UserError that says what is wrong with the cell."""

from __future__ import annotations

import math
import re
from datetime import date, datetime

from desktop.domain.coverage import Month, parse_month
from desktop.domain.dates import parse_date_id
from desktop.domain.identifiers import parse_nik
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError


def is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        import pandas as pd

        if value is pd.NaT or (not isinstance(value, str | int | float | date) and pd.isna(value)):
            return True
    except (TypeError, ValueError):
        pass
    return isinstance(value, str) and not value.strip()


def text(value: object) -> str:
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def whole(value: object, *, allow_blank: bool = False) -> int | None:
    if is_blank(value):
        if allow_blank:
            return None
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A number is required here."))
    if isinstance(value, bool):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "\u201c{value}\u201d is not a whole number."), value=value)
    if isinstance(value, int):
        n = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "\u201c{value}\u201d is not a whole number."), value=value)
        n = int(value)
    else:
        cleaned = str(value).strip().replace(" ", "")
        if not re.fullmatch(r"-?(\d{1,3}(\.\d{3})+|\d+)", cleaned):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "\u201c{value}\u201d is not a whole number."),
                            value=str(value).strip())
        n = int(cleaned.replace(".", ""))
    if n < 0:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The number cannot be negative ({value})."), value=n)
    return n


def money(value: object) -> Money:
    if is_blank(value):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "An amount is required here."))
    if isinstance(value, int) and not isinstance(value, bool):
        return Money.rupiah(value)
    if isinstance(value, float):
        sen = round(value * 100)
        if abs(value * 100 - sen) > 1e-6:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "\u201c{value}\u201d has more than 2 decimals."),
                            value=value)
        return Money(int(sen))
    amount = Money.parse(str(value))
    if amount.sen < 0:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The amount cannot be negative."))
    return amount


def day(value: object) -> date | None:
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime().date()
    return parse_date_id(str(value))


def month(value: object) -> Month:
    if is_blank(value):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The month is required, like 2026-10 or Oktober 2026."))
    d = None if isinstance(value, str) else day(value)
    return Month.of(d) if d is not None else parse_month(str(value))


def percent_bp(value: object) -> int | None:
    """"35", "35 %", "35,5" or an Excel percentage cell (0.35) -> basis points."""
    if is_blank(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value) * (100 if 0 < float(value) < 1 else 1)
    else:
        cleaned = str(value).replace("%", "").replace("persen", "").strip().replace(",", ".")
        try:
            number = float(cleaned)
        except ValueError:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "\u201c{value}\u201d is not a percentage."),
                            value=str(value).strip()) from None
    if not 0 <= number <= 100:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A percentage must be between 0 and 100 ({value})."),
                        value=value)
    return round(number * 100)


def nik(value: object, today: date) -> str:
    typed = text(value)
    if not typed:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The NIK is required."))
    return parse_nik(typed, today=today).nik
