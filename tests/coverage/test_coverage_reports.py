"""The coverage report as PDF and Excel, in the branch's phrasing; the command line; the demo data."""

from __future__ import annotations

import json
import random
from datetime import date

from coverage_helpers import enter_purwokerto, programme, write_xlsx
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.domain.coverage import CommitmentStatus, Month, WorkerGroup
from desktop.services.coverage_views import CommitmentInput, MeetingInput, WorkerInput


def _pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def _fonts(path) -> list:
    fonts = []
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.append(font.get_object())
    return fonts


def test_the_pdf_report_says_it_as_the_branch_does(office, tmp_path):
    enter_purwokerto(office)
    p = programme(office)
    office.coverage.add_worker(WorkerInput(p.id, "Slamet Riyadi", "3302011204850003", WorkerGroup.MARBOT))
    meeting, _ = office.coverage.save_meeting(MeetingInput(date(2026, 8, 12), "Rapat Koordinasi"))
    office.coverage.save_commitment(CommitmentInput(meeting.id, "Bappeda Kabupaten Banyumas", "Alokasi APBD",
                                                    date(2026, 10, 31), CommitmentStatus.OPEN))
    path = office.coverage.export_report(tmp_path / "cakupan.pdf")
    text = _pdf_text(path)
    assert "32 persen dari potensi sekitar 740.000 pekerja" in text
    assert "Banyumas, Purbalingga dan Banjarnegara" in text
    assert "Banyumas: 35 persen dari potensi sekitar 330.000 pekerja (data Oktober 2026); target 35 persen" in text
    assert "738.400" in text and "32,00 %" in text
    assert "Bappeda Kabupaten Banyumas" in text and "TERLAMBAT" in text
    assert "APBD" in text and "Rp16.800" in text
    fonts = _fonts(path)
    assert fonts and all("+Noto" in str(f["/BaseFont"]) for f in fonts)  # bundled Noto subsets only
    assert all("/FontFile2" in f["/FontDescriptor"].get_object() for f in fonts)  # embedded


def test_the_excel_report_keeps_numbers_as_numbers(office, tmp_path):
    enter_purwokerto(office)
    path = office.coverage.export_report(tmp_path / "cakupan.xlsx")
    wb = load_workbook(path)
    ws = wb["Cakupan"]
    assert ws["A4"].value.startswith("Sudah 32 persen dari potensi sekitar 740.000 pekerja")
    rows = [r for r in ws.iter_rows(values_only=True) if r and r[0] in ("Banyumas", "Jumlah")]
    assert rows[0][2] == 328_500 and abs(rows[0][8] - 0.3519) < 1e-9  # 35,19 %, truncated
    assert rows[-1][2] == 738_400 and rows[-1][7] == 236_288 and abs(rows[-1][8] - 0.32) < 1e-9
    assert set(wb.sheetnames) == {"Cakupan", "Sponsor", "Komitmen"}


def test_a_report_without_figures_says_so(office, tmp_path):
    text = _pdf_text(office.coverage.export_report(tmp_path / "kosong.pdf"))
    assert "Belum ada data cakupan kepesertaan." in text


def _cli(*args: str) -> int:
    from desktop.cli import main

    return main(list(args))


def test_the_command_line_imports_checks_and_reports(office, db_url, tmp_path, capsys):
    bad = write_xlsx(tmp_path / "bad.xlsx", ["Kabupaten/Kota", "Bulan", "Penduduk Bekerja", "Peserta PU",
                                             "Peserta BPU", "Peserta Jakon"],
                     [["Banyumas", "2026-10", 1000, 2000, 10, 10]])
    assert _cli("coverage", "import", str(bad), "--kind", "figures", "--db", db_url, "--json") == 1
    out = json.loads(capsys.readouterr().out)
    assert out["saved"] is False and out["problems"][0]["row"] == 2
    good = write_xlsx(tmp_path / "good.xlsx", ["Kabupaten/Kota", "Bulan", "Penduduk Bekerja", "Peserta PU",
                                               "Peserta BPU", "Peserta Jakon"],
                      [["Banyumas", "2026-10", 1000, 200, 100, 20]])
    assert _cli("coverage", "import", str(good), "--kind", "figures", "--dry-run", "--db", db_url) == 0
    assert office.coverage.all_figures() == []
    assert _cli("coverage", "import", str(good), "--kind", "figures", "--db", db_url) == 0
    assert [f.pu for f in office.coverage.all_figures()] == [200]
    capsys.readouterr()
    assert _cli("coverage", "report", "--out", str(tmp_path / "r.xlsx"), "--db", db_url, "--json") == 0
    assert json.loads(capsys.readouterr().out)["coverage_bp"] == 3200
    assert _cli("coverage", "report", "--out", str(tmp_path / "r.docx"), "--db", db_url) == 1
    assert "pdf" in capsys.readouterr().err
    assert _cli("dashboard", "export", "--out", str(tmp_path / "d.pdf"), "--db", db_url) == 0
    assert "DASBOR KANTOR CABANG" in _pdf_text(tmp_path / "d.pdf")


def test_the_demo_matches_the_purwokerto_figures(services):
    from desktop.services.demo import coverage, office

    today = date(2026, 11, 20)
    office.build(services, random.Random(1), today)
    counts = coverage.build(services, random.Random(2), today)
    current = services.coverage.current()
    assert current.phrase == "32 persen dari potensi sekitar 740.000 pekerja"
    assert 850 <= current.total.bpu_coverage_bp <= 950  # near Klaten's 9 %
    assert {r.latest.month for r in current.regions} == {Month(2026, 10)}
    history = services.coverage.history("Kabupaten Banjarnegara")
    assert history[-1].month == Month(2024, 1) and any(not r.known for r in history[1:])
    assert 8 <= counts["sponsorships"] <= 12 and 200 <= counts["enrolled_workers"] <= 600
    assert services.coverage.perisai_summary().agents == 15
    assert 6500 <= services.coverage.perisai_summary().active_bp <= 7500
    assert len(services.coverage.overdue_commitments()) == 2 and counts["commitments"] == 5
    assert services.coverage.renewals_due()
