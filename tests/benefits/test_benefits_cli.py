"""`cabang benefit quote` for the desk and for scripts, and `cabang benefit report`.

The commands translate their messages with Qt; the tests use pytest-qt's application so that the
command does not make a bare QCoreApplication that later UI tests in the same process could not use."""

from __future__ import annotations

import json
from datetime import date

from ben_helpers import approved, ready_claim

from desktop.cli import main

QUOTE = ["benefit", "quote", "--today", "2026-11-20"]


def test_quote_json_gives_the_components_and_the_scholarship_per_child(qapp, capsys):
    code = main(QUOTE + ["--death-date", "2024-03-01", "--cause", "jkk", "--contribution-months", "4",
                         "--wage", "4500000", "--children-birthdates", "2012-05-05,2020-01-01,2015-02-02", "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rule"] == "PP82_2019" and data["programme"] == "JKK"
    assert [(c["component"], c["amount_sen"]) for c in data["components"]] == [
        ("jkk_48x", 21_600_000_000), ("berkala", 1_200_000_000), ("funeral", 1_000_000_000)]
    assert data["total_sen"] == 23_800_000_000
    children = data["scholarship"]["children"]
    assert data["scholarship"]["eligible"] and [c["eligible"] for c in children] == [True, True, False]
    assert children[0]["years"][0] == {"academic_year": "2023/2024", "level": "tk_sd", "grade": "SD kelas 5",
                                       "amount_sen": 150_000_000, "amount": "Rp1.500.000"}
    assert children[1]["years"][0]["academic_year"] == "2025/2026"  # starts when entering school
    assert "PP 82/2019" in children[2]["reason"] and "3" in children[2]["reason"]  # in the UI language


def test_quote_before_pp82_2019_and_the_three_year_rule(qapp, capsys):
    assert main(QUOTE + ["--death-date", "2019-11-30", "--cause", "jkm", "--contribution-months", "35",
                         "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rule"] == "PP44_2015" and data["total_sen"] == 2_400_000_000
    assert data["scholarship"]["eligible"] is False


def test_quote_prints_the_explanation_for_people(qapp, capsys):
    assert main(QUOTE + ["--death-date", "1 Maret 2024", "--cause", "jkm", "--contribution-months", "36"]) == 0
    out = capsys.readouterr().out
    assert "Rp42.000.000" in out and "Santunan berkala 24 x Rp500.000" in out


def test_quote_refuses_bad_facts_with_a_message_and_exit_1(qapp, capsys):
    code = main(QUOTE + ["--death-date", "2024-03-01", "--cause", "jkm", "--contribution-months", "10",
                         "--membership-start", "2024-04-01"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "2024" in err and len(err.strip().splitlines()) == 1
    assert main(QUOTE + ["--death-date", "2027-01-01", "--cause", "jkm", "--contribution-months", "10"]) == 1


def test_report_command_writes_the_workbook(qapp, staff, db_url, tmp_path, capsys):
    from openpyxl import load_workbook

    claim_id, _ = ready_claim(staff)
    ids, _ = staff.rina.benefits.create_disbursements(claim_id)
    approved(staff, ids)
    versions = staff.rina.benefits.versions(ids)
    staff.rina.benefits.pay_many([(i, versions[i]) for i in ids], paid_on=date(2026, 11, 2))
    out = tmp_path / "laporan.xlsx"
    assert main(["benefit", "report", "--db", db_url, "--year", "2026", "--out", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["published"].startswith("JKM 1 kasus Rp42 juta")
    assert load_workbook(out)["Ringkasan"]["B7"].value == 1
