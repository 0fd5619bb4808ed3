"""Heavy libraries load only when needed: the program's main window is up without pandas,
ReportLab, the PostgreSQL driver or openpyxl (they cost seconds at every start otherwise)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from setup_helpers import PASSWORD

NOT_AT_START = ("pandas", "reportlab", "psycopg", "openpyxl")


def _database(paths, tmp_path) -> str:
    from desktop.config import sqlite_url
    from desktop.services import setup

    url = sqlite_url(tmp_path / "office.sqlite")
    setup.set_up(paths, setup.SetupRequest(
        setup.Mode.SINGLE, url, setup.OfficeDraft("Kantor Cabang Uji", "UJI"),
        setup.AdminDraft("budi", "Budi Santoso", PASSWORD)))
    return url


def _start(url: str, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CABANG_STARTUP_PROBE="1",
               CABANG_STARTUP_PROBE_PASSWORD=PASSWORD)
    env.pop("CABANG_NO_DIALOGS", None)
    return subprocess.run([sys.executable, *extra, "-m", "desktop", "--db", url, "--user", "budi"], env=env,
                          capture_output=True, text=True, timeout=300)


def import_chain(importtime: str, module: str) -> str:
    """From `python -X importtime` output: which modules imported `module` ("a > b > module")."""
    rows = []
    for line in importtime.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+\d+ \|( *)(\S+)$", line)
        if match:
            rows.append((len(match.group(1)) // 2, match.group(2)))
    for i, (depth, name) in enumerate(rows):
        if name == module:
            chain, want = [name], depth - 1
            for d, parent in rows[i + 1:]:
                if d == want:
                    chain.append(parent)
                    want -= 1
            return " > ".join(reversed(chain))
    return module


def test_the_main_window_is_up_before_any_heavy_library_is_loaded(paths, tmp_path):
    url = _database(paths, tmp_path)
    result = _start(url)
    lines = [line for line in result.stdout.splitlines() if line.startswith("CABANG_STARTUP_PROBE ")]
    assert lines, f"the main window was not painted:\n{result.stdout}\n{result.stderr[-3000:]}"
    probe = json.loads(lines[0].split(" ", 1)[1])
    assert probe["painted_at"] >= probe["first_window_at"]
    loaded = [m for m in NOT_AT_START if m in probe["modules"]]
    if loaded:
        traced = _start(url, "-X", "importtime")
        chains = "\n".join(f"  {import_chain(traced.stderr, m)}" for m in loaded)
        raise AssertionError(f"loaded before the main window was shown: {', '.join(loaded)}\n{chains}")

