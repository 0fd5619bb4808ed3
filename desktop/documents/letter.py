"""An Indonesian official letter (surat dinas) on A4, per the tata naskah dinas (reference 7.1):

kop surat; Nomor / Sifat / Lampiran / Hal with aligned colons (no Lampiran line without an
attachment) and the place and date top right; the "Yth." address block; the body (paragraphs,
lists, label-colon-value blocks and tables); the closing; the signature block (position and comma,
room to sign, name, employee number; "a.n." above the position when signing on behalf); the
tembusan list; "Halaman 1 dari 2" only on letters of more than one page; "SALINAN" on reprints.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, draw_text, register_fonts, width, wrap
from desktop.documents.layout import Frame, Item, labelled, paginate, paragraph, spacer, text_line, text_row
from desktop.documents.letterhead import Letterhead, draw_letterhead
from desktop.documents.pdfwrite import DrawnPages, Form, PageCanvas, make_form, write_pdf

PAGE_W, PAGE_H = A4
LEFT, RIGHT_MARGIN, TOP, BOTTOM = 85.0, 57.0, 40.0, 54.0  # 3 cm left for binding, 2 cm right
RIGHT = PAGE_W - RIGHT_MARGIN
TEXT_W = RIGHT - LEFT
BODY_SIZE, LEADING = 11.0, 15.2
SMALL_SIZE = 10.0
PRODUCER = "Cabang"


# ---- what a letter is made of ------------------------------------------------------------------

@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class ListItem:
    label: str  # "1." / "a." / "-"
    text: str
    level: int = 0


@dataclass(frozen=True)
class Pairs:
    rows: tuple[tuple[str, str], ...]  # label : value, colons aligned


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: tuple[str, ...] = ()  # "L" | "R" | "C" per column
    total: tuple[str, ...] | None = None  # a bold last row


Block = Para | ListItem | Pairs | Table


@dataclass(frozen=True)
class Signature:
    position: str  # "Kepala Kantor Cabang"
    name: str
    employee_no: str = ""
    employee_label: str = "NPP"
    on_behalf_of: str = ""  # "Kepala Kantor Cabang" when signing a.n.


@dataclass(frozen=True)
class LetterDoc:
    letterhead: Letterhead
    number: str
    place_date: str  # "Purwokerto, 27 Desember 2023"
    subject: str
    recipient: tuple[str, ...]  # the lines after "Yth."
    body: tuple[Block, ...]
    signature: Signature
    closing: str = ""
    sifat: str = "Biasa"
    attachment: str = ""
    tembusan: tuple[str, ...] = ()
    salinan: bool = False
    meterai: bool = False
    title: str = ""


# ---- the body text of a template ----------------------------------------------------------------

_LIST_RE = re.compile(r"^(?P<indent>\s*)(?P<label>\d{1,2}[.)]|[a-z][.)]|[-•])\s+(?P<text>.+)$")
_PAIR_RE = re.compile(r"^\s*(?P<label>[^:\n]{1,40}?)\s+:\s+(?P<value>.*)$")
TABLE_MARK = "\x00table:"


def table_marker(name: str) -> str:
    return f"{TABLE_MARK}{name}\x00"


def parse_body(text: str, tables: Mapping[str, Table] | None = None) -> tuple[Block, ...]:
    """Body text (blank lines between paragraphs) to blocks.

    - lines starting "1.", "a.", "-" are list items (a following indented line continues the item);
    - a paragraph whose every line is "Label : value" is a block with aligned colons;
    - a line that is only a table marker (a table field) is that table.
    """
    tables = tables or {}
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text.strip("\n")):
        stripped = chunk.strip()
        if stripped.startswith(TABLE_MARK) and "\n" not in stripped:
            name = stripped[len(TABLE_MARK):].rstrip("\x00")
            if name in tables:
                blocks.append(tables[name])
            continue
        blocks += _parse_chunk(chunk)
    return tuple(blocks)


@lru_cache(maxsize=2048)
def _parse_chunk(chunk: str) -> tuple[Block, ...]:
    """One paragraph of body text as blocks; remembered, as a batch repeats most of its paragraphs."""
    lines = [ln.rstrip() for ln in chunk.splitlines() if ln.strip()]
    if not lines:
        return ()
    if all(_PAIR_RE.match(ln) for ln in lines):
        return (Pairs(tuple((m["label"].strip(), m["value"].strip()) for m in (_PAIR_RE.match(ln) for ln in lines))),)
    if _LIST_RE.match(lines[0]):
        blocks: list[Block] = []
        item: list[str] | None = None
        for ln in lines:
            m = _LIST_RE.match(ln)
            if m:
                if item:
                    blocks.append(ListItem(item[0], item[1], int(item[2])))
                level = 1 if len(m["indent"]) >= 2 else 0
                item = [m["label"], m["text"].strip(), str(level)]
            elif item is not None:
                item[1] += " " + ln.strip()
        if item:
            blocks.append(ListItem(item[0], item[1], int(item[2])))
        return tuple(blocks)
    return (Para(" ".join(ln.strip() for ln in lines)),)


# ---- layout -----------------------------------------------------------------------------------

def _header_items(doc: LetterDoc) -> list[Item]:
    """Nomor / Sifat / Lampiran / Hal, with the date on the Nomor line."""
    rows = [("Nomor", doc.number), ("Sifat", doc.sifat)]
    if doc.attachment.strip():
        rows.append(("Lampiran", doc.attachment.strip()))
    rows.append(("Hal", doc.subject))
    labels = tuple(label for label, _ in rows)
    items: list[Item] = []
    for i, (label, value) in enumerate(rows):
        items += _header_row(labels, label, value, doc.place_date if i == 0 else "")
    return items


@lru_cache(maxsize=1024)
def _header_row(labels: tuple[str, ...], label: str, value: str, place_date: str) -> tuple[Item, ...]:
    """One row of the header (the first with the place and date at the right); the same rows recur."""
    label_w = max(width(lab, SERIF, BODY_SIZE) for lab in labels)
    colon_x = LEFT + label_w + 6
    value_x = colon_x + 8
    limit = RIGHT - value_x - (width(place_date, SERIF, BODY_SIZE) + 14 if place_date else 0)
    lines = [" ".join(ws) for ws in wrap(value, SERIF, BODY_SIZE, limit)] or [""]
    items = []
    for j, line in enumerate(lines):
        parts = [(SERIF, BODY_SIZE, value_x, line, "L")]
        if j == 0:
            parts = [(SERIF, BODY_SIZE, LEFT, label, "L"), (SERIF, BODY_SIZE, colon_x, ":", "L"), *parts]
            if place_date:
                parts.append((SERIF, BODY_SIZE, RIGHT, place_date, "R"))
        items.append(text_row(parts, height=LEADING, baseline=BODY_SIZE * 0.95, keep=True))
    return tuple(items)


def _recipient_items(doc: LetterDoc) -> list[Item]:
    items: list[Item] = [spacer(LEADING)]
    prefix = "Yth. "
    indent = width(prefix, SERIF, BODY_SIZE)
    for i, raw in enumerate(doc.recipient):
        for j, words in enumerate(wrap(raw, SERIF, BODY_SIZE, TEXT_W * 0.62)):
            text = (prefix if i == 0 and j == 0 else "") + " ".join(words)
            x = LEFT if i == 0 and j == 0 else LEFT + indent
            items.append(_address_line(text, x))
    items.append(spacer(LEADING * 0.6))
    return items


@lru_cache(maxsize=4096)
def _address_line(text: str, x: float) -> Item:
    """A line of the address (shared: the city, the streets of a town recur); not to be changed."""
    return text_line(text, SERIF, BODY_SIZE, x, leading=LEADING, keep=True)


def _list_items(block: ListItem) -> list[Item]:
    indent = 18.0 * block.level
    label_w = max(width(block.label, SERIF, BODY_SIZE) + 6, 18.0)
    x_text = LEFT + indent + label_w
    lines = paragraph(block.text, SERIF, BODY_SIZE, x_text, RIGHT - x_text, leading=LEADING, space_before=3)
    lines[0] = labelled(lines[0], SERIF, BODY_SIZE, LEFT + indent, block.label)
    return lines


def _pairs_items(block: Pairs) -> list[Item]:
    x_label = LEFT + 18
    label_w = max(width(label, SERIF, BODY_SIZE) for label, _ in block.rows)
    colon_x = x_label + label_w + 6
    items: list[Item] = []
    for r, (label, value) in enumerate(block.rows):
        items += _pair_row(label, value, colon_x, r == 0)
    return items


@lru_cache(maxsize=4096)
def _pair_row(label: str, value: str, colon_x: float, first: bool) -> tuple[Item, ...]:
    """One "label : value" row (the same rows recur: the kind of non-compliance, the contact)."""
    x_label = LEFT + 18
    value_x = colon_x + 8
    items = []
    for j, line in enumerate([" ".join(ws) for ws in wrap(value, SERIF, BODY_SIZE, RIGHT - value_x)] or [""]):
        parts = [(SERIF, BODY_SIZE, value_x, line, "L")]
        if j == 0:
            parts = [(SERIF, BODY_SIZE, x_label, label, "L"), (SERIF, BODY_SIZE, colon_x, ":", "L"), *parts]
        items.append(text_row(parts, height=LEADING, baseline=BODY_SIZE * 0.95,
                              space_before=6.0 if first and j == 0 else 0.0))
    return tuple(items)


def table_items(block: Table, left: float, right: float, size: float = 9.5) -> list[Item]:
    """A grid table; column widths follow the content, scaled to the text width."""
    ncols = len(block.headers)
    pad = 3.5
    all_rows = [block.headers, *block.rows] + ([block.total] if block.total else [])
    natural = [0.0] * ncols
    for row in all_rows:
        for k in range(ncols):
            cell = row[k] if k < len(row) else ""
            natural[k] = max(natural[k], min(width(cell, SANS, size), 220.0) + 2 * pad)
    total_w = right - left
    scale = total_w / sum(natural) if sum(natural) else 1.0
    widths = [w * scale for w in natural]
    aligns = list(block.align) + ["L"] * (ncols - len(block.align))
    leading = size + 3.5
    items: list[Item] = []

    def row_item(row: Sequence[str], bold: bool, shade: bool) -> Item:
        font = SANS_BOLD if bold else SANS
        cells = [[" ".join(ws) for ws in wrap(row[k] if k < len(row) else "", font, size, widths[k] - 2 * pad)] or [""]
                 for k in range(ncols)]
        height = max(len(c) for c in cells) * leading + 2 * pad - 1.5

        def draw(c: Canvas, y: float) -> None:
            if shade:
                c.setFillGray(0.9)
                c.rect(left, y - height, total_w, height, stroke=0, fill=1)
                c.setFillGray(0)
            c.setLineWidth(0.5)
            c.rect(left, y - height, total_w, height, stroke=1, fill=0)
            x = left
            for k in range(ncols):
                if k:
                    c.line(x, y, x, y - height)
                for n, line in enumerate(cells[k]):
                    ty = y - pad - size * 0.95 - n * leading
                    a = "C" if bold and row is not block.total else aligns[k]
                    if a == "R":
                        draw_text(c, font, size, x + widths[k] - pad, ty, line, align="R")
                    elif a == "C":
                        draw_text(c, font, size, x + widths[k] / 2, ty, line, align="C")
                    else:
                        draw_text(c, font, size, x + pad, ty, line)
                x += widths[k]

        return Item(height, draw)

    head = row_item(block.headers, True, True)
    head.keep_with_next = True
    head.space_before = 6.0
    items.append(head)
    for row in block.rows:
        items.append(row_item(row, False, False))
    if block.total:
        items.append(row_item(block.total, True, False))
    items.append(spacer(4.0))
    return items


def _signature_items(doc: LetterDoc) -> list[Item]:
    if doc.meterai:
        return [_signature(doc.signature, True)]
    return list(_signature_lines(doc.signature))


@lru_cache(maxsize=64)
def _signature_lines(sig: Signature) -> tuple[Item, ...]:
    """The signature block without a meterai box, as lines kept together: position, room to sign,
    the name underlined, the employee number; shared by the letters a signatory signs."""
    x = LEFT + TEXT_W * 0.52
    above = ([f"a.n. {sig.on_behalf_of}"] if sig.on_behalf_of else []) + [f"{sig.position},"]
    items = [text_line(line, SERIF, BODY_SIZE, x, leading=LEADING, keep=True, space_before=14.0 if i == 0 else 0.0)
             for i, line in enumerate(above)]
    sign_space = 58.0
    if sig.name:
        name = text_line(sig.name, SERIF_BOLD, BODY_SIZE, x, leading=LEADING, keep=True, space_before=sign_space)
        right = x + width(sig.name, SERIF_BOLD, BODY_SIZE)
        inner = name.draw

        def draw(c: Canvas, y: float) -> None:
            inner(c, y)
            c.setLineWidth(0.6)
            c.line(x, y - name.baseline - 1.8, right, y - name.baseline - 1.8)

        underline = ("q 1 0 0 1 0 ", f" cm 0.6 w n {x:.4f} -1.8 m {right:.4f} -1.8 l S Q")
        items.append(replace(name, draw=draw, texts=(*name.texts, underline) if name.texts else ()))
    else:
        items.append(spacer(LEADING))
        items[-1].space_before, items[-1].keep_with_next = sign_space, True
    if sig.employee_no:
        items.append(text_line(f"{sig.employee_label} {sig.employee_no}", SERIF, BODY_SIZE, x, leading=LEADING))
    items[-1].keep_with_next = False
    return _grouped(items, ("signature", sig))


@lru_cache(maxsize=64)
def _signature(sig: Signature, meterai: bool) -> Item:
    """The signature block (the same in every letter a signatory signs): shared, not to be changed."""
    x = LEFT + TEXT_W * 0.52
    lines_above: list[str] = []
    if sig.on_behalf_of:
        lines_above.append(f"a.n. {sig.on_behalf_of}")
    lines_above.append(f"{sig.position},")
    sign_space = 58.0
    below = [sig.name] + ([f"{sig.employee_label} {sig.employee_no}"] if sig.employee_no else [])
    height = LEADING * (len(lines_above) + len(below)) + sign_space
    base = BODY_SIZE * 0.95

    def draw(c: Canvas, y: float) -> None:
        yy = y
        for line in lines_above:
            draw_text(c, SERIF, BODY_SIZE, x, yy - base, line)
            yy -= LEADING
        if meterai:
            draw_meterai_box(c, x - 4, yy - sign_space + 6, 78, sign_space - 10)
        yy -= sign_space
        if sig.name:
            draw_text(c, SERIF_BOLD, BODY_SIZE, x, yy - base, sig.name)
            c.setLineWidth(0.6)
            c.line(x, yy - base - 1.8, x + width(sig.name, SERIF_BOLD, BODY_SIZE), yy - base - 1.8)
        yy -= LEADING
        for line in below[1:]:
            draw_text(c, SERIF, BODY_SIZE, x, yy - base, line)
            yy -= LEADING

    return Item(height, draw, False, 14.0)


def draw_meterai_box(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    """A dashed box where the stamp duty (meterai) is affixed and signed across."""
    c.saveState()
    c.setDash(3, 2)
    c.setLineWidth(0.7)
    c.setStrokeGray(0.35)
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setDash()
    c.setFillGray(0.4)
    draw_text(c, SANS, 7.5, x + w / 2, y + h / 2 + 2, "Meterai", align="C")
    draw_text(c, SANS, 7.5, x + w / 2, y + h / 2 - 7, "Rp10.000", align="C")
    c.restoreState()


def _tembusan_items(doc: LetterDoc) -> list[Item]:
    return list(_tembusan(doc.tembusan))


@lru_cache(maxsize=64)
def _tembusan(tembusan: tuple[str, ...]) -> tuple[Item, ...]:
    if not tembusan:
        return ()
    items = [text_line("Tembusan:", SERIF, SMALL_SIZE, LEFT, leading=SMALL_SIZE + 3.5, space_before=12, keep=True)]
    for n, entry in enumerate(tembusan, start=1):
        lines = paragraph(entry, SERIF, SMALL_SIZE, LEFT + 16, TEXT_W - 16, leading=SMALL_SIZE + 3.5, justify=False)
        lines[0] = labelled(lines[0], SERIF, SMALL_SIZE, LEFT, f"{n}.")
        items.extend(lines)
    return _grouped(items, ("tembusan", tembusan))


def body_items(doc: LetterDoc) -> list[Item]:
    items: list[Item] = []
    for block in doc.body:
        items += _block_items(block)
    if doc.closing.strip():
        for chunk in re.split(r"\n\s*\n", doc.closing.strip()):
            items += _closing_items(" ".join(chunk.split()))
    elif items:
        items[-1] = replace(items[-1], keep_with_next=True)  # a copy: items are shared between letters
    return items


def _grouped(items: Sequence[Item], group: object) -> tuple[Item, ...]:
    return tuple(replace(item, group=group) for item in items)


@lru_cache(maxsize=256)
def _closing_items(text: str) -> tuple[Item, ...]:
    return _grouped(paragraph(text, SERIF, BODY_SIZE, LEFT, TEXT_W, leading=LEADING, space_before=6, keep_last=2),
                    ("closing", text))


@lru_cache(maxsize=2048)
def _block_items(block: Block) -> tuple[Item, ...]:
    """A block's items, made once for the letters that share it (the fixed paragraphs of a batch)."""
    if isinstance(block, Para):
        return _grouped(paragraph(block.text, SERIF, BODY_SIZE, LEFT, TEXT_W, leading=LEADING, space_before=6), block)
    if isinstance(block, ListItem):
        return _grouped(_list_items(block), block)
    if isinstance(block, Pairs):
        return tuple(_pairs_items(block))
    if isinstance(block, Table):
        return tuple(table_items(block, LEFT, RIGHT))
    return ()


