"""What letters show alike (the letterhead, fixed paragraphs, the signature block) is drawn once as a
PDF form and shown on every page that has it: the text still reads out of the PDF, every font is
embedded, a batch PDF holds each form once, and a letter's bytes do not depend on what was drawn
before it in the same program."""

from __future__ import annotations

import io
import pickle
import subprocess
import sys
from pathlib import Path

from letters_helpers import pdf_text

ROOT = Path(__file__).resolve().parents[2]
FIXED = ("Sesuai ketentuan peraturan perundang-undangan, pemberi kerja wajib mendaftarkan dirinya dan "
         "pekerjanya sebagai peserta kepada BPJS Ketenagakerjaan sesuai dengan program jaminan sosial yang "
         "diikuti, serta memungut iuran yang menjadi beban peserta dari pekerjanya dan membayarkannya.")


def letter(name: str, *, extra: str = ""):
    from desktop.documents.letter import LetterDoc, ListItem, Pairs, Para, Signature
    from desktop.documents.letterhead import Letterhead

    body = (Para("Menindaklanjuti kunjungan petugas pemeriksa, dengan ini kami sampaikan hal-hal sebagai berikut."),
            Pairs((("Nama Perusahaan", name), ("Tunggakan iuran", "Rp48.250.000,00"))),
            Para(FIXED), ListItem("1.", "membayar tunggakan iuran dalam 10 (sepuluh) hari kerja;"),
            ListItem("2.", "melaporkan seluruh pekerjanya."), *((Para(extra),) if extra else ()))
    return LetterDoc(
        letterhead=Letterhead("BPJS Ketenagakerjaan Kantor Cabang Purwokerto",
                              "Jalan Jenderal Sudirman Nomor 477, Purwokerto 53116", "(0281) 636010"),
        number="001/TT1-PWT/XI/2026", place_date="Purwokerto, 20 November 2026", subject="Teguran Tertulis I",
        recipient=(f"Pimpinan {name}", "Jalan Raya Baturraden Km 5", "Purwokerto"), body=body,
        signature=Signature("Kepala Kantor Cabang", "Antony Sugiarto", "19750312"),
        closing="Demikian kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.",
        tembusan=("Deputi Direktur Wilayah Jawa Tengah dan DIY", "Arsip"))


def forms_and_fonts(data: bytes) -> tuple[set[int], list[tuple[str, bool]]]:
    """The form objects a PDF's pages show, and (name, embedded?) of every font, forms included."""
    from pypdf import PdfReader

    forms: set[int] = set()
    fonts: list[tuple[str, bool]] = []

    def walk(resources) -> None:
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            fonts.append((str(font["/BaseFont"]), "/FontFile2" in font["/FontDescriptor"].get_object()))
        for ref in resources.get("/XObject", {}).values():
            xobject = ref.get_object()
            if xobject["/Subtype"] == "/Form" and ref.idnum not in forms:
                forms.add(ref.idnum)
                walk(xobject["/Resources"])

    for page in PdfReader(io.BytesIO(data)).pages:
        walk(page["/Resources"])
    return forms, fonts


def test_fixed_parts_are_forms_whose_text_reads_and_whose_fonts_are_embedded():
    from desktop.documents.letter import render_letter

    data = render_letter(letter("PT Maju Jaya Abadi"))
    forms, fonts = forms_and_fonts(data)
    assert len(forms) >= 2  # the letterhead and the fixed text at least
    assert fonts and all(embedded for _name, embedded in fonts)
    text = pdf_text(data)
    for shown in ("BPJS KETENAGAKERJAAN", "KANTOR CABANG PURWOKERTO", "10 (sepuluh) hari kerja",
                  "memungut iuran", "Kepala Kantor Cabang,", "Antony Sugiarto", "NPP 19750312", "Arsip",
                  "Pimpinan PT Maju Jaya Abadi", "Purwokerto, 20 November 2026"):
        assert shown in text, shown
    assert text.index("BPJS KETENAGAKERJAAN") < text.index("Nomor") < text.index("memungut iuran") \
        < text.index("Antony Sugiarto") < text.index("Tembusan")  # in reading order


def test_text_outside_ascii_in_a_fixed_paragraph_still_reads():
    from desktop.documents.letter import render_letters

    quoted = "Istilah \u201cwajib daftar\u201d \u2014 lihat Pasal 15 \u00bd halaman."
    data = render_letters([letter("PT Satu", extra=quoted), letter("PT Dua", extra=quoted)])
    assert pdf_text(data).count(quoted) == 2


def test_a_batch_pdf_holds_each_form_once():
    from desktop.documents.letter import render_letter, render_letters

    single, _ = forms_and_fonts(render_letter(letter("PT Satu")))
    batch, fonts = forms_and_fonts(render_letters([letter(f"PT Nomor {i}") for i in range(6)]))
    # the letters differ only in what is theirs (recipient, company): they share every form
    assert len(batch) == len(single)
    assert all(embedded for _name, embedded in fonts)


def test_a_letter_gives_the_same_bytes_whatever_was_drawn_before():
    from desktop.documents.letter import render_letter, render_letters

    doc = letter("PT Tetap Sama")
    render_letters([letter(f"PT Lain {i}", extra=FIXED[:60 + i]) for i in range(5)])  # other forms, other caches
    here = render_letter(doc)
    fresh = subprocess.run(
        [sys.executable, "-c", "import pickle, sys; from desktop.documents.letter import render_letter; "
                               "sys.stdout.buffer.write(render_letter(pickle.load(sys.stdin.buffer)))"],
        input=pickle.dumps(doc), capture_output=True, cwd=ROOT, check=True, timeout=120).stdout
    assert fresh == here
