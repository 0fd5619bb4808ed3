"""Pure rules of the letter engine: field definitions, checking and formatting field values,
filling a template's text, and letter numbers. No database, no PDF.
"""

from __future__ import annotations

import re
import string
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from desktop.domain.dates import format_date_id, format_date_long_id, roman_month
from desktop.domain.money import Money
from desktop.domain.terbilang import number_words, terbilang_title
from desktop.errors import QT_TRANSLATE_NOOP, UserError

KINDS = ("text", "date", "money", "int", "table")
DEFAULT_NUMBER_FORMAT = "{seq:03}/{code}/{month_roman}/{year}"
RECEIPT_CODE = "KW"

# Filled in by the engine, not by the caller.
AUTO_FIELDS = {
    "kota_kantor": "the office's city",
    "nama_kantor": "the office's name",
    "tanggal_surat": "the letter's date",
}


@dataclass(frozen=True)
class FieldDef:
    name: str
    label: str
    kind: str = "text"
    required: bool = True
    default: object = None
    columns: tuple[dict, ...] = ()  # table fields: ({name, label, kind?, align?}, ...)
    total: str = ""  # table fields: the money column summed in a last row

    @classmethod
    def from_json(cls, d: Mapping) -> FieldDef:
        return cls(name=str(d["name"]), label=str(d.get("label") or d["name"]), kind=str(d.get("kind", "text")),
                   required=bool(d.get("required", True)), default=d.get("default"),
                   columns=tuple(d.get("columns") or ()), total=str(d.get("total") or ""))

    def to_json(self) -> dict:
        out: dict = {"name": self.name, "label": self.label, "kind": self.kind, "required": self.required}
        if self.default is not None:
            out["default"] = self.default
        if self.columns:
            out["columns"] = [dict(c) for c in self.columns]
        if self.total:
            out["total"] = self.total
        return out


def _empty(value: object) -> bool:
    if value is None:
        return True
    kind = type(value)
    if kind is str:  # the common kinds first: a batch checks every field of every letter
        return not value.strip()
    if kind is int or kind is Money or kind is date:
        return False
    return (isinstance(value, str) and not value.strip()) or (isinstance(value, list | tuple) and len(value) == 0)


def with_defaults(defs: Sequence[FieldDef], values: Mapping[str, object]) -> dict[str, object]:
    out = dict(values)
    for f in defs:
        if _empty(out.get(f.name)) and f.default is not None:
            out[f.name] = f.default
    return out


def missing_fields(defs: Sequence[FieldDef], values: Mapping[str, object]) -> list[str]:
    """Names of required fields without a value (after defaults)."""
    filled = with_defaults(defs, values)
    return [f.name for f in defs if f.required and _empty(filled.get(f.name))]


def coerce(field: FieldDef, value: object) -> object:
    """A value from JSON, a spreadsheet or the UI as the field's kind; UserError if it is not one."""
    if _empty(value):
        return None
    try:
        if field.kind == "date":
            if isinstance(value, datetime):
                return value.date()
            if isinstance(value, date):
                return value
            from desktop.domain.dates import parse_date_id

            return parse_date_id(str(value))
        if field.kind == "money":
            if isinstance(value, Money):
                return value
            if isinstance(value, bool):
                raise ValueError
            if isinstance(value, int):
                return Money.rupiah(value)
            if isinstance(value, float) and value.is_integer():
                return Money.rupiah(int(value))
            return Money.parse(str(value))
        if field.kind == "int":
            if isinstance(value, bool):
                raise ValueError
            if isinstance(value, int):
                return value
            if isinstance(value, float) and value.is_integer():
                return int(value)
            return int(str(value).strip().replace(".", ""))
        if field.kind == "table":
            if not isinstance(value, list | tuple) or not all(isinstance(r, Mapping) for r in value):
                raise ValueError
            return [dict(r) for r in value]
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return " ".join(str(value).split()) if "\n" not in str(value) else str(value).strip()
    except (ValueError, TypeError, UserError):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The field {field} needs a {kind} value, not \u201c{value}\u201d."),
            field=field.label, kind=field.kind, value=str(value)[:60],
        ) from None


def coerce_all(defs: Sequence[FieldDef], values: Mapping[str, object]) -> dict[str, object]:
    by_name = {f.name: f for f in defs}
    out: dict[str, object] = {}
    for name, value in with_defaults(defs, values).items():
        out[name] = coerce(by_name[name], value) if name in by_name else value
    return out


def format_value(kind: str, value: object) -> str:
    if value is None:
        return ""
    if kind == "date" and isinstance(value, date):
        return format_date_id(value)
    if kind == "money" and isinstance(value, Money):
        return value.format_document()
    if kind == "int" and isinstance(value, int):
        return f"{value:,}".replace(",", ".") if abs(value) >= 10_000 else str(value)
    return str(value)


