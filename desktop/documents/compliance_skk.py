"""The attached list (lampiran) of an SKK batch: the employers handed to one Kejaksaan Negeri under
one covering letter.

Data in, PDF bytes out. A4 landscape, printed after the covering letter in the same PDF: "Lampiran
Surat" with the letter's number and date, a title naming the Kejaksaan Negeri, one row per
employer (name and address, NPP, kind of non-compliance, arrears and their months, the numbers and
dates of Teguran Tertulis I and II, the SKK's number), the totals and the signature block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO

from desktop.documents.fonts import SANS, SANS_BOLD, register_fonts


@dataclass(frozen=True)
class SkkListRow:
    name: str
    npp: str
    address: str
    case_type: str  # "Tunggakan iuran", "PDS Upah (...)"
    arrears: str  # formatted "Rp12.500.000,00", or "" when the case has none
    months: int  # months of arrears, 0 when none
    teguran_1: str  # "B/0900/TT1-PWT/IX/2026\n14 September 2026", or "" when none was sent
    teguran_2: str
    skk_number: str


@dataclass(frozen=True)
class SkkList:
    kejari: str
    letter_number: str  # the covering letter's register number
    date_text: str  # "20 November 2026"
    place_date: str  # "Purwokerto, 20 November 2026"
    rows: Sequence[SkkListRow] = field(default_factory=tuple)
    total_arrears: str = ""
    signatory_position: str = "Kepala Kantor Cabang"
    signatory_name: str = ""
    signatory_no: str = ""
    office_name: str = ""


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
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10)
    right = ParagraphStyle("right", parent=cell, alignment=TA_RIGHT)
    center = ParagraphStyle("center", parent=cell, alignment=TA_CENTER)
    head = ParagraphStyle("head", parent=cell, fontName=SANS_BOLD, alignment=TA_CENTER)
    bold = ParagraphStyle("bold", parent=cell, fontName=SANS_BOLD)
    title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=11.5, leading=15, alignment=TA_CENTER)

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")

    ref = Table([[Paragraph("Lampiran", body), Paragraph(":", body), Paragraph("Surat Pengantar SKK", body)],
                 [Paragraph("Nomor", body), Paragraph(":", body), Paragraph(esc(sheet.letter_number), body)],
                 [Paragraph("Tanggal", body), Paragraph(":", body), Paragraph(esc(sheet.date_text), body)]],
                colWidths=[20 * mm, 4 * mm, 78 * mm], hAlign="RIGHT")
    ref.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story: list = [ref, Spacer(1, 5 * mm),
                   Paragraph("DAFTAR PEMBERI KERJA YANG DISERAHKAN KEPADA", title),
                   Paragraph(esc(f"KEJAKSAAN NEGERI {sheet.kejari.upper()} SELAKU JAKSA PENGACARA NEGARA"), title),
                   Spacer(1, 5 * mm)]
    headers = ("No", "Nama dan Alamat Pemberi Kerja", "NPP", "Jenis Ketidakpatuhan", "Tunggakan Iuran", "Bulan",
               "Teguran Tertulis I (nomor, tanggal)", "Teguran Tertulis II (nomor, tanggal)", "Nomor SKK")
    rows = [[Paragraph(h, head) for h in headers]]
    for n, r in enumerate(sheet.rows, start=1):
        name = f"<b>{esc(r.name)}</b>" + (f"<br/>{esc(r.address)}" if r.address else "")
        rows.append([Paragraph(str(n), center), Paragraph(name, cell), Paragraph(esc(r.npp or "-"), cell),
                     Paragraph(esc(r.case_type), cell), Paragraph(esc(r.arrears or "-"), right),
                     Paragraph(str(r.months) if r.months else "-", center),
                     Paragraph(esc(r.teguran_1 or "-"), cell), Paragraph(esc(r.teguran_2 or "-"), cell),
                     Paragraph(esc(r.skk_number), cell)])
    rows.append(["", Paragraph(esc(f"Jumlah: {len(sheet.rows)} pemberi kerja"), bold), "", "",
                 Paragraph(esc(sheet.total_arrears or "-"), ParagraphStyle("br", parent=right, fontName=SANS_BOLD)),
                 "", "", "", ""])
    widths = [8 * mm, 56 * mm, 20 * mm, 34 * mm, 28 * mm, 12 * mm, 37 * mm, 37 * mm, 35 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # else the table sets Helvetica, a font not embedded
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3F1EC")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (1, -1), (3, -1)),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(table)
    sign = Table([[Paragraph(esc(sheet.place_date), body)], [Paragraph(esc(sheet.signatory_position + ","), body)],
                  [Spacer(1, 18 * mm)], [Paragraph(f"<b>{esc(sheet.signatory_name)}</b>", body)],
                  [Paragraph(esc(f"NPP {sheet.signatory_no}") if sheet.signatory_no else "", body)]],
                 colWidths=[80 * mm], hAlign="RIGHT")
    sign.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 8 * mm), KeepTogether([sign])]

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.drawRightString(page[0] - margin, 8 * mm, f"Lampiran halaman {doc.page}")
        canvas.drawString(margin, 8 * mm, f"Lampiran Surat Nomor {sheet.letter_number}"[:120])
        canvas.restoreState()

    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=12 * mm,
                            bottomMargin=15 * mm, title=f"Lampiran SKK Kejaksaan Negeri {sheet.kejari}",
                            author=sheet.office_name, creator="Cabang", invariant=1,
                            initialFontName=SANS, initialFontSize=9)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
