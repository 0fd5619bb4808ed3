"""The Dasbor: how long `DashboardService.compute()` takes, against a baseline measured in the same
run. Target: at most 300 ms on the demo database.

    uv run python benchmarks/dashboard.py                 # the full demo office (every area)
    uv run python benchmarks/dashboard.py --large         # the demo plus ten years of a big branch
    uv run python benchmarks/dashboard.py --tiny          # office + coverage demo only, 3 runs (CI)
    uv run python benchmarks/dashboard.py --db FILE       # an existing database

Method: the database is made in a temporary folder (SQLite, the program's own engine and pragmas).
compute() runs once cold (first call: imports, statement caches) and then `--runs` times; the median
counts. The baseline is one raw SQL statement that counts the rows of every table the Dasbor reads
(`SELECT (SELECT count(*) FROM t1) + (SELECT count(*) FROM t2) + ...`), run as often on the same
engine: the least any dashboard over those tables could cost. The table shows both and the ratio.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 20)
TARGET_MS = 300.0
# Tables the Dasbor reads, by area; those of an area that is not built are left out.
TABLES = ("cov_figure", "cov_sponsorship", "cov_worker", "cov_meeting", "cov_commitment", "cov_agent",
          "cov_agent_month", "office_profile", "plkk_partner", "plkk_agreement", "plkk_sponsorship", "cmp_case",
          "cmp_outcome", "ben_claim", "ben_participant", "ben_heir", "ben_disbursement", "ben_child",
          "ben_scholarship_year")


def _paths(folder: Path):
    from desktop.config import Paths

    return Paths(data=folder / "data", logs=folder / "logs", backups=folder / "backups",
                 documents=folder / "documents").ensure()


def make_database(folder: Path, *, tiny: bool) -> Path:
    from desktop.models.migrate import open_database
    from desktop.services.app import services_for
    from desktop.services.users import bootstrap_admin

    path = folder / "dasbor.sqlite"
    db = open_database(f"sqlite:///{path}", device="bench")
    bootstrap_admin(db)
    services = services_for(db, _paths(folder), today=TODAY)
    if tiny:
        from desktop.services.demo import coverage, office

        office.build(services, random.Random(1), TODAY)
        coverage.build(services, random.Random(2), TODAY)
    else:
        from desktop.services.demo import build_demo

        build_demo(services, seed=2024)
    db.dispose()
    return path


def enlarge(path: Path) -> dict[str, int]:
    """Add a big branch's ten years of coverage work straight into the tables (not through the
    services: this is load for the benchmark, not a demo)."""
    from desktop.domain.coverage import Month
    from desktop.domain.money import Money
    from desktop.models.coverage import (
        Commitment,
        CoordinationMeeting,
        CoverageFigure,
        EnrolledWorker,
        PerisaiAgent,
        PerisaiMonth,
        Sponsorship,
    )
    from desktop.models.migrate import open_database

    rng = random.Random(11)
    db = open_database(f"sqlite:///{path}", device="bench")
    counts = {"figures": 0, "sponsorships": 0, "workers": 0, "commitments": 0, "agent_months": 0}
    with db.write("bench") as session:
        for k in range(27):  # other kabupaten/kota of a province, ten years back
            regency = f"Kabupaten Contoh {k + 1}"
            for i in range(120):
                m = Month(2016, 11).plus(i)
                if rng.random() < 0.05:
                    continue  # a month not reported
                pop = 200_000 + 1_000 * k
                session.add(CoverageFigure(regency=regency, period=m.first_day, working_population=pop,
                                           pu=pop // 5, bpu=pop // 20 + i * 10, jakon=pop // 30,
                                           informal_population=pop // 2, target_bp=3500))
                counts["figures"] += 1
        for s in range(400):
            start = Month(2016, 1).plus(rng.randint(0, 118))
            sp = Sponsorship(title=f"Program contoh {s}", source="csr", sponsor=f"PT Contoh {s % 90}",
                             regency="Kabupaten Banyumas", start_month=start.first_day,
                             end_month=start.plus(11).first_day, programmes="jkk_jkm",
                             reported_income=Money.rupiah(1_000_000), monthly_contribution=Money.rupiah(16_800),
                             rates_effective_from=date(2015, 7, 1), budget=Money.rupiah(16_800 * 12 * 100))
            session.add(sp)
            session.flush()
            for w in range(75):
                session.add(EnrolledWorker(sponsorship_id=sp.id, name=f"Pekerja {s}-{w}",
                                           nik=f"3302{rng.randint(10**11, 10**12 - 1)}", worker_group="petani"))
            counts["sponsorships"] += 1
            counts["workers"] += 75
        for r in range(120):
            meeting = CoordinationMeeting(held_on=TODAY - timedelta(days=30 * r), title=f"Rapat koordinasi {r}")
            session.add(meeting)
            session.flush()
            for c in range(5):
                session.add(Commitment(meeting_id=meeting.id, seq=c + 1, party=f"Pihak {c}", text="Komitmen",
                                       due_date=meeting.held_on + timedelta(days=60),
                                       status=rng.choice(["open", "in_progress", "done", "dropped"])))
                counts["commitments"] += 1
        for a in range(300):
            agent = PerisaiAgent(name=f"Agen {a}", nik=f"3303{rng.randint(10**11, 10**12 - 1)}", active=True)
            session.add(agent)
            session.flush()
            for i in range(36):
                acquired = rng.randint(5, 80)
                session.add(PerisaiMonth(agent_id=agent.id, period=Month(2023, 11).plus(i).first_day,
                                         acquired=acquired, contributions=Money.rupiah(acquired * 16_800),
                                         still_active=acquired * 7 // 10))
                counts["agent_months"] += 1
    db.dispose()
    return counts


def measure(path: Path, runs: int) -> dict[str, float]:
    from sqlalchemy import inspect, text

    from desktop.models.migrate import open_database
    from desktop.services.app import services_for

    db = open_database(f"sqlite:///{path}", device="bench")
    services = services_for(db, _paths(path.parent), today=TODAY)
    try:
        tables = [t for t in TABLES if t in set(inspect(db.engine).get_table_names())]
        baseline_sql = text("SELECT " + " + ".join(f"(SELECT count(*) FROM {t})" for t in tables))
        started = time.perf_counter()
        services.dashboard.compute()
        cold = (time.perf_counter() - started) * 1000
        compute, baseline = [], []
        for _ in range(runs):  # interleaved, so that a busy machine slows both alike
            started = time.perf_counter()
            data = services.dashboard.compute()
            compute.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            with db.engine.connect() as conn:
                rows = conn.execute(baseline_sql).scalar()
            baseline.append((time.perf_counter() - started) * 1000)
        return {"cold": cold, "compute": statistics.median(compute), "baseline": statistics.median(baseline),
                "rows": float(rows or 0), "tables": float(len(tables)),
                "coverage_bp": float(data.coverage.branch_bp or 0), **breakdown(services, runs)}
    finally:
        db.dispose()


def breakdown(services, runs: int) -> dict[str, float]:
    """Each source the Dasbor reads, timed alone (median ms), to see where compute() spends its time."""
    from desktop.services.coverage_common import area_service
    from desktop.services.paging import PageRequest

    ctx = services.ctx
    today = ctx.today()
    coverage = services.coverage
    calls = {"coverage: overview, overdue, sponsored": lambda: (
        coverage.overview(12), coverage.list_commitments(PageRequest(limit=5, filters={"overdue": True})),
        coverage.sponsored_workers_total())}
    plkk = area_service(ctx, "desktop.services.plkk", "ClinicService")
    if plkk is not None and hasattr(plkk, "expiring_agreements"):
        calls["plkk: expiring_agreements(90)"] = lambda: plkk.expiring_agreements(within_days=90)
    compliance = area_service(ctx, "desktop.services.compliance", "ComplianceService")
    if compliance is not None and hasattr(compliance, "case_counts_by_state"):
        calls["compliance: counts, outcomes, overdue"] = lambda: (
            compliance.case_counts_by_state(), compliance.outcome_totals(today.year, today.month),
            compliance.overdue_count())
    benefits = area_service(ctx, "desktop.services.benefits", "BenefitService")
    if benefits is not None and hasattr(benefits, "disbursed_in_month"):
        calls["benefits: disbursed_in_month"] = lambda: benefits.disbursed_in_month(today.year, today.month)
    if benefits is not None and hasattr(benefits, "scholarship_proofs_due"):
        calls["benefits: scholarship_proofs_due"] = lambda: benefits.scholarship_proofs_due(today)
    out = {}
    for name, call in calls.items():
        times = []
        for _ in range(max(3, runs // 3)):
            started = time.perf_counter()
            call()
            times.append((time.perf_counter() - started) * 1000)
        out["part " + name] = statistics.median(times)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="measure this SQLite database instead of making one")
    parser.add_argument("--tiny", action="store_true", help="office and coverage demo only; 3 runs (CI)")
    parser.add_argument("--large", action="store_true", help="the demo plus ten years of a big branch")
    parser.add_argument("--runs", type=int, default=None, help="timed runs (default 15, or 3 with --tiny)")
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.tiny else 15)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        extra: dict[str, int] = {}
        if args.db:
            path = args.db
        else:
            print("making the database…", file=sys.stderr)
            path = make_database(folder, tiny=args.tiny)
            if args.large:
                extra = enlarge(path)
        result = measure(path, runs)
    name = "given database" if args.db else "tiny (office + coverage)" if args.tiny else \
        "demo + large" if args.large else "demo (every area)"
    ratio = result["compute"] / result["baseline"] if result["baseline"] else float("inf")
    print(f"\nDasbor compute() on {name}: {int(result['rows'])} rows in {int(result['tables'])} tables"
          + (f" (added: {', '.join(f'{k} {v}' for k, v in extra.items())})" if extra else ""))
    print(f"{'what':<46}{'ms (median of ' + str(runs) + ')':>22}")
    print(f"{'DashboardService.compute(), first call':<46}{result['cold']:>22.1f}")
    print(f"{'DashboardService.compute()':<46}{result['compute']:>22.1f}")
    print(f"{'baseline: one SQL COUNT over the same tables':<46}{result['baseline']:>22.2f}")
    print(f"{'ratio compute / baseline':<46}{ratio:>22.1f}")
    for key, value in result.items():
        if key.startswith("part "):
            print(f"{'  of which ' + key[5:]:<46}{value:>22.1f}")
    print(f"{'target':<46}{'<= ' + str(int(TARGET_MS)) + ' ms':>22}  "
          + ("met" if result["compute"] <= TARGET_MS else "NOT MET"))
    return 0 if result["compute"] <= TARGET_MS or args.large else 1


if __name__ == "__main__":
    sys.exit(main())
