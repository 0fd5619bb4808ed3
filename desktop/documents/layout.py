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

from desktop.documents.fonts import draw_text, text_ops, width, wrap

Draw = Callable[[Canvas, float], None]  # draw with the item's top at y


@dataclass(slots=True)
class Item:
    height: float
    draw: Draw
    keep_with_next: bool = False
    space_before: float = 0.0  # dropped at the top of a page
    # What `draw` writes when it is only lines of ASCII text, made once (fonts.text_ops): the
    # operators before and after the baseline's y (the item's top less `baseline`), and the fonts;
    # a PageCanvas writes them without calling `draw` (pdfwrite.PageCanvas.place).
    texts: tuple[tuple[str, str], ...] = ()
    baseline: float = 0.0
    fonts: tuple[str, ...] = ()
    # The block (a paragraph, a list item) the line belongs to, when such blocks recur in many
    # documents: consecutive lines of such blocks on a page are drawn once and shown as a form.
    group: object = None


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
    laid = Laid(pages=[[]])
    page = laid.pages[0]
    bottom, room = frame.bottom, frame.top - frame.bottom
    y = page_top = frame.first_top
    group: list[Item] = []
    needed = 0.0  # the group's height with the space before each item
    last = len(items) - 1
    for n, item in enumerate(items):
        if not group and not (item.keep_with_next and n < last):  # most items stand alone: the same, quicker
            height, space = item.height, item.space_before
            if y != page_top and (y - (height + space) < bottom and height + space <= room or y - space - height < bottom):
                laid.pages.append(page := [])
                y = page_top = frame.top
            if y != page_top:
                y -= space
            page.append((y, item))
            y -= height
            continue
        group.append(item)
        needed += item.height + item.space_before
        if item.keep_with_next and n < last:
            continue
        if y == page_top:
            needed -= group[0].space_before
        elif y - needed < bottom and needed <= room:
            laid.pages.append(page := [])
            y = page_top = frame.top
        for member in group:
            space = 0.0 if y == page_top else member.space_before
            if y - space - member.height < bottom and y != page_top:
                laid.pages.append(page := [])
                y = page_top = frame.top
                space = 0.0
            y -= space
            page.append((y, member))
            y -= member.height
        group = []
        needed = 0.0
    return laid


def text_line(text: str, font: str, size: float, x: float, *, leading: float, align: str = "L",
              right: float = 0.0, space_before: float = 0.0, keep: bool = False) -> Item:
    """One line of text; align "L", "R" (to `right`) or "C" (centred between x and `right`)."""
    baseline = size * 0.95
    at = right if align == "R" else (x + right) / 2 if align == "C" else x

    def draw(c: Canvas, y: float) -> None:
        draw_text(c, font, size, at, y - baseline, text, align=align)

    ops = text_ops(font, size, at, text, 0.0, align)
    if ops is None:
        return Item(leading, draw, keep, space_before)
    return Item(leading, draw, keep, space_before, (ops,), baseline, (font,))


def text_row(parts: Sequence[tuple[str, float, float, str, str]], *, height: float, baseline: float,
             keep: bool = False, space_before: float = 0.0) -> Item:
    """Pieces of text on one baseline (the item's top less `baseline`): (font, size, x, text, align)."""
    parts = tuple(p for p in parts if p[3])

    def draw(c: Canvas, y: float) -> None:
        for font, size, x, text, align in parts:
            draw_text(c, font, size, x, y - baseline, text, align=align)

    ops = [text_ops(font, size, x, text, 0.0, align) for font, size, x, text, align in parts]
    if not ops or None in ops:
        return Item(height, draw, keep, space_before)
    return Item(height, draw, keep, space_before, tuple(ops), baseline, tuple(dict.fromkeys(p[0] for p in parts)))


def labelled(item: Item, font: str, size: float, x: float, label: str) -> Item:
    """The item (a line of text) with a label drawn at x on its baseline: "1.", "a.", "-"."""
    baseline = size * 0.95
    inner = item.draw

    def draw(c: Canvas, y: float) -> None:
        draw_text(c, font, size, x, y - baseline, label)
        inner(c, y)

    ops = text_ops(font, size, x, label)
    if ops is None or not item.texts or item.baseline != baseline:
        return Item(item.height, draw, item.keep_with_next, item.space_before)
    return Item(item.height, draw, item.keep_with_next, item.space_before, (ops, *item.texts), baseline,
                tuple(dict.fromkeys((font, *item.fonts))))


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
    stretch their spaces except the last. The last `keep_last` lines stay with what follows.
    The items are shared by every caller asking for the same paragraph: they are not to be changed."""
    return list(_paragraph(text, font, size, x, max_width, leading, justify, space_before, first_indent, keep_last))


@lru_cache(maxsize=8192)
def _paragraph(text: str, font: str, size: float, x: float, max_width: float, leading: float, justify: bool,
               space_before: float, first_indent: float, keep_last: int) -> tuple[Item, ...]:
    plan = _line_plan(text, font, size, max_width, justify, first_indent)
    items: list[Item] = []
    baseline = size * 0.95
    n = len(plan)
    for i, (string, offset, word_space) in enumerate(plan):
        def draw(c: Canvas, y: float, s=string, lx=x + offset, ws=word_space) -> None:
            draw_text(c, font, size, lx, y - baseline, s, word_space=ws)

        keep = (keep_last > 0 and i >= n - keep_last) or (n == 2 and i == 0)  # no lone first line of two
        ops = text_ops(font, size, x + offset, string, word_space)
        texts = (ops,) if ops is not None else ()
        items.append(Item(leading, draw, keep, space_before if i == 0 else 0.0, texts, baseline,
                          (font,) if texts else ()))
    return tuple(items)


def spacer(height: float) -> Item:
    return Item(height, lambda _c, _y: None)
