"""Batches of letters, the register's search, filters and Excel export, the global search."""

from __future__ import annotations

import uuid

from letters_helpers import pdf_pages, pdf_text, teguran

from desktop.services.paging import PageRequest


def test_batch_of_thirty_into_one_pdf_with_thirty_numbers(office_services, tmp_path):
    requests = [teguran(f"PT Pelanggar {i:02}") for i in range(30)]
    letters, _ = office_services.letters.issue_batch(requests, one_pdf=tmp_path / "cetak.pdf",
                                                     folder=tmp_path / "arsip")
    numbers = [x.number for x in letters]
    assert len(set(numbers)) == 30
    assert numbers[0] == "001/TT1-PWT/XI/2026" and numbers[-1] == "030/TT1-PWT/XI/2026"
    data = (tmp_path / "cetak.pdf").read_bytes()
    assert pdf_pages(data) == 60  # each warning letter is two pages
    text = pdf_text(data)
    assert all(n in text for n in numbers)
    assert "PT Pelanggar 29" in text
    files = sorted(p.name for p in (tmp_path / "arsip").glob("*.pdf"))
    assert len(files) == 30 and files[0] == "001_TT1-PWT_XI_2026.pdf"
    assert all("Pelanggar" not in f for f in files)  # file names carry no personal data
    assert all(x.pdf_path.is_file() for x in letters)


def test_batch_in_worker_processes_gives_the_same_letters(office_services, tmp_path):
    """Large batches are rendered by worker processes: the stored PDFs match their hashes."""
    import hashlib

    from desktop.documents import batch

    old = batch.PARALLEL_FROM
    batch.PARALLEL_FROM = 5
    try:
        letters, _ = office_services.letters.issue_batch([teguran(f"PT Paralel {i}") for i in range(12)])
    finally:
        batch.PARALLEL_FROM = old
    for x in letters:
        assert hashlib.sha256(x.pdf_path.read_bytes()).hexdigest() == x.sha256
        assert office_services.letters.original_pdf(x.id) == x.pdf_path.read_bytes()


def test_register_search_filters_and_about(office_services):
    letters = office_services.letters
    case = uuid.uuid4()
    a, _ = letters.issue(teguran("PT Maju Jaya Abadi"))
    request = teguran("CV Sumber Rejeki")
    b, _ = letters.issue(type(request)(request.template, request.fields, request.recipient,
                                       about=("compliance_case", case)))
    letters.cancel(a.id, "Salah alamat perusahaan")
    assert [x.number for x in letters.register_page(PageRequest(text="sumber")).rows] == [b.number]
    assert [x.number for x in letters.register_page(PageRequest(filters={"status": "issued"})).rows] == [b.number]
    assert letters.register_page(PageRequest(filters={"year": 2025})).total == 0
    assert [x.id for x in letters.letters_about("compliance_case", case)] == [b.id]
    assert letters.register_years() == [2026]
    hits = office_services.search.search("Sumber Rejeki")
    assert any(h.area == "letters" and h.record_id == b.id for h in hits)


def test_register_exports_to_excel(office_services, tmp_path):
    from openpyxl import load_workbook

    letters = office_services.letters
    a, _ = letters.issue(teguran("PT Maju Jaya Abadi"))
    letters.issue(teguran("CV Sumber Rejeki"))
    letters.cancel(a.id, "Salah alamat perusahaan")
    count = letters.export_register(tmp_path / "agenda.xlsx")
    assert count == 2
    ws = load_workbook(tmp_path / "agenda.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("No.", "Nomor Surat", "Tanggal")
    assert rows[1][1] == a.number and rows[1][6] == "Dibatalkan" and rows[1][7] == "Salah alamat perusahaan"
    assert rows[2][6] == "Terbit" and rows[2][5] == "Pimpinan CV Sumber Rejeki"


def test_print_pdf_is_made_of_the_archived_letters(office_services, tmp_path):
    """The print PDF holds each letter's archived pages unchanged, with the fonts embedded once."""
    import io

    import pytest
    from pypdf import PdfReader

    from desktop.documents.merge import merge_pdfs

    letters, _ = office_services.letters.issue_batch([teguran(f"PT Cetak {i}") for i in range(5)],
                                                     one_pdf=tmp_path / "cetak.pdf")
    combined = PdfReader(tmp_path / "cetak.pdf")
    archived = [PdfReader(io.BytesIO(x.pdf_path.read_bytes())) for x in letters]
    assert len(combined.pages) == sum(len(r.pages) for r in archived)
    pages = iter(combined.pages)
    for reader in archived:
        for page in reader.pages:
            assert next(pages).extract_text() == page.extract_text()
    size = (tmp_path / "cetak.pdf").stat().st_size
    assert size < sum(x.pdf_path.stat().st_size for x in letters) / 3  # fonts written once, not five times
    with pytest.raises(ValueError):
        merge_pdfs([b"not a pdf"])


def test_a_large_batch_is_found_by_the_global_search_and_so_are_later_letters(office_services, tmp_path):
    """A big batch goes into the search index in one statement at its end (not a trigger per row):
    every letter of it is found, and a letter issued after it is indexed as before."""
    from desktop.services.letters import BULK_INDEX_FROM

    names = [f"CV Gethuk Goreng Kios {i:03d}x" for i in range(BULK_INDEX_FROM + 5)]  # x: not in any number
    letters, _ = office_services.letters.issue_batch([teguran(n) for n in names], one_pdf=tmp_path / "all.pdf")
    for i in (0, len(names) - 1):
        assert [h.record_id for h in office_services.search.search(names[i]) if h.area == "letters"] == [letters[i].id]
    assert {h.record_id for h in office_services.search.search(letters[17].number) if h.area == "letters"} == {
        letters[17].id}
    later, _ = office_services.letters.issue(teguran("PT Tempe Mendoan Sejahtera"))
    assert [h.record_id for h in office_services.search.search("Tempe Mendoan") if h.area == "letters"] == [later.id]
