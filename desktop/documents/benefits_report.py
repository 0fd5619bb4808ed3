"""The benefits report (Laporan Pembayaran Santunan dan Beasiswa) as PDF and as an Excel workbook.

Data in (a `BenefitReport` from the domain), bytes out. The PDF is A4 portrait with the office's
letterhead, the published summary line ("JKM 76 kasus Rp3,4 miliar; ..."), and tables by
programme, kabupaten, segment and month; the bundled Noto fonts are embedded. The workbook has the
same tables with amounts as numbers (rupiah) so they can be summed in Excel.
"""

from __future__ import annotations

from io import BytesIO

from desktop.documents.fonts import SANS, SANS_BOLD, register_fonts
from desktop.documents.letterhead import Letterhead, draw_letterhead
from desktop.domain.benefits_report import PROGRAMMES, BenefitReport, BreakdownRow
from desktop.domain.dates import MONTHS_ID, format_date_id

MARGIN = 51.0
KOP_HEIGHT = 96.0
SEGMENT_NAMES = {"PU": "Penerima Upah (PU)", "BPU": "Bukan Penerima Upah (BPU)", "JAKON": "Jasa Konstruksi"}


def period_text(report: BenefitReport) -> str:
    if report.month_from == 1 and report.month_to == 12:
        return f"Tahun {report.year}"
    if report.month_from == report.month_to:
        return f"{MONTHS_ID[report.month_from - 1]} {report.year}"
    return f"{MONTHS_ID[report.month_from - 1]} s.d. {MONTHS_ID[report.month_to - 1]} {report.year}"


