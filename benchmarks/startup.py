"""Start-up: the time from starting the process to a usable main window (shown, its first page
painted), for the source program and the frozen build on a branch-scale database, against a bare
PySide6 window measured the same way in the same run. Target: at most 2x the bare window.

    uv run python benchmarks/startup.py                       # 5 runs each; writes RESULTS.md "Start-up"
    uv run python benchmarks/startup.py --runs 9 --no-write   # only prints the tables
    uv run python benchmarks/startup.py --tiny --no-write     # a quick check that it works (< 1 minute)
    uv run python benchmarks/startup.py --frozen dist/Cabang/Cabang

Method: each run is a new process, started with CABANG_STARTUP_PROBE=1. The program prints the
wall-clock time of the first paint of its main window's current page, and its own CPU time then,
and ends itself (desktop/ui/setup/startup_probe.py); the time taken before starting the process is
subtracted. The bare window reports the same way.

The sign-in is part of every start and the probe does it as a person would, except that it types
at once: it puts the password into the sign-in dialog as soon as the dialog is shown, so no human
typing time is counted but everything else is (the benchmark works on its own copy of the database,
whose administrator it gives a password). The password check is argon2id, slow on purpose (about
0.3-0.8 s here): the tables show the time with it and without it ("sign-in step" = from the dialog
being shown to the person being signed in).

A third program measures the floor of this stack: the bare window after importing the SQLAlchemy
ORM and checking one argon2id password (the same parameters as Cabang's sign-in). What Cabang takes
beyond that floor is its own cost; the floor itself is what SQLAlchemy and argon2 cost here.

Python writes its bytecode cache on the first start of an installed program; this machine's
environment may forbid that (PYTHONDONTWRITEBYTECODE), so the programs here write it to the run's
own temporary folder (PYTHONPYCACHEPREFIX) and one warm-up start per program fills it. Runs of the
programs are interleaved so that a busy machine slows them alike; the median counts. Offscreen
(QT_QPA_PLATFORM=offscreen) unless --platform says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
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
BARE_NAME = "bare PySide6 window"
FLOOR_NAME = "floor: bare window + SQLAlchemy ORM + one argon2id check"

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
    data = {"painted_at": time.time(), "cpu": time.process_time(), "modules": []}
    sys.stdout.write("CABANG_STARTUP_PROBE " + json.dumps(data) + "\n")
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


# The least any program on this stack does before its window: the bare window, plus importing the
# SQLAlchemy ORM (the data layer) and one argon2id password check with the parameters Cabang uses
# (argon2-cffi's defaults, RFC 9106). Cabang's own cost is what it takes beyond this floor.
def floor_program() -> str:
    from argon2 import PasswordHasher

    stored = PasswordHasher().hash("floor")  # made here: the timed program only verifies, as a sign-in does
    # The data layer first, as Cabang does: PySide6 reads the source of modules imported after it.
    return ("import sqlalchemy.orm\n"
            "from argon2 import PasswordHasher\n"
            f"PasswordHasher().verify({stored!r}, 'floor')\n" + BARE)


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
    _run_python(code, work, copy, PASSWORD)
    return copy


def new_office(work: Path) -> Path:
    """A new, empty office database made the way the first-run wizard makes one (--tiny)."""
    path = work / "office.sqlite"
    code = (
        "import sys\n"
        "from desktop.config import Paths, sqlite_url\n"
        "from desktop.services import setup\n"
        "setup.set_up(Paths.default(), setup.SetupRequest(setup.Mode.SINGLE, sqlite_url(sys.argv[1]),\n"
        "    setup.OfficeDraft('Kantor Cabang Uji', 'UJI'), setup.AdminDraft('admin', 'Admin Uji', sys.argv[2])))\n"
    )
    _run_python(code, work, path, PASSWORD)
    return path


def _run_python(code: str, work: Path, *args: object) -> None:
    """Run `code` with the project's Python in a home of its own (the benchmark's preparations)."""
    subprocess.run([sys.executable, "-c", code, *map(str, args)], check=True, cwd=str(ROOT),
                   env=_env(work / "prepare"))


def _env(home: Path, platform_name: str = "offscreen", password: str = "") -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM=platform_name, CABANG_DATA_DIR=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), CABANG_STARTUP_PROBE="1",
               PYTHONPYCACHEPREFIX=str(home / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode cache (see above)
    if password:
        env["CABANG_STARTUP_PROBE_PASSWORD"] = password
    env.pop("CABANG_DB_URL", None)
    return env


@dataclass
class Run:
    seconds: float  # start -> main window painted
    cpu: float  # the process's own CPU time by then
    sign_in_shown: float | None = None  # start -> sign-in dialog shown
    sign_in: float | None = None  # the sign-in step: password typed at once, checked, signed in
    cpu_at: dict[str, float] = field(default_factory=dict)  # CPU seconds at "sign_in_shown", "signed_in"

    @property
    def without_sign_in(self) -> float:
        return self.seconds - (self.sign_in or 0.0)


@dataclass
class Measurement:
    runs: dict[str, list[Run]] = field(default_factory=dict)
    modules: dict[str, list[str]] = field(default_factory=dict)  # heavy modules loaded at the paint


def measure(cmd: list[str], env: dict[str, str], timeout: float = 180) -> tuple[Run, dict]:
    started = time.time()
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, cwd=str(ROOT))
    for line in result.stdout.splitlines():
        if line.startswith(PREFIX):
            data = json.loads(line[len(PREFIX):])
            shown, signed = data.get("sign_in_shown_at"), data.get("signed_in_at")
            run = Run(seconds=data["painted_at"] - started, cpu=data.get("cpu") or float("nan"),
                      sign_in_shown=shown - started if shown else None,
                      sign_in=signed - shown if shown and signed else None, cpu_at=data.get("cpu_at") or {})
            return run, data
    raise RuntimeError(f"no probe line from {cmd[0]} (exit {result.returncode}):\n{result.stderr[-2000:]}")


def run(runs: int, db: Path, home: Path, frozen: Path | None, platform_name: str) -> Measurement:
    programs: dict[str, list[str]] = {
        BARE_NAME: [sys.executable, "-c", BARE],
        FLOOR_NAME: [sys.executable, "-c", floor_program()],
        "Cabang (source)": [sys.executable, "-m", "desktop", "--db", str(db), "--user", "admin"],
    }
    if frozen is not None and frozen.exists():
        programs["Cabang (frozen)"] = [str(frozen), "--db", str(db), "--user", "admin"]
    result = Measurement({name: [] for name in programs})
    env = _env(home, platform_name, PASSWORD)
    for cmd in programs.values():  # one warm-up each: files read from disk, bytecode cache written
        measure(cmd, env)
    for i in range(runs):
        for name, cmd in programs.items():
            one, data = measure(cmd, env)
            result.runs[name].append(one)
            result.modules[name] = data.get("modules", [])
        print(f"run {i + 1}/{runs}: " + ", ".join(f"{n} {r[-1].seconds:.2f}s" for n, r in result.runs.items()),
              file=sys.stderr)
    return result


def _median(values: list[float | None]) -> float:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else float("nan")


def table(result: Measurement) -> list[str]:
    bare = result.runs[BARE_NAME]
    bare_s, bare_cpu = _median([r.seconds for r in bare]), _median([r.cpu for r in bare])
    floor_s = _median([r.seconds for r in result.runs.get(FLOOR_NAME, [])])
    lines = ["| program | start → main window (s) | × bare | × floor | without the sign-in step (s) | × bare "
             "| CPU (s) | CPU × bare | target ≤ 2× bare |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name, runs in result.runs.items():
        total = _median([r.seconds for r in runs])
        without = _median([r.without_sign_in for r in runs])
        cpu = _median([r.cpu for r in runs])
        ratio, ratio_without, to_floor = total / bare_s, without / bare_s, total / floor_s
        if name in (BARE_NAME, FLOOR_NAME):
            lines.append(f"| {name} | {total:.2f} | {ratio:.1f}× | {to_floor:.1f}× | {total:.2f} | {ratio:.1f}× "
                         f"| {cpu:.2f} | {cpu / bare_cpu:.1f}× | — |")
            continue
        verdict = "met" if ratio <= 2 else ("met without the sign-in step" if ratio_without <= 2 else "missed")
        lines.append(f"| {name} | {total:.2f} | {ratio:.1f}× | {to_floor:.1f}× | {without:.2f} | {ratio_without:.1f}× "
                     f"| {cpu:.2f} | {cpu / bare_cpu:.1f}× | {verdict} |")
    phased = {name: runs for name, runs in result.runs.items() if any(r.sign_in is not None for r in runs)}
    if phased:
        lines += ["", "| program | start → sign-in dialog (s) | sign-in step (s) | signed in → page painted (s) "
                      "| CPU in each of the three (s) |", "|---|---|---|---|---|"]
        for name, runs in phased.items():
            shown = _median([r.sign_in_shown for r in runs])
            sign_in = _median([r.sign_in for r in runs])
            after = _median([r.seconds - r.sign_in_shown - r.sign_in for r in runs
                             if r.sign_in_shown is not None and r.sign_in is not None])
            timed = [r for r in runs if {"sign_in_shown", "signed_in"} <= set(r.cpu_at)]
            cpu = " / ".join(f"{_median(v):.2f}" for v in (
                [r.cpu_at["sign_in_shown"] for r in timed],
                [r.cpu_at["signed_in"] - r.cpu_at["sign_in_shown"] for r in timed],
                [r.cpu - r.cpu_at["signed_in"] for r in timed]))
            lines.append(f"| {name} | {shown:.2f} | {sign_in:.2f} | {after:.2f} | {cpu} |")
    return lines


def floor_ratio(result: Measurement) -> float:
    bare = _median([r.seconds for r in result.runs[BARE_NAME]])
    return _median([r.seconds for r in result.runs.get(FLOOR_NAME, [])]) / bare


def record(lines: list[str], runs: int, db: Path, result: Measurement) -> None:
    load = " Load average at the end: {:.1f}, {:.1f}, {:.1f}.".format(*os.getloadavg()) \
        if hasattr(os, "getloadavg") else ""
    body = [
        f"Measured {date.today().isoformat()} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, offscreen; median of {runs} runs after one "
        f"warm-up each, runs interleaved. Database: {db.name} ({db.stat().st_size / 1e6:.0f} MB). "
        "Time from starting the process to the first paint of the main window's page; the probe signs in "
        "as soon as the sign-in dialog is shown (no typing time; the argon2 password check is counted, and "
        "shown apart as the sign-in step). CPU: the process's own CPU time at that paint. "
        f"(`uv run python benchmarks/startup.py --runs {runs}`).{load}",
        "", *lines, "",
        "Heavy modules already imported when the main window was painted: "
        + "; ".join(f"{name}: {', '.join(m) or 'none'}" for name, m in result.modules.items()
                    if name not in (BARE_NAME, FLOOR_NAME)) + ".",
        "",
        "The floor row is the least a program on this stack can do: the bare window after importing the "
        "SQLAlchemy ORM and checking one argon2id password with Cabang's parameters. It is itself "
        f"{floor_ratio(result):.1f}× the bare window in this run, so no program that keeps a SQLAlchemy data "
        "layer and an argon2id sign-in comes within 2× of the bare window on this machine; \"× floor\" "
        "shows what Cabang adds to it.",
        "",
        "Where the time goes (profiled apart with `python -X importtime` and cProfile): before the sign-in "
        "dialog, importing SQLAlchemy (about 0.35 s here, more than the whole bare window) and mapping the "
        "core tables (users, settings, office, audit); the other areas' tables are mapped when an area is "
        "first used. The sign-in step is the argon2id check (slow on purpose); while it runs in C without "
        "the interpreter lock, the program imports its main window on the other core. After it: the main "
        "window, the Dasbor page and the status bar; the Dasbor's figures and the sync state are read by "
        "workers that start once the window is painted, so they do not compete with the paint. Not loaded "
        "at start: pandas, numpy, ReportLab, num2words, openpyxl, psycopg, QtCharts, QtPdf, Alembic (on a "
        "database that needs no upgrade), the command modules, the other pages; the start backup begins "
        "after the first paint. The first measurement (before any of this work) was 35.6× (source) and "
        "11.9× (frozen).",
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
    parser.add_argument("--runs", type=int, default=None, help="timed runs per program (default 5, 1 with --tiny)")
    parser.add_argument("--db", type=Path, default=None,
                        help="the database (default: benchmarks/data/branch.sqlite from benchmarks/branch.py, "
                             "else the demo office)")
    default_frozen = ROOT / "dist" / "Cabang" / ("Cabang.exe" if sys.platform == "win32" else "Cabang")
    parser.add_argument("--frozen", type=Path, default=None,
                        help=f"the frozen executable (default {default_frozen.relative_to(ROOT)} if built)")
    parser.add_argument("--no-frozen", action="store_true", help="leave the frozen build out")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for every program")
    parser.add_argument("--tiny", action="store_true",
                        help="a new empty office, one run, no frozen build: keeps the script working (CI)")
    parser.add_argument("--no-write", action="store_true", help="do not update benchmarks/RESULTS.md")
    args = parser.parse_args(argv)
    runs = args.runs or (1 if args.tiny else 5)
    frozen = None if args.no_frozen else args.frozen or (None if args.tiny else default_frozen)
    if frozen is not None and sys.platform == "win32" and frozen.name.lower() == "cabang.exe":
        frozen = frozen.with_name("cabang-cli.exe")  # the windowed exe has no stdout to report on
    home = Path(tempfile.mkdtemp(prefix="cabang-startup-"))
    try:
        if args.tiny and args.db is None:
            db = new_office(home)
        else:
            source = args.db.resolve() if args.db else (branch_database(DATA / "branch.sqlite")
                                                        or demo_database(DATA / "startup-demo.sqlite"))
            db = prepare(source, home)
        result = run(runs, db, home, frozen, args.platform)
        lines = table(result)
        print("\n".join(lines))
        if not args.no_write:
            record(lines, runs, db, result)
            print(f"recorded in {RESULTS}")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
