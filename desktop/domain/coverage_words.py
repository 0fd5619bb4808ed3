"""Coverage in the words branches use in their reports and press releases.

"Sudah 32 persen yang telah terlindungi dari potensi sekitar 740.000 pekerja" (Purwokerto),
"baru 9 persen atau 19 ribu pekerja" (Klaten), "baru 17.920 atau 5,08 persen" (Blora).

- Whole percent ("32 persen", "9 persen") rounds half up from the exact basis points: it is the
  approximate wording of a sentence. The precise form keeps two decimals, Indonesian comma, with
  trailing zeros dropped ("5,08 persen", "12,5 persen", "30 persen").
- "sekitar" rounds a head-count to two significant digits (738.412 -> "sekitar 740.000").
- "ribu"/"juta" wording rounds to the nearest thousand ("19 ribu") or tenth of a million
  ("1,2 juta").
"""

from __future__ import annotations

from desktop.domain.coverage_figures import coverage_bp


def group_digits(n: int) -> str:
    """740000 -> "740.000" (Indonesian thousands separator)."""
    sign = "-" if n < 0 else ""
    return sign + f"{abs(n):,}".replace(",", ".")


def _round_half_up(numerator: int, denominator: int) -> int:
    return (2 * numerator + denominator) // (2 * denominator)


def percent_text(bp: int | None, *, whole: bool = False) -> str:
    """The number part: 3243 -> "32,43" (or "32" whole); None -> "–"."""
    if bp is None:
        return "–"
    if whole:
        return str(_round_half_up(bp, 100))
    units, hundredths = divmod(bp, 100)
    if hundredths == 0:
        return str(units)
    decimals = f"{hundredths:02d}".rstrip("0")
    return f"{units},{decimals}"


def format_persen(bp: int | None, *, whole: bool = True) -> str:
    """3200 -> "32 persen"; 868 -> "9 persen"; 508 with whole=False -> "5,08 persen"."""
    if bp is None:
        return "belum ada data"
    return f"{percent_text(bp, whole=whole)} persen"


def format_percent_sign(bp: int | None) -> str:
    """For tables: 3243 -> "32,43 %"."""
    if bp is None:
        return "–"
    units, hundredths = divmod(bp, 100)
    return f"{units},{hundredths:02d} %"


def round_significant(n: int, digits: int = 2) -> int:
    """738412 -> 740000 (two significant digits, halves up)."""
    if n <= 0:
        return n
    magnitude = 10 ** max(len(str(n)) - digits, 0)
    return _round_half_up(n, magnitude) * magnitude


def sekitar(n: int) -> str:
    """738412 -> "sekitar 740.000"."""
    return f"sekitar {group_digits(round_significant(n))}"


def format_ribu(n: int) -> str:
    """19240 -> "19 ribu"; 1234567 -> "1,2 juta"; 950 -> "950"."""
    if n >= 1_000_000:
        tenths = _round_half_up(n, 100_000)
        whole, frac = divmod(tenths, 10)
        return f"{whole} juta" if frac == 0 else f"{whole},{frac} juta"
    if n >= 1_000:
        return f"{_round_half_up(n, 1_000)} ribu"
    return str(n)


def coverage_phrase(covered: int, population: int) -> str:
    """"32 persen dari potensi sekitar 740.000 pekerja" (whole percent of the working population)."""
    return f"{format_persen(coverage_bp(covered, population), whole=True)} dari potensi {sekitar(population)} pekerja"


def bpu_phrase(bpu: int, informal_population: int) -> str:
    """"9 persen atau 19 ribu dari sekitar 220.000 pekerja BPU" (Klaten's wording)."""
    pct = format_persen(coverage_bp(bpu, informal_population), whole=True)
    return f"{pct} atau {format_ribu(bpu)} dari {sekitar(informal_population)} pekerja BPU"
