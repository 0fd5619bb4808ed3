"""The process the crash tests kill: it runs one batch on a database and tells the parent (on
stdout) when the batch is half written or about to commit, then waits to be killed.

    python crash_child.py import DB_URL FILE.xlsx progress|commit
    python crash_child.py pay DB_URL ITEMS.json commit
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from datetime import date


def announce(text: str) -> None:
    print(text, flush=True)


def wait_for_the_kill() -> None:
    while True:  # the parent sends SIGKILL; nothing after this line runs
        time.sleep(60)


def hold_before_commit(db, action: str) -> None:
    """When a transaction that wrote an audit event `action` is about to commit: say so and wait."""
    from sqlalchemy import event, func, select
    from sqlalchemy.orm import Session

    from desktop.models.core import AuditEvent

    def count(session) -> int:
        return session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action))

    with db.read() as session:
        baseline = count(session)

    def before_commit(session) -> None:
        session.flush()
        if count(session) > baseline:  # this transaction's own, uncommitted events
            announce("READY")
            wait_for_the_kill()

    event.listen(Session, "before_commit", before_commit)


class HalfWay:
    """Progress that speaks up once the import has written part of its rows (second half of the scale)."""

    def progress(self, done: int, total: int, text: str = "") -> None:
        if total and total // 2 < done < total:
            announce("READY")
            wait_for_the_kill()

    def check(self) -> None:
        pass


def main() -> None:
    mode, url, data, trigger = sys.argv[1:5]
    from desktop.config import Paths
    from desktop.models.migrate import open_database
    from desktop.services.app import services_for

    db = open_database(url, device="crash", migrate=False)
    paths = Paths.default().ensure()
    if mode == "import":
        services = services_for(db, paths, role="clerk", username="rina", today=date(2026, 11, 20))
        if trigger == "commit":
            hold_before_commit(db, "import")
        services.compliance.import_employers(data, progress=HalfWay() if trigger == "progress" else _Null())
    elif mode == "pay":
        services = services_for(db, paths, role="clerk", username="rina", today=date(2026, 11, 20))
        hold_before_commit(db, "pay")
        items = [(uuid.UUID(i), v) for i, v in json.loads(open(data).read())]
        services.benefits.pay_many(items, paid_on=date(2026, 11, 19))
    announce("FINISHED")


class _Null:
    def progress(self, done: int, total: int, text: str = "") -> None:
        pass

    def check(self) -> None:
        pass


if __name__ == "__main__":
    main()
