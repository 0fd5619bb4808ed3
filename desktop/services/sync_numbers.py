"""Gap-free numbers on laptops: blocks the office reserves, used up offline.

A letter or receipt number must come from the office's register (no gaps, no duplicates). A laptop
that is offline cannot ask, so the office reserves a block of numbers of a series and year for it
(`reserve_block`, which takes them from the register like any issue would), the block travels in the
next reply, and the laptop's letters engine takes its numbers from the block
(`next_reserved_number`) instead of its own counter. When a block runs low, each sync tops it up
with another of the same size.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.sync import ROLE_LAPTOP, SyncNumberBlock
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.sync_changes import get_state

CASE_SERIES = "compliance_case"  # compliance case numbers (KP-2026-0001), see compliance_cases.new_case_no
LOW_WATER = 0.2  # top up when less than a fifth of the last block is left


@dataclass(frozen=True)
class BlockView:
    id: str
    device: str
    series: str
    year: int
    first: int
    last: int
    next_number: int

    @property
    def remaining(self) -> int:
        return self.last - self.next_number + 1


def view(b: SyncNumberBlock) -> BlockView:
    return BlockView(str(b.id), b.device, b.series, b.year, b.first, b.last, b.next_number)


def is_laptop(session: Session) -> bool:
    """True in a laptop's database: numbers come from reserved blocks, not from the local counter."""
    return get_state(session, "role") == ROLE_LAPTOP


def take_above(session: Session, series: str, year: int, count: int, floor: int) -> int:
    """`take_numbers`, but never at or below `floor` (numbers given before the series had a counter,
    such as compliance case numbers). The counter row stays locked until the transaction ends."""
    from desktop.models.letters import NumberCounter
    from desktop.services.letters_register import take_numbers

    first = take_numbers(session, series, year, count)
    if first > floor or is_laptop(session):  # a laptop's block was reserved above the floor already
        return first
    counter = session.scalars(select(NumberCounter).where(NumberCounter.series == series,
                                                          NumberCounter.year == year)).one()
    counter.last = floor + count
    session.flush([counter])
    return floor + 1


def _floor(session: Session, series: str, year: int) -> int:
    """The highest number of the series already given outside its counter (0 for the letter register)."""
    if series == CASE_SERIES:
        from desktop.services.compliance_cases import highest_case_seq

        return highest_case_seq(session, year)
    return 0


def reserve_block(session: Session, device: str, series: str, year: int, size: int) -> SyncNumberBlock:
    """Hub: take `size` consecutive numbers of the series and year from the register for a laptop."""
    if not 1 <= size <= 10_000:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A block holds between 1 and 10,000 numbers."))
    first = take_above(session, series, year, size, _floor(session, series, year))
    block = SyncNumberBlock(device=device, series=series, year=year, first=first, last=first + size - 1,
                            next_number=first, created_at=utcnow(), created_by=session.info.get("actor", ""))
    session.add(block)
    session.flush()
    audit.record(session, "reserve", "sync_number_block", block.id, summary=f"{device}: {series} {year} {first}-{block.last}",
                 after={"device": device, "series": series, "year": year, "first": first, "last": block.last})
    return block


def top_up(session: Session, device: str, from_year: int) -> list[SyncNumberBlock]:
    """Hub: a new block for each series and year (from `from_year` on) whose blocks for the laptop run low."""
    blocks = list(session.scalars(select(SyncNumberBlock).where(
        SyncNumberBlock.device == device, SyncNumberBlock.year >= from_year).order_by(SyncNumberBlock.first)))
    added = []
    for series, year in sorted({(b.series, b.year) for b in blocks}):
        mine = [b for b in blocks if b.series == series and b.year == year]
        left = sum(max(0, b.last - b.next_number + 1) for b in mine)
        size = mine[-1].last - mine[-1].first + 1
        if left < max(1, int(size * LOW_WATER)):
            added.append(reserve_block(session, device, series, year, size))
    return added


def next_reserved_number(session: Session, series: str, year: int, count: int = 1) -> int:
    """Laptop: the first of `count` consecutive numbers from a reserved block (inside the issuing transaction)."""
    for block in session.scalars(select(SyncNumberBlock).where(
            SyncNumberBlock.series == series, SyncNumberBlock.year == year).order_by(SyncNumberBlock.first)):
        if block.next_number + count - 1 <= block.last:
            first = block.next_number
            block.next_number += count
            session.flush([block])
            return first
    raise UserError(QT_TRANSLATE_NOOP(
        "UserError", "This laptop has no reserved numbers left for {series} in {year}. Sync with the office to "
                     "get a new block (or ask the office to reserve one)."), series=series, year=year)


