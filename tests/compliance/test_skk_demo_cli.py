"""The compliance demo data (with its SKK batches) and the `cabang compliance` commands; the SKK
batches themselves are tested in test_skk_batches.py."""

from __future__ import annotations

import json
import random
from datetime import date


def test_the_demo_builds_every_state_quickly(office):
    from desktop.services.demo import compliance as demo

    counts = demo.build(office, random.Random("demo"), office.ctx.today())
    comp = office.compliance
    states = comp.case_counts_by_state()
    assert counts["employers"] == 2000 and counts["compliance_cases_open"] == 300
    assert all(states[s] > 0 for s in states)  # every state of the workflow
    assert sum(v for k, v in states.items() if k not in ("resolved", "closed")) == 300
    assert len(comp.escalation_candidates("teguran_2")) == 37
    assert 10 <= counts["compliance_letters"] <= 60
    assert comp.outcome_totals(office.ctx.today().year).workers_added > 0
    batches = comp.skk_batches()  # one hand-over: one covering letter per Kejaksaan Negeri
    assert sorted(b.kejari for b in batches) == ["Purbalingga", "Purwokerto"]
    assert all(b.pdf_path is not None and b.pdf_path.is_file() for b in batches)
    items = [i for b in batches for i in comp.skk_batch(b.id).items]
    assert {"diterima", "lunas"} <= {i.jpn_status for i in items}


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


def test_cli_skk_hands_ready_cases_over_and_lists_the_batches(tmp_path, capsys, helpers, qapp):
    from desktop.cli import main
    from desktop.config import Paths
    from desktop.services.app import StartOptions, start
    from desktop.services.demo import office as demo_office

    db = tmp_path / "cli.sqlite"
    services = start(Paths.default(), StartOptions(database=str(db), today=date(2026, 11, 20)))
    demo_office.build(services, random.Random(1), date(2026, 11, 20))
    for n, kecamatan in enumerate(("Sokaraja", "Wangon")):
        case = helpers.teguran_1(services, date(2026, 9, 14), employer=helpers.employer(
            services, f"PT Contoh {n}", kecamatan=kecamatan))
        services.compliance.move(case.id, case.version, "teguran_2", on=date(2026, 10, 1), paper_letter=f"B/{n}/X")
    services.close()
    assert main(["compliance", "skk", "--hand-over", "KP-2099-0001", "--db", str(db)]) == 1
    assert "KP-2099-0001" in capsys.readouterr().err
    assert main(["compliance", "skk", "--hand-over", "--date", "2026-11-02", "--json", "--db", str(db)]) == 0
    made = json.loads(capsys.readouterr().out)["batches"]
    assert sorted(b["kejari"] for b in made) == ["Banyumas", "Purwokerto"]
    assert all(b["cases"] == 1 and b["pdf"].endswith(".pdf") for b in made)
    assert main(["compliance", "skk", "--json", "--db", str(db)]) == 0
    assert len(json.loads(capsys.readouterr().out)["batches"]) == 2
