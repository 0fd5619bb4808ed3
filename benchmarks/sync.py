"""What a sync costs: 10,000 records changed at the office and 10,000 others changed on a laptop, synced
in one direct sync, against a plain copy of the same rows in the same run.

    uv run python benchmarks/sync.py [--records 10000] [--rounds 3] [--tiny] [--no-write]

The office database is SQLite, or PostgreSQL when CABANG_TEST_PG_URL is set (a fresh database is
created and dropped); the laptop is SQLite. Both have Cabang's full schema and capture triggers.
The rows are employers (cmp_employer: 31 columns). The office changes the contact of the first
N, the laptop the workforce of the next N; then the timed sync does everything a real one does
(changeset with bases, merge field by field, the hub's seqs, the reply with the echo, bases
rewritten, the count check, one transaction on each side).

Baseline (measured after the sync, on a second round of the same changes): the same 2 x N rows
read from one database and written to the other with a plain executemany UPDATE through SQLAlchemy,
in each direction. Each figure is wall time and this process's CPU time (time.process_time; the
machine is shared, so CPU time is the steadier one), plus the PostgreSQL server's CPU time when the
office is PostgreSQL (read from /proc for its backends), and the load average around the run.

A full run replaces the section "Sync" of benchmarks/RESULTS.md (not with --no-write). --tiny (200
records, no RESULTS.md) keeps the script working in CI: `uv run python benchmarks/sync.py --tiny --no-write`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import git_rev, machine, table, write_section  # noqa: E402

TARGET_S = 3.0


class Measure:
    """Wall time, this process's CPU time, and the PostgreSQL server's CPU time (its backends' utime+stime)."""

    def __init__(self, server_cpu=None) -> None:
        self.server_cpu = server_cpu or (lambda: None)

    def __call__(self, fn):
        s0, w0, c0 = self.server_cpu(), time.perf_counter(), time.process_time()
        result = fn()
        wall, cpu, s1 = time.perf_counter() - w0, time.process_time() - c0, self.server_cpu()
        server = None if s0 is None or s1 is None else max(0.0, s1 - s0)
        return {"wall": wall, "cpu": cpu, "server": server}, result


def _pg_server_cpu(url: str):
    """A function giving the CPU seconds used so far by the server processes of the benchmark database
    (None when /proc cannot tell: another machine, another user's processes hidden)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    name = make_url(url).database
    engine = create_engine(url, poolclass=NullPool)
    tick = os.sysconf("SC_CLK_TCK")

    def cpu() -> float | None:
        with engine.connect() as conn:
            pids = [r[0] for r in conn.execute(text(
                "SELECT pid FROM pg_stat_activity WHERE datname = :d AND pid <> pg_backend_pid()"), {"d": name})]
        total = 0
        try:
            for pid in pids:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError, ValueError):
            return None
        return total / tick

    return cpu


def _hub_url(tmp: Path, backend: str) -> tuple[str, object]:
    if backend == "sqlite":
        return f"sqlite:///{tmp / 'office.sqlite'}", None
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    pg = os.environ["CABANG_TEST_PG_URL"]
    name = f"cabang_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(pg).set(database=name).render_as_string(hide_password=False), drop


def _seed(hub, count: int) -> None:
    from sqlalchemy import insert

    from desktop.domain.money import Money
    from desktop.models.base import new_id
    from desktop.models.compliance import Employer
    from desktop.models.types import utcnow

    now = utcnow()
    rows = [{"id": new_id(), "npp": f"{30000000 + i}", "name": f"PT Contoh Usaha {i:05d}", "npwp16": None,
             "npwp15": None, "address": f"Jalan Raya Sokaraja Km {i % 40}", "kabupaten": "Banyumas",
             "kecamatan": "Sokaraja", "kbli": "10750", "sector": "Industri makanan", "risk_class": 2, "size": "kecil",
             "contact_name": "Bapak Budi", "contact_phone": "(0281) 636010", "contact_email": "", "registered_workforce": 12,
             "estimated_workforce": 20, "estimate_source": "", "estimate_date": None, "programmes": ["JKK", "JKM"],
             "reported_wages": Money.rupiah(30_000_000), "evidence_wages": None, "status": "aktif", "notes": "",
             "created_at": now, "updated_at": now, "created_by": "bench", "updated_by": "bench", "origin": "office",
             "version": 1} for i in range(count)]
    with hub.write("bench") as session:
        for start in range(0, len(rows), 5000):
            session.execute(insert(Employer), rows[start:start + 5000])


def _ids(db) -> list:
    from sqlalchemy import select

    from desktop.models.compliance import Employer

    with db.read() as session:
        return list(session.scalars(select(Employer.id).order_by(Employer.npp)))


def _change(db, ids: list, **values) -> None:
    from sqlalchemy import bindparam, update

    from desktop.models.compliance import Employer
    from desktop.models.types import utcnow

    table_ = Employer.__table__
    stmt = update(table_).where(table_.c.id == bindparam("k")).values(
        version=table_.c.version + 1, updated_at=utcnow(), **{c: bindparam(f"v_{c}") for c in values})
    with db.write("bench") as session:
        session.execute(stmt, [{"k": i, **{f"v_{c}": f"{v} {n}" if isinstance(v, str) else v + n
                                           for c, v in values.items()}} for n, i in enumerate(ids)])


def _baseline(source, target, ids: list) -> None:
    """A plain copy: read the rows from one side, executemany UPDATE on the other, one transaction."""
    from sqlalchemy import bindparam, select, update

    from desktop.models.compliance import Employer

    t = Employer.__table__
    cols = [c for c in t.columns if c.name != "id"]
    with source.read() as session:
        rows = []
        for start in range(0, len(ids), 500):
            rows.extend(session.execute(select(t).where(t.c.id.in_(ids[start:start + 500]))).mappings())
    stmt = update(t).where(t.c.id == bindparam("k")).values({c.name: bindparam(f"v_{c.name}") for c in cols})
    with target.write("bench") as session:
        session.execute(stmt, [{"k": r["id"], **{f"v_{c.name}": r[c.name] for c in cols}} for r in rows])


def _median(runs: list[tuple[dict, object]]) -> tuple[dict, object]:
    """The run with the median wall time (its CPU times with it)."""
    ordered = sorted(runs, key=lambda r: r[0]["wall"])
    return ordered[len(ordered) // 2]


def run(records: int, backend: str, rounds: int) -> dict:
    from desktop.models.migrate import open_database
    from desktop.services.sync_checkout import Scope
    from desktop.services.sync_direct import checkout, run_direct
    from desktop.services.users import bootstrap_admin

    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        url, drop = _hub_url(tmp, backend)
        hub = open_database(url, device="office")
        laptop = open_database(f"sqlite:///{tmp / 'laptop.sqlite'}", device="lap-bench")
        measure = Measure(_pg_server_cpu(url) if drop else None)
        try:
            bootstrap_admin(hub)
            _seed(hub, 2 * records)
            checkout_t, _r = measure(lambda: checkout(laptop, hub, scope=Scope("all"), device="lap-bench", user="bench"))
            ids = _ids(hub)
            office_ids, laptop_ids = ids[:records], ids[records:]
            load_before = os.getloadavg()[0]
            syncs = []
            for n in range(rounds):
                _change(hub, office_ids, contact_name=f"Ibu Sari {n}")
                _change(laptop, laptop_ids, registered_workforce=40 + 100 * n)
                syncs.append(measure(lambda: run_direct(laptop, hub, user="bench")))
            load_after = os.getloadavg()[0]
            sync_t, result = _median(syncs)
            again_t, nothing = measure(lambda: run_direct(laptop, hub, user="bench"))
            # the baseline last: its blind copies would otherwise be changes for the sync to merge
            copies = []
            for n in range(rounds):
                _change(hub, office_ids, contact_name=f"Ibu Rina {n}")
                _change(laptop, laptop_ids, registered_workforce=50 + 100 * n)
                copies.append(measure(lambda: (_baseline(laptop, hub, laptop_ids),
                                               _baseline(hub, laptop, office_ids))))
            baseline_t, _ = _median(copies)
        finally:
            laptop.dispose()
            hub.dispose()
            if drop:
                drop()
    return {"records": records, "hub": "PostgreSQL" if drop else "SQLite", "checkout": checkout_t,
            "baseline": baseline_t, "sync": sync_t, "sent": result.sent, "received": result.received,
            "conflicts": result.conflicts, "again": again_t, "again_received": nothing.received,
            "load": (load_before, load_after)}


def _fmt(t: dict) -> str:
    text = f"{t['wall']:.2f} s wall, {t['cpu']:.2f} s CPU"
    return text + (f" + {t['server']:.2f} s server CPU" if t["server"] is not None else "")


def _cpu(t: dict) -> float:
    return t["cpu"] + (t["server"] or 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000, help="records changed on each side")
    parser.add_argument("--tiny", action="store_true", help="200 records each way, RESULTS.md untouched (CI)")
    parser.add_argument("--no-write", action="store_true", help="do not update benchmarks/RESULTS.md")
    parser.add_argument("--rounds", type=int, default=3, help="syncs (and copies) timed; the median is shown")
    args = parser.parse_args(argv)
    records = 200 if args.tiny else args.records
    rounds = 1 if args.tiny else args.rounds
    backends = ["sqlite", "postgresql"] if os.environ.get("CABANG_TEST_PG_URL") else ["sqlite"]
    rows, met, loads = [], True, []
    for backend in backends:
        r = run(records, backend, rounds)
        office = r["hub"]
        met = met and r["sync"]["wall"] <= TARGET_S
        loads += list(r["load"])
        rows += [
            [office, f"checkout of {2 * records:,} employers into an empty laptop", _fmt(r["checkout"]), ""],
            [office, f"baseline: plain copy of {records:,} rows each way (read + executemany UPDATE), median of {rounds}",
             _fmt(r["baseline"]), "1.0x"],
            [office, f"direct sync, {records:,} changed each way, median of {rounds} (sent {r['sent']:,}, received {r['received']:,}, "
                     f"conflicts {r['conflicts']})", _fmt(r["sync"]),
             f"{r['sync']['wall'] / r['baseline']['wall']:.2f}x wall, {_cpu(r['sync']) / _cpu(r['baseline']):.2f}x CPU"],
            [office, "the next sync, nothing changed", _fmt(r["again"]), ""],
        ]
    text = table(rows, ["office database", "what", "time", "vs baseline"])
    summary = (f"Laptop: SQLite. Target: a sync of 10,000 changed records each way in {TARGET_S:.0f} s or less; "
               + (f"this run {'meets' if met else 'misses'} it (wall time). " if records >= 10_000 else
                  f"this run used {records:,} records, so it does not tell. ")
               + f"Load average (1 min) around the timed syncs: {min(loads):.1f}-{max(loads):.1f} on "
               f"{os.cpu_count()} cores (shared machine: compare CPU times). Git {git_rev()}. \"Received\" counts "
               "the office's changes and its merged version of every record the laptop sent (the laptop's new base). "
               "The sync reads and writes rows without SQLAlchemy's per-value type processing "
               "(desktop/services/sync_raw.py: executemany on SQLite, one unnest() statement per batch on "
               "PostgreSQL, so the capture trigger runs once per batch); the baseline goes through SQLAlchemy "
               "with the program's column types. Both fire the capture and full-text triggers.")
    print(machine())
    print(text)
    print(summary)
    if not (args.no_write or args.tiny):
        write_section("Sync", text + "\n\n" + summary + "\n\nRun: `uv run python benchmarks/sync.py` "
                      "(also with a PostgreSQL office when CABANG_TEST_PG_URL is set); "
                      "`--tiny --no-write` for CI.")
    return 0 if met or args.tiny else 1


if __name__ == "__main__":
    sys.exit(main())
