"""What is printed: Indonesian dates and amounts in words, the meterai rule, embedded fonts only,
and reprints identical in content but marked SALINAN."""

from __future__ import annotations

import io
from datetime import date

import pytest
from letters_helpers import pdf_pages, pdf_text, receipt, teguran

from desktop.domain.money import Money
from desktop.services.letters import LetterRequest, Recipient

STANDARD_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def _fonts(data: bytes) -> list[tuple[str, bool]]:
    """(base font name, embedded?) of every font used on any page, descendants and the fonts of the
    forms a page shows (the letterhead, fixed paragraphs) included."""
    from pypdf import PdfReader

    found = []
    resources = [page.get("/Resources", {}) for page in PdfReader(io.BytesIO(data)).pages]
    while resources:
        res = resources.pop()
        resources += [x.get_object()["/Resources"] for x in res.get("/XObject", {}).values()
                      if x.get_object()["/Subtype"] == "/Form"]
        fonts = res.get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            for f in [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]:
                desc = f.get("/FontDescriptor")
                if f.get("/Subtype") == "/Type0":
                    continue
                embedded = desc is not None and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                found.append((str(f.get("/BaseFont")), embedded))
    return found


def _assert_only_embedded(data: bytes) -> None:
    fonts = _fonts(data)
    assert fonts, "a document without fonts"
    for name, embedded in fonts:
        assert embedded, f"{name} is not embedded"
        assert not any(std in name for std in STANDARD_14), name


def test_letter_text_has_indonesian_date_number_and_parts(office_services):
    letter, _ = office_services.letters.issue(teguran())
    text = pdf_text(letter.pdf_path.read_bytes())
    assert "Purwokerto, 20 November 2026" in text
    assert "Nomor" in text and letter.number in text
    assert "Lampiran" not in text  # no attachment: no Lampiran line
    assert "Yth. Pimpinan PT Maju Jaya Abadi" in text
    assert "4 Desember 2026" in text and "10 (sepuluh) hari kerja" in text
    assert "Rp48.250.000,00" in text
    assert "Kepala Kantor Cabang," in text and "Antony Sugiarto" in text and "NPP 19750312" in text
    assert "Tembusan:" in text and "Deputi Direktur Wilayah Jawa Tengah dan DIY" in text
    assert "Halaman 1 dari 2" in text  # the warning letter runs to two pages


def test_attachment_line_and_delegated_signature(office_services):
    office = office_services.office.get()
    delegate = next(s for s in office.signatories if s.on_behalf)
    request = teguran()
    request = LetterRequest(request.template, request.fields, request.recipient, signatory_id=delegate.id,
                            attachment="satu berkas", tembusan=("Kepala Dinas Tenaga Kerja Kabupaten Banyumas",))
    text = pdf_text(office_services.letters.preview(request))
    assert "Lampiran" in text and "satu berkas" in text
    assert "a.n. Kepala Kantor Cabang" in text and f"{delegate.position}," in text
    assert "(nomor)" in text  # a preview takes no number
    assert "Deputi Direktur" not in text  # the given tembusan replaces the office's default


def test_one_page_letters_carry_no_page_number(office_services):
    request = LetterRequest("undangan_klarifikasi", {
        "nama_perusahaan": "PT Sinar Abadi", "pokok_bahasan": "ketidaksesuaian upah yang dilaporkan (PDS Upah)",
        "tanggal": date(2026, 11, 26), "waktu": "09.00 WIB s.d. selesai",
        "tempat": "Ruang Rapat BPJS Ketenagakerjaan Kantor Cabang Purwokerto",
        "dokumen": "daftar upah tiga bulan terakhir dan struktur skala upah.",
        "narahubung": "Rina Wulandari", "telepon_narahubung": "(0281) 636010"},
        Recipient("Pimpinan PT Sinar Abadi", "Jalan Gatot Subroto 12", "Purwokerto"))
    data = office_services.letters.preview(request)
    assert pdf_pages(data) == 1
    text = pdf_text(data)
    assert "Halaman" not in text
    assert "Kamis, 26 November 2026" in text


