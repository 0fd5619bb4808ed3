"""The Dasbor's figures from every area, its empty state on a new office, and its one-page PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from desktop.domain.coverage import CommitmentStatus, Month, PopulationSource
from desktop.services.coverage_views import CommitmentInput, FigureInput, MeetingInput
from desktop.services.office import OfficeView, SignatoryView

REGENCIES = ("Kabupaten Banyumas", "Kabupaten Purbalingga", "Kabupaten Banjarnegara")


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def _small_office(services) -> None:
    services.office.save(OfficeView(id=None, version=0, name="BPJS Ketenagakerjaan Kantor Cabang Purwokerto",
                                    code="PWT", regencies=REGENCIES,
                                    signatories=(SignatoryView(None, "Antony Sugiarto", "Kepala Kantor Cabang"),)))
    for i, (regency, pop, target) in enumerate(zip(REGENCIES, (328_500, 219_900, 190_000), (35, 33, 32),
                                                   strict=True)):
        for m in range(1, 11):
            if regency == REGENCIES[2] and m == 6:
                continue  # Banjarnegara did not report June
            services.coverage.save_figure(FigureInput(
                regency, Month(2026, m), pop, pop * (28 + i) // 100, 1_000 * (i + 1) + 100 * m, pop // 30,
                PopulationSource.BPS, date(2025, 8, 1), pop // 2, target * 100))
    meeting, _ = services.coverage.save_meeting(MeetingInput(date(2026, 8, 12), "Rapat Koordinasi"))
    services.coverage.save_commitment(CommitmentInput(meeting.id, "Bappeda", "Alokasi APBD", date(2026, 10, 31),
                                                      CommitmentStatus.OPEN))


def test_a_new_office_has_empty_tiles_and_no_errors(services):
    data = services.dashboard.compute()
    assert data.is_empty
    assert not data.coverage.has_data and data.coverage.phrase == ""
    assert not data.bpu_growth.has_data and data.bpu_growth.points == ()
    assert data.commitments_overdue.count == 0
    # the other areas are built: their tiles are available, with nothing in them yet
    assert data.cases.available and data.cases.total == 0
    assert data.agreements_expiring.available and data.agreements_expiring.count == 0
    assert data.disbursements.available and data.disbursements.total.sen == 0


def test_the_tiles_carry_coverage_against_target_growth_and_overdue_commitments(services):
    _small_office(services)
    data = services.dashboard.compute()
    assert data.month == Month(2026, 11)
    by_name = {r.regency: r for r in data.coverage.regions}
    banyumas = by_name["Kabupaten Banyumas"]
    assert banyumas.month == Month(2026, 10) and banyumas.target_bp == 3500
    assert banyumas.coverage_bp == (328_500 * 28 // 100 + 2_000 + 328_500 // 30) * 10_000 // 328_500
    assert banyumas.meets_target is False
    points = data.bpu_growth.points
    assert len(points) == 10 and points[-1].month == Month(2026, 10)  # months with data, up to the latest
    assert points[5].value is None  # June: Banjarnegara did not report, so the branch total is unknown
    assert points[0].value == 1_100 + 2_100 + 3_100
    assert data.bpu_growth.growth == 900 * 3
    assert data.commitments_overdue.count == 1 and data.commitments_overdue.items[0].title == "Bappeda"
    assert not data.is_empty


def test_the_demo_dashboard_reads_every_area(demo_services):
    data = demo_services.dashboard.compute()
    assert data.coverage.phrase == "32 persen dari potensi sekitar 740.000 pekerja"
    assert data.cases.available and data.cases.total > 0
    assert {c.key for c in data.cases.by_state} >= {"identified", "teguran_1", "resolved"}
    assert data.agreements_expiring.available and data.agreements_expiring.count > 0
    assert all(i.when is not None for i in data.agreements_expiring.items)
    assert data.scholarship_proofs_due.available
    assert data.disbursements.available
    assert data.commitments_overdue.count == 2
    assert data.sponsored_workers > 400
    # The Dasbor counts agreements expiring and proofs due in one statement each; the areas' pages
    # list them row by row. Both must say the same.
    s = demo_services
    expiring = s.plkk.expiring_agreements(within_days=90)
    assert data.agreements_expiring.count == len(expiring) > 5
    assert [(i.title, i.subtitle, i.record_id, i.when) for i in data.agreements_expiring.items] == [
        (a.partner_name, a.number, a.partner_id, a.end_on) for a in expiring[:5]]
    due = s.benefits.scholarship_proofs_due(s.ctx.today())
    assert data.scholarship_proofs_due.count == len(due) > 5
    assert [(i.title, i.subtitle, i.record_id, i.when) for i in data.scholarship_proofs_due.items] == [
        (p.child_name, p.participant, p.claim_id, p.deadline) for p in due[:5]]


def test_the_dashboard_exports_one_page_with_its_figures(services, tmp_path):
    _small_office(services)
    path = services.dashboard.export_pdf(tmp_path / "dasbor.pdf")
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    text = _text(path)
    assert "DASBOR KANTOR CABANG — NOVEMBER 2026" in text
    assert "Cakupan per kabupaten terhadap target" in text
    assert "Komitmen terlambat" in text and "Bappeda" in text
    assert "target 35 %" in text  # the target marker of Banyumas in the bar chart
    fonts = [f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values()]
    assert fonts and all("+Noto" in str(f["/BaseFont"]) for f in fonts)


def test_an_empty_dashboard_still_exports(services, tmp_path):
    text = _text(services.dashboard.export_pdf(tmp_path / "kosong.pdf"))
    assert "belum ada data" in text and "Belum ada data BPU per bulan." in text
