"""Pages of rows for the table models: sorting, filtering and counting done by the database.

A table with 300,000 participants is never loaded whole: the UI asks for the rows it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement


@dataclass(frozen=True)
class PageRequest:
    offset: int = 0
    limit: int = 200
    sort_key: str | None = None
    descending: bool = False
    text: str = ""  # free-text filter typed by the clerk
    filters: Mapping[str, Any] = field(default_factory=dict)  # named filters a page offers


@dataclass(frozen=True)
class Page[R]:
    rows: list[R]
    total: int
    offset: int = 0


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def text_filter(text: str, columns: Sequence[ColumnElement]) -> ColumnElement | None:
    """Every word must appear in one of the columns (case-insensitive)."""
    words = [w for w in text.split() if w]
    if not words or not columns:
        return None
    return and_(*[or_(*[c.ilike(like_pattern(w), escape="\\") for c in columns]) for w in words])


def fetch_page[R](session: Session, stmt: Select, request: PageRequest, *,
               sort_columns: Mapping[str, ColumnElement], search_columns: Sequence[ColumnElement],
               tiebreak: ColumnElement, to_row: Callable[[Any], R]) -> Page[R]:
    """Apply the text filter, count, sort (stable, with a tiebreak) and slice one page."""
    where = text_filter(request.text, search_columns)
    if where is not None:
        stmt = stmt.where(where)
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    order = []
    if request.sort_key and request.sort_key in sort_columns:
        col = sort_columns[request.sort_key]
        order.append(col.desc() if request.descending else col.asc())
    order.append(tiebreak.desc() if request.descending else tiebreak.asc())
    rows = session.execute(stmt.order_by(*order).offset(request.offset).limit(request.limit))
    return Page(rows=[to_row(r) for r in rows], total=total, offset=request.offset)
