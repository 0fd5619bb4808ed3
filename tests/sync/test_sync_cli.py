"""`cabang sync ...` as an administrator or a script uses it: a laptop checked out, a bundle out and a
reply back, a direct sync, conflicts settled, a tampered bundle refused with a message, --json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from datetime import date


def cabang(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          timeout=300)


def ok(*args: str) -> dict:
    result = cabang(*args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_laptop_round_trip_on_the_command_line(hub, office, sx, tmp_path):
    office.users.create("hendra", "Hendra", "field_officer", regency="Banyumas")
    hub_url = hub.url.render_as_string(hide_password=False)
    laptop_path = tmp_path / "laptop.sqlite"
    out = ok("sync", "checkout", "--hub", hub_url, "--db", str(laptop_path), "--by", "kabupaten=Banyumas",
             "--device", "lap-cli")
    assert (out["device"], out["scope"]) == ("lap-cli", "kabupaten=Banyumas") and out["rows"] >= 2
    assert "key" not in out  # the key stays in the databases
    from desktop.models.migrate import open_database

    laptop = open_database(f"sqlite:///{laptop_path}", device="lap-cli")
    try:
        on_laptop = sx.on(laptop)
        u = on_laptop.users.get("hendra")
        on_laptop.users.update(u.id, u.version, full_name="Hendra Kusuma")
        assert ok("sync", "status", "--db", str(laptop_path))["pending"] == 1
        bundle, reply = tmp_path / "b.cabang-sync", tmp_path / "r.cabang-sync"
        assert ok("sync", "export-bundle", "--db", str(laptop_path), "--out", str(bundle))["rows"] == 1
        imported = ok("sync", "import-bundle", str(bundle), "--db", hub_url, "--reply-out", str(reply))
        assert imported["reply"] == str(reply) and not imported["replayed"]
        assert ok("sync", "import-bundle", str(bundle), "--db", hub_url, "--reply-out", str(reply))["replayed"]
        assert not ok("sync", "apply-reply", str(reply), "--db", str(laptop_path))["replayed"]
        assert office.users.get("hendra").full_name == "Hendra Kusuma"

        u = office.users.get("hendra")
        office.users.update(u.id, u.version, full_name="Hendra K.")
        u = on_laptop.users.get("hendra")
        on_laptop.users.update(u.id, u.version, full_name="Hendra Kusumawardhana")
        on_laptop.settings.add_office_holiday(date(2026, 12, 24), "Natal")
        ran = ok("sync", "run", "--db", str(laptop_path), "--hub", hub_url)
        assert (ran["sent"], ran["conflicts"]) == (2, 1)
        [conflict] = ok("sync", "conflicts", "--db", hub_url)["conflicts"]
        assert (conflict["office"], conflict["laptop"]) == ("Hendra K.", "Hendra Kusumawardhana")
        ok("sync", "resolve", conflict["id"], "--choose", "laptop", "--db", hub_url)
        assert ok("sync", "conflicts", "--db", hub_url)["conflicts"] == []
        ok("sync", "run", "--db", str(laptop_path), "--hub", hub_url)
        assert on_laptop.users.get("hendra").full_name == "Hendra Kusumawardhana"
        status = ok("sync", "status", "--db", hub_url)
        assert (status["role"], status["devices"], status["open_conflicts"]) == ("hub", 1, 0)
    finally:
        laptop.dispose()


def test_register_reserve_and_refusals_on_the_command_line(hub, office, tmp_path):
    hub_url = hub.url.render_as_string(hide_password=False)
    key = ok("sync", "register-laptop", "--device", "lap-x", "--by", "officer=hendra", "--db", hub_url)["key"]
    assert len(key) == 64
    text = cabang("sync", "register-laptop", "--device", "lap-x", "--db", hub_url)
    assert text.stdout.strip() == key  # registered already: the same key, printed for the laptop
    block = ok("sync", "reserve", "--device", "lap-x", "--series", "receipt", "--year", "2026", "--size", "20",
               "--db", hub_url)
    assert (block["first"], block["last"]) == (1, 20)
    bad = cabang("sync", "checkout", "--hub", hub_url, "--db", str(tmp_path / "l.sqlite"), "--by", "desa=Kedungbanteng")
    assert bad.returncode == 1 and "kabupaten=NAMA" in bad.stderr and "Traceback" not in bad.stderr
    (tmp_path / "fake.cabang-sync").write_bytes(b"PK not a bundle")
    refused = cabang("sync", "import-bundle", str(tmp_path / "fake.cabang-sync"), "--db", hub_url,
                     "--reply-out", str(tmp_path / "r"))
    assert refused.returncode == 1 and "bukan bundel sinkron Cabang" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_a_tampered_bundle_is_refused_on_the_command_line(hub, office, make_laptop, sx, tmp_path):
    office.users.create("hendra", "Hendra", "field_officer")
    laptop = make_laptop("lap-a")
    on_laptop = sx.on(laptop)
    u = on_laptop.users.get("hendra")
    on_laptop.users.update(u.id, u.version, full_name="Hendra Kusuma")
    bundle = tmp_path / "b.cabang-sync"
    on_laptop.sync.export_bundle(bundle)
    with zipfile.ZipFile(bundle) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["manifest.json"] = members["manifest.json"].replace(b'"rows": 2', b'"rows": 3')
    with zipfile.ZipFile(bundle, "w") as zf:
        for n, data in members.items():
            zf.writestr(n, data)
    hub_url = hub.url.render_as_string(hide_password=False)
    refused = cabang("sync", "import-bundle", str(bundle), "--db", hub_url, "--reply-out", str(tmp_path / "r"))
    assert refused.returncode == 1 and "Tanda tangan" in refused.stderr and "Traceback" not in refused.stderr
    assert office.users.get("hendra").full_name == "Hendra"
