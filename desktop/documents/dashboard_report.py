"""The Dasbor on one A4 landscape page (laporan bulanan ke kantor wilayah).

Data in (desktop.domain.dashboard.DashboardData), PDF bytes out: the tiles' figures, the coverage
per kabupaten against target and the BPU growth line (reportlab.graphics), then the compliance cases
by state, the agreements expiring and the coordination commitments overdue. A tile whose area has no
data yet says so ("belum ada data"). Bundled Noto fonts, embedded; deterministic output.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.dashboard_charts import coverage_bars, growth_line
from desktop.documents.fonts import SANS, SANS_BOLD, register_fonts, wrap
from desktop.domain.coverage_words import format_percent_sign, group_digits
from desktop.domain.dashboard import DashboardData, ListTile
from desktop.domain.dates import format_date_id

GREEN = colors.HexColor("#0B6E4F")
LIGHT = colors.HexColor("#E3F1EC")
BORDER = colors.HexColor("#9AA0A6")
MUTED = colors.HexColor("#5F6368")
TEXT = colors.HexColor("#1F2328")
LATE = colors.HexColor("#B3261E")
NO_DATA = "belum ada data"

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 28.0


def tiles(data: DashboardData) -> list[tuple[str, str, str]]:
    """(label, figure, caption) of each tile, in Indonesian."""
    cov, cases, dis = data.coverage, data.cases, data.disbursements
    caption = []
    if cov.branch_target_bp is not None:
        caption.append(f"target {format_percent_sign(cov.branch_target_bp)}")
    if cov.latest_month is not None:
        caption.append(f"data {cov.latest_month.label()}")
    growth = data.bpu_growth.growth
    out = [
        ("Cakupan kepesertaan", format_percent_sign(cov.branch_bp) if cov.has_data else NO_DATA, " · ".join(caption)),
        ("Cakupan BPU", format_percent_sign(cov.branch_bpu_bp) if cov.branch_bpu_bp is not None else NO_DATA,
         "" if growth is None else f"{'+' if growth >= 0 else ''}{group_digits(growth)} peserta BPU dalam 12 bulan"),
        ("Kasus kepatuhan", group_digits(cases.total) if cases.available else NO_DATA,
         f"{cases.overdue} lewat batas waktu" if cases.available and cases.overdue is not None else ""),
        ("PKS berakhir dalam 90 hari", _count(data.agreements_expiring), _first(data.agreements_expiring)),
        ("Bukti beasiswa jatuh tempo", _count(data.scholarship_proofs_due), _first(data.scholarship_proofs_due)),
        ("Santunan dibayar bulan ini", dis.total.format_table() if dis.available else NO_DATA,
         f"{dis.count} pembayaran" if dis.available else ""),
        ("Komitmen terlambat", _count(data.commitments_overdue), _first(data.commitments_overdue)),
        ("Pekerja rentan dibantu iuran", group_digits(data.sponsored_workers), "bulan ini, semua sumber dana"),
    ]
    return out


def _count(tile: ListTile) -> str:
    return group_digits(tile.count) if tile.available else NO_DATA


def _first(tile: ListTile) -> str:
    if not tile.available or not tile.items:
        return ""
    item = tile.items[0]
    when = f" ({format_date_id(item.when)})" if item.when else ""
    return f"{item.title}{when}"


def _rows(tile: ListTile, *, late: bool) -> list[tuple[str, str, bool]] | None:
    """The tile's first items (title, date), and how many more there are."""
    if not tile.available:
        return None
    rows = [(i.title, format_date_id(i.when) if i.when else "", late) for i in tile.items]
    if tile.count > len(tile.items):
        rows.append((f"… dan {tile.count - len(tile.items)} lainnya", "", False))
    return rows


def _fit(text: str, font: str, size: float, max_width: float) -> str:
    lines = wrap(text, font, size, max_width)
    if not lines:
        return ""
    first = " ".join(lines[0])
    return first if len(lines) == 1 else first.rstrip(".,;") + "…"


