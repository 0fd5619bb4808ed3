"""The letter commands, as a script would run them."""

from __future__ import annotations

import json
import random

import pytest
from letters_helpers import NIK, pdf_text

from desktop.cli import main


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    """The commands translate their messages through Qt; they must find the test run's QApplication,
    or they would create a QCoreApplication that later widget tests cannot use."""
    return qapp


@pytest.fixture
def db_file(tmp_path, paths):
    from desktop.models.migrate import open_database
    from desktop.services.app import services_for
    from desktop.services.demo import office
    from desktop.services.users import bootstrap_admin

    path = tmp_path / "cli.sqlite"
    db = open_database(f"sqlite:///{path}")
    bootstrap_admin(db)
    services = services_for(db, paths)
    office.build(services, random.Random(1), services.ctx.today())
    db.dispose()
    return str(path)


FIELDS = {"nama_perusahaan": "PT Maju Jaya Abadi", "rujukan": "kunjungan petugas pada tanggal 2 November 2026",
          "jenis_ketidakpatuhan": "PDS Tenaga Kerja", "batas_waktu": "2026-12-04", "tunggakan": 48250000,
          "narahubung": "Hendra Kusuma", "telepon_narahubung": "(0281) 636010"}


def test_letter_render_preview_and_issue(db_file, tmp_path, capsys):
    fields = tmp_path / "fields.json"
    fields.write_text(json.dumps(FIELDS), encoding="utf-8")
    base = ["letter", "render", "--db", db_file, "--template", "teguran_1", "--fields", str(fields),
            "--recipient", "Pimpinan PT Maju Jaya Abadi", "--address", "Jalan Raya Baturraden Km 5", "--city", "Purwokerto"]
    assert main(base + ["--out", str(tmp_path / "preview.pdf")]) == 0
    assert "(nomor)" in pdf_text((tmp_path / "preview.pdf").read_bytes())
    capsys.readouterr()
    assert main(base + ["--out", str(tmp_path / "issued.pdf"), "--issue", "--date", "2026-11-20", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["number"] == "001/TT1-PWT/XI/2026"
    text = pdf_text((tmp_path / "issued.pdf").read_bytes())
    assert "001/TT1-PWT/XI/2026" in text and "Rp48.250.000,00" in text


def test_letter_render_reports_missing_fields(db_file, tmp_path, capsys):
    fields = tmp_path / "fields.json"
    fields.write_text(json.dumps({"nama_perusahaan": "PT A"}), encoding="utf-8")
    code = main(["letter", "render", "--db", db_file, "--template", "teguran_1", "--fields", str(fields),
                 "--recipient", "Pimpinan PT A", "--out", str(tmp_path / "x.pdf")])
    assert code == 1
    err = capsys.readouterr().err
    assert "batas_waktu" in err or "Tenggat" in err or "Deadline" in err
    assert not (tmp_path / "x.pdf").exists()


def test_letters_batch_from_excel_and_csv(db_file, tmp_path, capsys):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    header = list(FIELDS) + ["recipient", "address", "city"]
    ws.append(header)
    for i in range(4):
        ws.append([*(FIELDS[k] if k != "nama_perusahaan" else f"PT Contoh {i}" for k in FIELDS),
                   f"Pimpinan PT Contoh {i}", "Jalan Merdeka 1 / RT 02 RW 03", "Purwokerto"])
    wb.save(tmp_path / "data.xlsx")
    assert main(["letters", "batch", "--db", db_file, "--template", "teguran_1", "--data", str(tmp_path / "data.xlsx"),
                 "--out", str(tmp_path / "all.pdf"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["count"] == 4 and result["first"].startswith("001/TT1-PWT/") and result["last"].startswith("004/")
    text = pdf_text((tmp_path / "all.pdf").read_bytes())
    assert "PT Contoh 3" in text and "RT 02 RW 03" in text
    csv_file = tmp_path / "data.csv"
    csv_file.write_text(";".join(header) + "\n" + ";".join(
        [str(FIELDS[k]) for k in FIELDS] + ["Pimpinan PT Csv", "", "Purbalingga"]) + "\n", encoding="utf-8")
    assert main(["letters", "batch", "--db", db_file, "--template", "teguran_1", "--data", str(csv_file),
                 "--folder", str(tmp_path / "out")]) == 0
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 1


def test_receipt_and_verify(db_file, tmp_path, capsys):
    assert main(["receipt", "--db", db_file, "--payee", "Siti Aminah", "--nik", NIK, "--amount", "42000000",
                 "--purpose", "Santunan JKM a.n. Budi Santoso", "--component", "Santunan kematian=20000000",
                 "--component", "Santunan berkala=12000000", "--component", "Biaya pemakaman=10000000",
                 "--line", "No. KPJ=12345678901", "--out", str(tmp_path / "kw.pdf"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["meterai"] is True
    assert "Empat Puluh Dua Juta Rupiah" in pdf_text((tmp_path / "kw.pdf").read_bytes())
    assert main(["verify", "--db", db_file, result["code"]]) == 0
    assert main(["verify", "--db", db_file, result["code"].replace("4200000000", "4200000001")]) == 1


def test_every_command_documents_its_input(capsys):
    for command in (["letter", "render"], ["letters", "batch"], ["receipt"], ["verify"]):
        with pytest.raises(SystemExit) as info:
            main([*command, "--help"])
        assert info.value.code == 0
    out = capsys.readouterr().out
    assert "JSON object" in out and '"recipient"' in out and "--nik" in out and "QR text" in out
