"""`cabang plkk list|import|export` as a script would run them."""

from __future__ import annotations

import json

import pytest
from plkk_helpers import HEADINGS, agreement_ending_in, partner, workbook

from desktop.cli import main


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    """The commands translate their messages through Qt and would otherwise create a bare
    QCoreApplication, which the UI tests later in the same run cannot use."""
    return qapp


def test_list_expiring_as_json(services, db_url, capsys):
    soon = partner(services, kode="3302R001", name="RSUD Banyumas")
    agreement_ending_in(services, soon.id, 20, "PKS/001")
    later = partner(services, kode="3302R002", name="RS Islam Purwokerto")
    agreement_ending_in(services, later.id, 200, "PKS/002")
    assert main(["plkk", "list", "--db", db_url, "--expiring", "90", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(e["kode_faskes"], e["agreement"], e["band"]) for e in out["expiring"]] == [("3302R001", "PKS/001", "30")]
    assert main(["plkk", "list", "--db", db_url, "--json"]) == 0
    names = [p["name"] for p in json.loads(capsys.readouterr().out)["partners"]]
    assert names == ["RS Islam Purwokerto", "RSUD Banyumas"]


def test_import_dry_run_then_for_real_and_export(services, db_url, tmp_path, capsys):
    path = workbook(tmp_path / "mitra.xlsx", HEADINGS, [
        ["3303P001", "Puskesmas Kalimanah", "Puskesmas", "Purbalingga", "", "", "", "", "", ""],
        ["3303K002", "Klinik Bobotsari", "Apotek", "Purbalingga", "", "", "", "", "", ""]])
    assert main(["plkk", "import", "--db", db_url, str(path), "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["counts"] == {"new": 1, "updated": 0, "duplicate": 0, "rejected": 1} and not dry["applied"]
    assert services.plkk.list_partners().total == 0
    assert main(["plkk", "import", "--db", db_url, str(path), "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["applied"] and done["counts"]["new"] == 1
    assert [r.name for r in services.plkk.list_partners().rows] == ["Puskesmas Kalimanah"]
    out = tmp_path / "ekspor.xlsx"
    assert main(["plkk", "export", "--db", db_url, str(out)]) == 0 and out.is_file()


def test_import_with_a_missing_column_exits_1_with_the_reason(services, db_url, tmp_path, capsys):
    path = workbook(tmp_path / "kurang.xlsx", ["Kode Faskes", "Nama Faskes"], [["3303P001", "Puskesmas Kalimanah"]])
    assert main(["plkk", "import", "--db", db_url, str(path), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert not out["ok"] and not out["applied"] and out["rows"] == []
    assert len(out["column_problems"]) == 2 and "Jenis Faskes" in out["column_problems"][0]
    assert main(["plkk", "import", "--db", db_url, str(tmp_path / "tidak-ada.xlsx")]) == 1
    assert "tidak-ada.xlsx" in capsys.readouterr().err  # a message, not a traceback
    assert services.plkk.list_partners().total == 0
