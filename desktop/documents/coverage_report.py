"""The coverage report per kabupaten/kota (Laporan Cakupan Kepesertaan), as the branch presents it.

Data in (desktop.domain.coverage_report.CoverageReportData), PDF bytes out. A4 landscape; the
headline in the branch's words ("Sudah 32 persen dari potensi sekitar 740.000 pekerja ... yang
telah terlindungi"), the table per kabupaten with each one's latest month, sponsored pekerja rentan
by source, Perisai agents, and the coordination commitments still open (overdue ones marked).
The bundled Noto fonts are embedded; the output is deterministic (invariant).
"""

from __future__ import annotations

from io import BytesIO

from desktop.documents.fonts import SANS, SANS_BOLD, SANS_ITALIC, register_fonts
from desktop.domain.coverage_report import CoverageReportData, RegionRow, short_regency
from desktop.domain.coverage_words import coverage_phrase, format_percent_sign, format_persen, group_digits
from desktop.domain.dates import format_date_id

GREEN = "#0B6E4F"
LATE = "#B3261E"


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _num(n: int | None) -> str:
    return "–" if n is None else group_digits(n)


def region_sentence(r: RegionRow) -> str:
    """"Banyumas: 31 persen dari potensi sekitar 330.000 pekerja (data Oktober 2026)"."""
    name = short_regency(r.regency)
    if r.month is None or not r.working_population:
        return f"{name}: belum ada data."
    text = f"{name}: {coverage_phrase(r.covered, r.working_population)} (data {r.month.label()})"
    if r.target_bp is not None and r.coverage_bp is not None:
        gap = r.target_bp - r.coverage_bp
        text += ("; target " + format_persen(r.target_bp, whole=False)
                 + (" tercapai" if gap <= 0 else f", kurang {format_persen(gap, whole=False)}"))
    return text + "."