# ---- drawing ----------------------------------------------------------------------------------

def draw_salinan(c: Canvas, page_w: float = PAGE_W, page_h: float = PAGE_H) -> None:
    """The reprint mark: a light diagonal watermark and a boxed "SALINAN" at the top right."""
    c.saveState()
    c.setFillGray(0.88)
    c.translate(page_w / 2, page_h / 2)
    c.rotate(40)
    draw_text(c, SANS_BOLD, 96, 0, -30, "SALINAN", align="C")
    c.restoreState()
    c.saveState()
    c.setStrokeGray(0.2)
    c.setFillGray(0.2)
    w = width("SALINAN", SANS_BOLD, 10) + 12
    c.rect(page_w - RIGHT_MARGIN - w, page_h - 24, w, 16, stroke=1, fill=0)
    draw_text(c, SANS_BOLD, 10, page_w - RIGHT_MARGIN - w / 2, page_h - 19.5, "SALINAN", align="C")
    c.restoreState()


def draw_page_number(c: Canvas, page: int, pages: int) -> None:
    draw_text(c, SANS, 8.5, PAGE_W / 2, 28, f"Halaman {page} dari {pages}", align="C")


def draw_letter(c: Canvas, doc: LetterDoc) -> int:
    """Draw the letter's pages on the canvas (ending each with showPage); returns the page count."""
    register_fonts()
    place = getattr(c, "place", None)  # a PageCanvas writes ready-made text and shows fixed parts as forms
    if doc.salinan:
        _draw_fixed(c, place, "salinan", draw_salinan)
    head_bottom = _draw_fixed(c, place, doc.letterhead,
                              lambda canvas: draw_letterhead(canvas, doc.letterhead, LEFT, RIGHT, PAGE_H - TOP))
    items = _header_items(doc) + _recipient_items(doc) + body_items(doc)
    items += _signature_items(doc)
    items += _tembusan_items(doc)
    laid = paginate(items, Frame(first_top=head_bottom - 16, top=PAGE_H - TOP - 10, bottom=BOTTOM))
    pages = len(laid.pages)
    for n, placed in enumerate(laid.pages, start=1):
        if n > 1:
            c.showPage()
            if doc.salinan:
                _draw_fixed(c, place, "salinan", draw_salinan)
        if place is not None:
            _place_page(c, placed)
        else:
            for y, item in placed:
                item.draw(c, y)
        if pages > 1:
            draw_page_number(c, n, pages)
    c.showPage()
    return pages


