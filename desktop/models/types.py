"""Column types that keep Python values honest on both SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import BigInteger, DateTime
from sqlalchemy.types import TypeDecorator

from desktop.domain.money import Money


class UTCDateTime(TypeDecorator):
    """Timestamps are stored and returned as timezone-aware UTC, whatever the backend does."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        # SQLite keeps text; store it naive-in-UTC so that ordering by the text is ordering by time
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class MoneyType(TypeDecorator):
    """Money as an exact integer number of sen (BigInteger); never a float."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Money | None, dialect):
        if value is None:
            return None
        if not isinstance(value, Money):
            raise TypeError(f"expected Money, got {type(value).__name__}")
        return value.sen

    def process_result_value(self, value: int | None, dialect):
        return None if value is None else Money(int(value))


def utcnow() -> datetime:
    return datetime.now(UTC)
