"""The Dasbor's two charts drawn with reportlab.graphics, for the one-page PDF.

- coverage per kabupaten as bars, each with its target as a marker line across the bar;
- BPU participants per month as a line that stops where a month has no data (a gap is drawn as a
  gap, never as a fall to zero or a straight bridge over the missing month).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from desktop.documents.fonts import SANS, SANS_BOLD
from desktop.domain.coverage_figures import SeriesPoint, segments
from desktop.domain.coverage_report import short_regency
from desktop.domain.coverage_words import group_digits, percent_text
from desktop.domain.dashboard import RegionCoverage

GREEN = colors.HexColor("#0B6E4F")
TARGET = colors.HexColor("#B3261E")
GRID = colors.HexColor("#DADCE0")
TEXT = colors.HexColor("#1F2328")
MUTED = colors.HexColor("#5F6368")


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / max(ticks, 1)
    for step in (1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000,
                 25_000, 50_000, 100_000):
        if step >= raw:
            return float(step)
    return raw


def coverage_bars(regions: Sequence[RegionCoverage], width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = SANS  # the renderer starts from it: never the unembedded Helvetica
    left, bottom, top_pad = 34.0, 26.0, 14.0
    plot_w, plot_h = width - left - 8, height - bottom - top_pad
    values = [r.coverage_bp or 0 for r in regions] + [r.target_bp or 0 for r in regions]
    top = max(values + [1000]) / 100
    step = _nice_step(top)
    top = step * (int(top / step) + 1)

    def y_of(pct: float) -> float:
        return bottom + plot_h * pct / top

    for i in range(int(top / step) + 1):
        y = y_of(i * step)
        d.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.5))
        d.add(String(left - 4, y - 3, f"{i * step:g} %".replace(".", ","), fontName=SANS, fontSize=7,
                     fillColor=MUTED, textAnchor="end"))
    n = max(len(regions), 1)
    slot = plot_w / n
    bar_w = min(46.0, slot * 0.55)
    for i, r in enumerate(regions):
        cx = left + slot * (i + 0.5)
        d.add(String(cx, bottom - 12, short_regency(r.regency), fontName=SANS, fontSize=7.5, fillColor=TEXT,
                     textAnchor="middle"))
        if r.coverage_bp is None:
            d.add(String(cx, bottom + 4, "belum ada data", fontName=SANS, fontSize=7, fillColor=MUTED,
                         textAnchor="middle"))
            continue
        h = y_of(r.coverage_bp / 100) - bottom
        d.add(Rect(cx - bar_w / 2, bottom, bar_w, h, fillColor=GREEN, strokeColor=None))
        label_y = bottom + h - 11 if h > 16 else bottom + h + 3  # inside the bar, clear of the target mark
        d.add(String(cx, label_y, percent_text(r.coverage_bp) + " %", fontName=SANS_BOLD, fontSize=7.5,
                     fillColor=colors.white if h > 16 else TEXT, textAnchor="middle"))
        if r.target_bp is not None:
            ty = y_of(r.target_bp / 100)
            d.add(Line(cx - bar_w / 2 - 6, ty, cx + bar_w / 2 + 6, ty, strokeColor=TARGET, strokeWidth=1.6))
            d.add(String(cx + bar_w / 2 + 8, ty - 2.5, "target " + percent_text(r.target_bp) + " %", fontName=SANS,
                         fontSize=6.5, fillColor=TARGET))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=MUTED, strokeWidth=0.7))
    return d


def growth_line(points: Sequence[SeriesPoint], width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = SANS  # the renderer starts from it: never the unembedded Helvetica
    left, bottom, top_pad = 44.0, 26.0, 10.0
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    known = [p.value for p in points if p.value is not None]
    if not points or not known:
        d.add(String(width / 2, height / 2, "Belum ada data BPU per bulan.", fontName=SANS, fontSize=8,
                     fillColor=MUTED, textAnchor="middle"))
        return d
    low, high = min(known), max(known)
    step = _nice_step(max(high - low, 10) * 1.2, 4)
    lo = step * int(low / step) - (step if low % step == 0 and low > 0 else 0)
    lo = max(lo, 0)
    hi = lo + step * max(1, int((high - lo) / step) + 1)
    n = len(points)

    def xy(i: int, v: int) -> tuple[float, float]:
        x = left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)
        return x, bottom + plot_h * (v - lo) / (hi - lo)

    ticks = int((hi - lo) / step)
    for k in range(ticks + 1):
        value = lo + k * step
        y = bottom + plot_h * k / ticks
        d.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.5))
        d.add(String(left - 4, y - 3, group_digits(int(value)), fontName=SANS, fontSize=7, fillColor=MUTED,
                     textAnchor="end"))
    index = {p.month: i for i, p in enumerate(points)}
    for run in segments(points):
        coords: list[float] = []
        for p in run:
            coords.extend(xy(index[p.month], p.value or 0))
        if len(run) > 1:
            d.add(PolyLine(coords, strokeColor=GREEN, strokeWidth=1.6))
        for j in range(0, len(coords), 2):
            d.add(Circle(coords[j], coords[j + 1], 2.0, fillColor=GREEN, strokeColor=None))
    for i, p in enumerate(points):
        x = xy(i, lo)[0]
        if i % 2 == (n - 1) % 2:
            d.add(String(x, bottom - 12, p.month.short(), fontName=SANS, fontSize=6.5, fillColor=TEXT,
                         textAnchor="middle"))
        if p.value is None:
            d.add(String(x, bottom + 3, "×", fontName=SANS, fontSize=8, fillColor=TARGET, textAnchor="middle"))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=MUTED, strokeWidth=0.7))
    return d
