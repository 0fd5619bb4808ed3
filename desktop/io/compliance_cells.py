"""Cell parsers for employer imports: each turns what a spreadsheet cell holds (text, a number
Excel stored as a number, a date) into a clean value, or raises UserError naming the problem."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from desktop.domain.compliance import EMPLOYER_STATUSES, ESTIMATE_SOURCES, PROGRAMMES, SIZES, NestedError
from desktop.domain.dates import parse_date_id
from desktop.domain.identifiers import parse_npp, parse_npwp
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError

_PUNCT = re.compile(r"[^\w\s]|_")


def normalise(text: object) -> str:
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    return " ".join(_PUNCT.sub(" ", str(text).lower()).split())


def blank(v: object) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or (isinstance(v, str) and not v.strip())


def looks_numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[\d.,\s]+", text.strip())) and any(ch.isdigit() for ch in text)


def cell_text(v: object) -> str:
    if blank(v):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return " ".join(str(v).split())


def _digits_cell(v: object) -> str:
    """A number that Excel may have stored as a number (no leading zeros, maybe a float)."""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return cell_text(v)


def _npp(v: object) -> str | None:
    text = _digits_cell(v)
    return parse_npp(text) if text else None


def _npwp(v: object) -> tuple[str, str | None] | None:
    text = _digits_cell(v)
    if not text:
        return None
    if isinstance(v, int | float) and not isinstance(v, bool) and len(text) == 14:
        text = text.zfill(15)  # a legacy NPWP typed as a number lost its leading zero
    try:
        npwp = parse_npwp(text)
    except UserError as exc:
        raise NestedError(QT_TRANSLATE_NOOP("UserError", "Bad NPWP {value}: {problem}"), exc, value=text) from exc
    return npwp.digits16, npwp.digits15


def _int(v: object, *, what: str) -> int | None:
    if blank(v):
        return None
    if isinstance(v, int | float) and not isinstance(v, bool):
        if isinstance(v, float) and not v.is_integer():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "{what} must be a whole number, not {value}."),
                            what=what, value=v)
        return int(v)
    text = str(v).strip().replace(".", "").replace(" ", "")
    if text.endswith(",00") or text.endswith(",0"):
        text = text.split(",")[0]
    if not re.fullmatch(r"\d+", text):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "{what} must be a whole number, not {value}."),
                        what=what, value=str(v).strip())
    return int(text)


def _money(v: object) -> Money | None:
    if blank(v):
        return None
    if isinstance(v, int | float) and not isinstance(v, bool):
        try:
            return Money.from_decimal(Decimal(str(v)))
        except (InvalidOperation, ValueError) as exc:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "{value} is not an amount."), value=str(v)) from exc
    return Money.parse(str(v))


def _date(v: object) -> date | None:
    if blank(v):
        return None
    if isinstance(v, datetime):  # pandas.Timestamp is a datetime too
        return v.date()
    if isinstance(v, date):
        return v
    return parse_date_id(str(v))


def _choice(v: object, choices: Sequence[str], *, what: str, synonyms: Mapping[str, str] | None = None) -> str | None:
    text = normalise(v)
    if not text:
        return None
    if synonyms and text in synonyms:
        return synonyms[text]
    for c in choices:
        if normalise(c) == text:
            return c
    raise UserError(QT_TRANSLATE_NOOP("UserError", "{what} {value} is not one of: {choices}."),
                    what=what, value=cell_text(v), choices=", ".join(choices))


def _kabupaten(v: object) -> str:
    text = cell_text(v)
    text = re.sub(r"^(kabupaten|kab\.?)\s+", "", text, flags=re.IGNORECASE)
    return text.title() if text.isupper() or text.islower() else text


def _programmes(v: object) -> list[str] | None:
    if blank(v):
        return None
    parts = [p for p in re.split(r"[\s,;/+&]+", str(v).upper()) if p and p not in ("DAN",)]
    bad = [p for p in parts if p not in PROGRAMMES]
    if bad:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Unknown programme {value}; use JKK, JKM, JHT, JP, JKP."),
                        value=bad[0])
    return [p for p in PROGRAMMES if p in parts]


def _risk(v: object) -> int | None:
    n = _int(v, what="Kelas risiko")
    if n is not None and not 1 <= n <= 5:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The JKK risk class must be 1 to 5, not {value}."), value=n)
    return n


def _kbli(v: object) -> str:
    text = _digits_cell(v)
    if isinstance(v, int | float) and not isinstance(v, bool) and len(text) == 4:
        text = text.zfill(5)  # 01220 typed as a number
    if text and not re.fullmatch(r"\d{5}", text):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A KBLI code has 5 digits, not {value}."), value=text)
    return text


_STATUS_SYNONYMS = {"aktif": "aktif", "active": "aktif", "pwbd": "pwbd", "belum terdaftar": "pwbd",
                    "belum daftar": "pwbd", "tutup": "tutup", "non aktif": "tutup", "nonaktif": "tutup",
                    "tidak aktif": "tutup", "ditutup": "tutup"}
_SOURCE_SYNONYMS = {"wlkp": "WLKP", "disnaker": "Disnaker", "kunjungan": "kunjungan", "visit": "kunjungan",
                    "oss": "OSS"}

PARSERS: dict[str, Callable[[object], object]] = {
    "npp": _npp,
    "name": cell_text,
    "npwp": _npwp,
    "address": cell_text,
    "kabupaten": _kabupaten,
    "kecamatan": cell_text,
    "kbli": _kbli,
    "sector": cell_text,
    "risk_class": _risk,
    "size": lambda v: _choice(v, SIZES, what="Skala usaha"),
    "contact_name": cell_text,
    "contact_phone": cell_text,
    "contact_email": cell_text,
    "registered_workforce": lambda v: _int(v, what="Jumlah TK terdaftar"),
    "estimated_workforce": lambda v: _int(v, what="Estimasi TK"),
    "estimate_source": lambda v: _choice(v, ESTIMATE_SOURCES, what="Sumber estimasi", synonyms=_SOURCE_SYNONYMS),
    "estimate_date": _date,
    "programmes": _programmes,
    "reported_wages": _money,
    "evidence_wages": _money,
    "status": lambda v: _choice(v, EMPLOYER_STATUSES, what="Status", synonyms=_STATUS_SYNONYMS),
}


# -- whole columns -------------------------------------------------------------------------------
# An import reads 100,000 rows: calling the parser above per cell costs seconds. A column is parsed
# at once instead: cells already in their clean form (the usual case) pass a compiled regex and are
# taken as they are; a repeated value (a kabupaten, a size) is parsed once; every other cell goes
# through the parser above, so the values and the reasons are exactly the same.

_CLEAN_TEXT = re.compile(r"\S+(?: \S+)*")  # no outer, double or special whitespace
_CLEAN_NPP = re.compile(r"[A-Z0-9]{1,20}")
_CLEAN_NPWP = re.compile(r"\d{15,16}")


def _text_as_is(v: str) -> object:
    return v if _CLEAN_TEXT.fullmatch(v) else _SLOW


def _npp_as_is(v: str) -> object:
    return v if _CLEAN_NPP.fullmatch(v) else _SLOW


def _npwp_as_is(v: str) -> object:
    if not _CLEAN_NPWP.fullmatch(v):
        return _SLOW
    if len(v) == 15:
        return "0" + v, v
    return v, (v[1:] if v[0] == "0" else None)


_SLOW = object()
_FAST: dict[str, Callable[[str], object]] = {
    "npp": _npp_as_is, "npwp": _npwp_as_is, "name": _text_as_is, "address": _text_as_is,
    "kecamatan": _text_as_is, "sector": _text_as_is, "contact_name": _text_as_is, "contact_phone": _text_as_is,
    "contact_email": _text_as_is,
}


# Whole columns already clean (every cell a text in its clean form): one regex over the column joined
# by NUL, then no call per cell. A cell holding a NUL or anything unusual only sends the column on to
# the cell-by-cell path below, so the values stay exactly those of PARSERS.
_SEP = "\x00"
_ODD_SPACE = re.compile(r"[^\S ]")  # a tab, a line break, a non-breaking space
_ALL_NPP = re.compile(r"[A-Z0-9]{1,20}(?:\x00[A-Z0-9]{1,20})*")
_ALL_NPWP = re.compile(r"\d{15,16}(?:\x00\d{15,16})*")


def _clean_column(field: str, cells: Sequence[object]) -> list[object] | None:
    fast = _FAST.get(field)
    if fast is None or not cells or not all(type(v) is str for v in cells):
        return None
    joined = _SEP.join(cells)
    if fast is _text_as_is:
        clean = (joined[:1] not in ("", " ", _SEP) and joined[-1] not in (" ", _SEP) and "  " not in joined
                 and _SEP + _SEP not in joined and _SEP + " " not in joined and " " + _SEP not in joined
                 and _ODD_SPACE.search(joined) is None)
        return list(cells) if clean else None
    if fast is _npp_as_is:
        return list(cells) if _ALL_NPP.fullmatch(joined) else None
    if _ALL_NPWP.fullmatch(joined):
        return [("0" + v, v) if len(v) == 15 else (v, v[1:] if v[0] == "0" else None) for v in cells]
    return None


def parse_column(field: str, cells: Sequence[object], bad: set[int]) -> list[object]:
    """Each cell of a column parsed as PARSERS[field] would: the clean value, or the UserError (its
    position is added to `bad`)."""
    clean = _clean_column(field, cells)
    if clean is not None:
        return clean
    parser, fast = PARSERS[field], _FAST.get(field)
    seen: dict[tuple[type, object], object] = {}
    out: list[object] = []
    for v in cells:
        if fast is not None and type(v) is str and (value := fast(v)) is not _SLOW:
            out.append(value)
            continue
        key = (type(v), v)  # 1, 1.0 and True are equal keys but parse differently
        value = seen.get(key, _SLOW)
        if value is _SLOW:
            try:
                value = parser(v)
            except UserError as exc:
                value = exc
            if len(seen) < 10_000:  # a column of unique values gains nothing from the memory
                seen[key] = value
        if isinstance(value, UserError):
            bad.add(len(out))
        out.append(value)
    return out
