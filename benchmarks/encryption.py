"""What encryption at rest costs: the same workloads on a plain and an SQLCipher database, in one run.

    uv run python benchmarks/encryption.py [--events 10000] [--rounds 3] [--write]
    uv run python benchmarks/encryption.py --tiny     # a quick run that keeps the script working (CI)

Both databases have Cabang's full schema (migrated), the program's pragmas (WAL, synchronous=FULL)
and go through the program's own engine, sessions and audit trail:

- write-heavy: audit events appended in transactions of 50 (every change in Cabang writes one),
- read-heavy: 300 pages of the audit list with filters and sorting, then a full scan that checks the
  hash chain (as `cabang audit verify` does),
- on the benchmark branch database (benchmarks/data/branch.sqlite, made by benchmarks/branch.py),
  when it exists: the clerk's reads (global search, first and last page of the employers and claims
  tables) on a plain copy and an encrypted copy.

With --write the figures replace the section "Encryption" of benchmarks/RESULTS.md.

Rounds alternate plain and encrypted; the median of each is reported with the ratio
encrypted / plain. The one-off cost of deriving the key (argon2id, once per start) is shown apart.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PASSPHRASE = "benchmark passphrase for the laptop"


def _open(path: Path):
    from desktop.models.migrate import open_database

    return open_database(f"sqlite:///{path}", device="bench")


def write_workload(path: Path, events: int) -> float:
    from desktop.services import audit

    db = _open(path)
    try:
        started = time.perf_counter()
        done = 0
        while done < events:
            with db.write("bench") as session:
                for _ in range(min(50, events - done)):
                    audit.record(session, "update", "bench", None, summary=f"event {done}",
                                 before={"status": "draft", "amount": done}, after={"status": "verified", "amount": done})
                    done += 1
        return time.perf_counter() - started
    finally:
        db.dispose()


def read_workload(path: Path, pages: int = 300) -> float:
    from desktop.services import audit
    from desktop.services.audit import _SORT, AuditEvent, _filtered, _row
    from desktop.services.paging import PageRequest, fetch_page

    rng = random.Random(7)
    db = _open(path)
    try:
        started = time.perf_counter()
        with db.read() as session:
            total = audit.count(session)
            for _ in range(pages):
                request = PageRequest(offset=rng.randrange(0, max(1, total - 200)), limit=200,
                                      sort_key=rng.choice(["seq", "summary", "user"]),
                                      descending=rng.random() < 0.5,
                                      text=rng.choice(["", "event 1", "event 99"]),
                                      filters=rng.choice([{}, {"action": "update"}, {"entity": "bench"}]))
                fetch_page(session, _filtered(request.filters), request, sort_columns=_SORT,
                           search_columns=[AuditEvent.summary], tiebreak=AuditEvent.seq, to_row=lambda r: _row(r[0]))
            count, problems = audit.verify_chain(session)
            assert count == total and not problems
        return time.perf_counter() - started
    finally:
        db.dispose()


BRANCH = Path(__file__).resolve().parent / "data" / "branch.sqlite"
SEARCHES = ["Sugeng", "wibowo", "Sri Rahayu", "Maju Jaya", "3302", "Batik", "Purnomo", "Lestari"]


def branch_reads(path: Path, rounds: int = 3) -> float:
    """What a clerk does all day on a branch-scale database: searches and table pages."""
    from desktop.config import Paths
    from desktop.models.migrate import open_database
    from desktop.services.app import services_for
    from desktop.services.paging import PageRequest

    home = Path(tempfile.mkdtemp(prefix="cabang-enc-"))
    paths = Paths(data=home, logs=home / "logs", backups=home / "bk", documents=home / "docs").ensure()
    db = open_database(f"sqlite:///{path}", device="bench")  # a copy: brought to the current schema
    services = services_for(db, paths)
    try:
        started = time.perf_counter()
        for _ in range(rounds):
            for q in SEARCHES:
                services.search.search(q)
            for fetch in (services.compliance.employers_page, services.benefits.claims_page):
                page = fetch(PageRequest(offset=0, limit=200))
                fetch(PageRequest(offset=max(0, page.total - 200), limit=200))
                fetch(PageRequest(offset=page.total // 2, limit=200, sort_key="name" if fetch is
                                  services.compliance.employers_page else None, descending=True))
        return time.perf_counter() - started
    finally:
        db.dispose()


def branch_comparison(folder: Path, rounds: int) -> tuple[float, float, float, int] | None:
    from desktop.models import crypto
    from desktop.services.security_encryption import encrypt_database

    if not BRANCH.exists():
        return None
    plain, enc = folder / "branch-plain.sqlite", folder / "branch-enc.sqlite"
    shutil.copyfile(BRANCH, plain)
    shutil.copyfile(BRANCH, enc)
    started = time.perf_counter()
    encrypt_database(enc, PASSPHRASE)
    encrypt_seconds = time.perf_counter() - started
    times = {"plain": [], "enc": []}
    for r in range(rounds):
        for kind, path in ((("plain", plain), ("enc", enc)) if r % 2 == 0 else (("enc", enc), ("plain", plain))):
            times[kind].append(branch_reads(path, rounds=1))
    crypto.forget()
    return statistics.median(times["plain"]), statistics.median(times["enc"]), encrypt_seconds, BRANCH.stat().st_size


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="write the section Encryption of RESULTS.md")
    parser.add_argument("--no-write", action="store_true", help="leave RESULTS.md as it is (the default)")
    parser.add_argument("--tiny", action="store_true",
                        help="200 events, one round, no branch database: keeps the script working (CI)")
    args = parser.parse_args(argv)
    if args.tiny:
        args.events, args.rounds, args.write = min(args.events, 200), 1, False
    if args.no_write:
        args.write = False

    from desktop.models import crypto
    from desktop.services.security_encryption import encrypt_database

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "template.sqlite"
        _open(template).dispose()
        times: dict[str, dict[str, list[float]]] = {"plain": {"write": [], "read": []},
                                                    "encrypted": {"write": [], "read": []}}
        kdf = []
        for round_ in range(args.rounds):
            for kind in (("plain", "encrypted") if round_ % 2 == 0 else ("encrypted", "plain")):
                path = folder / f"{kind}-{round_}.sqlite"
                path.write_bytes(template.read_bytes())
                if kind == "encrypted":
                    encrypt_database(path, PASSPHRASE)
                    crypto.forget()
                    started = time.perf_counter()
                    crypto.remember(path, PASSPHRASE)
                    kdf.append(time.perf_counter() - started)
                times[kind]["write"].append(write_workload(path, args.events))
                times[kind]["read"].append(read_workload(path, pages=30 if args.tiny else 300))
                size = path.stat().st_size
        rows = []
        labels = {"write": f"write-heavy: {args.events:,} audited changes, 50 per transaction",
                  "read": f"read-heavy: {30 if args.tiny else 300} filtered/sorted pages + full audit-chain scan"}
        for workload in ("write", "read"):
            plain = statistics.median(times["plain"][workload])
            enc = statistics.median(times["encrypted"][workload])
            rows.append([labels[workload], f"{plain:.2f}", f"{enc:.2f}", f"{enc / plain:.2f}x"])
        branch = None if args.tiny else branch_comparison(folder, args.rounds)
        if branch is not None:
            plain, enc, encrypt_seconds, size_ = branch
            rows.append([f"branch database ({size_ / 1e6:.0f} MB): searches + table pages", f"{plain:.2f}",
                         f"{enc:.2f}", f"{enc / plain:.2f}x"])
        from benchmarks.common import table

        text = table(rows, [f"workload (median of {args.rounds} rounds)", "plain SQLite (s)", "SQLCipher (s)",
                            "encrypted / plain"])
        notes = [f"Key derivation (argon2id, 64 MiB, 3 passes), once per start: {statistics.median(kdf):.2f} s.",
                 f"Fresh database after the writes: {size / 1e6:.1f} MB."]
        if branch is not None:
            notes.append(f"Encrypting the branch database (`cabang db encrypt`, sqlcipher_export + checks): "
                         f"{branch[2]:.0f} s.")
        notes.append("Both databases use the program's engine and pragmas (WAL, synchronous=FULL); SQLCipher "
                     "4 (sqlcipher3 wheel), AES-256 with HMAC-SHA512 per page.")
        output = text + "\n\n" + "\n".join(f"- {n}" for n in notes)
        print(output)
        if args.write:
            from benchmarks.common import write_section

            write_section("Encryption", "`uv run python benchmarks/encryption.py --write`\n\n" + output)


if __name__ == "__main__":
    main()