def blocks(session: Session, device: str | None = None) -> list[BlockView]:
    stmt = select(SyncNumberBlock).order_by(SyncNumberBlock.series, SyncNumberBlock.year, SyncNumberBlock.first)
    if device is not None:
        stmt = stmt.where(SyncNumberBlock.device == device)
    return [view(b) for b in session.scalars(stmt)]


# ---- the year's end -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Voided:
    device: str
    series: str
    year: int
    first: int
    last: int


def void_unused(session: Session, device: str, before_year: int) -> list[Voided]:
    """Hub: register as cancelled the numbers of `device`'s blocks for years before `before_year` that
    it did not use (as far as its last sync told), and close those blocks.

    Safe once the laptop has synced after the year ended: nobody takes numbers of a past year, so
    what it had not used by then stays unused.
    """
    done = []
    for b in session.scalars(select(SyncNumberBlock).where(
            SyncNumberBlock.device == device, SyncNumberBlock.year < before_year,
            SyncNumberBlock.next_number <= SyncNumberBlock.last).order_by(SyncNumberBlock.first)):
        v = Voided(device, b.series, b.year, b.next_number, b.last)
        _register_cancelled(session, v)
        b.next_number = b.last + 1
        done.append(v)
        audit.record(session, "void", "sync_number_block", b.id,
                     summary=f"{device}: {b.series} {b.year} {v.first}-{v.last} unused, registered as cancelled",
                     after={"device": device, "series": b.series, "year": b.year, "first": v.first, "last": v.last})
    session.flush()
    return done


def _register_cancelled(session: Session, v: Voided) -> None:
    """Put the unused numbers in their register as cancelled entries (letters and receipts)."""
    if v.series.startswith("letter:"):
        _void_letters(session, v)
    elif v.series == "receipt":
        _void_receipts(session, v)
    # other series (compliance case numbers) have no register: the audit event is the record


def _void_reason(v: Voided) -> str:
    return f"Nomor tidak terpakai dari blok laptop {v.device} (tutup tahun {v.year})"


def _office_code(session: Session) -> str:
    from desktop.models.core import OfficeProfile

    return session.scalar(select(OfficeProfile.code).where(OfficeProfile.deleted_at.is_(None)).limit(1)) or ""


def _void_letters(session: Session, v: Voided) -> None:
    from datetime import date

    from desktop.models.letters import IssuedLetter, LetterEvent, LetterTemplate
    from desktop.services import letters_fill as fill

    key = v.series.removeprefix("letter:")
    tmpl = session.scalar(select(LetterTemplate).where(LetterTemplate.key == key)
                          .order_by(LetterTemplate.revision.desc()).limit(1))
    code = tmpl.code if tmpl is not None else key.upper()
    fmt = (tmpl.number_format if tmpl is not None else "") or fill.DEFAULT_NUMBER_FORMAT
    office, day, reason = _office_code(session), date(v.year, 12, 31), _void_reason(v)
    for seq in range(v.first, v.last + 1):
        row = IssuedLetter(number=fill.format_number(fmt, seq=seq, code=code, office=office, day=day),
                           series=v.series, year=v.year, seq=seq, template_key=key,
                           template_revision=tmpl.revision if tmpl is not None else 0, subject=reason, issued_on=day,
                           recipient="-", field_data={}, render={}, sha256="", pdf_path="")
        session.add(row)
        session.flush([row])
        session.add(LetterEvent(letter_id=row.id, kind="cancelled", reason=reason))


def _void_receipts(session: Session, v: Voided) -> None:
    from datetime import date

    from desktop.domain.money import Money
    from desktop.models.letters import IssuedReceipt, LetterSecret, ReceiptEvent
    from desktop.services import letters_fill as fill
    from desktop.services.letters_receipts import DEFAULT_RECEIPT_FORMAT, FORMAT_KEY

    fmt = session.scalar(select(LetterSecret.value).where(LetterSecret.key == FORMAT_KEY)) or DEFAULT_RECEIPT_FORMAT
    office, day, reason = _office_code(session), date(v.year, 12, 31), _void_reason(v)
    for seq in range(v.first, v.last + 1):
        row = IssuedReceipt(number=fill.format_number(fmt, seq=seq, code=fill.RECEIPT_CODE, office=office, day=day),
                            year=v.year, seq=seq, paid_on=day, payee_name="-", amount=Money(0), purpose=reason,
                            payer="-", render={}, code="", sha256="", pdf_path="")
        session.add(row)
        session.flush([row])
        session.add(ReceiptEvent(receipt_id=row.id, kind="cancelled", reason=reason))
