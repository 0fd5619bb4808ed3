"""The letter engine's public value types (re-exported by desktop.services.letters)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Recipient:
    name: str  # "Pimpinan PT Maju Jaya Abadi" (by title/position, after "Yth.")
    address: str = ""  # street lines, "\n"-separated
    city: str = ""  # "Purwokerto"


@dataclass(frozen=True)
class LetterRequest:
    template: str
    fields: Mapping[str, object]
    recipient: Recipient
    about: tuple[str, uuid.UUID] | None = None
    signatory_id: uuid.UUID | None = None
    attachment: str = ""
    sifat: str = "Biasa"
    tembusan: tuple[str, ...] | None = None


@dataclass(frozen=True)
class IssuedLetter:
    id: uuid.UUID
    number: str
    template: str
    template_version: int
    issued_on: date
    recipient: str
    subject: str
    about_entity: str | None
    about_id: uuid.UUID | None
    status: str  # "issued" | "cancelled"
    sha256: str
    pdf_path: Path
    template_name: str = ""
    issued_by: str = ""
    cancel_reason: str = ""


@dataclass(frozen=True)
class FieldView:
    name: str
    label: str
    kind: str  # text | date | money | int | table
    required: bool
    columns: tuple[str, ...] = ()  # table fields: the column names of a row


@dataclass(frozen=True)
class TemplateView:
    key: str
    name: str
    version: int
    fields: tuple[FieldView, ...]
    code: str = ""
    subject: str = ""
    body: str = ""
    closing: str = ""
    number_format: str = ""
    meterai_rule: str = "none"
    field_defs: tuple[dict, ...] = field(default=(), repr=False)  # the JSON definitions, for the editor