def render_coverage_report(data: CoverageReportData) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=13.5)
    lead = ParagraphStyle("lead", parent=body, fontName=SANS_BOLD, fontSize=12, leading=16, textColor=GREEN)
    small = ParagraphStyle("small", parent=body, fontName=SANS_ITALIC, fontSize=8, leading=10.5)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    num = ParagraphStyle("num", parent=cell, alignment=TA_RIGHT)
    head = ParagraphStyle("head", parent=cell, fontName=SANS_BOLD, alignment=TA_CENTER, textColor=colors.white)
    title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=14, leading=18, alignment=TA_CENTER)
    sub = ParagraphStyle("sub", parent=body, alignment=TA_CENTER)
    h2 = ParagraphStyle("h2", parent=body, fontName=SANS_BOLD, fontSize=11, leading=15, spaceBefore=8, spaceAfter=3)

    def p(text: str, style=cell) -> Paragraph:
        return Paragraph(esc(text), style)

    def grid(rows: list[list], widths: list[float], *, total_row: bool = False, late_rows: tuple[int, ...] = ()):
        table = Table(rows, colWidths=widths, repeatRows=1)
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(GREEN)),
            ("FONTNAME", (0, 0), (-1, -1), SANS),  # else the table sets Helvetica, a font not embedded
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA0A6")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        if total_row:
            style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#E3F1EC")))
        for i in late_rows:
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#FBE9E7")))
        table.setStyle(TableStyle(style))
        return table

    story: list = [
        Paragraph("LAPORAN CAKUPAN KEPESERTAAN PER KABUPATEN", title),
        Paragraph(esc(data.office_name or "BPJS Ketenagakerjaan"), sub),
        Paragraph(esc(f"Dicetak {format_date_id(data.printed_on)}"
                      + (f" · data terakhir {data.total.month.label()}" if data.total.month else "")), sub),
        Spacer(1, 6 * mm),
        Paragraph(esc(data.headline), lead),
    ]
    if data.bpu_sentence:
        story.append(Paragraph(esc(data.bpu_sentence), body))
    if data.months_differ:
        story.append(Paragraph(esc("Catatan: data kabupaten tidak dari bulan yang sama; setiap kabupaten memakai "
                                   "bulan terakhir yang datanya tersedia (bulan tanpa data tidak dihitung nol)."),
                               small))
    story.append(Spacer(1, 4 * mm))

    headers = ["Kabupaten/Kota", "Bulan data", "Penduduk bekerja", "Sumber", "PU", "BPU", "Jakon",
               "Jumlah peserta", "Cakupan", "Target", "Potensi BPU", "Cakupan BPU"]
    rows: list[list] = [[Paragraph(h, head) for h in headers]]
    for r in (*data.regions, data.total):
        rows.append([
            p(short_regency(r.regency)), p(r.month.label() if r.month else "belum ada data"),
            p(_num(r.working_population), num), p(r.population_source),
            p(_num(r.pu), num), p(_num(r.bpu), num), p(_num(r.jakon), num), p(_num(r.covered), num),
            p(format_percent_sign(r.coverage_bp), num), p(format_percent_sign(r.target_bp), num),
            p(_num(r.informal_population), num), p(format_percent_sign(r.bpu_coverage_bp), num),
        ])
    widths = [x * mm for x in (33, 25, 25, 30, 20, 20, 20, 23, 19, 17, 22, 20)]
    story.append(grid(rows, widths, total_row=True))
    story.append(Spacer(1, 3 * mm))
    for r in data.regions:
        story.append(Paragraph("• " + esc(region_sentence(r)), body))

    story.append(Paragraph("Perlindungan pekerja rentan yang iurannya dibantu pihak lain", h2))
    if data.sponsors:
        srows: list[list] = [[Paragraph(h, head) for h in ("Sumber dana", "Program berjalan", "Pekerja",
                                                             "Iuran per bulan")]]
        for s in data.sponsors:
            srows.append([p(s.source), p(str(s.programmes), num), p(group_digits(s.workers), num),
                          p(s.monthly_cost.format_table(), num)])
        story.append(grid(srows, [x * mm for x in (60, 35, 30, 40)]))
        story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(esc(
        f"Jumlah pekerja rentan yang dilindungi dengan bantuan iuran bulan ini: {group_digits(data.sponsored_workers)} "
        "orang (termasuk yang dibantu mitra PLKK)."), body))

    story.append(Paragraph("Agen Perisai (12 bulan terakhir)", h2))
    if data.perisai_acquired:
        story.append(Paragraph(esc(
            f"{data.perisai_agents} agen Perisai mengakuisisi {group_digits(data.perisai_acquired)} peserta BPU; "
            f"{group_digits(data.perisai_still_active)} di antaranya "
            f"({format_persen(data.perisai_active_bp, whole=True)}) masih aktif."), body))
    else:
        story.append(Paragraph("Belum ada laporan agen Perisai.", body))

    story.append(Paragraph("Tindak lanjut rapat koordinasi yang belum selesai", h2))
    if data.commitments:
        crows: list[list] = [[Paragraph(h, head) for h in ("Pihak", "Komitmen", "Batas waktu", "Status")]]
        late = []
        for i, c in enumerate(data.commitments, start=1):
            status = c.status + (" — TERLAMBAT" if c.overdue else "")
            crows.append([p(c.party), p(c.text), p(format_date_id(c.due) if c.due else "–"), p(status)])
            if c.overdue:
                late.append(i)
        story.append(grid(crows, [x * mm for x in (50, 140, 30, 40)], late_rows=tuple(late)))
    else:
        story.append(Paragraph("Semua komitmen telah selesai.", body))

    story.append(Spacer(1, 5 * mm))
    story.append(KeepTogether([Paragraph(esc(data.rates_note), small)]))

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.setFillColor(colors.HexColor("#5F6368"))
        canvas.drawRightString(doc.pagesize[0] - 15 * mm, 8 * mm, f"Halaman {doc.page}")
        canvas.drawString(15 * mm, 8 * mm, "Laporan Cakupan Kepesertaan — " + (data.office_name or ""))
        canvas.restoreState()

    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=12 * mm, bottomMargin=15 * mm, title="Laporan Cakupan Kepesertaan",
                            author=data.office_name, creator="Cabang", invariant=1, initialFontName=SANS,
                            initialFontSize=10)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
