"""Every benchmark script keeps working: its tiny mode runs as a program of its own, ends with exit 0,
prints its table and leaves benchmarks/RESULTS.md alone. Timings are never asserted (the machine's
load decides them); the full runs are described in the README."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"
RESULTS = BENCHMARKS / "RESULTS.md"

# script -> its tiny run ("{tmp}" is the test's own folder)
TINY: dict[str, list[str]] = {
    "branch.py": ["--tiny", "--out", "{tmp}/branch.sqlite"],
    "branch_scale.py": ["--tiny", "--no-write"],
    "dashboard.py": ["--tiny", "--no-write"],
    "encryption.py": ["--tiny", "--no-write"],
    "letters_vs_libreoffice.py": ["--tiny", "--no-write"],
    "startup.py": ["--tiny", "--no-write"],
    "sync.py": ["--tiny", "--no-write"],
}
NOT_SCRIPTS = {"__init__.py", "common.py"}  # the shared helpers
TABLE_RULE = re.compile(r"^\|[-|: ]+\|$", re.M)  # the line under a markdown table's header


def test_every_benchmark_script_has_a_tiny_run_here():
    assert {p.name for p in BENCHMARKS.glob("*.py")} - NOT_SCRIPTS == set(TINY)


@pytest.mark.parametrize("script", sorted(TINY))
def test_the_tiny_run_prints_its_table(script, tmp_path):
    before = RESULTS.read_bytes() if RESULTS.exists() else None
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CABANG_DATA_DIR": str(tmp_path / "home"),
           "TMPDIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    args = [a.replace("{tmp}", str(tmp_path)) for a in TINY[script]]
    done = subprocess.run([sys.executable, str(BENCHMARKS / script), *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout[-1500:]}\n{done.stderr[-3000:]}"
    assert TABLE_RULE.search(done.stdout), done.stdout[-1500:]
    assert (RESULTS.read_bytes() if RESULTS.exists() else None) == before
