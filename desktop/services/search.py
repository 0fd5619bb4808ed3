"""Global search (Ctrl+K): one box, every area answers.

Each area registers a provider when its service module is imported; a provider gets the session,
the text and a limit and returns hits. The UI knows only `SearchHit`.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.services.context import Service

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SearchHit:
    area: str  # the page that opens it: "plkk", "compliance", ...
    kind: str  # what it is, in the UI language's source (English) for tr(): "Employer", "Partner"
    title: str
    subtitle: str
    record_id: uuid.UUID | None = None


Provider = Callable[[Session, str, int], list[SearchHit]]
_PROVIDERS: dict[str, Provider] = {}


def register(name: str) -> Callable[[Provider], Provider]:
    def decorate(fn: Provider) -> Provider:
        _PROVIDERS[name] = fn
        return fn

    return decorate


def providers() -> dict[str, Provider]:
    return dict(_PROVIDERS)


_SHAPES: dict[tuple, Any] = {}


def shaped[T](key: tuple, build: Callable[[], T]) -> T:
    """The statement for one shape of search (area, dialect, which index, how many words), built once.

    Building a SQLAlchemy statement and its cache key costs more than running it on an index (about
    half of a search's time); the values go in as bound parameters at each run.
    """
    stmt = _SHAPES.get(key)
    if stmt is None:
        stmt = _SHAPES[key] = build()
    return stmt


class SearchService(Service):
    MIN_CHARS = 2

    def search(self, text: str, limit: int = 30) -> list[SearchHit]:
        text = " ".join(text.split())
        if len(text) < self.MIN_CHARS:
            return []
        hits: list[SearchHit] = []
        with self.ctx.read() as session:
            for name, provider in _PROVIDERS.items():
                try:
                    hits.extend(provider(session, text, limit))
                except Exception:  # one broken area must not take the search box down
                    log.exception("search provider %s failed", name)
        return hits[: limit * 2]
