"""What a sync costs: 10,000 records changed at the office and 10,000 others changed on a laptop, synced
in one direct sync, against a plain copy of the same rows in the same run.

    uv run python benchmarks/sync.py [--records 10000] [--tiny] [--write]

The office database is SQLite, or PostgreSQL when CABANG_TEST_PG_URL is set (a fresh database is
created and dropped); the laptop is SQLite. Both have Cabang's full schema and capture triggers.
The rows are employers (cmp_employer: 31 columns). The office changes the contact of the first
N, the laptop the workforce of the next N; then the timed sync does everything a real one does
(changeset with bases, merge field by field, the hub's seqs, the reply with the echo, bases
rewritten, the count check, one transaction on each side).

Baseline (measured after the sync, on a second round of the same changes): the same 2 x N rows
read from one database and written to the other with a plain executemany UPDATE, in each direction
(the least any sync must do). With --write the figures
replace the section "Sync" of benchmarks/RESULTS.md. --tiny (200 records) is for CI.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import git_rev, machine, table, timed, write_section  # noqa: E402

TARGET_S = 3.0


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


def run(records: int, backend: str) -> dict:
    from desktop.models.migrate import open_database
    from desktop.services.sync_checkout import Scope
    from desktop.services.sync_direct import checkout, run_direct
    from desktop.services.users import bootstrap_admin

    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        url, drop = _hub_url(tmp, backend)
        hub = open_database(url, device="office")
        laptop = open_database(f"sqlite:///{tmp / 'laptop.sqlite'}", device="lap-bench")
        try:
            bootstrap_admin(hub)
            _seed(hub, 2 * records)
            checkout_s, _r = timed(lambda: checkout(laptop, hub, scope=Scope("all"), device="lap-bench", user="bench"))
            ids = _ids(hub)
            office_ids, laptop_ids = ids[:records], ids[records:]
            _change(hub, office_ids, contact_name="Ibu Sari")
            _change(laptop, laptop_ids, registered_workforce=40)
            sync_s, result = timed(lambda: run_direct(laptop, hub, user="bench"))
            again_s, nothing = timed(lambda: run_direct(laptop, hub, user="bench"))
            # the baseline last: its blind copies would otherwise be changes for the sync to merge
            _change(hub, office_ids, contact_name="Ibu Rina")
            _change(laptop, laptop_ids, registered_workforce=50)
            baseline_s, _ = timed(lambda: (_baseline(laptop, hub, laptop_ids), _baseline(hub, laptop, office_ids)))
        finally:
            laptop.dispose()
            hub.dispose()
            if drop:
                drop()
    return {"records": records, "hub": "PostgreSQL" if drop else "SQLite", "checkout_s": checkout_s,
            "baseline_s": baseline_s, "sync_s": sync_s, "sent": result.sent, "received": result.received,
            "conflicts": result.conflicts, "again_s": again_s, "again_received": nothing.received}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000, help="records changed on each side")
    parser.add_argument("--tiny", action="store_true", help="200 records each way (CI)")
    parser.add_argument("--write", action="store_true", help="record the figures in benchmarks/RESULTS.md")
    args = parser.parse_args(argv)
    records = 200 if args.tiny else args.records
    backends = ["sqlite", "postgresql"] if os.environ.get("CABANG_TEST_PG_URL") else ["sqlite"]
    rows, met = [], True
    for backend in backends:
        r = run(records, backend)
        office = r["hub"]
        met = met and r["sync_s"] <= TARGET_S
        rows += [
            [office, f"checkout of {2 * records:,} employers into an empty laptop", f"{r['checkout_s']:.2f} s", ""],
            [office, f"baseline: plain copy of {records:,} rows each way (read + executemany UPDATE)",
             f"{r['baseline_s']:.2f} s", "1.0x"],
            [office, f"direct sync, {records:,} changed each way (sent {r['sent']:,}, received {r['received']:,}, "
                     f"conflicts {r['conflicts']})", f"{r['sync_s']:.2f} s", f"{r['sync_s'] / r['baseline_s']:.1f}x"],
            [office, "the next sync, nothing changed", f"{r['again_s']:.2f} s", ""],
        ]
    text = table(rows, ["office database", "what", "time", "vs baseline"])
    summary = (f"Laptop: SQLite. Target: a sync of 10,000 changed records each way in {TARGET_S:.0f} s or less; "
               + (f"this run {'meets' if met else 'misses'} it. " if records >= 10_000 else
                  f"this run used {records:,} records, so it does not tell. ")
               + f"Git {git_rev()}. \"Received\" counts the office's "
               "changes and its merged version of every record the laptop sent (the laptop's new base). "
               "Both the sync and the baseline go through SQLAlchemy with the program's column types and the "
               "capture and full-text triggers; that layer, not SQLite, is most of either time.")
    print(machine())
    print(text)
    print(summary)
    if args.write:
        write_section("Sync", text + "\n\n" + summary + "\n\nRun: `uv run python benchmarks/sync.py --write` "
                      "(also with a PostgreSQL office when CABANG_TEST_PG_URL is set); `--tiny` for CI.")
    return 0 if met or args.tiny else 1


if __name__ == "__main__":
    sys.exit(main())
