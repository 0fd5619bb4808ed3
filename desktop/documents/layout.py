"""A small, fast flow layout on the ReportLab canvas: items of known height, paginated.

Platypus is flexible but measures every paragraph anew; letters are simple (lines of text, a table,
a signature block), so the engine wraps words itself with cached widths and draws lines directly.
That keeps a 1,000-letter batch in seconds and the output byte-for-byte deterministic.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.pdfgen.canvas import Canvas

from desktop.documents.fonts import draw_text, width, wrap

Draw = Callable[[Canvas, float], None]  # draw with the item's top at y


@dataclass
class Item:
    height: float
    draw: Draw
    keep_with_next: bool = False
    space_before: float = 0.0  # dropped at the top of a page


@dataclass
class Frame:
    first_top: float  # y where the flow starts on page 1 (under the header)
    top: float  # y where it starts on later pages
    bottom: float


@dataclass
class Laid:
    pages: list[list[tuple[float, Item]]] = field(default_factory=list)  # (y of top, item) per page


def paginate(items: Sequence[Item], frame: Frame) -> Laid:
    """Place items page by page; a run of keep-with-next items moves to the next page whole."""
    groups: list[list[Item]] = []
    current: list[Item] = []
    for item in items:
        current.append(item)
        if not item.keep_with_next:
            groups.append(current)
            current = []
    if current:
        groups.append(current)

    laid = Laid(pages=[[]])
    y = frame.first_top
    page_top = frame.first_top

    def new_page() -> None:
        nonlocal y, page_top
        laid.pages.append([])
        y = page_top = frame.top

    for group in groups:
        needed = sum(i.height + i.space_before for i in group) - (group[0].space_before if y == page_top else 0)
        if y - needed < frame.bottom and y != page_top and needed <= frame.top - frame.bottom:
            new_page()
        for item in group:
            space = 0.0 if y == page_top else item.space_before
            if y - space - item.height < frame.bottom and y != page_top:
                new_page()
                space = 0.0
            y -= space
            laid.pages[-1].append((y, item))
            y -= item.height
    return laid


def text_line(text: str, font: str, size: float, x: float, *, leading: float, align: str = "L",
              right: float = 0.0, space_before: float = 0.0, keep: bool = False) -> Item:
    """One line of text; align "L", "R" (to `right`) or "C" (centred between x and `right`)."""
    baseline = size * 0.95

    def draw(c: Canvas, y: float) -> None:
        if align == "R":
            draw_text(c, font, size, right, y - baseline, text, align="R")
        elif align == "C":
            draw_text(c, font, size, (x + right) / 2, y - baseline, text, align="C")
        else:
            draw_text(c, font, size, x, y - baseline, text)

    return Item(leading, draw, keep, space_before)


@lru_cache(maxsize=8192)
def _line_plan(text: str, font: str, size: float, max_width: float, justify: bool, first_indent: float
               ) -> tuple[tuple[str, float, float], ...]:
    """(line, x offset, word spacing) per line; remembered, as the same paragraphs recur in a batch."""
    lines = wrap(text, font, size, max_width - first_indent) if first_indent else wrap(text, font, size, max_width)
    if first_indent and len(lines) > 1:
        rest = " ".join(" ".join(ln) for ln in lines[1:])
        lines = lines[:1] + wrap(rest, font, size, max_width)
    space_w = width(" ", font, size)
    n = len(lines)
    plan = []
    for i, words in enumerate(lines):
        offset = first_indent if i == 0 else 0.0
        word_space = 0.0
        if justify and i < n - 1 and len(words) > 1:
            natural = sum(width(w, font, size) for w in words) + space_w * (len(words) - 1)
            word_space = (max_width - offset - natural) / (len(words) - 1)
            if word_space > space_w * 6:  # an almost empty line: do not stretch it absurdly
                word_space = 0.0
        plan.append((" ".join(words), offset, word_space))
    return tuple(plan)


def paragraph(text: str, font: str, size: float, x: float, max_width: float, *, leading: float,
              justify: bool = True, space_before: float = 0.0, first_indent: float = 0.0,
              keep_last: int = 0) -> list[Item]:
    """A wrapped paragraph as one item per line (so it can break across pages); justified lines
    stretch their spaces except the last. The last `keep_last` lines stay with what follows."""
    plan = _line_plan(text, font, size, max_width, justify, first_indent)
    items: list[Item] = []
    baseline = size * 0.95
    n = len(plan)
    for i, (string, offset, word_space) in enumerate(plan):
        def draw(c: Canvas, y: float, s=string, lx=x + offset, ws=word_space) -> None:
            draw_text(c, font, size, lx, y - baseline, s, word_space=ws)

        keep = keep_last > 0 and i >= n - keep_last
        items.append(Item(leading, draw, keep, space_before if i == 0 else 0.0))
    if n == 2:
        items[0].keep_with_next = True  # no lone first line of a two-line paragraph
    return items


def spacer(height: float) -> Item:
    return Item(height, lambda _c, _y: None)
