"""What encryption at rest costs: the same workloads on a plain and an SQLCipher database, in one run.

    uv run python benchmarks/encryption.py [--events 20000] [--rounds 3]

Both databases have Cabang's full schema (migrated), the program's pragmas (WAL, synchronous=FULL)
and go through the program's own engine, sessions and audit trail:

- write-heavy: audit events appended in transactions of 50 (every change in Cabang writes one),
- read-heavy: 300 pages of the audit list with filters and sorting, then a full scan that checks the
  hash chain (as `cabang audit verify` does).

Rounds alternate plain and encrypted; the median of each is reported with the ratio
encrypted / plain. The one-off cost of deriving the key (argon2id, once per start) is shown apart.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

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
                times[kind]["read"].append(read_workload(path))
                size = path.stat().st_size
        print(f"events: {args.events}, rounds: {args.rounds}, database size after the writes: {size / 1e6:.1f} MB")
        print(f"{'workload':<12}{'plain s':>10}{'encrypted s':>14}{'ratio':>8}")
        for workload in ("write", "read"):
            plain = statistics.median(times["plain"][workload])
            enc = statistics.median(times["encrypted"][workload])
            print(f"{workload:<12}{plain:>10.2f}{enc:>14.2f}{enc / plain:>8.2f}")
        print(f"key derivation (argon2id, 64 MiB, once per start): {statistics.median(kdf):.2f} s")


if __name__ == "__main__":
    main()