def test_receipt_has_amount_in_words_and_figures(office_services):
    components = (("Santunan kematian", Money.rupiah(20_000_000)), ("Santunan berkala", Money.rupiah(12_000_000)),
                  ("Biaya pemakaman", Money.rupiah(10_000_000)))
    issued, _ = office_services.letters.issue_receipt(receipt(components=components))
    text = pdf_text(issued.pdf_path.read_bytes())
    assert "KUITANSI" in text and issued.number in text
    assert "Telah terima dari" in text and "BPJS Ketenagakerjaan Kantor Cabang Purwokerto" in text
    assert "Empat Puluh Dua Juta Rupiah" in text
    assert "Rp42.000.000,00" in text and "Rp12.000.000,00" in text
    assert "Purwokerto, 20 November 2026" in text
    assert "ASLI" in text and "ARSIP KANTOR" in text
    assert "3302014507800003" not in text  # the NIK is printed masked


@pytest.mark.parametrize(("rupiah", "meterai"), [(5_000_000, False), (5_000_001, True)])
def test_meterai_only_above_five_million(office_services, rupiah, meterai):
    issued, _ = office_services.letters.issue_receipt(receipt(rupiah))
    assert issued.meterai is meterai
    assert ("Meterai" in pdf_text(issued.pdf_path.read_bytes())) is meterai


def test_meterai_rule_follows_the_settings(office_services):
    office_services.settings.set("receipt.meterai_enabled", False)
    issued, _ = office_services.letters.issue_receipt(receipt(42_000_000))
    assert not issued.meterai
    forced, _ = office_services.letters.issue_receipt(receipt(1_000_000, meterai=True))
    assert forced.meterai  # a per-receipt override


def test_every_pdf_kind_embeds_all_its_fonts(office_services, tmp_path):
    letters = office_services.letters
    kinds = []
    for t in letters.templates():
        kinds.append(letters.preview_draft(t))
    letter, _ = letters.issue(teguran())
    kinds.append(letter.pdf_path.read_bytes())
    kinds.append(letters.reprint(letter.id))
    small, _ = letters.issue_receipt(receipt(1_000_000))
    large, _ = letters.issue_receipt(receipt(42_000_000))
    kinds += [small.pdf_path.read_bytes(), large.pdf_path.read_bytes(), letters.receipt_pdf(large.id, salinan=True)]
    letters.issue_batch([teguran(f"PT {i}") for i in range(3)], one_pdf=tmp_path / "batch.pdf")
    kinds.append((tmp_path / "batch.pdf").read_bytes())
    for data in kinds:
        _assert_only_embedded(data)


def test_reprint_is_identical_in_content_and_marked_salinan(office_services):
    letters = office_services.letters
    letter, _ = letters.issue(teguran())
    original = letter.pdf_path.read_bytes()
    # the office moves; the reprint still shows the letterhead the letter was sent with
    office = office_services.office.get()
    office_services.office.save(office.with_changes(address="Jalan Baru Nomor 1, Purwokerto"))
    again = letters.original_pdf(letter.id)
    assert again == original
    letter.pdf_path.unlink()  # even without the file, the register re-makes the same PDF
    assert letters.original_pdf(letter.id) == original
    copy = letters.reprint(letter.id)
    original_text, copy_text = pdf_text(original), pdf_text(copy)
    assert "SALINAN" in copy_text and "SALINAN" not in original_text
    assert copy_text.replace("SALINAN", "").split() == original_text.split()
    assert "Jalan Baru" not in copy_text


def test_receipt_reprint_is_marked_salinan(office_services):
    issued, _ = office_services.letters.issue_receipt(receipt())
    copy = office_services.letters.receipt_pdf(issued.id, salinan=True)
    assert "SALINAN" in pdf_text(copy)
    assert office_services.letters.receipt_pdf(issued.id) == issued.pdf_path.read_bytes()


def test_same_input_gives_the_same_bytes(office_services):
    a = office_services.letters.preview(teguran())
    b = office_services.letters.preview(teguran())
    assert a == b
