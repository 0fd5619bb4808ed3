"""Requests and PDF readers the letter tests share (a module with its own name: several test
folders have a conftest.py, so `from conftest import` would be ambiguous in one run)."""

from __future__ import annotations

import io
from datetime import date

from desktop.domain.money import Money

NIK = "3302014507800003"  # Banyumas, female, born 5 July 1980


def teguran(name: str = "PT Maju Jaya Abadi", **extra):
    from desktop.services.letters import LetterRequest, Recipient

    fields = {
        "nama_perusahaan": name, "npp": "21000123",
        "rujukan": "kunjungan petugas pemeriksa BPJS Ketenagakerjaan pada tanggal 2 November 2026",
        "jenis_ketidakpatuhan": "Perusahaan Daftar Sebagian Tenaga Kerja (PDS TK)",
        "tenaga_kerja_belum_terdaftar": 37, "tunggakan": Money.rupiah(48_250_000),
        "batas_waktu": date(2026, 12, 4), "narahubung": "Hendra Kusuma", "telepon_narahubung": "(0281) 636010",
    }
    fields.update(extra)
    return LetterRequest("teguran_1", fields, Recipient(f"Pimpinan {name}", "Jalan Raya Baturraden Km 5", "Purwokerto"))


def receipt(amount_rupiah: int = 42_000_000, **extra):
    from desktop.services.letters import ReceiptRequest

    values = dict(payee_name="Siti Aminah", payee_nik=NIK, amount=Money.rupiah(amount_rupiah),
                  purpose="Pembayaran santunan Jaminan Kematian a.n. Budi Santoso",
                  extra_lines=(("No. KPJ", "12345678901"), ("Hubungan", "Istri")))
    values.update(extra)
    return ReceiptRequest(**values)


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pdf_pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)