def _place_page(c: PageCanvas, placed: Sequence[tuple[float, Item]]) -> None:
    """A page's items on a PageCanvas: consecutive lines of recurring blocks shown as one form, so
    that a batch compresses and writes them once (pdfwrite.Form); the rest written as they are."""
    start = 0
    n = len(placed)
    while start < n:
        y, item = placed[start]
        end = start + 1
        if item.group is not None and item.texts:
            while end < n and placed[end][1].group is not None and placed[end][1].texts:
                end += 1
        if end - start == 1:
            c.place(item, y)
        else:
            c.draw_form(_run_form([it for _y, it in placed[start:end]]), y)
        start = end


_runs: dict[tuple[int, ...], tuple[list[Item], Form]] = {}
_cache_lock = threading.Lock()


def _run_form(run: list[Item]) -> Form:
    """The form of consecutive lines, their top at its origin. The lines' places follow from the
    items alone (heights, space before: only the first line of a page loses it), never from where
    the page put them, so a letter gives the same bytes whatever was drawn before it."""
    key = tuple(map(id, run))  # the items are kept with their form, so their ids are not reused meanwhile
    found = _runs.get(key)
    if found is not None:
        return found[1]
    code = []
    top = 0.0
    for i, item in enumerate(run):
        if i:
            top -= item.space_before
        at = f"{top - item.baseline:.2f}"
        code += [before + at + after for before, after in item.texts]
        top -= item.height
    form = make_form(code, dict.fromkeys(font for item in run for font in item.fonts))
    with _cache_lock:  # letters may be drawn in more than one thread (a preview while a batch runs)
        if len(_runs) >= 4096:
            _runs.pop(next(iter(_runs)))
        _runs[key] = (run, form)
    return form


