"""Letters issued inside another service's transaction (LetterService.issue_in), and a batch whose
print PDF and archive files come from the same drawn pages."""

from __future__ import annotations

import hashlib
import io

import pytest
from letters_helpers import pdf_text, teguran

from desktop.services.paging import PageRequest


def test_letters_issued_in_the_callers_transaction_commit_with_it(office_services):
    letters = office_services.letters
    with office_services.ctx.write() as session:
        issued = letters.issue_in(session, [teguran("PT Satu"), teguran("PT Dua")])
        # still inside the caller's transaction: its own work sees the letters
        assert [x.number for x in issued] == ["001/TT1-PWT/XI/2026", "002/TT1-PWT/XI/2026"]
    register = letters.register_page(PageRequest(sort_key="number")).rows
    assert [x.number for x in register] == ["001/TT1-PWT/XI/2026", "002/TT1-PWT/XI/2026"]
    for x in issued:
        assert hashlib.sha256(x.pdf_path.read_bytes()).hexdigest() == x.sha256


def test_a_caller_that_rolls_back_gives_the_numbers_and_the_default_templates_back(office_services, tmp_path):
    """A fresh database: the default templates are added in the caller's transaction, so they go
    with its rollback, and the engine must not think they are still there."""
    from desktop.services.letters import discard_files

    letters = office_services.letters
    issued = []
    with pytest.raises(RuntimeError), office_services.ctx.write() as session:
        issued = letters.issue_in(session, [teguran()], one_pdf=tmp_path / "cetak.pdf")
        raise RuntimeError("the caller's own step failed")
    discard_files(issued, tmp_path / "cetak.pdf")
    assert not issued[0].pdf_path.exists() and not (tmp_path / "cetak.pdf").exists()
    assert letters.register_page(PageRequest()).total == 0
    letter, _ = letters.issue(teguran())  # the templates are made again; the first number is free again
    assert letter.number == "001/TT1-PWT/XI/2026"
    assert any(t.key == "teguran_1" for t in letters.templates())


def test_batch_print_pdf_and_archive_files_hold_the_same_pages(office_services, tmp_path):
    """Each letter is drawn once: its archived file, the folder copy and its pages in the print PDF
    carry the same text, and every file matches the SHA-256 in the register."""
    from pypdf import PdfReader

    from desktop.documents import batch

    old = batch.PARALLEL_FROM
    batch.PARALLEL_FROM = 4  # worker processes
    try:
        letters, _ = office_services.letters.issue_batch([teguran(f"PT Arsip {i}") for i in range(6)],
                                                         one_pdf=tmp_path / "cetak.pdf", folder=tmp_path / "salin")
    finally:
        batch.PARALLEL_FROM = old
    combined = PdfReader(tmp_path / "cetak.pdf").pages
    at = 0
    for x in letters:
        data = x.pdf_path.read_bytes()
        assert hashlib.sha256(data).hexdigest() == x.sha256
        assert (tmp_path / "salin" / x.pdf_path.name).read_bytes() == data
        own = PdfReader(io.BytesIO(data)).pages
        assert [p.extract_text() for p in own] == [p.extract_text() for p in combined[at:at + len(own)]]
        at += len(own)
    assert at == len(combined)
    assert "PT Arsip 5" in pdf_text(letters[5].pdf_path.read_bytes())


def test_the_logo_is_one_image_with_its_transparency_in_each_pdf(office_services, tmp_path):
    """The letterhead logo (a PNG with an alpha channel) is embedded once per PDF, also in a batch."""
    from pypdf import PdfReader

    from desktop.config import ICONS_DIR

    services = office_services
    office = services.office.get()
    services.office.save(office.with_changes(logo_png=(ICONS_DIR / "cabang.png").read_bytes()))
    letters, _ = services.letters.issue_batch([teguran(f"PT Logo {i}") for i in range(3)],
                                              one_pdf=tmp_path / "cetak.pdf")
    def images_in(resources, found: set) -> None:
        """The images a page shows, also through the forms it shows (the letterhead is one)."""
        for ref in resources.get("/XObject", {}).values():
            xobject = ref.get_object()
            if xobject["/Subtype"] == "/Form":
                images_in(xobject["/Resources"], found)
            else:
                assert xobject["/Subtype"] == "/Image" and "/SMask" in xobject
                found.add(ref.idnum)

    for data in (letters[0].pdf_path.read_bytes(), (tmp_path / "cetak.pdf").read_bytes()):
        images: set = set()
        for page in PdfReader(io.BytesIO(data)).pages:
            images_in(page["/Resources"], images)
        assert len(images) == 1
