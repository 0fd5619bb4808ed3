"""Start-up: the time from starting the process to a usable main window (shown, first page painted),
for the source program and the frozen build on a branch-scale database, against a bare
PySide6 window measured the same way in the same run. Target: at most 2x the bare window.

    uv run python benchmarks/startup.py                      # 5 runs each, prints the table
    uv run python benchmarks/startup.py --runs 9 --record    # and writes benchmarks/RESULTS.md "Start-up"
    uv run python benchmarks/startup.py --frozen dist/Cabang/Cabang

Method: each run is a new process, started with CABANG_STARTUP_PROBE=1. The program prints the
wall-clock time of the first paint of its main window's current page and ends itself
(desktop/ui/setup/startup_probe.py); the time taken before starting the process is subtracted.
The sign-in is part of every start: the probe types the password into the sign-in dialog (the
argon2 check is measured); the benchmark works on its own copy of the database, whose administrator
it gives a password. The bare window prints the time of its first paint the same way. Runs
of the three programs are interleaved so that a busy machine slows them alike; the median counts.
Offscreen (QT_QPA_PLATFORM=offscreen) unless --platform says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
PREFIX = "CABANG_STARTUP_PROBE "
TODAY = "2026-11-20"
PASSWORD = "startup-benchmark-2026"  # set on the benchmark's own copy of the database

BARE = r"""
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Probe(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is label and not self.done:
            self.done = True
            QTimer.singleShot(0, report)
        return False

def report():
    sys.stdout.write("CABANG_STARTUP_PROBE " + json.dumps({"painted_at": time.time(), "modules": []}) + "\n")
    sys.stdout.flush()
    os._exit(0)

app = QApplication(sys.argv[:1])
probe = Probe()
app.installEventFilter(probe)
window = QMainWindow()
window.setWindowTitle("bare")
label = QLabel("A bare PySide6 window", window)
window.setCentralWidget(label)
window.resize(1280, 760)
window.show()
sys.exit(app.exec())
"""


def branch_database(path: Path) -> Path | None:
    """The branch-scale database of the benchmarks (benchmarks/branch.py), built once if missing."""
    if path.exists():
        return path
    builder = ROOT / "benchmarks" / "branch.py"
    if not builder.exists():
        return None
    print(f"building the branch-scale database {path} (once)…", file=sys.stderr)
    done = subprocess.run([sys.executable, str(builder), "--out", str(path)], cwd=str(ROOT),
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        print(f"benchmarks/branch.py failed; using the demo office instead\n{done.stderr[-800:]}", file=sys.stderr)
        return None
    return path


def demo_database(path: Path) -> Path:
    """The demo office, built once and kept in benchmarks/data/."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"building the demo database {path} (once)…", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(path), "--today", TODAY],
                   check=True, env=_env(path.parent / "home"), stdout=subprocess.DEVNULL)
    return path


def prepare(source: Path, work: Path) -> Path:
    """A copy of `source` (SQLite's backup API: consistent even with a -wal file beside it) whose
    administrator has the benchmark's password, so the probe can sign in as a person would."""
    import sqlite3

    copy = work / source.name
    with sqlite3.connect(source) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    code = (
        "import sys\n"
        "from desktop.config import Paths\n"
        "from desktop.services.app import StartOptions, start\n"
        "services = start(Paths.default(), StartOptions(database=sys.argv[1], username='admin', must_exist=True))\n"
        "services.auth.set_shared_password(['admin'], sys.argv[2])\n"
        "services.close()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(copy), PASSWORD], check=True, cwd=str(ROOT),
                   env=_env(work / "prepare"))
    return copy


def _env(home: Path, platform_name: str = "offscreen", password: str = "") -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM=platform_name, CABANG_DATA_DIR=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), CABANG_STARTUP_PROBE="1")
    if password:
        env["CABANG_STARTUP_PROBE_PASSWORD"] = password
    env.pop("CABANG_DB_URL", None)
    return env


@dataclass
class Measurement:
    seconds: dict[str, list[float]] = field(default_factory=dict)  # start -> main window painted
    phases: dict[str, list[tuple[float, float, float]]] = field(default_factory=dict)  # see PHASES
    modules: dict[str, list[str]] = field(default_factory=dict)  # heavy modules loaded at the paint


PHASES = ("start → sign-in dialog", "sign-in (password check)", "signed in → page painted")


def measure(cmd: list[str], env: dict[str, str], timeout: float = 300) -> tuple[float, dict]:
    """(seconds from starting the process to the painted main window, the probe's data relative to the start)"""
    started = time.time()
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, cwd=str(ROOT))
    for line in result.stdout.splitlines():
        if line.startswith(PREFIX):
            data = json.loads(line[len(PREFIX):])
            for key in ("painted_at", "sign_in_shown_at", "signed_in_at"):
                if data.get(key):
                    data[key] -= started
            return data["painted_at"], data
    raise RuntimeError(f"no probe line from {cmd[0]} (exit {result.returncode}):\n{result.stderr[-2000:]}")


