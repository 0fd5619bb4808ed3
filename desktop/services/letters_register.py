"""The number register: gap-free counters per series and year, taken inside the issuing transaction.

PostgreSQL: the counter row is created if missing (INSERT ... ON CONFLICT DO NOTHING, which waits
for a concurrent creator) and then locked with SELECT ... FOR UPDATE until the transaction ends, so
a second workstation waits for the first and then sees its number. SQLite: every write transaction
starts with BEGIN IMMEDIATE (desktop/models/db.py), so writers are already one at a time. A
transaction that rolls back (an error, a cancelled batch) gives its numbers back: no gaps.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop.models.base import new_id
from desktop.models.letters import LetterSecret, NumberCounter
from desktop.models.types import utcnow


def letter_series(template_key: str) -> str:
    return f"letter:{template_key}"


RECEIPT_SERIES = "receipt"


def take_numbers(session: Session, series: str, year: int, count: int = 1) -> int:
    """Reserve `count` consecutive numbers in the series for the year; returns the first."""
    if count < 1:
        raise ValueError("count must be at least 1")
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    now = utcnow()
    actor = session.info.get("actor", "")
    stmt = insert(NumberCounter).values(
        id=new_id(), series=series, year=year, last=0, created_at=now, updated_at=now, created_by=actor,
        updated_by=actor, origin=session.info.get("device", ""), version=1,
    ).on_conflict_do_nothing(index_elements=["series", "year"])
    session.execute(stmt)
    counter = session.scalars(
        select(NumberCounter).where(NumberCounter.series == series, NumberCounter.year == year)
        .with_for_update().execution_options(populate_existing=True)
    ).one()
    first = counter.last + 1
    counter.last = counter.last + count
    session.flush([counter])
    return first


def last_number(session: Session, series: str, year: int) -> int:
    value = session.scalar(select(NumberCounter.last).where(NumberCounter.series == series,
                                                           NumberCounter.year == year))
    return int(value or 0)


def secret(session: Session, key: str, make) -> str:
    """A per-database value (created once by `make()`), e.g. the receipt signing key."""
    row = session.scalar(select(LetterSecret).where(LetterSecret.key == key))
    if row is not None:
        return row.value
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    now = utcnow()
    actor = session.info.get("actor", "")
    session.execute(insert(LetterSecret).values(
        id=new_id(), key=key, value=make(), created_at=now, updated_at=now, created_by=actor, updated_by=actor,
        origin=session.info.get("device", ""), version=1,
    ).on_conflict_do_nothing(index_elements=["key"]))
    return session.scalar(select(LetterSecret.value).where(LetterSecret.key == key))
