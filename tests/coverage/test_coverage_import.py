"""Imports from real .xlsx files: every row's problem reported with its row and column, and a file
with any problem saves nothing at all."""

from __future__ import annotations

from datetime import date

from coverage_helpers import OCT, programme, write_xlsx

from desktop.domain.coverage import Month
from desktop.domain.money import Money
from desktop.services.paging import PageRequest

FIG_HEAD = ["Kabupaten/Kota", "Bulan", "Penduduk Bekerja", "Sumber Data", "Tanggal Data", "Peserta PU",
            "Peserta BPU", "Peserta Jakon", "Potensi BPU", "Target (%)"]
WORKER_HEAD = ["Nama", "NIK", "Kelompok", "Kabupaten/Kota", "Desa/Kelurahan", "Program"]
PERISAI_HEAD = ["Nama Agen", "NIK Agen", "Kabupaten/Kota", "Bulan", "Peserta Diakuisisi", "Iuran Terkumpul",
                "Masih Aktif"]
GOOD_NIKS = ["3302011204850003", "3302015508900002", "3303024107880011", "3304030101700004"]


def _workers(services) -> list:
    return services.coverage.list_workers(PageRequest(limit=1000)).rows


def test_figures_are_imported_and_a_month_with_a_figure_is_replaced_not_duplicated(office, tmp_path):
    path = write_xlsx(tmp_path / "cakupan.xlsx", FIG_HEAD, [
        ["Banyumas", "Oktober 2026", 328_500, "BPS", date(2025, 8, 1), 86_300, 17_500, 11_800, 180_700, 35],
        ["Kab. Purbalingga", "2026-10", "219.900", "Disnaker", "", 47_300, 10_700, 7_900, "", "33,5"],
        ["Kabupaten Banjarnegara", date(2026, 10, 1), 190_000, "bps", None, 38_500, 9_500, 6_788, 114_000, 0.32],
    ])
    report, changes = office.coverage.import_file("figures", path)
    assert report.saved and report.ok and (report.created, report.updated) == (3, 0)
    assert changes.areas
    figures = {f.regency: f for f in office.coverage.all_figures()}
    assert figures["Kabupaten Purbalingga"].working_population == 219_900
    assert figures["Kabupaten Purbalingga"].target_bp == 3350
    assert figures["Kabupaten Purbalingga"].informal_population is None
    assert figures["Kabupaten Banjarnegara"].target_bp == 3200  # an Excel percentage cell
    again, _ = office.coverage.import_file("figures", path)
    assert (again.created, again.updated) == (0, 3)
    assert len(office.coverage.all_figures()) == 3
    assert [r.revision for r in office.coverage.revisions("Kabupaten Banyumas", OCT)] == [1, 2]


def test_a_bad_row_is_reported_with_its_row_and_column_and_nothing_is_saved(office, tmp_path):
    path = write_xlsx(tmp_path / "cakupan.xlsx", FIG_HEAD, [
        ["Banyumas", "2026-10", 328_500, "BPS", "", 86_300, 17_500, 11_800, 180_700, 35],
        ["Purbalingga", "2026-10", 219_900, "BPS", "", 247_300, 10_700, 7_900, "", ""],  # more than population
        ["Banjarnegara", "bulan lalu", 190_000, "BPS", "", 38_500, 9_500, 6_788, "", ""],
        ["Banyumas", "2026-10", 328_500, "BPS", "", 86_300, 17_500, 11_800, 180_700, 35],  # duplicate
        ["Cilacap", "2026-10", 100_000, "BPS", "", 10_000, 1_000, 100, "", ""],  # not served by the office
    ])
    report, _ = office.coverage.import_file("figures", path)
    assert not report.saved and report.data_rows == 5
    by_row = {p.row: p for p in report.problems}
    assert set(by_row) == {3, 4, 5, 6}
    assert "More participants" in by_row[3].text()
    assert by_row[4].column == "Bulan" and "not a month" in by_row[4].text()
    assert "already in row 2" in by_row[5].text()
    assert "Cilacap" in by_row[6].text()
    assert office.coverage.all_figures() == []  # the good row was not saved either


def test_missing_columns_are_reported_before_any_row(office, tmp_path):
    path = write_xlsx(tmp_path / "pekerja.xlsx", ["Nama", "Kelompok"], [["Slamet", "Petani"]])
    report, _ = office.coverage.import_file("workers", path)
    assert not report.saved
    assert [(p.row, p.column) for p in report.problems] == [(1, "NIK")]
    assert "missing" in report.problems[0].text()


