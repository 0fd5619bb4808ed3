"""Importing and exporting the partner list with real .xlsx files: a report for every row, clear
column problems, and nothing half-saved."""

from __future__ import annotations

import pytest
from plkk_helpers import HEADINGS, partner, workbook

from desktop.errors import Cancelled, UserError
from desktop.services.paging import PageRequest


def names(services) -> list[str]:
    return [r.name for r in services.plkk.list_partners(PageRequest(sort_key="kode_faskes")).rows]


def test_import_reports_new_updated_duplicate_and_rejected(services, tmp_path):
    partner(services, kode="3302R001", name="RSUD Banyumas")
    partner(services, kode="3302R002", name="RS Islam Purwokerto", ownership="swasta")
    path = workbook(tmp_path / "mitra.xlsx", HEADINGS, [
        ["3302R001", "RSUD Banyumas", "Rumah Sakit", "Kabupaten Banyumas", "Banyumas", "(0281) 796031", "",
         "IGD 24 jam; Rawat inap", "Pemerintah", "Aktif"],                                        # updated
        ["3302R002", "RS Islam Purwokerto", "RS", "Banyumas", "Banyumas", "", "", "", "Swasta", ""],  # duplicate
        ["3303P001", "Puskesmas Kalimanah", "Puskesmas", "Purbalingga", "Kalimanah", "", "pkm@gmail.com",
         "Rawat jalan", "Pemerintah", "Aktif"],                                                    # new
        [3304, "Klinik Dieng", "Klinik", "Banjarnegara", "", "", "", "", "", ""],                   # new (number)
        ["3303P001", "Puskesmas Kalimanah (lagi)", "Puskesmas", "Purbalingga", "", "", "", "", "", ""],  # repeated
        ["3303K002", "Klinik Bobotsari", "Apotek", "Purbalingga", "", "", "", "", "", ""],          # bad type
        ["3303K003", "", "Klinik", "Purbalingga", "", "", "", "", "", ""],                          # no name
        ["3304K004", "Klinik Batur", "Klinik", "Banjarnegara", "", "", "klinik@", "", "", ""],      # bad e-mail
        [None] * 10,                                                                                  # blank line
    ])
    report, changes = services.plkk.import_partners(path, dry_run=True)
    assert report.ok and not report.applied and not changes.areas
    assert report.counts == {"new": 2, "updated": 1, "duplicate": 2, "rejected": 3}
    by_row = {r.row: r for r in report.rows}
    assert set(by_row[2].changed) == {"phone", "services"}  # "Kabupaten Banyumas" is the same kabupaten
    assert "row 4" in by_row[6].reason.render()
    assert "Apotek" in by_row[7].reason.render()
    assert "Nama Faskes" in by_row[8].reason.render()
    assert "klinik@" in by_row[9].reason.render()
    assert names(services) == ["RSUD Banyumas", "RS Islam Purwokerto"]  # the dry run saved nothing

    applied, changes = services.plkk.import_partners(path, dry_run=False)
    assert applied.applied and applied.counts == report.counts and changes.areas
    assert names(services) == ["RSUD Banyumas", "RS Islam Purwokerto", "Puskesmas Kalimanah", "Klinik Dieng"]
    rsud = services.plkk.list_partners(PageRequest(text="3302R001")).rows[0]
    assert services.plkk.partner(rsud.id).services == ("IGD 24 jam", "Rawat inap")
    assert services.plkk.partner(rsud.id).ownership == "pemerintah"  # an empty cell never erases a value
    again, _ = services.plkk.import_partners(path, dry_run=True)
    assert again.counts == {"new": 0, "updated": 0, "duplicate": 5, "rejected": 3}


def test_missing_columns_are_reported_and_nothing_is_saved(services, tmp_path):
    path = workbook(tmp_path / "kurang.xlsx", ["Kode Faskes", "Nama Faskes", "Kecamatan"],
                    [["3302R001", "RSUD Banyumas", "Banyumas"]])
    report, changes = services.plkk.import_partners(path, dry_run=False)
    assert not report.ok and not report.applied and report.rows == () and not changes.areas
    messages = [p.message().render() for p in report.problems]
    assert messages == ["The required column \u201cJenis Faskes\u201d is missing.",
                        "The required column \u201cKabupaten/Kota\u201d is missing."]
    assert names(services) == []


def test_a_renamed_column_is_reported_with_what_it_was(services, tmp_path):
    headings = [h if h != "Nama Faskes" else "Nama Rumah Sakit" for h in HEADINGS]
    headings = [h if h != "Telepon" else "No. HP" for h in headings]
    path = workbook(tmp_path / "ganti.xlsx", headings,
                    [["3302R001", "RSUD Banyumas", "Rumah Sakit", "Banyumas", "", "0281", "", "", "", ""]])
    report, _ = services.plkk.import_partners(path, dry_run=False)
    messages = [p.message().render() for p in report.problems]
    assert "The column \u201cNama Rumah Sakit\u201d is not recognised; was it renamed from \u201cNama Faskes\u201d?" \
        in messages[0]
    assert any("\u201cNo. HP\u201d is not recognised" in m for m in messages)
    assert any("\u201cNama Faskes\u201d is missing" in m for m in messages)
    assert names(services) == []


def test_a_cancelled_import_saves_nothing(services, tmp_path):
    rows = [[f"3302K{i:03d}", f"Klinik {i}", "Klinik", "Banyumas", "", "", "", "", "", ""] for i in range(1, 6)]
    path = workbook(tmp_path / "lima.xlsx", HEADINGS, rows)

    class CancelAtThird:
        def progress(self, done, total, text=""):
            if done == 3:
                raise Cancelled()

        def check(self):
            pass

    with pytest.raises(Cancelled):
        services.plkk.import_partners(path, dry_run=False, progress=CancelAtThird())
    assert names(services) == []  # one transaction: the first two rows were rolled back too


def test_a_file_that_is_not_a_workbook_is_refused_clearly(services, tmp_path):
    bad = tmp_path / "mitra.xlsx"
    bad.write_text("kode;nama\n", encoding="utf-8")
    with pytest.raises(UserError, match="cannot be read as an Excel workbook"):
        services.plkk.import_partners(bad)


def test_export_then_import_round_trips(services, tmp_path):
    from openpyxl import load_workbook

    partner(services, kode="0302R001", name="RSUD Banyumas", services=("IGD 24 jam", "Bedah"),
            contact_name="dr. Sri Rahayu", contact_position="Kepala Bidang Pelayanan Medik")
    partner(services, kode="3303P001", name="Puskesmas Kalimanah", facility_type="puskesmas", regency="Purbalingga")
    path = tmp_path / "ekspor.xlsx"
    assert services.plkk.export_partners(path) == 2
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Kode Faskes", "Nama Faskes", "Jenis Faskes", "Kabupaten/Kota"]
    first = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert first["Kode Faskes"] == "0302R001" and first["Jenis Faskes"] == "Rumah Sakit"  # the zero is kept
    assert first["Layanan"] == "IGD 24 jam; Bedah" and first["Status PKS"] == "Belum ada PKS"
    report, _ = services.plkk.import_partners(path, dry_run=True)
    assert report.ok and report.counts == {"new": 0, "updated": 0, "duplicate": 2, "rejected": 0}
