"""From a template, the caller's fields and the office profile to what is printed, and the printing.

What a letter was printed from is kept with it (the `render` snapshot of IssuedLetter: the filled
text, tables, letterhead, signatory, tembusan), so a reprint gives the same page even after the
template or the office profile changed. Batches are rendered in worker processes when large, so
both cores work.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop.domain.dates import format_date_id
from desktop.domain.money import Money
from desktop.services import letters_fill as fill
from desktop.services.letters_fill import FieldDef

if TYPE_CHECKING:  # desktop.documents loads ReportLab: imported where a letter is made, not at sign-in
    from desktop.documents.letter import LetterDoc

FALLBACK_OFFICE = {
    "name": "BPJS Ketenagakerjaan Kantor Cabang", "code": "KC", "address": "", "city": "", "phone": "",
    "email": "", "website": "", "logo_sha": None,
}
HEAD_POSITION = "Kepala Kantor Cabang"


@dataclass(frozen=True)
class OfficeSnapshot:
    name: str
    code: str
    address: str
    city: str
    phone: str
    email: str
    website: str
    logo_sha: str | None
    logo_png: bytes | None
    signatories: tuple[dict, ...]  # {id, name, position, employee_no, on_behalf, active}
    default_tembusan: tuple[str, ...]

    def as_json(self) -> dict:
        return {"name": self.name, "code": self.code, "address": self.address, "city": self.city,
                "phone": self.phone, "email": self.email, "website": self.website, "logo_sha": self.logo_sha}


def logo_sha(data: bytes | None) -> str | None:
    return hashlib.sha256(data).hexdigest() if data else None


def choose_signature(office: OfficeSnapshot, signatory_id) -> dict:
    """The signatory as printed: the chosen one, else the first who signs in their own right."""
    active = [s for s in office.signatories if s.get("active", True)]
    chosen = None
    if signatory_id is not None:
        chosen = next((s for s in office.signatories if str(s["id"]) == str(signatory_id)), None)
        if chosen is None:
            from desktop.errors import QT_TRANSLATE_NOOP, UserError

            raise UserError(QT_TRANSLATE_NOOP("UserError", "The chosen signatory is not in the office profile."))
    if chosen is None:
        chosen = next((s for s in active if not s.get("on_behalf")), active[0] if active else None)
    if chosen is None:
        return {"position": HEAD_POSITION, "name": "", "employee_no": "", "on_behalf_of": ""}
    head = next((s for s in active if not s.get("on_behalf")), None)
    on_behalf_of = (head["position"] if head else HEAD_POSITION) if chosen.get("on_behalf") else ""
    return {"position": chosen["position"], "name": chosen["name"], "employee_no": chosen.get("employee_no", ""),
            "on_behalf_of": on_behalf_of}


def _cell(kind: str, value: object) -> str:
    if kind == "money":
        if isinstance(value, Money):
            return value.format_document()
        if isinstance(value, int) and not isinstance(value, bool):
            return Money.rupiah(value).format_document()
    if kind == "date" and isinstance(value, date):
        return format_date_id(value)
    return "" if value is None else str(value)


def _money(value: object) -> Money:
    if isinstance(value, Money):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Money.rupiah(value)
    return Money.parse(str(value))


def table_json(field: FieldDef, rows: Sequence[Mapping[str, object]]) -> dict:
    cols = list(field.columns) or [{"name": k, "label": k} for k in (rows[0].keys() if rows else [])]
    headers = ["No."] + [str(c.get("label") or c["name"]) for c in cols]
    align = ["C"] + [str(c.get("align") or ("R" if c.get("kind") == "money" else "L")) for c in cols]
    body = [[str(i)] + [_cell(str(c.get("kind", "text")), r.get(c["name"])) for c in cols]
            for i, r in enumerate(rows, start=1)]
    total = None
    if field.total and any(c["name"] == field.total for c in cols):
        amount = sum((_money(r.get(field.total) or 0) for r in rows), Money(0))
        total = ["", "Jumlah"] + ["" for _ in cols[1:]]
        total[1 + [c["name"] for c in cols].index(field.total)] = amount.format_document()
        if cols[0]["name"] == field.total:
            total[0] = "Jumlah"
    return {"headers": headers, "rows": body, "align": align, "total": total}


def build_snapshot(*, template, defs: Sequence[FieldDef], values: Mapping[str, object], office: OfficeSnapshot,
                   recipient, issued_on: date, signatory_id, sifat: str, attachment: str,
                   tembusan: Sequence[str] | None, meterai_threshold: Money | None) -> dict:
    """Everything the letter prints, as JSON (stored with the issued letter)."""
    from desktop.documents.letter import table_marker

    auto = {"kota_kantor": office.city or "", "nama_kantor": office.name, "tanggal_surat": format_date_id(issued_on)}
    texts = fill.text_values(defs, values, auto, fill.used_names(template.subject, template.body, template.closing))
    tables = {f.name: table_json(f, values[f.name]) for f in defs if f.kind == "table" and values.get(f.name)}
    table_names = [f.name for f in defs if f.kind == "table"]
    marks = {name: ("1" if name in tables else "") for name in table_names}
    body = fill.fill(template.body, {**texts, **marks}, table_names, table_marker)
    lines = [recipient.name.strip()] + [ln.strip() for ln in recipient.address.splitlines() if ln.strip()]
    if recipient.city.strip() and recipient.city.strip().lower() not in (lines[-1].lower() if lines else ""):
        lines.append(recipient.city.strip())
    meterai = template.meterai_rule == "always" or (
        template.meterai_rule == "threshold" and meterai_threshold is not None
        and any(isinstance(v, Money) and v > meterai_threshold for v in values.values()))
    place = office.city.strip()
    return {
        "office": office.as_json(),
        "signature": choose_signature(office, signatory_id),
        "place_date": f"{place}, {format_date_id(issued_on)}" if place else format_date_id(issued_on),
        "sifat": sifat or "Biasa",
        "attachment": attachment.strip(),
        "subject": " ".join(fill.fill(template.subject, texts).split()),
        "recipient": lines,
        "body": body,
        "closing": fill.fill(template.closing, texts),
        "tables": tables,
        "tembusan": list(office.default_tembusan if tembusan is None else tembusan),
        "meterai": bool(meterai),
    }


def letter_doc(snapshot: Mapping, number: str, logo: bytes | None, *, salinan: bool = False) -> LetterDoc:
    from desktop.documents.letter import LetterDoc, Signature, Table, parse_body
    from desktop.documents.letterhead import Letterhead

    office = snapshot["office"]
    tables = {name: Table(tuple(t["headers"]), tuple(tuple(r) for r in t["rows"]), tuple(t["align"]),
                          tuple(t["total"]) if t.get("total") else None)
              for name, t in snapshot.get("tables", {}).items()}
    sig = snapshot["signature"]
    return LetterDoc(
        letterhead=Letterhead(office["name"], office.get("address", ""), office.get("phone", ""),
                              office.get("email", ""), office.get("website", ""), logo),
        number=number,
        place_date=snapshot["place_date"],
        subject=snapshot["subject"],
        recipient=tuple(snapshot["recipient"]),
        body=parse_body(snapshot["body"], tables),
        signature=Signature(sig["position"], sig["name"], sig.get("employee_no", ""), "NPP", sig.get("on_behalf_of", "")),
        closing=snapshot.get("closing", ""),
        sifat=snapshot.get("sifat", "Biasa"),
        attachment=snapshot.get("attachment", ""),
        tembusan=tuple(snapshot.get("tembusan", ())),
        salinan=salinan,
        meterai=bool(snapshot.get("meterai")),
        title=f"Surat {number}",
    )
