"""The first-run wizard: how this computer works with Cabang (desktop/ui/setup/wizard.py)."""

from __future__ import annotations

import os

from desktop.config import ENV_DB_URL, Paths, load_machine


def needs_first_run(paths: Paths, database: str | None = None) -> bool:
    """True on the first start of an installation: no database named on the command line or in the
    environment, no mode chosen for this machine yet, and no database in the default place."""
    if database or os.environ.get(ENV_DB_URL):
        return False
    machine = load_machine(paths)
    if machine.get("mode") or machine.get("database_url"):
        return False
    return not paths.default_database.exists()