def text_values(defs: Sequence[FieldDef], values: Mapping[str, object],
                auto: Mapping[str, str], used: Container[str] | None = None) -> dict[str, str]:
    """Every placeholder a template may use, as printed text (derived forms included); with `used`
    (the template's placeholders, see used_names), only the derived forms the template prints."""
    out: dict[str, str] = dict(auto)
    for f in defs:
        if f.kind == "table":
            continue
        v = values.get(f.name)
        out[f.name] = format_value(f.kind, v)
        if f.kind == "int" and isinstance(v, int) and v >= 0:
            if used is None or f"{f.name}_terbilang" in used:
                out[f"{f.name}_terbilang"] = _number_words(v)
        elif f.kind == "money" and isinstance(v, Money):
            if used is None or f"{f.name}_terbilang" in used:
                out[f"{f.name}_terbilang"] = _terbilang(v)
        elif f.kind == "date" and isinstance(v, date):
            if used is None or f"{f.name}_hari" in used:
                out[f"{f.name}_hari"] = format_date_long_id(v)
    return out


@lru_cache(maxsize=256)
def used_names(*texts: str) -> frozenset[str]:
    """The placeholders these template texts use."""
    return frozenset(n for text in texts for n in _PLACEHOLDER.findall(text))


# Spelling numbers out is the slowest part of filling a letter in, and a batch repeats its numbers.
_number_words = lru_cache(maxsize=4096)(number_words)
_terbilang = lru_cache(maxsize=4096)(terbilang_title)


def placeholders(text: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


_PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")


def fill(text: str, values: Mapping[str, str], table_names: Sequence[str] = (),
         table_marker=lambda name: name) -> str:
    """Substitute {name}; a line referring to an empty value is left out; a line that is only a
    table field becomes that table's marker (or is left out when the table is empty)."""
    out_lines: list[str] = []
    get = values.get
    for parts, names, table in _fill_plan(text, tuple(table_names)):
        if table:
            out_lines.append(table_marker(table) if get(table) else "")
        elif not names:
            out_lines.append(parts[0])
        else:
            filled = [get(n) for n in names]
            if all(filled):
                # parts alternate text and placeholder names: ["Yth. ", "nama", ""]
                line = list(parts)
                line[1::2] = filled
                out_lines.append("".join(line))
    return "\n".join(out_lines)


@lru_cache(maxsize=256)
def _fill_plan(text: str, table_names: tuple[str, ...]) -> tuple[tuple[list[str], tuple[str, ...], str], ...]:
    """A template text split once into lines, their placeholders and table lines: a batch fills the
    same template hundreds of times."""
    plan = []
    for line in text.splitlines():
        names = tuple(_PLACEHOLDER.findall(line))
        table = names[0] if len(names) == 1 and line.strip() == "{" + names[0] + "}" and names[0] in table_names else ""
        plan.append((_PLACEHOLDER.split(line), names, table))
    return tuple(plan)


def unknown_placeholders(text: str, defs: Sequence[FieldDef]) -> list[str]:
    """Placeholders the template uses that no field (or derived form, or auto field) provides."""
    known = set(AUTO_FIELDS)
    for f in defs:
        known.add(f.name)
        known.update({f"{f.name}_terbilang", f"{f.name}_hari"})
    return sorted({n for n in _PLACEHOLDER.findall(text) if n not in known})


def format_number(fmt: str, *, seq: int, code: str, office: str, day: date) -> str:
    """A register number from its format: {seq:03}, {code} (type-office, "TT1-PWT"), {type}, {office},
    {month_roman}, {month:02}, {year}."""
    full = f"{code}-{office}" if office else code
    try:
        return fmt.format(seq=seq, code=full, type=code, office=office, month_roman=roman_month(day.month),
                          month=day.month, year=day.year)
    except (KeyError, IndexError, ValueError) as exc:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The number format \u201c{format}\u201d is not valid ({detail})."),
                        format=fmt, detail=str(exc)) from None


def check_number_format(fmt: str) -> None:
    format_number(fmt, seq=1, code="X", office="Y", day=date(2000, 1, 1))
    if "{seq" not in fmt:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The number format must contain {seq}."))


def safe_file_name(number: str) -> str:
    """A number as a file name: "007/TT1-PWT/XI/2026" -> "007_TT1-PWT_XI_2026"."""
    return re.sub(r"[^A-Za-z0-9.\-]+", "_", number).strip("_") or "surat"


def sample_value(field: FieldDef) -> object:
    """An example value for a field, shown in the template editor's preview."""
    if field.default is not None:
        return field.default
    if field.kind == "date":
        return date(2026, 11, 20)
    if field.kind == "money":
        return Money.rupiah(1_500_000)
    if field.kind == "int":
        return 10
    if field.kind == "table":
        row = {str(c["name"]): (Money.rupiah(1_000_000) if c.get("kind") == "money" else f"[{c.get('label') or c['name']}]")
               for c in field.columns}
        return [row, dict(row)]
    return f"[{field.label}]"
