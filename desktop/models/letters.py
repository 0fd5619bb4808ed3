"""Letters and receipts: versioned templates, the number register, issued letters and receipts.

- `LetterTemplate` rows are never edited: saving a template in the editor adds the next revision,
  so a letter printed years ago can be reprinted from exactly the text it was made from.
- `NumberCounter` holds the last number given per series (a letter type, or receipts) and year. The
  issuing transaction locks the row (SELECT ... FOR UPDATE on PostgreSQL; SQLite's write
  transactions start with BEGIN IMMEDIATE), so two workstations never get the same number and a
  rolled-back transaction gives its number back: the register has no gaps.
- `IssuedLetter` / `IssuedReceipt` are append-only. A cancellation is a `LetterEvent` /
  `ReceiptEvent` row; the number stays in the register, marked cancelled, and is never reused.
- `LetterSecret` keeps per-database values of the engine (the receipt HMAC key).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.money import Money
from desktop.models.base import AppendOnly, Record
from desktop.models.types import MoneyType


class LetterTemplate(AppendOnly):
    """One revision of a letter type's text. The newest revision of a key is the one in use."""

    __tablename__ = "letter_template"
    __table_args__ = (UniqueConstraint("key", "revision", name="uq_letter_template_key_revision"),)

    key: Mapped[str] = mapped_column(String(60))
    revision: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120))
    code: Mapped[str] = mapped_column(String(20))  # the letter type's code in its number: "TT1"
    subject: Mapped[str] = mapped_column(Text)  # "Hal", may hold {fields}
    body: Mapped[str] = mapped_column(Text)  # paragraphs separated by blank lines, {fields}
    closing: Mapped[str] = mapped_column(Text, default="")
    fields: Mapped[list] = mapped_column(JSON, default=list)  # [{name, label, kind, required}]
    number_format: Mapped[str] = mapped_column(String(120), default="")  # "" -> the default format
    meterai_rule: Mapped[str] = mapped_column(String(12), default="none")  # none | threshold | always
    note: Mapped[str] = mapped_column(Text, default="")  # why this revision was made


class NumberCounter(Record):
    """The last number given in one series and year (the register's high-water mark)."""

    __tablename__ = "letter_counter"
    __table_args__ = (UniqueConstraint("series", "year", name="uq_letter_counter_series_year"),)

    series: Mapped[str] = mapped_column(String(80))  # "letter:teguran_1", "receipt"
    year: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer, default=0)


class IssuedLetter(AppendOnly):
    """A letter in the outgoing register (agenda surat keluar), with everything it was made from."""

    __tablename__ = "letter_issued"
    __table_args__ = (
        UniqueConstraint("series", "year", "seq", name="uq_letter_issued_series_year_seq"),
        Index("ix_letter_issued_about", "about_entity", "about_id"),
        Index("ix_letter_issued_issued_on", "issued_on"),
    )

    number: Mapped[str] = mapped_column(String(120), unique=True)
    series: Mapped[str] = mapped_column(String(80))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    template_key: Mapped[str] = mapped_column(String(60))
    template_revision: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(Text)
    issued_on: Mapped[date] = mapped_column(Date)
    recipient: Mapped[str] = mapped_column(String(300))
    recipient_address: Mapped[str] = mapped_column(Text, default="")
    recipient_city: Mapped[str] = mapped_column(String(100), default="")
    field_data: Mapped[dict] = mapped_column(JSON)  # the fields as JSON (Money as sen, dates ISO)
    render: Mapped[dict] = mapped_column(JSON)  # office, signatory, sifat, lampiran, tembusan as printed
    about_entity: Mapped[str | None] = mapped_column(String(60), default=None)
    about_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    sha256: Mapped[str] = mapped_column(String(64))
    pdf_path: Mapped[str] = mapped_column(String(300))  # relative to the documents folder


class LetterEvent(AppendOnly):
    """Something that happened to an issued letter afterwards: cancelled, reprinted."""

    __tablename__ = "letter_event"

    letter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("letter_issued.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # cancelled | reprinted
    reason: Mapped[str] = mapped_column(Text, default="")


class IssuedReceipt(AppendOnly):
    """A receipt (kuitansi) in its own register."""

    __tablename__ = "receipt_issued"
    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_receipt_issued_year_seq"),
        Index("ix_receipt_issued_about", "about_entity", "about_id"),
    )

    number: Mapped[str] = mapped_column(String(120), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[date] = mapped_column(Date)
    payee_name: Mapped[str] = mapped_column(String(200))
    payee_nik: Mapped[str] = mapped_column(String(20), default="")
    amount: Mapped[Money] = mapped_column(MoneyType)
    purpose: Mapped[str] = mapped_column(Text)
    payer: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(100), default="")
    components: Mapped[list] = mapped_column(JSON, default=list)  # [[label, sen], ...]
    extra_lines: Mapped[list] = mapped_column(JSON, default=list)  # [[label, value], ...]
    meterai: Mapped[bool] = mapped_column(Boolean, default=False)
    render: Mapped[dict] = mapped_column(JSON)  # office and officer as printed
    about_entity: Mapped[str | None] = mapped_column(String(60), default=None)
    about_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    code: Mapped[str] = mapped_column(String(300))  # the QR payload (number, amount, date, HMAC)
    sha256: Mapped[str] = mapped_column(String(64))
    pdf_path: Mapped[str] = mapped_column(String(300))


class ReceiptEvent(AppendOnly):
    __tablename__ = "receipt_event"

    receipt_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("receipt_issued.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # cancelled | reprinted
    reason: Mapped[str] = mapped_column(Text, default="")


class LetterSecret(Record):
    """Values the engine keeps per database: the receipt signing key, the default number formats."""

    __tablename__ = "letter_secret"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str] = mapped_column(Text)


class LetterAsset(AppendOnly):
    """A letterhead logo as it was printed, kept once by its SHA-256 so that reprints match."""

    __tablename__ = "letter_asset"

    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
