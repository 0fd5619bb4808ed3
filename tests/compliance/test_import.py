"""Importing employer exports: a messy workbook (title rows, merged header cells, renamed columns,
a bad NPWP, a duplicate NPP, a total row) gives an exact row-level report; a dry run changes
nothing; the import is one transaction with one audit event; CSV from Excel on Windows (cp1252, ";")."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.domain.money import Money
from desktop.io import compliance_import as reader
from desktop.models.core import AuditEvent


def messy_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "DAFTAR PEMBERI KERJA WILAYAH KANTOR CABANG PURWOKERTO"
    ws.merge_cells("A1:I1")
    # row 2 left blank; the header takes rows 3 and 4 with merged cells
    for col, title in zip("ABCDEFG", ["No", "No. NPP", "Nama Badan Usaha", "NPWP", "Alamat", "Kab/Kota", "Tenaga Kerja"],
                          strict=True):
        ws[f"{col}3"] = title
    for col in "ABCDEF":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("G3:H3")
    ws["G4"], ws["H4"] = "Terdaftar", "Estimasi"
    ws["I3"] = "Total Upah"
    ws.merge_cells("I3:I4")
    rows = [
        (1, "11111111", "PT Lama Jaya", "01.234.567.8-901.000", "Jalan Merdeka 1", "Kab. Banyumas", 15, 20, 30_000_000),
        (2, "22222222", "CV Tetap Sama", "02.345.678.9-012.000", "Jalan Pahlawan 2", "Purbalingga", 8, None, 16_000_000),
        (3, 33333333, "PT Baru Satu", 12345678901000, "Jalan Serayu 3", "BANJARNEGARA", 40, 55, "Rp80.000.000"),
        (4, "44444444", "UD Baru Dua", "01.234.567.8-901", "Jalan Raya 4", "Banyumas", 3, 5, 6_000_000),
        (5, "33333333", "PT Baru Satu", "012345678901000", "Jalan Serayu 3", "Banjarnegara", 40, 55, 80_000_000),
        (6, None, "Koperasi Tanpa NPP", None, "Jalan Desa 6", "Banyumas", 4, None, None),
        (7, "55555555", "Koperasi Baru Tiga", 3302011708800001, "Jalan Baturraden 7", "Banyumas", 12, 12, 24_000_000),
    ]
    for r, row in enumerate(rows, start=5):
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value)
    ws.cell(row=13, column=3, value="TOTAL")
    ws.cell(row=13, column=7, value=122)
    wb.save(path)
    return path


@pytest.fixture
def existing(services, helpers):
    helpers.employer(services, "PT Lama Jaya", npp="11111111", npwp="01.234.567.8-901.000", kabupaten="Banyumas",
                     address="Jalan Merdeka 1", registered_workforce=10)
    helpers.employer(services, "CV Tetap Sama", npp="22222222", npwp="02.345.678.9-012.000", kabupaten="Purbalingga",
                     address="Jalan Pahlawan 2", registered_workforce=8, reported_wages=Money.rupiah(16_000_000))
    return services


def _imports(services) -> int:
    with services.ctx.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "import"))


def test_the_header_is_found_under_title_rows_and_merged_cells(tmp_path):
    raw = reader.read_raw(messy_workbook(tmp_path / "pk.xlsx"))
    header = reader.find_header(raw)
    assert header.row == 3 and header.rows == 2  # rows 3-4 of the sheet
    assert header.columns[:6] == ("No", "No. NPP", "Nama Badan Usaha", "NPWP", "Alamat", "Kab/Kota")
    mapping = reader.guess_mapping(header.columns)
    assert mapping["npp"] == "No. NPP" and mapping["name"] == "Nama Badan Usaha" and mapping["npwp"] == "NPWP"
    assert mapping["kabupaten"] == "Kab/Kota" and mapping["reported_wages"] == "Total Upah"
    assert mapping["registered_workforce"] == "Tenaga Kerja Terdaftar"
    assert mapping["estimated_workforce"] == "Tenaga Kerja Estimasi"


def test_dry_run_reports_every_row_and_changes_nothing(existing, tmp_path):
    comp = existing.compliance
    path = messy_workbook(tmp_path / "pk.xlsx")
    source = comp.import_source(path)
    assert source.header_line == 4 and source.data_rows == 9
    report = comp.import_dry_run(path)
    assert report.counts == {"new": 2, "updated": 1, "unchanged": 1, "duplicate": 1, "rejected": 2, "skipped": 1}
    by_line = {r.line: r for r in report.rows}
    assert by_line[5].result == "updated" and set(by_line[5].changed) == {"registered_workforce",
                                                                         "estimated_workforce", "reported_wages"}
    assert by_line[6].result == "unchanged"
    assert by_line[7].result == "new"
    assert by_line[8].result == "rejected" and "Bad NPWP 01.234.567.8-901" in by_line[8].reason.render()
    assert by_line[9].result == "duplicate" and "row 7" in by_line[9].reason.render()
    assert by_line[10].result == "rejected" and by_line[10].reason.render() == "The NPP is missing."
    assert by_line[11].result == "new"
    assert by_line[13].result == "skipped"
    assert comp.employers_page(_request()).total == 2 and _imports(existing) == 0


def _request():
    from desktop.services.paging import PageRequest

    return PageRequest(limit=50)


def test_the_import_applies_the_report_in_one_transaction(existing, tmp_path):
    comp = existing.compliance
    report, changes = comp.import_employers(messy_workbook(tmp_path / "pk.xlsx"))
    assert report.applied and report.count("new") == 2 and changes.areas
    assert comp.employers_page(_request()).total == 4
    lama = comp.employer_by_npp("11111111")
    assert (lama.registered_workforce, lama.estimated_workforce, lama.reported_wages) == (15, 20, Money.rupiah(30_000_000))
    baru = comp.employer_by_npp("33333333")
    assert baru.npwp15 == "012345678901000" and baru.kabupaten == "Banjarnegara"  # leading zero restored
    assert baru.reported_wages == Money.rupiah(80_000_000)
    tiga = comp.employer_by_npp("55555555")
    assert tiga.npwp == "3302011708800001" and tiga.npwp15 is None  # a 16-digit NPWP (a NIK)
    assert _imports(existing) == 1  # one summary event, not one per row
    again = comp.import_dry_run(tmp_path / "pk.xlsx")
    assert again.counts["new"] == 0 and again.counts["updated"] == 0 and again.counts["unchanged"] == 4
    assert lama.version == 2  # an imported update is a new version: an edit opened before it is refused


def test_a_changed_mapping_and_the_report_in_excel(existing, tmp_path):
    comp = existing.compliance
    path = messy_workbook(tmp_path / "pk.xlsx")
    mapping = comp.import_source(path).guessed | {"estimated_workforce": None, "npwp": None}
    report = comp.import_dry_run(path, mapping)
    assert report.count("rejected") == 1  # without the NPWP column the bad NPWP is not read
    out = comp.export_import_report(report, tmp_path / "laporan.xlsx")
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Row", "NPP", "Employer name", "Result", "Reason or changes")
    assert len(rows) == 1 + len(report.rows)
    by_line = {r[0]: r for r in rows[1:]}
    assert by_line[10][3:] == ("Rejected", "The NPP is missing.")
    assert by_line[7][1:4] == ("33333333", "PT Baru Satu", "New")


def test_a_windows_csv_in_cp1252_with_semicolons(existing, tmp_path):
    path = tmp_path / "pk.csv"
    text = ("NOMOR PENDAFTARAN PERUSAHAAN;Nama Perusahaan;NPWP;Jumlah TK;Kabupaten\r\n"
            "66666666;CV Caf\u00e9 Baturraden;01.234.567.8-901.000;7;Banyumas\r\n"
            "77777777;Koperasi \u201cSumber Rejeki\u201d;;25;Purbalingga\r\n")
    path.write_bytes(text.encode("cp1252"))
    report, _ = existing.compliance.import_employers(path)
    assert report.counts["new"] == 2 and report.counts["rejected"] == 0
    assert existing.compliance.employer_by_npp("66666666").name == "CV Caf\u00e9 Baturraden"
    assert existing.compliance.employer_by_npp("77777777").name == "Koperasi \u201cSumber Rejeki\u201d"
    assert existing.compliance.employer_by_npp("77777777").registered_workforce == 25


def test_a_file_without_a_header_is_refused_plainly(services, tmp_path):
    from desktop.errors import UserError

    path = tmp_path / "angka.csv"
    path.write_text("1;2;3\n4;5;6\n", encoding="utf-8")
    with pytest.raises(UserError, match="No header row"):
        services.compliance.import_dry_run(path)


def test_imported_employers_are_searchable_and_travel_to_the_laptops(existing, helpers, tmp_path):
    from desktop.models.sync import SyncChange

    path = tmp_path / "pk.csv"
    path.write_text("NPP;Nama Perusahaan;Kabupaten;Kelas risiko\n"
                    "81000001;PT Nopia Sokaraja;Banyumas;2\n"
                    "81000002;CV Gethuk Goreng;Banyumas;9\n"  # a risk class out of range: rejected
                    "81000003;UD Kripik Sokaraja;Purbalingga;1\n", encoding="utf-8")
    report, _ = existing.compliance.import_employers(path)
    assert report.counts["new"] == 2
    assert [r.reason.params for r in report.rows if r.result == "rejected"] == [{"value": 9}]
    found = [h.title for h in existing.search.search("sokaraja") if h.kind == "Employer"]
    assert found == ["PT Nopia Sokaraja", "UD Kripik Sokaraja"]
    imported = [existing.compliance.employer_by_npp(n).id for n in ("81000001", "81000003")]
    with existing.ctx.read() as session:
        seqs = {c.row_id: c.seq for c in session.query(SyncChange).filter(SyncChange.tbl == "cmp_employer")}
    assert seqs[imported[0]] < seqs[imported[1]]  # marked as changed, in the file's order
    # an employer added afterwards, one at a time, is indexed as before the import
    helpers.employer(existing, "PT Lanting Sokaraja", npp="81000004", kabupaten="Banyumas")
    assert len([h for h in existing.search.search("sokaraja") if h.kind == "Employer"]) == 3


@pytest.mark.parametrize("field", ["npp", "name", "npwp", "address"])
def test_a_whole_column_is_cleaned_as_cell_by_cell(field):
    """A column is taken at once when every cell is already clean; one untidy cell (outer or double
    spaces, a tab, a non-breaking space, an empty text, a NUL) must give the same values and reasons
    as parsing each cell on its own."""
    from desktop.errors import UserError
    from desktop.io.compliance_cells import PARSERS, parse_column

    clean = {"npp": "12345678", "name": "PT Maju Jaya", "npwp": "0123456789012345", "address": "Jalan Serayu 3"}[field]
    for odd in ("", " ", f" {clean}", f"{clean} ", clean.replace("3", "3  ") + "x", f"{clean}\t1", f"{clean}\xa01",
                "\x00", f"{clean}\x00 1", "123456789012345", "ab-12"):
        cells = [clean, odd, clean]

        def one(v, field=field):
            try:
                return PARSERS[field](v)
            except UserError as exc:
                return type(exc)

        bad: set[int] = set()
        got = [type(v) if isinstance(v, UserError) else v for v in parse_column(field, cells, bad)]
        assert got == [one(v) for v in cells], (field, odd)
        assert bad == {n for n, v in enumerate(cells) if isinstance(one(v), type)}
    assert parse_column(field, [clean] * 3, set()) == [PARSERS[field](clean)] * 3
