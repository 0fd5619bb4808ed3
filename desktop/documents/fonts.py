"""The bundled Noto fonts, registered once per process, and a cached text width.

Only TrueType fonts are used; ReportLab embeds a subset of each in every PDF. Letters are set in
Noto Serif, the letterhead, receipts' labels and marks in Noto Sans.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.config import FONTS_DIR

SERIF = "CabangSerif"
SERIF_BOLD = "CabangSerif-Bold"
SERIF_ITALIC = "CabangSerif-Italic"
SANS = "CabangSans"
SANS_BOLD = "CabangSans-Bold"
SANS_ITALIC = "CabangSans-Italic"

_FILES = {
    SERIF: "NotoSerif-Regular.ttf",
    SERIF_BOLD: "NotoSerif-Bold.ttf",
    SERIF_ITALIC: "NotoSerif-Italic.ttf",
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
}

_lock = threading.Lock()
_registered = False
_widths: dict[tuple[str, str], float] = {}  # (font, word) -> width at 1 pt


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = FONTS_DIR / filename
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC,
                                      boldItalic=SERIF_BOLD)
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC,
                                      boldItalic=SANS_BOLD)
        _registered = True


def width(text: str, font: str, size: float) -> float:
    """The width of `text` in points; words are measured once and remembered (letters repeat)."""
    key = (font, text)
    w = _widths.get(key)
    if w is None:
        w = pdfmetrics.stringWidth(text, font, 1.0)
        if len(_widths) < 200_000:
            _widths[key] = w
    return w * size


def wrap(text: str, font: str, size: float, max_width: float) -> list[list[str]]:
    """Greedy word wrap: the words of each line. A word longer than a line is broken by characters."""
    space = width(" ", font, size)
    lines: list[list[str]] = []
    current: list[str] = []
    used = 0.0
    for word in text.split():
        w = width(word, font, size)
        if w > max_width:  # an account number or a URL with no spaces
            if current:
                lines.append(current)
                current, used = [], 0.0
            piece = ""
            for ch in word:
                if piece and width(piece + ch, font, size) > max_width:
                    lines.append([piece])
                    piece = ch
                else:
                    piece += ch
            current, used = [piece], width(piece, font, size)
            continue
        if current and used + space + w > max_width:
            lines.append(current)
            current, used = [word], w
        else:
            used = used + space + w if current else w
            current.append(word)
    if current:
        lines.append(current)
    return lines
