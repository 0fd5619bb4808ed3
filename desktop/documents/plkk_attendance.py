"""The attendance list (daftar hadir) of a socialisation or coordination event, to print and sign.

Data in, PDF bytes out. A4 portrait; the invited parties are printed with their institution and
position and a numbered space to sign (numbers alternating left and right, as Indonesian attendance
lists do, so neighbouring signatures do not overlap), followed by empty rows for walk-in guests.
The first page carries the office's letterhead; the bundled Noto fonts (registered by
desktop.documents.fonts, as for letters) are embedded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO

from desktop.documents.fonts import SANS, SANS_BOLD, register_fonts
from desktop.documents.letterhead import Letterhead, draw_letterhead


@dataclass(frozen=True)
class AttendanceLine:
    name: str
    institution: str
    position: str = ""


@dataclass(frozen=True)
class AttendanceSheet:
    letterhead: Letterhead
    topic: str
    day_text: str  # "Rabu, 7 Mei 2024"
    time_text: str = ""  # "09.00 WIB - selesai"
    place: str = ""
    lines: Sequence[AttendanceLine] = field(default_factory=tuple)
    blank_rows: int = 5
    kind_title: str = "DAFTAR HADIR"


MARGIN = 51.0  # 18 mm
KOP_HEIGHT = 96.0  # room for the letterhead on the first page


def render_attendance(sheet: AttendanceSheet) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_fonts()
    regular, bold = SANS, SANS_BOLD
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11)
    head = ParagraphStyle("head", parent=body, fontName=bold, alignment=TA_CENTER)
    title = ParagraphStyle("title", fontName=bold, fontSize=13, leading=17, alignment=TA_CENTER)

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    story: list = [Spacer(1, KOP_HEIGHT), Paragraph(sheet.kind_title, title), Spacer(1, 1 * mm),
              Paragraph(esc(sheet.topic), ParagraphStyle("topic", parent=title, fontName=regular, fontSize=11,
                                                         leading=14)),
              Spacer(1, 5 * mm)]
    facts = [("Hari/Tanggal", sheet.day_text), ("Waktu", sheet.time_text), ("Tempat", sheet.place)]
    facts_table = Table([[Paragraph(k, body), Paragraph(":", body), Paragraph(esc(v), body)]
                         for k, v in facts if v], colWidths=[28 * mm, 4 * mm, 140 * mm], hAlign="LEFT")
    facts_table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), regular), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [facts_table, Spacer(1, 4 * mm)]

    rows = [[Paragraph(h, head) for h in ("No", "Nama", "Instansi", "Jabatan", "Tanda Tangan")]]
    lines = list(sheet.lines) + [AttendanceLine("", "", "")] * max(sheet.blank_rows, 0)
    for n, line in enumerate(lines, start=1):
        sign = f"{n}." if n % 2 else f"{'&nbsp;' * 22}{n}."
        rows.append([Paragraph(str(n), ParagraphStyle("no", parent=cell, alignment=TA_CENTER)),
                     Paragraph(esc(line.name), cell), Paragraph(esc(line.institution), cell),
                     Paragraph(esc(line.position), cell), Paragraph(sign, cell)])
    widths = [10 * mm, 45 * mm, 55 * mm, 35 * mm, 37 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, rowHeights=[8 * mm] + [11 * mm] * len(lines))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), regular),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3F1EC")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(table)

    def first(canvas, doc) -> None:
        draw_letterhead(canvas, sheet.letterhead, MARGIN, A4[0] - MARGIN, A4[1] - 12 * mm)
        footer(canvas, doc)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Halaman {doc.page}")
        canvas.drawString(18 * mm, 10 * mm, f"Daftar hadir: {sheet.topic}"[:110])
        canvas.restoreState()

    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=12 * mm,
                            bottomMargin=18 * mm, title=f"Daftar Hadir - {sheet.topic}",
                            author=sheet.letterhead.name, creator="Cabang", invariant=1,
                            initialFontName=regular, initialFontSize=9)
    doc.build(story, onFirstPage=first, onLaterPages=footer)
    return out.getvalue()
