"""QR codes drawn as vector squares (reportlab.graphics.barcode.qr's encoder; no text, no fonts)."""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 2  # modules of white around the code (4 is the standard; the receipt leaves room anyway)


@lru_cache(maxsize=256)
def qr_matrix(text: str, level: str = "M") -> tuple[tuple[bool, ...], ...]:
    widget = QrCodeWidget(text, barLevel=level)
    widget.qr.make()
    return tuple(tuple(bool(v) for v in row) for row in widget.qr.modules)


def draw_qr(c: Canvas, text: str, x: float, y: float, size: float, level: str = "M") -> None:
    """Draw the QR code of `text` in a square of `size` points with its lower left corner at (x, y)."""
    modules = qr_matrix(text, level)
    n = len(modules)
    box = size / (n + 2 * QUIET_ZONE)
    path = c.beginPath()
    for r, row in enumerate(modules):
        top = y + size - (r + QUIET_ZONE) * box
        start = None
        for col, dark in enumerate((*row, False)):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                path.rect(x + (start + QUIET_ZONE) * box, top - box, (col - start) * box, box)
                start = None
    c.saveState()
    c.setFillGray(0)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()
