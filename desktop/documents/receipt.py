"""The kuitansi (receipt), per reference 8.1: KUITANSI, No., "Telah terima dari", "Uang sejumlah"
(the amount in words), "Untuk pembayaran", the breakdown, the amount in figures (Rp1.500.000,00),
place and date, the payee's name and signature line, a meterai box when the amount is above the
threshold, and a QR code with the number and a keyed hash for verification. Two copies: ASLI for the
payee and ARSIP KANTOR for the office, on one page (cut along the dashed line) or two.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.fonts import SANS, SANS_BOLD, SANS_ITALIC, SERIF_BOLD, draw_text, width, wrap
from desktop.documents.letter import draw_meterai_box, draw_salinan, new_canvas
from desktop.documents.letterhead import Letterhead, draw_letterhead
from desktop.documents.qr import draw_qr

PAGE_W, PAGE_H = A4
LEFT, RIGHT = 56.0, PAGE_W - 48.0
COPIES = ("ASLI", "ARSIP KANTOR")
SIZE = 10.0
LEAD = 13.2


@dataclass(frozen=True)
class ReceiptDoc:
    letterhead: Letterhead
    number: str
    payer: str  # "Telah terima dari"
    payee_name: str
    payee_id: str  # "NIK 3302**********03"
    amount: str  # "Rp42.000.000,00"
    amount_words: str  # "Empat Puluh Dua Juta Rupiah"
    purpose: str
    place_date: str
    components: tuple[tuple[str, str], ...] = ()
    extra_lines: tuple[tuple[str, str], ...] = ()
    meterai: bool = False
    qr_payload: str = ""
    salinan: bool = False
    title: str = ""


class _Pen:
    """Draws, or only measures when there is no canvas (to decide one page or two)."""

    def __init__(self, c: Canvas | None) -> None:
        self.c = c

    def text(self, font: str, size: float, x: float, y: float, s: str, align: str = "L") -> None:
        if self.c is not None:
            draw_text(self.c, font, size, x, y, s, align=align)


def _rows(pen: _Pen, y: float, label_w: float, rows: Iterable[tuple[str, str, str]]) -> float:
    colon = LEFT + label_w
    value_x = colon + 10
    for label, value, font in rows:
        lines = [" ".join(w) for w in wrap(value, font, SIZE, RIGHT - value_x)] or [""]
        pen.text(SANS, SIZE, LEFT, y, label)
        pen.text(SANS, SIZE, colon, y, ":")
        for line in lines:
            pen.text(font, SIZE, value_x, y, line)
            y -= LEAD
        y -= 2
    return y


def draw_copy(c: Canvas | None, doc: ReceiptDoc, top: float, copy_label: str) -> float:
    """One copy of the receipt from `top` down; returns the lowest y used."""
    pen = _Pen(c)
    y = top
    y = draw_letterhead(c, doc.letterhead, LEFT, RIGHT, top, compact=True)
    # the copy's label, boxed, top right
    if c is not None:
        w = width(copy_label, SANS_BOLD, 8.5) + 12
        c.setLineWidth(0.8)
        c.rect(RIGHT - w, top + 2, w, 14, stroke=1, fill=0)
        draw_text(c, SANS_BOLD, 8.5, RIGHT - w / 2, top + 6, copy_label, align="C")
    y -= 20
    pen.text(SERIF_BOLD, 16, (LEFT + RIGHT) / 2, y, "KUITANSI", align="C")
    if c is not None:
        tw = width("KUITANSI", SERIF_BOLD, 16)
        c.setLineWidth(0.8)
        c.line((LEFT + RIGHT - tw) / 2, y - 3, (LEFT + RIGHT + tw) / 2, y - 3)
    y -= 14
    pen.text(SANS, SIZE, (LEFT + RIGHT) / 2, y, f"No. {doc.number}", align="C")
    y -= 20
    label_w = 112.0
    y = _rows(pen, y, label_w, [("Telah terima dari", doc.payer, SANS_BOLD)])
    # amount in words, in a shaded band
    value_x = LEFT + label_w + 10
    words = [" ".join(w) for w in wrap(doc.amount_words, SANS_ITALIC, SIZE, RIGHT - value_x - 8)]
    band_h = len(words) * LEAD + 6
    if c is not None:
        c.setFillGray(0.92)
        c.rect(value_x - 4, y - band_h + LEAD - 3, RIGHT - value_x + 4, band_h, stroke=0, fill=1)
        c.setFillGray(0)
    pen.text(SANS, SIZE, LEFT, y, "Uang sejumlah")
    pen.text(SANS, SIZE, LEFT + label_w, y, ":")
    for line in words:
        pen.text(SANS_ITALIC, SIZE, value_x, y, line)
        y -= LEAD
    y -= 6
    y = _rows(pen, y, label_w, [("Untuk pembayaran", doc.purpose, SANS)]
              + [(label, value, SANS) for label, value in doc.extra_lines])
    if doc.components:
        pen.text(SANS, SIZE, LEFT, y, "Rincian")
        pen.text(SANS, SIZE, LEFT + label_w, y, ":")
        amount_x = RIGHT - 4
        for n, (label, amount) in enumerate(doc.components, start=1):
            pen.text(SANS, SIZE, value_x, y, f"{n}. {label}")
            pen.text(SANS, SIZE, amount_x, y, amount, align="R")
            y -= LEAD
        if c is not None:
            c.setLineWidth(0.5)
            c.line(value_x, y + LEAD - 4, RIGHT, y + LEAD - 4)
        pen.text(SANS_BOLD, SIZE, value_x, y - 2, "Jumlah")
        pen.text(SANS_BOLD, SIZE, amount_x, y - 2, doc.amount, align="R")
        y -= LEAD + 2
    y -= 4
    # bottom: the amount in figures and the QR code on the left, the signature on the right
    sig_x = LEFT + (RIGHT - LEFT) * 0.60
    block_top = y
    pen.text(SANS, SIZE, sig_x, y, doc.place_date)
    pen.text(SANS, SIZE, sig_x, y - LEAD, "Yang menerima,")
    sign_h = 50.0
    sig_base = y - LEAD - 10 - sign_h
    if c is not None:
        if doc.meterai:
            draw_meterai_box(c, sig_x, sig_base + 10, 72, sign_h - 12)
        c.setLineWidth(0.5)
    pen.text(SANS_BOLD, SIZE, sig_x, sig_base, doc.payee_name)
    if c is not None:
        c.line(sig_x, sig_base - 2.5, sig_x + max(width(doc.payee_name, SANS_BOLD, SIZE), 120), sig_base - 2.5)
    if doc.payee_id:
        pen.text(SANS, 8.5, sig_x, sig_base - 13, doc.payee_id)
    box_w = max(width(doc.amount, SERIF_BOLD, 15) + 28, 170.0)
    if c is not None:
        c.setFillGray(0.92)
        c.setLineWidth(1.2)
        c.rect(LEFT, block_top - 26, box_w, 28, stroke=1, fill=1)
        c.setFillGray(0)
    pen.text(SERIF_BOLD, 15, LEFT + box_w / 2, block_top - 18, doc.amount, align="C")
    qr_size = 58.0
    if doc.qr_payload and c is not None:
        draw_qr(c, doc.qr_payload, LEFT - 4, block_top - 34 - qr_size, qr_size)
        draw_text(c, SANS, 6.5, LEFT + qr_size + 2, block_top - 34 - qr_size / 2 + 10, "Pindai untuk memeriksa")
        draw_text(c, SANS, 6.5, LEFT + qr_size + 2, block_top - 34 - qr_size / 2 + 2, "keaslian kuitansi ini")
        draw_text(c, SANS, 6.5, LEFT + qr_size + 2, block_top - 34 - qr_size / 2 - 6, "(Cabang: Periksa kuitansi)")
    bottom = min(sig_base - 16, block_top - 34 - qr_size)
    return bottom


def _height(doc: ReceiptDoc) -> float:
    return 1000.0 - draw_copy(None, doc, 1000.0, COPIES[0])


def draw_receipt(c: Canvas, doc: ReceiptDoc) -> int:
    """Both copies: on one page when they fit, else one page each. Returns the page count."""
    half = PAGE_H / 2
    if doc.salinan:
        draw_salinan(c)
    if _height(doc) <= half - 52:
        draw_copy(c, doc, PAGE_H - 40, COPIES[0])
        c.saveState()
        c.setDash(4, 3)
        c.setLineWidth(0.5)
        c.setStrokeGray(0.5)
        c.line(24, half, PAGE_W - 24, half)
        c.restoreState()
        draw_text(c, SANS, 6.5, PAGE_W - 24, half + 3, "gunting di sini", align="R")
        draw_copy(c, doc, half - 28, COPIES[1])
        c.showPage()
        return 1
    draw_copy(c, doc, PAGE_H - 40, COPIES[0])
    c.showPage()
    if doc.salinan:
        draw_salinan(c)
    draw_copy(c, doc, PAGE_H - 40, COPIES[1])
    c.showPage()
    return 2


def render_receipt(doc: ReceiptDoc) -> bytes:
    buffer = io.BytesIO()
    c = new_canvas(buffer, doc.title or f"Kuitansi {doc.number}")
    draw_receipt(c, doc)
    c.save()
    return buffer.getvalue()


def render_receipts(docs: Iterable[ReceiptDoc], title: str = "Kuitansi") -> bytes:
    buffer = io.BytesIO()
    c = new_canvas(buffer, title)
    for doc in docs:
        draw_receipt(c, doc)
    c.save()
    return buffer.getvalue()
