"""Rupiah amounts as an exact whole number of sen.

Benefits, contributions and receipts must add up to the last sen (a kuitansi that says
Rp42.000.000,00 must not come out as Rp41.999.999,99), so an amount is an `int` of sen and never a
float. Formatting follows the Indonesian conventions of the reference (section 7.3): "Rp" with no
space, dots between thousands, a comma before the sen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.terbilang import terbilang as _terbilang
from desktop.errors import QT_TRANSLATE_NOOP, UserError

SEN_PER_RUPIAH = 100

# What a clerk types: an optional sign, an optional "Rp" (with or without a dot or space), the
# rupiah either as plain digits or grouped by dots in threes, then optionally a comma and the sen
# (or ",-", the usual way of writing "no sen" on Indonesian receipts). The sen group accepts any
# number of digits so that "1,505" gets the precise "too many decimals" message, not "garbage".
_AMOUNT_RE = re.compile(
    r"""
    ^(?P<sign1>[-+]?)\s*
    (?:rp\.?\s*)?
    (?P<sign2>[-+]?)\s*
    (?P<rupiah>\d{1,3}(?:\.\d{3})+|\d+)
    (?:,(?P<sen>\d+|-))?$
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _check_int(value: object, what: str) -> None:
    # bool is an int subclass, but Money(True) or Money * True is always a bug.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")


def _group_thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _div_round_half_up(numerator: int, denominator: int) -> int:
    """Integer division rounding halves away from zero, like Decimal's ROUND_HALF_UP."""
    if denominator == 0:
        raise ZeroDivisionError("division of an amount by zero")
    negative = (numerator < 0) != (denominator < 0)
    q = (2 * abs(numerator) + abs(denominator)) // (2 * abs(denominator))
    return -q if negative else q


@dataclass(frozen=True, order=True)
class Money:
    """An amount in rupiah, stored as whole sen (1 rupiah = 100 sen)."""

    sen: int

    def __post_init__(self) -> None:
        _check_int(self.sen, "Money.sen")

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def rupiah(cls, n: int) -> Money:
        _check_int(n, "rupiah")
        return cls(n * SEN_PER_RUPIAH)

    @classmethod
    def zero(cls) -> Money:
        return cls(0)

    @classmethod
    def from_decimal(cls, value: Decimal) -> Money:
        """A rupiah amount held as Decimal (e.g. a NUMERIC column), rounded half up to the sen."""
        # A float has already lost the exact value, so it is refused rather than rounded.
        if not isinstance(value, Decimal):
            raise TypeError(f"from_decimal needs a Decimal, not {type(value).__name__}")
        if not value.is_finite():
            raise ValueError(f"not a finite amount: {value}")
        sen = (value * SEN_PER_RUPIAH).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return cls(int(sen))

    @classmethod
    def parse(cls, text: str) -> Money:
        """Read an amount as typed in Indonesian style: "Rp1.500.000,00", "1500000", "-Rp2.000"."""
        cleaned = text.strip().replace("\u00a0", " ").replace("\u2212", "-")  # NBSP, minus sign
        if not cleaned:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Enter an amount, for example Rp1.500.000."))
        match = _AMOUNT_RE.match(cleaned)
        if match is None or (match["sign1"] and match["sign2"]):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "\u201c{text}\u201d is not an amount in rupiah. Write it like Rp1.500.000 or "
                    "1500000,50: dots between thousands, a comma before the sen.",
                ),
                text=text.strip(),
            )
        sen_text = match["sen"] or ""
        if sen_text == "-":
            sen_text = ""
        if len(sen_text) > 2:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "An amount can have at most 2 digits after the comma (sen); "
                    "\u201c{text}\u201d has {count}.",
                ),
                text=text.strip(),
                count=len(sen_text),
            )
        rupiah = int(match["rupiah"].replace(".", ""))
        sen = rupiah * SEN_PER_RUPIAH + int(sen_text.ljust(2, "0"))  # ",5" means 50 sen
        negative = "-" in (match["sign1"] + match["sign2"])
        return cls(-sen if negative else sen)

    # -- parts ----------------------------------------------------------------------------------

    @property
    def rupiah_part(self) -> int:
        """Whole rupiah, truncated toward zero and keeping the sign (-Rp1,50 -> -1)."""
        whole = abs(self.sen) // SEN_PER_RUPIAH
        return -whole if self.sen < 0 else whole

    @property
    def sen_part(self) -> int:
        """The sen after the rupiah, always 0..99 (the sign lives in `rupiah_part`/`sen`)."""
        return abs(self.sen) % SEN_PER_RUPIAH

    def to_decimal(self) -> Decimal:
        """The amount in rupiah as an exact Decimal with two places, for NUMERIC columns."""
        return Decimal(self.sen).scaleb(-2)

    # -- arithmetic -----------------------------------------------------------------------------
    # Only Money +/- Money and Money * int make sense; anything else returns NotImplemented so
    # Python raises TypeError instead of silently mixing rupiah with plain numbers.

    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.sen + other.sen)

    def __radd__(self, other: object) -> Money:
        # sum() starts from the int 0; accepting exactly that makes sum(amounts) work.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.sen - other.sen)

    def __neg__(self) -> Money:
        return Money(-self.sen)

    def __abs__(self) -> Money:
        return Money(abs(self.sen))

    def __mul__(self, factor: object) -> Money:
        if isinstance(factor, bool) or not isinstance(factor, int):
            return NotImplemented
        return Money(self.sen * factor)

    __rmul__ = __mul__

    def __floordiv__(self, divisor: object) -> Money:
        """Floor division by a count (like int //); the caller handles the remainder sen."""
        if isinstance(divisor, bool) or not isinstance(divisor, int):
            return NotImplemented
        return Money(self.sen // divisor)

    def __bool__(self) -> bool:
        return self.sen != 0

    def multiply_ratio(self, numerator: int, denominator: int) -> Money:
        """self * numerator / denominator, rounded half up to the sen (e.g. 1 % = (1, 100))."""
        _check_int(numerator, "numerator")
        _check_int(denominator, "denominator")
        return Money(_div_round_half_up(self.sen * numerator, denominator))

    def apply_rate(self, basis_points: int) -> Money:
        """A percentage given in basis points (1 % = 100), e.g. JKK 0,24 % = 24."""
        return self.multiply_ratio(basis_points, 10_000)

    # -- presentation ---------------------------------------------------------------------------

    def format_table(self) -> str:
        """Rp1.500.000 for lists and tables; the sen only when there are any (Rp1.500,50)."""
        sign = "-" if self.sen < 0 else ""
        text = f"{sign}Rp{_group_thousands(abs(self.rupiah_part))}"
        if self.sen_part:
            text += f",{self.sen_part:02d}"
        return text

    def format_document(self) -> str:
        """Rp1.500.000,00, always with the sen, as written on letters and receipts."""
        sign = "-" if self.sen < 0 else ""
        return f"{sign}Rp{_group_thousands(abs(self.rupiah_part))},{self.sen_part:02d}"

    def terbilang(self) -> str:
        """The amount in Indonesian words: "satu juta lima ratus ribu rupiah"."""
        return _terbilang(self)

    def __str__(self) -> str:
        return self.format_table()