def _pivot(rows: tuple[BreakdownRow, ...], label=lambda g: g) -> list[list[object]]:
    """One line per group: cases and amount for each programme, then the totals."""
    groups: dict[str, dict[str, BreakdownRow]] = {}
    for r in rows:
        groups.setdefault(r.group, {})[r.programme] = r
    out = []
    for group in sorted(groups):
        cells: list[object] = [label(group)]
        cases = total = 0
        for p in PROGRAMMES:
            r = groups[group].get(p)
            cells += [r.cases if r else 0, r.amount.sen // 100 if r else 0]
            cases += r.cases if r else 0
            total += r.amount.sen // 100 if r else 0
        out.append(cells + [cases, total])
    return out


def _rp(n: int) -> str:
    return f"Rp{n:,}".replace(",", ".")


def render_report_pdf(report: BenefitReport, head: Letterhead) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=12.5)
    title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=13, leading=17, alignment=TA_CENTER)
    sub = ParagraphStyle("sub", parent=title, fontName=SANS, fontSize=10.5, leading=14)
    h2 = ParagraphStyle("h2", fontName=SANS_BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3)
    green = colors.HexColor("#E3F1EC")

    def table(data: list[list[str]], widths: list[float], total_row: bool = False) -> Table:
        t = Table(data, colWidths=widths, repeatRows=2 if len(data) > 1 and data[1][0] == "" else 1, hAlign="LEFT")
        style = [("FONTNAME", (0, 0), (-1, -1), SANS), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                 ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD), ("BACKGROUND", (0, 0), (-1, 0), green),
                 ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#707070")),
                 ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        if total_row:
            style += [("FONTNAME", (0, -1), (-1, -1), SANS_BOLD), ("BACKGROUND", (0, -1), (-1, -1), green)]
        t.setStyle(TableStyle(style))
        return t

    story: list = [Spacer(1, KOP_HEIGHT), Paragraph("LAPORAN PEMBAYARAN SANTUNAN DAN BEASISWA", title),
                   Paragraph(f"{period_text(report)}", sub), Spacer(1, 4 * mm)]
    published = report.published()
    story.append(Paragraph(f"Ringkasan: {published}.", body))
    story.append(Spacer(1, 3 * mm))
    data = [["Program", "Kasus", "Jumlah Dibayar", "Ringkas"]]
    for s in report.summary:
        data.append([s.programme, str(s.cases), _rp(s.amount.sen // 100), s.line.split(" kasus ")[-1]])
    data.append(["Jumlah", str(report.total_cases), _rp(report.total.sen // 100), ""])
    story.append(table(data, [45 * mm, 25 * mm, 50 * mm, 45 * mm], total_row=True))

    wide = [28 * mm] + [10 * mm, 25 * mm] * 4
    header = ["", "JKM", "", "JKK", "", "Beasiswa", "", "Jumlah", ""]
    header2 = ["", "Kasus", "Rp", "Kasus", "Rp", "Kasus", "Rp", "Kasus", "Rp"]

    def pivot_table(rows: tuple[BreakdownRow, ...], first: str, label=lambda g: g):
        lines = _pivot(rows, label)
        if not lines:
            return Paragraph("Tidak ada pembayaran pada periode ini.", body)
        data = [[first] + header[1:], header2]
        totals = [0] * 8
        for line in lines:
            data.append([line[0]] + [str(v) if i % 2 == 0 else _rp(v) for i, v in enumerate(line[1:])])
            totals = [a + b for a, b in zip(totals, line[1:], strict=True)]
        data.append(["Jumlah"] + [str(v) if i % 2 == 0 else _rp(v) for i, v in enumerate(totals)])
        t = table(data, wide, total_row=True)
        t.setStyle(TableStyle([("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)), ("SPAN", (5, 0), (6, 0)),
                               ("SPAN", (7, 0), (8, 0)), ("ALIGN", (1, 0), (-1, 1), "CENTER"),
                               ("FONTNAME", (0, 1), (-1, 1), SANS_BOLD), ("BACKGROUND", (0, 1), (-1, 1), green),
                               ("FONTSIZE", (0, 0), (-1, -1), 8), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
        return t

    for heading, rows, first, label in (
            ("Menurut Kabupaten", report.by_kabupaten, "Kabupaten", lambda g: g),
            ("Menurut Segmen Kepesertaan", report.by_segment, "Segmen", lambda g: SEGMENT_NAMES.get(g, g)),
            ("Menurut Bulan Pembayaran", report.by_month, "Bulan", lambda g: MONTHS_ID[int(g) - 1])):
        story.append(KeepTogether([Paragraph(heading, h2), pivot_table(rows, first, label)]))
    story.append(Spacer(1, 5 * mm))
    story.append(Paragraph(
        "Kasus JKM dan JKK dihitung per klaim kematian yang dibayar pada periode; kasus beasiswa dihitung per "
        "pembayaran beasiswa (satu anak untuk satu tahun ajaran). Jumlah adalah pembayaran bersih setelah "
        f"koreksi (pembalikan). Dibuat {format_date_id(report.made_on)}.", ParagraphStyle(
            "note", parent=body, fontSize=8, leading=10.5, textColor=colors.HexColor("#505050"))))

    def first_page(canvas, doc) -> None:
        draw_letterhead(canvas, head, MARGIN, A4[0] - MARGIN, A4[1] - 12 * mm)
        footer(canvas, doc)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.drawString(MARGIN, 10 * mm, f"Laporan santunan dan beasiswa, {period_text(report)}")
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, f"Halaman {doc.page}")
        canvas.restoreState()

    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=12 * mm,
                            bottomMargin=18 * mm, title=f"Laporan Santunan dan Beasiswa {period_text(report)}",
                            author=report.office or head.name, creator="Cabang", invariant=1,
                            initialFontName=SANS, initialFontSize=9)
    doc.build(story, onFirstPage=first_page, onLaterPages=footer)
    return out.getvalue()


def render_report_xlsx(report: BenefitReport) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E3F1EC")
    money = '"Rp"#,##0'

    ws = wb.active
    ws.title = "Ringkasan"
    ws.append(["Laporan Pembayaran Santunan dan Beasiswa"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([report.office])
    ws.append([period_text(report)])
    ws.append([report.published()])
    ws.append([])
    ws.append(["Program", "Kasus", "Jumlah (Rp)", "Ringkas"])
    for cell in ws[6]:
        cell.font, cell.fill = bold, fill
    for s in report.summary:
        ws.append([s.programme, s.cases, s.amount.sen // 100, s.line])
    ws.append(["Jumlah", report.total_cases, report.total.sen // 100, ""])
    for cell in ws[ws.max_row]:
        cell.font = bold
    for row in ws.iter_rows(min_row=7, min_col=3, max_col=3):
        for cell in row:
            cell.number_format = money
    for col, w in zip("ABCD", (22, 10, 20, 40), strict=True):
        ws.column_dimensions[col].width = w

    for title, rows, first, label in (
            ("Kabupaten", report.by_kabupaten, "Kabupaten", lambda g: g),
            ("Segmen", report.by_segment, "Segmen", lambda g: SEGMENT_NAMES.get(g, g)),
            ("Bulan", report.by_month, "Bulan", lambda g: MONTHS_ID[int(g) - 1])):
        sheet = wb.create_sheet(title)
        sheet.append([first, "JKM kasus", "JKM (Rp)", "JKK kasus", "JKK (Rp)", "Beasiswa kasus", "Beasiswa (Rp)",
                      "Jumlah kasus", "Jumlah (Rp)"])
        for cell in sheet[1]:
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        lines = _pivot(rows, label)
        for line in lines:
            sheet.append(line)
        if lines:
            sheet.append(["Jumlah"] + [sum(line[i] for line in lines) for i in range(1, 9)])
            for cell in sheet[sheet.max_row]:
                cell.font = bold
        for row in sheet.iter_rows(min_row=2):
            for cell in row[2::2]:
                cell.number_format = money
        sheet.column_dimensions["A"].width = 28
        for c in "BCDEFGHI":
            sheet.column_dimensions[c].width = 14
        sheet.freeze_panes = "B2"
    out = BytesIO()
    wb.save(out)
    return out.getvalue()
