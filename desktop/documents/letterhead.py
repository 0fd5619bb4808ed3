"""The kop surat: logo, the office's name, address and contacts, and the closing double rule.

Per the tata naskah dinas (reference 7.1): symmetrical, "Jalan" and "Telepon" written in full,
closed by a rule line.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.fonts import SANS, SANS_BOLD, draw_text, width


@dataclass(frozen=True)
class Letterhead:
    name: str  # "BPJS Ketenagakerjaan Kantor Cabang Purwokerto"
    address: str = ""  # "Jalan Jenderal Sudirman Nomor 477, Purwokerto 53116" (lines "\n"-separated)
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_png: bytes | None = None  # PNG or JPEG bytes


@lru_cache(maxsize=8)
def _logo(data: bytes) -> tuple[ImageReader, float]:
    reader = ImageReader(io.BytesIO(data))
    reader.cabang_key = hashlib.sha256(data).hexdigest()  # the same logo is one image in every PDF (pdfwrite)
    w, h = reader.getSize()
    return reader, (w / h if h else 1.0)


def register_logo(data: bytes) -> None:
    """Make the logo's image objects known to this process' PDF writer (see pdfwrite.write_pdf)."""
    from desktop.documents.pdfwrite import register_image

    register_image(_logo(data)[0])


def title_lines(name: str) -> list[str]:
    """The office name in capitals on one or two lines: the institution, then the office."""
    upper = " ".join(name.split()).upper()
    for marker in (" KANTOR CABANG ", " KANTOR WILAYAH ", " KANTOR "):
        if marker in upper:
            head, tail = upper.split(marker, 1)
            return [head, marker.strip() + " " + tail]
    return [upper]


def contact_line(head: Letterhead) -> str:
    parts = []
    if head.phone:
        parts.append(f"Telepon {head.phone}")
    if head.email:
        parts.append(f"Pos-el {head.email}")
    if head.website:
        parts.append(f"Laman {head.website}")
    return ", ".join(parts)


def draw_letterhead(c: Canvas | None, head: Letterhead, left: float, right: float, top: float, *,
                    compact: bool = False) -> float:
    """Draw the kop between x `left` and `right` from y `top` down; returns the y under the rule.
    Without a canvas it only measures."""
    logo_h = 30.0 if compact else 58.0
    text_left = left
    if head.logo_png:
        try:
            reader, ratio = _logo(head.logo_png)
        except Exception:  # a broken logo must not stop a letter; the kop is printed without it
            reader = None
        if reader is not None:
            lw = min(logo_h * ratio, 90.0 if not compact else 60.0)
            lh = lw / ratio
            if c is not None:
                c.drawImage(reader, left, top - lh - (logo_h - lh) / 2, width=lw, height=lh, mask="auto")
            text_left = left + lw + 8
    centre = (text_left + right) / 2 if head.logo_png else (left + right) / 2
    y = top - (11 if compact else 16)
    sizes = (10.5, 9.5) if compact else (15.0, 13.0)
    for i, line in enumerate(title_lines(head.name)):
        size = sizes[min(i, 1)]
        while width(line, SANS_BOLD, size) > right - text_left and size > 7:
            size -= 0.5
        if c is not None:
            draw_text(c, SANS_BOLD, size, centre, y, line, align="C")
        y -= size + (2 if compact else 4)
    small = 7.0 if compact else 9.0
    lines = [ln.strip() for ln in head.address.splitlines() if ln.strip()]
    contacts = contact_line(head)
    if contacts:
        lines.append(contacts)
    for line in lines:
        size = small
        while width(line, SANS, size) > right - text_left and size > 6:
            size -= 0.25
        if c is not None:
            draw_text(c, SANS, size, centre, y, line, align="C")
        y -= small + 2.5
    y = min(y, top - logo_h) - 4
    if c is not None:
        c.setLineWidth(1.6 if not compact else 1.2)
        c.line(left, y, right, y)
        c.setLineWidth(0.5)
        c.line(left, y - 2.5, right, y - 2.5)
    return y - 2.5
