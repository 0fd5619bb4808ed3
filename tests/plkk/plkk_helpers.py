"""Helpers for the PLKK tests: partners, agreements and spreadsheets as a clerk would make them."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from desktop.services.plkk_views import AgreementInput, PartnerView

TODAY = date(2026, 11, 20)  # the conftest's pinned "today"

HEADINGS = ["Kode Faskes", "Nama Faskes", "Jenis Faskes", "Kabupaten/Kota", "Kecamatan", "Telepon", "E-mail",
            "Layanan", "Kepemilikan", "Status Kemitraan"]


def partner(svc, kode: str = "3302R001", name: str = "RSUD Banyumas", **extra) -> PartnerView:
    values = {"facility_type": "rumah_sakit", "regency": "Banyumas", "district": "Banyumas",
              "ownership": "pemerintah"} | extra
    saved, _changes = svc.plkk.save_partner(PartnerView(id=None, version=0, kode_faskes=kode, name=name,
                                                             **values))
    return saved


def agreement_ending_in(services, partner_id, days: int, number: str = "PKS/001/KC-PWT/2026", months: int = 12):
    end = TODAY + timedelta(days=days)
    start = end - timedelta(days=30 * months)
    saved, _changes = services.plkk.save_agreement(AgreementInput(partner_id, number, start, end,
                                                                  signed_on=start - timedelta(days=7)))
    return saved


def office(services) -> None:
    """The demo Purwokerto office profile with its signatories (letters need a letterhead)."""
    from desktop.services.demo import office as demo_office

    demo_office.build(services, random.Random(1), services.ctx.today())


def workbook(path: Path, headings: list[str], rows: list[list[object]], sheet: str = "Mitra PLKK") -> Path:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = sheet
    ws.append(headings)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def pdf_fonts(data: bytes) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font the PDF uses."""
    import io

    from pypdf import PdfReader

    out = []
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            out.append((str(font.get("/BaseFont")), embedded))
    return out
