"""SKK batches to a Kejaksaan Negeri (letters, attached list, JPN results that count as recovered
arrears), the demo data, and the `cabang compliance` commands."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.domain.money import Money
from desktop.errors import UserError


def _ready_teguran_2(office, helpers, name: str, kecamatan: str = "Purwokerto Utara"):
    employer = helpers.employer(office, name, kecamatan=kecamatan)
    case = helpers.teguran_1(office, date(2026, 9, 14), employer=employer, arrears=Money.rupiah(21_000_000))
    moved, _ = office.compliance.move(case.id, case.version, "teguran_2", on=date(2026, 10, 1),
                                      paper_letter="B/0900/KPS/X/2026")
    return moved.case


def test_an_skk_batch_to_the_kejaksaan_negeri(as_role, office, helpers, tmp_path):
    first = _ready_teguran_2(office, helpers, "PT Graha Konstruksi Prima")
    second = _ready_teguran_2(office, helpers, "CV Angkutan Sumber", kecamatan="Sokaraja")
    elsewhere = _ready_teguran_2(office, helpers, "UD Batik Wangon", kecamatan="Wangon")
    comp = as_role("supervisor", "diyah").compliance
    assert {c.id for c in comp.skk_candidates("Purwokerto")} == {first.id, second.id}
    assert [c.id for c in comp.skk_candidates("Banyumas")] == [elsewhere.id]
    batch, _ = comp.create_skk_batch("Purwokerto", [(first.id, first.version), (second.id, second.version)],
                                     handed_over=date(2026, 11, 2))
    assert batch.cases == 2 and batch.kejari == "Purwokerto" and batch.number.endswith("/SKK-PWT/XI/2026")
    assert [i.skk_number for i in batch.items] == ["001/SKK/PWT/XI/2026", "002/SKK/PWT/XI/2026"]
    for item in batch.items:
        case = comp.case(item.case_id)
        assert case.state == "referred" and case.referral_steps == ("skk",)
        assert case.actions[-1].letter_number == item.letter_number != ""
    assert comp.skk_candidates("Purwokerto") == []
    with pytest.raises(UserError, match="already with a Kejaksaan Negeri"):
        comp.create_skk_batch("Purwokerto", [(first.id, comp.case(first.id).version)])
    item = batch.items[0]
    comp.update_skk_item(item.id, item.version, jpn_status="pernyataan", status_date=date(2026, 11, 9),
                         promised_date=date(2026, 12, 15), recovered=Money.rupiah(10_000_000))
    item = comp.skk_batch(batch.id).items[0]
    comp.update_skk_item(item.id, item.version, jpn_status="lunas", status_date=date(2026, 11, 19),
                         recovered=Money.rupiah(21_000_000))
    with pytest.raises(UserError, match="cannot go down"):
        item = comp.skk_batch(batch.id).items[0]
        comp.update_skk_item(item.id, item.version, jpn_status="lunas", recovered=Money.rupiah(1))
    view = comp.skk_batch(batch.id)
    assert (view.settled, view.recovered) == (1, Money.rupiah(21_000_000))
    assert comp.outcome_totals(2026, 11).arrears_recovered == Money.rupiah(21_000_000)  # 10 + 11 million
    text = "".join(p.extract_text() for p in PdfReader(_write(tmp_path, comp.skk_list_pdf(batch.id))).pages)
    for expected in ("KEJAKSAAN NEGERI PURWOKERTO", "PT Graha Konstruksi Prima", "CV Angkutan Sumber",
                     "001/SKK/PWT/XI/2026", "Rp42.000.000,00"):
        assert expected in text


def _write(tmp_path, data: bytes):
    path = tmp_path / "lampiran.pdf"
    path.write_bytes(data)
    return path


def test_the_demo_builds_every_state_quickly(office):
    from desktop.services.demo import compliance as demo

    counts = demo.build(office, random.Random("demo"), office.ctx.today())
    comp = office.compliance
    states = comp.case_counts_by_state()
    assert counts["employers"] == 2000 and counts["compliance_cases_open"] == 300
    assert all(states[s] > 0 for s in states)  # every state of the workflow
    assert sum(v for k, v in states.items() if k not in ("resolved", "closed")) == 300
    assert len(comp.escalation_candidates("teguran_2")) == 37
    assert 20 <= counts["compliance_letters"] <= 60
    assert comp.outcome_totals(office.ctx.today().year).workers_added > 0
    assert {b.kejari for b in comp.skk_batches()} == {"Purbalingga", "Purwokerto"}


def test_cli_import_queue_and_escalate(tmp_path, capsys, helpers, qapp):
    # qapp: the command line would make a bare QCoreApplication for its messages; the Qt tests that
    # run later in this process need the QApplication pytest-qt makes, so it is made first.
    from desktop.cli import main
    from desktop.config import Paths
    from desktop.services.app import StartOptions, start

    db = tmp_path / "cli.sqlite"
    services = start(Paths.default(), StartOptions(database=str(db), today=date(2026, 11, 20)))
    from desktop.services.demo import office as demo_office

    demo_office.build(services, random.Random(1), date(2026, 11, 20))
    for n in range(3):
        helpers.teguran_1(services, date(2026, 10, 8), employer=helpers.employer(services, f"PT Contoh {n}"))
    services.close()
    csv = tmp_path / "pk.csv"
    csv.write_text("NPP,Nama Perusahaan,NPWP\n90000001,PT Satu,01.234.567.8-901.000\n90000002,PT Dua,123\n",
                   encoding="utf-8")
    assert main(["compliance", "import", str(csv), "--dry-run", "--json", "--db", str(db)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["counts"]["new"] == 1 and out["counts"]["rejected"] == 1 and out["dry_run"] is True
    assert out["rows"][0]["line"] == 3 and "NPWP 123" in out["rows"][0]["reason"]
    assert main(["compliance", "queue", "--json", "--db", str(db)]) == 0
    queue = json.loads(capsys.readouterr().out)
    assert queue["counts"]["ready_to_escalate"] == 3
    pdf = tmp_path / "tt2.pdf"
    assert main(["compliance", "escalate", "--to", "teguran_2", "--expired", "--out", str(pdf), "--json",
                 "--db", str(db)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["moved"] == 3 and len(result["letters"]) == 3 and pdf.is_file()
    assert main(["compliance", "import", str(tmp_path / "missing.xlsx"), "--db", str(db)]) == 1
    assert "missing.xlsx" in capsys.readouterr().err  # the message, in the UI language, no traceback
