"""The `cabang` command as an administrator or a script uses it: exit codes, messages, --json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def cabang(*args: str, env: dict | None = None, check: bool = False) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    result = subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                            env=full_env, timeout=300)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    cabang("demo", "--db", str(path), "--today", "2026-11-20", "--json", check=True)
    return path


def test_demo_creates_a_checked_database(demo_db):
    result = cabang("db", "check", "--db", str(demo_db), "--json", check=True)
    report = json.loads(result.stdout)
    assert report["ok"] and report["up_to_date"] and report["audit_events"] > 10


def test_demo_refuses_to_overwrite_without_force(demo_db):
    result = cabang("demo", "--db", str(demo_db))
    assert result.returncode == 1
    assert "--force" in result.stderr and "Traceback" not in result.stderr


def test_demo_is_deterministic(tmp_path):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    out_a = json.loads(cabang("demo", "--db", str(a), "--seed", "5", "--today", "2026-11-20", "--json",
                              check=True).stdout)
    out_b = json.loads(cabang("demo", "--db", str(b), "--seed", "5", "--today", "2026-11-20", "--json",
                              check=True).stdout)
    assert out_a["counts"] == out_b["counts"]


def test_backup_and_restore_round_trip(demo_db, tmp_path):
    work = tmp_path / "work.sqlite"
    work.write_bytes(demo_db.read_bytes())
    backup = json.loads(cabang("db", "backup", "--db", str(work), "--out", str(tmp_path / "bk"), "--json",
                               check=True).stdout)["backup"]
    work.write_bytes(b"garbage that replaced the database")
    assert cabang("db", "check", "--db", str(work)).returncode == 1
    restored = json.loads(cabang("db", "restore", backup, "--db", str(work), "--json", check=True).stdout)
    assert restored["previous_state"] is None or Path(restored["previous_state"]).exists()
    assert json.loads(cabang("db", "check", "--db", str(work), "--json", check=True).stdout)["ok"]


def test_a_damaged_backup_is_not_restored(tmp_path, demo_db):
    work = tmp_path / "work.sqlite"
    work.write_bytes(demo_db.read_bytes())
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a backup")
    result = cabang("db", "restore", str(bad), "--db", str(work))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert work.read_bytes() == demo_db.read_bytes()


def test_bad_database_paths_give_a_message_in_indonesian(tmp_path):
    missing = cabang("db", "check", "--db", str(tmp_path / "nope.sqlite"))
    assert missing.returncode == 1 and "tidak ada" in missing.stderr and "Traceback" not in missing.stderr
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_text("hello")
    result = cabang("db", "upgrade", "--db", str(corrupt))
    assert result.returncode == 1 and "rusak" in result.stderr and corrupt.read_text() == "hello"


def test_audit_verify_detects_tampering(demo_db, tmp_path):
    import sqlite3

    work = tmp_path / "t.sqlite"
    work.write_bytes(demo_db.read_bytes())
    assert cabang("audit", "verify", "--db", str(work)).returncode == 0
    with sqlite3.connect(work) as conn:
        conn.execute("UPDATE audit_event SET after = NULL WHERE seq = 3")
    result = cabang("audit", "verify", "--db", str(work), "--json")
    assert result.returncode == 1 and json.loads(result.stdout)["problems"]


def test_snapshot_renders_every_page(demo_db, tmp_path):
    from desktop.ui.pages import PAGES

    result = cabang("snapshot", "--db", str(demo_db), "--out", str(tmp_path / "shots"), check=True)
    files = [Path(line) for line in result.stdout.split()]
    assert len(files) == len(PAGES)
    for f in files:
        assert f.stat().st_size > 10_000  # a real picture of a page, not an empty image


def test_python_dash_m_and_help_work():
    result = cabang("--help", check=True)
    assert "demo" in result.stdout and "snapshot" in result.stdout and "db" in result.stdout
