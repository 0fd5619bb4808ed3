"""Reports by programme, kabupaten and segment, in the published shape, exported as PDF and Excel;
and the dashboard's claims summary."""

from __future__ import annotations

from datetime import date

import pytest
from ben_helpers import approved, ready_claim

from desktop.domain.money import Money
from desktop.errors import UserError
from desktop.services.benefits_views import ChildInput

R = Money.rupiah


def _pay_all(staff, claim_id, day):
    ids, _ = staff.rina.benefits.create_disbursements(claim_id)
    approved(staff, ids)
    versions = staff.rina.benefits.versions(ids)
    staff.rina.benefits.pay_many([(i, versions[i]) for i in ids], paid_on=day)
    return ids


@pytest.fixture
def paid_office(staff):
    a, heir_a = ready_claim(staff)
    _pay_all(staff, a, date(2026, 4, 10))
    b, _ = ready_claim(staff, kpj="22222222222", nik="3303010101800001", name="Slamet Riyadi", segment="BPU",
                       kabupaten="Purbalingga")
    _pay_all(staff, b, date(2026, 5, 3))
    c, _ = ready_claim(staff, kpj="33333333333", nik="3304010101820002", name="Teguh Prasetyo", cause="jkk",
                       reported_wage=R(4_500_000), kabupaten="Banjarnegara", segment="JAKON",
                       death_date=date(2025, 12, 1), membership_start=date(2024, 1, 2), contribution_months=20)
    _pay_all(staff, c, date(2026, 1, 15))
    child, _ = staff.rina.benefits.add_child(a, ChildInput("Dewi Santoso", date(2014, 5, 5), guardian_heir_id=heir_a.id,
                                                           level_at_start="tk_sd", grade_at_start=7))
    _y, disb, _ = staff.rina.benefits.record_year(child, 2026, "tk_sd", 8, date(2026, 8, 1), date(2026, 8, 1))
    approved(staff, [disb])
    staff.rina.benefits.pay(disb, staff.rina.benefits.disbursement(disb).version, paid_on=date(2026, 8, 20))
    return staff


def test_the_report_counts_cases_and_amounts_per_programme(paid_office):
    report = paid_office.rina.benefits.report(2026)
    summary = {s.programme: (s.cases, s.amount) for s in report.summary}
    assert summary == {"JKM": (2, R(84_000_000)), "JKK": (1, R(238_000_000)), "Beasiswa": (1, R(1_500_000))}
    assert report.published() == "JKM 2 kasus Rp84 juta; JKK 1 kasus Rp238 juta; beasiswa 1 kasus Rp1,5 juta"
    kab = {(r.group, r.programme): (r.cases, r.amount) for r in report.by_kabupaten}
    assert kab[("Banyumas", "JKM")] == (1, R(42_000_000)) and kab[("Banyumas", "Beasiswa")] == (1, R(1_500_000))
    assert kab[("Banjarnegara", "JKK")] == (1, R(238_000_000))
    seg = {(r.group, r.programme): r.cases for r in report.by_segment}
    assert seg == {("BPU", "JKM"): 1, ("JAKON", "JKK"): 1, ("PU", "JKM"): 1, ("PU", "Beasiswa"): 1}
    first_half = paid_office.rina.benefits.report(2026, 1, 4)
    assert {s.programme: s.cases for s in first_half.summary} == {"JKM": 1, "JKK": 1, "Beasiswa": 0}
    assert [s.line for s in paid_office.rina.benefits.claims_summary(2026)] == [s.line for s in report.summary]


def test_a_reversal_is_netted_out(paid_office):
    b = paid_office.rina.benefits
    row = next(r for r in b.claims_page(__import__("desktop.services.paging", fromlist=["PageRequest"])
                                        .PageRequest()).rows if r.kpj == "22222222222")
    funeral = next(d for d in b.claim(row.id).disbursements if d.component == "funeral")
    paid_office.diyah.benefits.reverse(funeral.id, funeral.version, "Salah bayar")
    summary = {s.programme: (s.cases, s.amount) for s in b.report(2026).summary}
    assert summary["JKM"] == (2, R(74_000_000))


def test_export_pdf_and_excel(paid_office, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    pdf = paid_office.rina.benefits.export_report(2026, tmp_path / "laporan.pdf")
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "LAPORAN PEMBAYARAN SANTUNAN DAN BEASISWA" in text and "Tahun 2026" in text
    assert "JKM 2 kasus Rp84 juta" in text and "Banjarnegara" in text and "Rp238.000.000" in text
    fonts = {str(f) for p in PdfReader(pdf).pages for f in p["/Resources"]["/Font"].values()}
    assert fonts  # fonts are there (embedded TrueType subsets, no standard 14)
    xlsx = paid_office.rina.benefits.export_report(2026, tmp_path / "laporan.xlsx")
    wb = load_workbook(xlsx)
    rows = {r[0]: r[1:3] for r in wb["Ringkasan"].iter_rows(min_row=7, values_only=True) if r[0]}
    assert rows["JKM"] == (2, 84_000_000) and rows["JKK"] == (1, 238_000_000) and rows["Beasiswa"] == (1, 1_500_000)
    kab = {r[0]: r for r in wb["Kabupaten"].iter_rows(min_row=2, values_only=True)}
    assert kab["Purbalingga"][1:3] == (1, 42_000_000) and kab["Jumlah"][8] == 323_500_000
    with pytest.raises(UserError, match=r"\.pdf or \.xlsx"):
        paid_office.rina.benefits.export_report(2026, tmp_path / "laporan.doc")
