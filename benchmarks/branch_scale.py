"""Branch-scale measurements, each against a baseline measured in the same run.

    uv run python benchmarks/branch.py                # once: builds benchmarks/data/branch.sqlite
    uv run python benchmarks/branch_scale.py          # measures, prints, writes benchmarks/RESULTS.md
    uv run python benchmarks/branch_scale.py --tiny   # a quick run on a 1 % branch (CI keeps it working)

Measures (targets from the benchmarks issue):
- global search over participants and employers: p95 <= 30 ms, against a raw SQLite FTS5 query;
- the employers, claims and participants tables: first page <= 100 ms; the last page reached without
  loading the rest;
- Excel import of 100,000 employer rows (validation + upsert): <= 5 s and <= 3x reading the same file
  with pandas + calamine alone;
- the Dasbor computed in <= 300 ms, against one COUNT over the same tables;
- peak memory of the program with the branch open and every page shown: <= 400 MB, against a bare
  PySide6 window.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.common import (  # noqa: E402
    median,
    percentile,
    section_rows,
    table,
    timed,
    timed_cpu,
    write_section,
)

QUERIES = ["Sugeng", "wibowo", "Sri Rahayu", "Maju Jaya", "3302", "Batik", "Purnomo", "Lestari"]


def _services(db_path: Path):
    from benchmarks.branch import TODAY
    from desktop.config import Paths
    from desktop.models.migrate import open_database
    from desktop.services.app import services_for

    home = Path(tempfile.mkdtemp(prefix="cabang-bench-"))
    paths = Paths(data=home, logs=home / "logs", backups=home / "bk", documents=home / "docs").ensure()
    db = open_database(f"sqlite:///{db_path.resolve()}", device="bench")
    return services_for(db, paths, today=TODAY)


def _search_queries(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    count = conn.execute("SELECT count(*) FROM ben_participant").fetchone()[0]
    nik, kpj = conn.execute("SELECT nik, kpj FROM ben_participant LIMIT 1 OFFSET ?", (count // 3,)).fetchone()
    npp = conn.execute("SELECT npp FROM cmp_employer LIMIT 1 OFFSET ?", (count // 30,)).fetchone()[0]
    conn.close()
    return [*QUERIES, nik, kpj, npp, nik[:8]]


def bench_search(db_path: Path, rounds: int) -> list[list[str]]:
    services = _services(db_path)
    queries = _search_queries(db_path)
    services.search.search(queries[0])  # warm the caches, as a clerk's second search is
    ours, cpu = [], []
    for _ in range(rounds):
        for q in queries:
            t, c, _result = timed_cpu(lambda q=q: services.search.search(q))
            ours.append(t * 1000)
            cpu.append(c * 1000)
    services.close()
    # Baseline: a raw FTS5 (trigram) query over the same names and numbers, built for this run.
    conn = sqlite3.connect(":memory:")
    conn.execute(f"ATTACH '{db_path}' AS b")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(title, terms, tokenize='trigram')")
    conn.execute("INSERT INTO f SELECT name, nik || ' ' || kpj FROM b.ben_participant")
    conn.execute("INSERT INTO f SELECT name, coalesce(npp, '') FROM b.cmp_employer")
    base, base_cpu = [], []
    for _ in range(rounds):
        for q in queries:
            phrase = '"' + q.replace('"', '') + '"'
            t, c, _rows = timed_cpu(lambda p=phrase: conn.execute(
                "SELECT rowid, title FROM f WHERE f MATCH ? LIMIT 30", (p,)).fetchall())
            base.append(t * 1000)
            base_cpu.append(c * 1000)
    conn.close()
    p95, bp95 = percentile(ours, 95), percentile(base, 95)
    return [["global search p95 (ms)", f"{p95:.1f}", f"{bp95:.2f} (raw FTS5)", f"{p95 / bp95:.0f}x",
             "<= 30 ms", "yes" if p95 <= 30 else "NO"],
            ["global search p50 (ms)", f"{median(ours):.1f}", f"{median(base):.2f}", f"{median(ours) / median(base):.0f}x",
             "", ""],
            ["global search CPU p95 / p50 (ms)", f"{percentile(cpu, 95):.1f} / {median(cpu):.1f}",
             f"{percentile(base_cpu, 95):.2f} / {median(base_cpu):.2f}", "", "", ""]]


def bench_tables(db_path: Path) -> list[list[str]]:
    """The first page and the last of each big list, against a raw SELECT of the same page."""
    from dataclasses import replace

    from desktop.services.paging import PageRequest

    services = _services(db_path)
    rows = []
    conn = sqlite3.connect(db_path)
    for label, fetch, sql in (
        ("employers table", services.compliance.employers_page,
         "SELECT * FROM cmp_employer WHERE deleted_at IS NULL ORDER BY name LIMIT 200"),
        ("claims table", services.benefits.claims_page,
         "SELECT * FROM ben_claim WHERE deleted_at IS NULL ORDER BY death_date LIMIT 200"),
        ("participants table", services.benefits.participants_page,
         "SELECT * FROM ben_participant WHERE deleted_at IS NULL ORDER BY name LIMIT 200"),
        ("participants table sorted by segment", lambda r: services.benefits.participants_page(
            replace(r, sort_key="segment")),
         "SELECT * FROM ben_participant WHERE deleted_at IS NULL ORDER BY segment, name LIMIT 200"),
        ("participants table, BPU only", lambda r: services.benefits.participants_page(
            replace(r, filters={"segment": "BPU"})),
         "SELECT * FROM ben_participant WHERE deleted_at IS NULL AND segment = 'BPU' ORDER BY name LIMIT 200"),
        ("scholarship children table", services.benefits.children_page,
         "SELECT * FROM ben_child WHERE deleted_at IS NULL LIMIT 200"),
    ):
        first, first_cpu, page = timed_cpu(lambda f=fetch: f(PageRequest(offset=0, limit=200)))
        last, last_cpu, _ = timed_cpu(lambda f=fetch, p=page: f(PageRequest(offset=max(0, p.total - 200), limit=200)))
        base, _ = timed(lambda s=sql: conn.execute(s).fetchall())
        # the same last page read plainly: the SELECT skips every row before it (OFFSET)
        base_last, _ = timed(lambda s=sql, p=page: conn.execute(f"{s} OFFSET {max(0, p.total - 200)}").fetchall())
        rows.append([f"{label}: first page (ms), {page.total:,} rows", f"{first * 1000:.0f} (CPU {first_cpu * 1000:.0f})",
                     f"{base * 1000:.1f} (raw SELECT)", f"{first / base:.0f}x", "<= 100 ms",
                     "yes" if first <= 0.1 else "NO"])
        rows.append([f"{label}: last page (ms), 2 page loads in all", f"{last * 1000:.0f} (CPU {last_cpu * 1000:.0f})",
                     f"{base_last * 1000:.1f} (raw SELECT ... OFFSET)", f"{last / base_last:.2g}x", "", ""])
    conn.close()
    services.close()
    return rows


def bench_import(n_rows: int, workdir: Path) -> list[list[str]]:
    import pandas as pd
    from openpyxl import Workbook

    path = workdir / "employers.xlsx"
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(["NPP", "Nama Perusahaan", "NPWP", "Alamat", "Kabupaten", "Jumlah TK"])
    for i in range(n_rows):
        ws.append([f"99{i:07d}", f"PT Contoh Usaha {i}", f"0{10**13 + i * 37:014d}0", f"Jalan Contoh {i % 300}",
                   ["Banyumas", "Purbalingga", "Banjarnegara"][i % 3], 5 + i % 200])
    wb.save(path)
    baseline, baseline_cpu, frame = timed_cpu(lambda: pd.read_excel(path, engine="calamine"))
    assert len(frame) == n_rows
    db_path = workdir / "import.sqlite"
    from desktop.models.migrate import open_database

    open_database(f"sqlite:///{db_path}").dispose()
    services = _services(db_path)
    from desktop.services.users import bootstrap_admin

    bootstrap_admin(services.ctx.db)
    services.compliance.add_working_days(services.ctx.today(), 1)  # load the area and its calendar first: the import is what is timed
    new, new_cpu, (report, _changes) = timed_cpu(lambda: services.compliance.import_employers(path))
    again, again_cpu, _result = timed_cpu(lambda: services.compliance.import_employers(path))
    services.close()
    return [[f"Excel import, {n_rows:,} new employers (s)", f"{new:.2f}", f"{baseline:.2f} (pandas+calamine read)",
             f"{new / baseline:.1f}x", "<= 5 s, <= 3x", "yes" if new <= 5 and new / baseline <= 3 else "NO"],
            [f"Excel import again, {n_rows:,} upserts (s)", f"{again:.2f}", f"{baseline:.2f}",
             f"{again / baseline:.1f}x", "<= 5 s, <= 3x", "yes" if again <= 5 and again / baseline <= 3 else "NO"],
            ["  the same in CPU seconds (new / again)", f"{new_cpu:.2f} / {again_cpu:.2f}",
             f"{baseline_cpu:.2f}", f"{new_cpu / baseline_cpu:.1f}x / {again_cpu / baseline_cpu:.1f}x", "", ""],
            ["  report of the first import", _summary(report), "", "", "", ""]]


def _merged(old: list[list[str]], parts: list[list[list[str]]]) -> list[list[str]]:
    """The earlier table with each measure's rows of this run in place of its earlier ones (matched by
    their first cell; a measure new to the table goes at the end)."""
    out = [r for r in old if len(r) == 6]
    for rows in parts:
        keys = {r[0].strip() for r in rows}
        at = next((i for i, r in enumerate(out) if r[0].strip() in keys), len(out))
        out = out[:at] + rows + [r for r in out[at:] if r[0].strip() not in keys]
    return out


def _summary(report) -> str:
    counts = getattr(report, "counts", None)
    if callable(counts):
        counts = counts()
    return json.dumps(counts, default=str) if counts else str(report)[:80]


def bench_dashboard(db_path: Path, rounds: int) -> list[list[str]]:
    services = _services(db_path)
    services.dashboard.compute()
    times = [timed(services.dashboard.compute)[0] for _ in range(rounds)]
    services.close()
    conn = sqlite3.connect(db_path)
    base = [timed(lambda: conn.execute("SELECT (SELECT count(*) FROM cmp_case), (SELECT count(*) FROM ben_claim), "
                                       "(SELECT count(*) FROM plkk_agreement)").fetchone())[0] for _ in range(rounds)]
    conn.close()
    ours = median(times)
    return [["Dasbor computed (ms, median)", f"{ours * 1000:.0f}", f"{median(base) * 1000:.1f} (3 COUNTs)",
             f"{ours / median(base):.0f}x", "<= 300 ms", "yes" if ours <= 0.3 else "NO"]]


PROBE = r"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow
mode, db = sys.argv[1], sys.argv[2]
app = QApplication([])
if mode == "bare":
    w = QMainWindow(); w.resize(1366, 768); w.show(); app.processEvents()
else:
    from desktop.config import Paths
    from desktop.services.app import StartOptions, start
    from desktop.ui.app import make_app
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pages import PAGES
    from desktop.ui.tasks import wait_idle
    make_app()
    services = start(Paths.default(), StartOptions(database=db, must_exist=True))
    w = MainWindow(services); w.resize(1366, 768); w.show()
    for i in range(len(PAGES)):
        w.show_index(i)
        for _ in range(3):
            wait_idle(20000); app.processEvents()
# VmHWM: this process's own peak (ru_maxrss would carry the parent's peak across exec)
print(next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) // 1024)
"""


