"""Amounts in Indonesian words ("terbilang"), as required on kuitansi and letters.

`num2words` spells 0..999 correctly ("seratus", "sebelas", "seribu" at the start), but it writes a
thousands group of one in the middle of a number as "satu ribu" (1.001.000 -> "satu juta satu
ribu") where Indonesian says "satu juta seribu". So this module asks num2words only for each
three-digit group and joins the scale words itself, which also keeps the output stable if a future
num2words release changes how it spells large numbers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # money.py imports this module; a runtime import back would be circular
    from desktop.domain.money import Money

# Short-scale names as used in Indonesian (10^3, 10^6, 10^9, ...). Beyond "kuintiliun" no amount
# of rupiah is meaningful, so larger numbers are refused rather than spelled oddly.
_SCALES = ("", "ribu", "juta", "miliar", "triliun", "kuadriliun", "kuintiliun")


def _group_words(n: int) -> str:
    """Words for 1..999 from num2words ("seratus dua puluh tiga")."""
    from num2words import num2words  # loads every language it knows: only when an amount is spelled

    return num2words(n, lang="id")


def number_words(n: int) -> str:
    """A non-negative whole number in Indonesian words: 1001000 -> "satu juta seribu"."""
    if n < 0:
        raise ValueError("number_words takes a non-negative number")
    if n == 0:
        return "nol"
    groups: list[int] = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    if len(groups) > len(_SCALES):
        raise ValueError("number too large to spell")
    words: list[str] = []
    for scale_index in range(len(groups) - 1, -1, -1):
        group = groups[scale_index]
        if group == 0:
            continue
        scale = _SCALES[scale_index]
        if scale == "ribu" and group == 1:
            words.append("seribu")  # only the thousands take the "se-" prefix: "satu juta"
        else:
            words.append(_group_words(group))
            if scale:
                words.append(scale)
    return " ".join(words)


def terbilang(money: Money) -> str:
    """Rp1.500.000 -> "satu juta lima ratus ribu rupiah"; sen, if any, follow as "... sen".

    Zero is "nol rupiah"; an amount of sen only (Rp0,50) is "lima puluh sen", as nobody writes
    "nol rupiah lima puluh sen" on a receipt; negative amounts start with "minus".
    """
    rupiah, sen = divmod(abs(money.sen), 100)
    parts: list[str] = []
    if money.sen < 0:
        parts.append("minus")
    if rupiah or not sen:
        parts += [number_words(rupiah), "rupiah"]
    if sen:
        parts += [number_words(sen), "sen"]
    return " ".join(parts)


def terbilang_title(money: Money) -> str:
    """Each word capitalised, as on receipts: "Satu Juta Lima Ratus Ribu Rupiah"."""
    return " ".join(word.capitalize() for word in terbilang(money).split())
