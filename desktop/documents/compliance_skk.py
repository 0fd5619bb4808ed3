"""The attached list of an SKK batch: the employers handed to one Kejaksaan Negeri together.

Data in, PDF bytes out. A4 landscape, the office's letterhead on the first page, "Lampiran" with
the batch's number and date, one row per employer (NPP, address, kind of non-compliance, arrears,
the SKK and its covering letter), the total of the arrears and the signature block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO

from desktop.documents.fonts import SANS, SANS_BOLD, register_fonts
from desktop.documents.letterhead import Letterhead, draw_letterhead


@dataclass(frozen=True)
class SkkListRow:
    name: str
    npp: str
    address: str
    finding: str
    arrears: str  # formatted "Rp12.500.000,00"
    skk_number: str
    letter_number: str


@dataclass(frozen=True)
class SkkList:
    letterhead: Letterhead
    kejari: str
    number: str  # the batch's reference (first covering letter's number)
    date_text: str  # "20 November 2026"
    place_date: str  # "Purwokerto, 20 November 2026"
    rows: Sequence[SkkListRow] = field(default_factory=tuple)
    total_arrears: str = ""
    signatory_position: str = "Kepala Kantor Cabang"
    signatory_name: str = ""
    signatory_no: str = ""


def render_skk_list(sheet: SkkList) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_fonts()
    page = landscape(A4)
    margin = 15 * mm
    body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=12)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    right = ParagraphStyle("right", parent=cell, alignment=TA_RIGHT)
    head = ParagraphStyle("head", parent=cell, fontName=SANS_BOLD, alignment=TA_CENTER)
    title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=12, leading=16, alignment=TA_CENTER)

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")

    ref = Table([[Paragraph("Lampiran", body), Paragraph(":", body), Paragraph("Surat Pengantar SKK", body)],
                 [Paragraph("Nomor", body), Paragraph(":", body), Paragraph(esc(sheet.number), body)],
                 [Paragraph("Tanggal", body), Paragraph(":", body), Paragraph(esc(sheet.date_text), body)]],
                colWidths=[22 * mm, 4 * mm, 110 * mm], hAlign="RIGHT")
    ref.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story: list = [Spacer(1, 30 * mm), ref, Spacer(1, 4 * mm),
                   Paragraph("DAFTAR PEMBERI KERJA YANG DISERAHKAN KEPADA", title),
                   Paragraph(esc(f"KEJAKSAAN NEGERI {sheet.kejari.upper()} SELAKU JAKSA PENGACARA NEGARA"), title),
                   Spacer(1, 5 * mm)]
    headers = ("No", "Nama Pemberi Kerja", "NPP", "Alamat", "Jenis Ketidakpatuhan", "Tunggakan Iuran",
               "Nomor SKK", "Nomor Surat Pengantar")
    rows = [[Paragraph(h, head) for h in headers]]
    for n, r in enumerate(sheet.rows, start=1):
        rows.append([Paragraph(str(n), ParagraphStyle("no", parent=cell, alignment=TA_CENTER)),
                     Paragraph(esc(r.name), cell), Paragraph(esc(r.npp or "-"), cell), Paragraph(esc(r.address), cell),
                     Paragraph(esc(r.finding), cell), Paragraph(esc(r.arrears or "-"), right),
                     Paragraph(esc(r.skk_number), cell), Paragraph(esc(r.letter_number), cell)])
    rows.append(["", Paragraph("Jumlah", ParagraphStyle("b", parent=cell, fontName=SANS_BOLD)), "", "", "",
                 Paragraph(esc(sheet.total_arrears), ParagraphStyle("br", parent=right, fontName=SANS_BOLD)), "", ""])
    widths = [9 * mm, 48 * mm, 20 * mm, 50 * mm, 42 * mm, 30 * mm, 34 * mm, 34 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3F1EC")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (1, -1), (4, -1)),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(table)
    sign = Table([[Paragraph(esc(sheet.place_date), body)], [Paragraph(esc(sheet.signatory_position + ","), body)],
                  [Spacer(1, 18 * mm)], [Paragraph(f"<b>{esc(sheet.signatory_name)}</b>", body)],
                  [Paragraph(esc(f"NPP {sheet.signatory_no}") if sheet.signatory_no else "", body)]],
                 colWidths=[80 * mm], hAlign="RIGHT")
    sign.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 8 * mm), KeepTogether([sign])]

    def first(canvas, doc) -> None:
        draw_letterhead(canvas, sheet.letterhead, margin, page[0] - margin, page[1] - 10 * mm, compact=True)
        footer(canvas, doc)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.drawRightString(page[0] - margin, 8 * mm, f"Halaman {doc.page}")
        canvas.drawString(margin, 8 * mm, f"Lampiran {sheet.number}"[:120])
        canvas.restoreState()

    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=10 * mm,
                            bottomMargin=15 * mm, title=f"Lampiran SKK Kejaksaan Negeri {sheet.kejari}",
                            author=sheet.letterhead.name, creator="Cabang", invariant=1)
    doc.build(story, onFirstPage=first, onLaterPages=footer)
    return out.getvalue()
