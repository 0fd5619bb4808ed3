"""The handover list (daftar penyerahan santunan) of a ceremony where heirs receive death benefits
and scholarships: who received what, with the receipt numbers and room to sign.

Data in, PDF out, drawn on the ReportLab canvas with the bundled fonts (embedded), so the list and
the heirs' receipts can be printed as one PDF batch: `draw_handover` ends its last page and the
caller draws the receipts after it on the same canvas.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from desktop.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, draw_text, register_fonts, width, wrap
from desktop.documents.layout import Frame, Item, paginate, spacer, text_line
from desktop.documents.letter import PAGE_H, PAGE_W, new_canvas
from desktop.documents.letterhead import Letterhead, draw_letterhead

LEFT, RIGHT = 51.0, PAGE_W - 51.0
TOP, BOTTOM = 40.0, 56.0


@dataclass(frozen=True)
class HandoverLine:
    heir: str
    relationship: str
    participant: str  # "Budi Santoso (KPJ 12345678901)"
    benefit: str  # "JKM: santunan sekaligus, berkala, pemakaman"
    amount_text: str  # "Rp42.000.000"
    receipt_number: str


@dataclass(frozen=True)
class HandoverSheet:
    letterhead: Letterhead
    day_text: str  # "Jumat, 20 November 2026"
    place: str
    lines: Sequence[HandoverLine]
    total_text: str  # "Rp84.000.000"
    officer: str  # the officer who hands over
    head_position: str = "Kepala Kantor Cabang"
    head_name: str = ""
    place_date: str = ""  # "Purwokerto, 20 November 2026"


def _items(sheet: HandoverSheet) -> list[Item]:
    items: list[Item] = [
        text_line("DAFTAR PENYERAHAN SANTUNAN DAN BEASISWA", SANS_BOLD, 13, LEFT, leading=18, align="C",
                  right=RIGHT, keep=True),
        text_line("BPJS Ketenagakerjaan", SANS, 10.5, LEFT, leading=16, align="C", right=RIGHT, keep=True),
        spacer(6),
    ]
    for label, value in (("Hari, tanggal", sheet.day_text), ("Tempat", sheet.place)):
        if value:
            def draw(c: Canvas, y: float, label=label, value=value) -> None:
                draw_text(c, SERIF, 10.5, LEFT, y - 10, label)
                draw_text(c, SERIF, 10.5, LEFT + 88, y - 10, ":")
                draw_text(c, SERIF, 10.5, LEFT + 96, y - 10, value)

            items.append(Item(15, draw))
    rows = [(str(n), ln.heir, ln.relationship, ln.participant, ln.benefit, ln.amount_text, ln.receipt_number,
             f"{n}. ") for n, ln in enumerate(sheet.lines, start=1)]
    head = _row(HEADERS, bold=True, shade=True)
    head.keep_with_next, head.space_before = True, 8.0
    items.append(head)
    items += [_row(r) for r in rows]
    items.append(_row(("", "Jumlah", "", "", "", sheet.total_text, "", ""), bold=True))
    items.append(_signatures(sheet))
    return items


HEADERS = ("No", "Ahli waris", "Hubungan", "Peserta", "Manfaat", "Jumlah", "No. kuitansi", "Tanda tangan")
WIDTHS = (18.0, 64.0, 50.0, 74.0, 86.0, 62.0, 92.0, 47.0)  # points, summing to the text width
ALIGN = ("C", "L", "L", "L", "L", "R", "L", "L")
CELL, PAD = 8.0, 3.0


def _row(cells, *, bold: bool = False, shade: bool = False) -> Item:
    font = SANS_BOLD if bold else SANS
    lines = [[" ".join(ws) for ws in wrap(cells[k], font, CELL, WIDTHS[k] - 2 * PAD)] or [""] for k in range(len(cells))]
    leading = CELL + 2.5
    height = max(max(len(c) for c in lines) * leading + 2 * PAD, 26.0 if not bold else 0.0)
    total_w = sum(WIDTHS)

    def draw(c: Canvas, y: float) -> None:
        if shade:
            c.setFillGray(0.9)
            c.rect(LEFT, y - height, total_w, height, stroke=0, fill=1)
            c.setFillGray(0)
        c.setLineWidth(0.5)
        c.rect(LEFT, y - height, total_w, height, stroke=1, fill=0)
        x = LEFT
        for k, cell in enumerate(lines):
            if k:
                c.line(x, y, x, y - height)
            for n, text in enumerate(cell):
                ty = y - PAD - CELL * 0.95 - n * leading
                align = "C" if shade else ALIGN[k]
                if align == "R":
                    draw_text(c, font, CELL, x + WIDTHS[k] - PAD, ty, text, align="R")
                elif align == "C":
                    draw_text(c, font, CELL, x + WIDTHS[k] / 2, ty, text, align="C")
                else:
                    draw_text(c, font, CELL, x + PAD, ty, text)
            x += WIDTHS[k]

    return Item(height, draw)


def _signatures(sheet: HandoverSheet) -> Item:
    height = 120.0

    def draw(c: Canvas, y: float) -> None:
        left_x, right_x = LEFT + 10, LEFT + (RIGHT - LEFT) * 0.56
        if sheet.place_date:
            draw_text(c, SERIF, 10.5, right_x, y - 10, sheet.place_date)
        draw_text(c, SERIF, 10.5, left_x, y - 26, "Mengetahui,")
        draw_text(c, SERIF, 10.5, left_x, y - 40, f"{sheet.head_position},")
        draw_text(c, SERIF, 10.5, right_x, y - 40, "Petugas yang menyerahkan,")
        for x, name in ((left_x, sheet.head_name), (right_x, sheet.officer)):
            if name:
                draw_text(c, SERIF_BOLD, 10.5, x, y - 104, name)
                c.setLineWidth(0.6)
                c.line(x, y - 105.8, x + width(name, SERIF_BOLD, 10.5), y - 105.8)

    return Item(height, draw, False, 16.0)


def draw_handover(c: Canvas, sheet: HandoverSheet) -> int:
    """Draw the list's pages (each ended with showPage); returns the number of pages."""
    register_fonts()
    head_bottom = draw_letterhead(c, sheet.letterhead, LEFT, RIGHT, PAGE_H - TOP)
    laid = paginate(_items(sheet), Frame(first_top=head_bottom - 14, top=PAGE_H - TOP, bottom=BOTTOM))
    pages = len(laid.pages)
    for n, placed in enumerate(laid.pages, start=1):
        if n > 1:
            c.showPage()
        for y, item in placed:
            item.draw(c, y)
        draw_text(c, SANS, 8, RIGHT, 30, f"Daftar penyerahan, halaman {n} dari {pages}", align="R")
    c.showPage()
    return pages


def render_handover(sheet: HandoverSheet, then: Sequence[Callable[[Canvas], object]] = ()) -> bytes:
    """The list, followed on the same canvas by whatever `then` draws (the receipts): one PDF."""
    buffer = io.BytesIO()
    c = new_canvas(buffer, "Daftar Penyerahan Santunan")
    draw_handover(c, sheet)
    for draw in then:
        draw(c)
    c.save()
    return buffer.getvalue()