def test_workers_with_a_bad_nik_or_a_duplicate_are_reported_and_none_is_enrolled(office, tmp_path):
    p = programme(office)
    path = write_xlsx(tmp_path / "pekerja.xlsx", WORKER_HEAD, [
        ["Slamet Riyadi", GOOD_NIKS[0], "Marbot masjid", "Banyumas", "Karangklesem", p.title],
        ["Siti Aminah", "33020112048500", "Guru TPQ", "Banyumas", "Ledug", p.title],  # 14 digits
        ["Darsono", "3302013204850003", "Petani", "", "", p.title],  # 32nd of the month
        ["Slamet R.", GOOD_NIKS[0], "Marbot masjid", "Banyumas", "Karangklesem", p.title],  # duplicate NIK
        ["Tarno", GOOD_NIKS[1], "Astronaut", "", "", p.title],
        ["Wulan", GOOD_NIKS[2], "Pedagang", "", "", "APBD Cilacap"],
    ], text_columns=(1,))
    report, _ = office.coverage.import_file("workers", path)
    assert not report.saved
    problems = {p.row: p for p in report.problems}
    assert set(problems) == {3, 4, 5, 6, 7}
    assert problems[3].column == "NIK" and "16 digits" in problems[3].text()
    assert problems[4].column == "NIK" and "day of birth" in problems[4].text()
    assert "row 2" in problems[5].text()
    assert problems[6].column == "Kelompok"
    assert "APBD Cilacap" in problems[7].text()
    assert _workers(office) == []


def test_a_worker_already_enrolled_for_an_overlapping_period_is_refused(office, tmp_path):
    first = programme(office, "APBD Banyumas 2026")
    later = programme(office, "CSR PT Serayu 2026/2027", start=Month(2026, 7), source="csr")
    following = programme(office, "APBD Banyumas 2027", start=Month(2027, 1))
    path = write_xlsx(tmp_path / "a.xlsx", WORKER_HEAD,
                      [["Slamet Riyadi", GOOD_NIKS[0], "Petani", "", "", first.title]], text_columns=(1,))
    assert office.coverage.import_file("workers", path)[0].saved
    path = write_xlsx(tmp_path / "b.xlsx", WORKER_HEAD, [
        ["Slamet Riyadi", GOOD_NIKS[0], "Petani", "", "", later.title],  # overlaps Jul-Dec 2026
    ], text_columns=(1,))
    report, _ = office.coverage.import_file("workers", path)
    assert not report.saved and "APBD Banyumas 2026" in report.problems[0].text()
    path = write_xlsx(tmp_path / "c.xlsx", WORKER_HEAD, [
        ["Slamet Riyadi", GOOD_NIKS[0], "Petani", "", "", following.title],  # the renewal: no overlap
    ], text_columns=(1,))
    assert office.coverage.import_file("workers", path)[0].saved
    assert len(_workers(office)) == 2


def test_a_programme_enrols_no_more_workers_than_its_budget_pays_for(office, tmp_path):
    p = programme(office, workers_budget=2)
    rows = [[f"Pekerja {i}", nik, "Petani", "", "", ""] for i, nik in enumerate(GOOD_NIKS[:3])]
    path = write_xlsx(tmp_path / "p.xlsx", WORKER_HEAD, rows, text_columns=(1,))
    report, _ = office.coverage.import_file("workers", path, sponsorship_id=p.id)
    assert not report.saved
    assert [pr.row for pr in report.problems] == [4] and "pays for 2" in report.problems[0].text()


def test_a_dry_run_checks_everything_and_saves_nothing(office, tmp_path):
    p = programme(office)
    path = write_xlsx(tmp_path / "p.xlsx", WORKER_HEAD, [["Slamet", GOOD_NIKS[0], "Ojek", "", "", ""]],
                      text_columns=(1,))
    report, changes = office.coverage.import_file("workers", path, sponsorship_id=p.id, dry_run=True)
    assert report.ok and report.dry_run and not report.saved and report.created == 1
    assert not changes.areas
    assert _workers(office) == []


def test_perisai_figures_create_agents_and_give_the_share_still_active(office, tmp_path):
    path = write_xlsx(tmp_path / "perisai.xlsx", PERISAI_HEAD, [
        ["Sri Lestari", GOOD_NIKS[1], "Banyumas", "2026-09", 50, 1_680_000, 36],
        ["Sri Lestari", GOOD_NIKS[1], "Banyumas", "2026-10", 50, "Rp1.512.000", 34],
        ["Agus Wibowo", GOOD_NIKS[3], "Banjarnegara", "2026-10", 40, 672_000, 30],
    ], text_columns=(1,))
    report, _ = office.coverage.import_file("perisai", path)
    assert report.saved and report.notes == ("Sri Lestari", "Agus Wibowo")
    summary = office.coverage.perisai_summary()
    assert (summary.agents, summary.acquired, summary.still_active) == (2, 140, 100)
    assert summary.active_bp == 7142  # 71,42 %: the Serang branch reports about 70 %
    assert summary.contributions == Money.rupiah(1_680_000 + 1_512_000 + 672_000)
    bad = write_xlsx(tmp_path / "bad.xlsx", PERISAI_HEAD, [
        ["Sri Lestari", GOOD_NIKS[1], "Banyumas", "2026-10", 50, 1_512_000, 60],  # more active than acquired
        ["Sri L.", GOOD_NIKS[1], "Banyumas", "2026-08", 10, 100_000, 5],  # the NIK under another name
    ], text_columns=(1,))
    report, _ = office.coverage.import_file("perisai", bad)
    assert not report.saved and [p.column for p in report.problems] == ["Masih Aktif", "Nama Agen"]
    assert office.coverage.perisai_summary().acquired == 140