def bench_memory(db_path: Path) -> list[list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CABANG_DATA_DIR": tempfile.mkdtemp(prefix="cabang-mem-")}

    def peak(mode: str) -> int:
        out = subprocess.run([sys.executable, "-c", PROBE, mode, str(db_path)], capture_output=True, text=True,
                             env=env, cwd=HERE.parent, timeout=600)
        if out.returncode != 0:
            raise RuntimeError(f"exit {out.returncode}: {out.stderr[-600:]}")
        return int(out.stdout.strip().splitlines()[-1])

    bare, ours = peak("bare"), peak("cabang")
    return [["peak memory, every page shown (MB)", f"{ours}", f"{bare} (bare PySide6 window)", f"{ours / bare:.1f}x",
             "<= 400 MB", "yes" if ours <= 400 else "NO"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="branch-scale benchmarks")
    parser.add_argument("--db", type=Path, default=HERE / "data" / "branch.sqlite")
    parser.add_argument("--tiny", action="store_true", help="a 1 %% branch and small inputs: keeps the script working")
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    parser.add_argument("--only", nargs="*", default=None, help="search tables import dashboard memory")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="cabang-bench-"))
    db_path = args.db
    if args.tiny:
        from benchmarks.branch import build

        db_path = workdir / "tiny.sqlite"
        build(db_path, scale=0.01)
    elif not db_path.exists():
        print(f"{db_path} is missing: run benchmarks/branch.py first", file=sys.stderr)
        return 2
    # Measure on a copy: the import and the program's start-up write to the database.
    work_db = workdir / "branch.sqlite"
    shutil.copyfile(db_path, work_db)
    rounds = 2 if args.tiny else 10
    rows: list[list[str]] = []
    parts: list[list[list[str]]] = []  # each measure's rows
    for label, fn in (("search", lambda: bench_search(work_db, rounds)), ("tables", lambda: bench_tables(work_db)),
                      ("import", lambda: bench_import(1_000 if args.tiny else 100_000, workdir)),
                      ("dashboard", lambda: bench_dashboard(work_db, rounds)),
                      ("memory", lambda: bench_memory(work_db))):
        if args.only and label not in args.only:
            continue
        start = time.perf_counter()
        try:
            part = fn()
        except Exception as exc:  # noqa: BLE001 - one broken measure must not hide the others
            part = [[label, "failed", f"{type(exc).__name__}: {str(exc).strip()[-160:]}", "", "", "NO"]]
        rows.extend(part)
        parts.append(part)
        print(f"{label}: {time.perf_counter() - start:.1f} s", file=sys.stderr)
        print(table(part, ["measure", "Cabang", "baseline (same run)", "ratio", "target", "met"]), file=sys.stderr)
    header = ["measure", "Cabang", "baseline (same run)", "ratio", "target", "met"]
    print(table(rows, header))
    if not args.tiny and not args.no_write:
        conn = sqlite3.connect(work_db)
        sizes = ", ".join(f"{t} {conn.execute(f'SELECT count(*) FROM {t}').fetchone()[0]:,}"
                          for t in ("cmp_employer", "ben_participant", "cmp_case", "cmp_action", "letter_issued"))
        conn.close()
        note = ""
        if args.only:  # a partial run replaces its own rows and keeps the others of the last run
            rows = _merged(section_rows("Branch scale"), parts)
            note = f" This run measured {', '.join(args.only)}; the other rows are from an earlier run."
        load = os.getloadavg()
        write_section("Branch scale", f"Database: {sizes} ({db_path.stat().st_size / 1e6:.0f} MB), "
                      f"made by benchmarks/branch.py. Load average at the end: {load[0]:.1f}, {load[1]:.1f} "
                      f"(the 2 cores were shared).{note}\n\n" + table(rows, header))
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
