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


def reserve_block(session: Session, device: str, series: str, year: int, size: int) -> SyncNumberBlock:
    """Hub: take `size` consecutive numbers of the series and year from the register for a laptop."""
    from desktop.services.letters_register import take_numbers

    if not 1 <= size <= 10_000:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A block holds between 1 and 10,000 numbers."))
    first = take_numbers(session, series, year, size)
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