def run(runs: int, source: Path, frozen: Path | None, platform_name: str) -> Measurement:
    """Seconds to the painted main window per program, its phases, and the heavy modules loaded by then."""
    home = Path(tempfile.mkdtemp(prefix="cabang-startup-"))
    db = prepare(source, home)
    programs: dict[str, list[str]] = {
        "bare PySide6 window": [sys.executable, "-c", BARE],
        "Cabang (source)": [sys.executable, "-m", "desktop", "--db", str(db), "--user", "admin"],
    }
    if frozen is not None and frozen.exists():
        programs["Cabang (frozen)"] = [str(frozen), "--db", str(db), "--user", "admin"]
    result = Measurement({name: [] for name in programs}, {name: [] for name in programs})
    env = _env(home, platform_name, PASSWORD)
    for cmd in programs.values():  # one warm-up each: the first start reads everything from disk
        measure(cmd, env)
    for i in range(runs):
        for name, cmd in programs.items():
            seconds, data = measure(cmd, env)
            result.seconds[name].append(seconds)
            result.modules[name] = data.get("modules", [])
            if data.get("sign_in_shown_at") and data.get("signed_in_at"):
                result.phases[name].append((data["sign_in_shown_at"], data["signed_in_at"] - data["sign_in_shown_at"],
                                            seconds - data["signed_in_at"]))
        print(f"run {i + 1}/{runs}: " + ", ".join(f"{n} {t[-1]:.2f}s" for n, t in result.seconds.items()),
              file=sys.stderr)
    return result


def table(result: Measurement) -> list[str]:
    times = result.seconds
    bare = statistics.median(times["bare PySide6 window"])
    lines = ["| program | median (s) | min (s) | max (s) | × bare window | target ≤ 2× |", "|---|---|---|---|---|---|"]
    for name, values in times.items():
        median = statistics.median(values)
        ratio = median / bare
        verdict = "—" if name.startswith("bare") else ("met" if ratio <= 2 else "missed")
        lines.append(f"| {name} | {median:.2f} | {min(values):.2f} | {max(values):.2f} | {ratio:.1f}× | {verdict} |")
    phased = {name: values for name, values in result.phases.items() if values}
    if phased:
        lines += ["", "| program | " + " | ".join(f"{p} (s)" for p in PHASES) + " |", "|---|---|---|---|"]
        for name, values in phased.items():
            medians = [statistics.median(v[i] for v in values) for i in range(3)]
            lines.append(f"| {name} | " + " | ".join(f"{m:.2f}" for m in medians) + " |")
    return lines


def record(lines: list[str], runs: int, db: Path, result: Measurement) -> None:
    body = [
        f"Measured {date.today().isoformat()} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, offscreen; median of {runs} runs after one "
        f"warm-up each, runs interleaved. Database: {db.name} ({db.stat().st_size / 1e6:.0f} MB). "
        "Time from starting the process to the first paint of the main window's page, the sign-in "
        "(argon2 check of the password) included (`uv run python benchmarks/startup.py --runs N --record`)."
        + (" Load average at the end: {:.1f}, {:.1f}, {:.1f}.".format(*os.getloadavg()) if hasattr(os, "getloadavg") else ""),
        "", *lines, "",
        "Heavy modules already imported when the main window was painted: "
        + "; ".join(f"{name}: {', '.join(m) or 'none'}" for name, m in result.modules.items()
                    if not name.startswith("bare")),
    ]
    replace_section(RESULTS, "Start-up", body)


def replace_section(path: Path, title: str, body: list[str]) -> None:
    """Replace (or append) the `## title` section of RESULTS.md, leaving the other sections alone."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    lines = text.rstrip("\n").split("\n")
    head = f"## {title}"
    try:
        start = lines.index(head)
    except ValueError:
        lines += ["", head, "", *body]
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        tail = lines[end:]
        lines = lines[:start + 1] + ["", *body] + ([""] + tail if tail else [])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, default=None,
                        help="the database (default: benchmarks/data/branch.sqlite from benchmarks/branch.py, "
                             "else the demo office)")
    default_frozen = ROOT / "dist" / "Cabang" / ("Cabang.exe" if sys.platform == "win32" else "Cabang")
    parser.add_argument("--frozen", type=Path, default=default_frozen, help="the frozen executable, if built")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for every program")
    parser.add_argument("--record", action="store_true", help="write the numbers into benchmarks/RESULTS.md")
    args = parser.parse_args(argv)
    if sys.platform == "win32" and args.frozen.name.lower() == "cabang.exe":
        args.frozen = args.frozen.with_name("cabang-cli.exe")  # the windowed exe has no stdout to report on
    db = args.db.resolve() if args.db else (branch_database(DATA / "branch.sqlite")
                                             or demo_database(DATA / "startup-demo.sqlite"))
    result = run(args.runs, db, args.frozen, args.platform)
    lines = table(result)
    print("\n".join(lines))
    if args.record:
        record(lines, args.runs, db, result)
        print(f"recorded in {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