def render_dashboard(data: DashboardData) -> bytes:
    register_fonts()
    out = BytesIO()
    c = Canvas(out, pagesize=(PAGE_W, PAGE_H), invariant=1, initialFontName=SANS, initialFontSize=10)
    c.setTitle(f"Dasbor {data.month.label()}")
    c.setAuthor(data.office_name)
    c.setCreator("Cabang")

    y = PAGE_H - MARGIN
    c.setFillColor(GREEN)
    c.setFont(SANS_BOLD, 15)
    c.drawString(MARGIN, y - 12, f"DASBOR KANTOR CABANG — {data.month.label().upper()}")
    c.setFillColor(TEXT)
    c.setFont(SANS, 9)
    c.drawString(MARGIN, y - 26, data.office_name or "BPJS Ketenagakerjaan")
    c.drawRightString(PAGE_W - MARGIN, y - 12, f"Dicetak {format_date_id(data.today)}")
    y -= 34
    if data.coverage.phrase:
        c.setFont(SANS_BOLD, 10)
        c.drawString(MARGIN, y - 10, _fit(f"Sudah {data.coverage.phrase} yang telah terlindungi.", SANS_BOLD, 10,
                                          PAGE_W - 2 * MARGIN))
    y -= 20

    # ---- tiles: two rows of four ------------------------------------------------------------------
    gap, tile_h = 8.0, 48.0
    tile_w = (PAGE_W - 2 * MARGIN - 3 * gap) / 4
    for i, (label, figure, caption) in enumerate(tiles(data)):
        row, col = divmod(i, 4)
        x = MARGIN + col * (tile_w + gap)
        top = y - row * (tile_h + gap)
        c.setFillColor(LIGHT)
        c.setStrokeColor(BORDER)
        c.setLineWidth(0.5)
        c.roundRect(x, top - tile_h, tile_w, tile_h, 5, stroke=1, fill=1)
        c.setFillColor(MUTED)
        c.setFont(SANS, 7.5)
        c.drawString(x + 8, top - 12, label)
        c.setFillColor(MUTED if figure == NO_DATA else TEXT)
        c.setFont(SANS_BOLD, 11 if figure == NO_DATA else 15)
        c.drawString(x + 8, top - 29, figure)
        c.setFillColor(MUTED)
        c.setFont(SANS, 7)
        c.drawString(x + 8, top - 41, _fit(caption, SANS, 7, tile_w - 16))
    y -= 2 * tile_h + gap + 12

    # ---- charts --------------------------------------------------------------------------------------
    chart_h = 150.0
    half = (PAGE_W - 2 * MARGIN - gap) / 2
    c.setFillColor(TEXT)
    c.setFont(SANS_BOLD, 9)
    c.drawString(MARGIN, y - 8, "Cakupan per kabupaten terhadap target")
    c.drawString(MARGIN + half + gap, y - 8, "Peserta BPU per bulan (12 bulan; × = tidak ada data)")
    renderPDF.draw(coverage_bars(data.coverage.regions, half, chart_h - 14), c, MARGIN, y - chart_h)
    renderPDF.draw(growth_line(data.bpu_growth.points, half, chart_h - 14), c, MARGIN + half + gap, y - chart_h)
    y -= chart_h + 10

    # ---- three short lists ----------------------------------------------------------------------------
    third = (PAGE_W - 2 * MARGIN - 2 * gap) / 3
    columns = [
        ("Kasus kepatuhan per tahap",
         [(s.label_id, group_digits(s.value), False) for s in data.cases.by_state] if data.cases.available else None,
         [(o.label_id, o.value.format_table() if hasattr(o.value, "format_table") else group_digits(o.value), False)
          for o in data.cases.outcomes]),
        ("PKS mitra PLKK berakhir dalam 90 hari", _rows(data.agreements_expiring, late=False), []),
        ("Komitmen rapat koordinasi yang terlambat", _rows(data.commitments_overdue, late=True), []),
    ]
    for k, (title, rows, extra) in enumerate(columns):
        x = MARGIN + k * (third + gap)
        c.setFillColor(TEXT)
        c.setFont(SANS_BOLD, 9)
        c.drawString(x, y - 8, title)
        line_y = y - 22
        c.setFont(SANS, 8)
        if rows is None:
            c.setFillColor(MUTED)
            c.drawString(x, line_y, "Belum ada data dari bagian ini.")
            continue
        if not rows:
            c.setFillColor(MUTED)
            c.drawString(x, line_y, "Tidak ada.")
            line_y -= 10
        for label, value, late in rows:
            c.setFillColor(LATE if late else TEXT)
            c.drawString(x, line_y, _fit(label, SANS, 8, third - 70))
            c.drawRightString(x + third, line_y, value)
            line_y -= 10
        if extra:
            line_y -= 3
            c.setFillColor(MUTED)
            c.setFont(SANS_BOLD, 8)
            c.drawString(x, line_y, f"Hasil bulan {data.month.label()}")
            line_y -= 10
            c.setFont(SANS, 8)
            for label, value, _ in extra:
                c.setFillColor(TEXT)
                c.drawString(x, line_y, label)
                c.drawRightString(x + third, line_y, value)
                line_y -= 10

    c.setFillColor(MUTED)
    c.setFont(SANS, 7)
    c.drawString(MARGIN, 16, "Bulan tanpa data ditampilkan kosong, bukan nol; cakupan memakai bulan terakhir yang "
                             "datanya tersedia per kabupaten.")
    c.drawRightString(PAGE_W - MARGIN, 16, "Cabang")
    c.showPage()
    c.save()
    return out.getvalue()