_recordings: dict[object, tuple] = {}  # what _draw_fixed drew once: key -> (recording or None, result)


def _draw_fixed(c: Canvas, place, key: object, draw):
    """Drawing that is the same on every page it is on (the letterhead, the SALINAN mark): on a
    PageCanvas drawn once and its operators written again; returns what `draw` returns."""
    if place is None:
        return draw(c)
    from desktop.documents.pdfwrite import record

    found = _recordings.get(key)
    if found is None:
        found = record(draw)
        with _cache_lock:
            if len(_recordings) > 64:
                _recordings.pop(next(iter(_recordings)))
            _recordings[key] = found
    recording, result = found
    if recording is None:
        return draw(c)
    c.draw_form(make_form(recording.code, recording.fonts, recording.images), 0.0)
    return result


def new_canvas(buffer: io.BytesIO, title: str = "", compress: bool = True) -> Canvas:
    """A canvas that embeds only the bundled fonts and writes the same bytes for the same input."""
    register_fonts()
    c = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1 if compress else 0,
               initialFontName=SERIF, initialFontSize=BODY_SIZE)
    c.setCreator(PRODUCER)
    c.setProducer(PRODUCER)
    c.setAuthor("")
    c.setTitle(title)
    return c


def draw_pages(doc: LetterDoc) -> DrawnPages:
    """The letter drawn once: its pages, ready to be written alone or with others (pdfwrite)."""
    register_fonts()
    c = PageCanvas()
    try:
        draw_letter(c, doc)
    except BaseException:
        c.abandon()
        raise
    return c.finish()


def letter_title(doc: LetterDoc) -> str:
    return doc.title or f"Surat {doc.number}"


def render_letter(doc: LetterDoc) -> bytes:
    return write_pdf([draw_pages(doc)], letter_title(doc))


def render_letters(docs: Iterable[LetterDoc], title: str = "Surat", progress=None) -> bytes:
    """Many letters into one PDF, one after the other (each starts on a new page)."""
    drawn = []
    for i, doc in enumerate(docs, start=1):
        drawn.append(draw_pages(doc))
        if progress is not None:
            progress(i)
    return write_pdf(drawn, title)
