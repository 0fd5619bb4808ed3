"""Heavy libraries load only when needed: the program's main window is up, on an SQLite database
that needs no upgrade, without pandas, numpy, ReportLab, openpyxl, the PostgreSQL driver, QtCharts,
QtPdf or Alembic (together they cost seconds at every start otherwise)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from setup_helpers import PASSWORD

NOT_AT_START = ("pandas", "numpy", "reportlab", "psycopg", "openpyxl", "PySide6.QtCharts", "PySide6.QtPdf",
                "alembic")


def _start(home, url: str, *python: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CABANG_STARTUP_PROBE="1",
               CABANG_STARTUP_PROBE_PASSWORD=PASSWORD, CABANG_DATA_DIR=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"))
    for name in ("CABANG_NO_DIALOGS", "CABANG_DB_URL"):
        env.pop(name, None)
    program = list(python) or ["-m", "desktop"]
    return subprocess.run([sys.executable, *program, "--db", url, "--user", "budi"], env=env,
                          capture_output=True, text=True, timeout=300)


# Runs the program with an import hook that names, for each watched module, the lines of Cabang's
# own code that were running when it first appeared in sys.modules.
TRACER = r"""
import builtins, runpy, sys, traceback
watch = set(sys.argv[1].split(","))
original = builtins.__import__
def traced(*args, **kwargs):
    module = original(*args, **kwargs)
    for name in [w for w in watch if w in sys.modules]:
        watch.discard(name)
        frames = [f"{f.filename.rsplit('/desktop/', 1)[-1]}:{f.lineno}" for f in traceback.extract_stack()[:-1]
                  if "/desktop/" in f.filename.replace("\\", "/")]
        sys.stderr.write(f"FIRST-IMPORT {name}: " + " > ".join(frames[-8:]) + "\n")
    return module
builtins.__import__ = traced
sys.argv = ["cabang", *sys.argv[2:]]
runpy.run_module("desktop", run_name="__main__")
"""


@pytest.fixture(scope="module")
def started(tmp_path_factory):
    """One start of the program on a new office database: (home, url, what the probe reported)."""
    from desktop.config import Paths, sqlite_url
    from desktop.services import setup

    home = tmp_path_factory.mktemp("lazy-home")
    paths = Paths(data=home / "data", logs=home / "logs", backups=home / "backups", documents=home / "documents")
    url = sqlite_url(home / "office.sqlite")
    setup.set_up(paths.ensure(), setup.SetupRequest(
        setup.Mode.SINGLE, url, setup.OfficeDraft("Kantor Cabang Uji", "UJI"),
        setup.AdminDraft("budi", "Budi Santoso", PASSWORD)))
    result = _start(home, url)
    lines = [line for line in result.stdout.splitlines() if line.startswith("CABANG_STARTUP_PROBE ")]
    assert lines, f"the main window was not painted:\n{result.stdout}\n{result.stderr[-3000:]}"
    probe = json.loads(lines[0].split(" ", 1)[1])
    assert probe["painted_at"] >= probe["first_window_at"]
    assert probe["signed_in_at"] >= probe["sign_in_shown_at"]  # the probe signed in through the dialog
    return home, url, probe


@pytest.mark.parametrize("module", NOT_AT_START)
def test_the_main_window_is_up_before_the_library_is_loaded(started, module):
    home, url, probe = started
    if module in probe["modules"]:
        traced = _start(home, url, "-c", TRACER, module)
        chains = "\n".join(line for line in traced.stderr.splitlines() if line.startswith("FIRST-IMPORT"))
        raise AssertionError(f"{module} was loaded before the main window was shown:\n{chains}")


def test_only_the_first_page_is_built_at_start(started):
    _home, _url, probe = started
    assert probe["page_modules"] == ["desktop.ui.dashboard.page"]


def test_the_probe_watches_every_library_named_here():
    from desktop.ui.setup.startup_probe import HEAVY_MODULES

    assert set(NOT_AT_START) <= set(HEAVY_MODULES)


def test_signing_in_maps_only_the_tables_it_needs(started):
    """Mapping every area's tables costs a third of a second: the sign-in and the session's first
    reads load the core tables only, the areas load when first used."""
    home, url, _probe = started
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop.config import Paths\n"
        "from desktop.services.auth import open_for_sign_in\n"
        "home = Path(sys.argv[1])\n"
        "paths = Paths(data=home / 'data', logs=home / 'logs', backups=home / 'backups', documents=home / 'docs')\n"
        "gate = open_for_sign_in(paths, sys.argv[2])\n"
        "services = gate.start_session(gate.sign_in('budi', sys.argv[3]))\n"
        "services.office.get()\n"
        "print(sorted(m for m in sys.modules if m.startswith('desktop.models.')))\n"
        "services.benefits\n"
        "services.benefits.disbursed_in_month(2026, 11)\n"
        "print('desktop.models.benefits' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(home), url, PASSWORD], capture_output=True, text=True,
                          timeout=120, env={k: v for k, v in os.environ.items() if k != "CABANG_DB_URL"})
    assert done.returncode == 0, done.stderr[-2000:]
    at_sign_in, later = done.stdout.strip().splitlines()
    for area in ("benefits", "compliance", "coverage", "plkk"):
        assert f"desktop.models.{area}'" not in at_sign_in
    assert later == "True"  # the area's tables are there when the area is used


def test_no_foreign_key_crosses_the_table_modules():
    """Each table module can be mapped alone because its foreign keys stay inside it."""
    from desktop.models import load_all

    base = load_all()
    home = {m.local_table.name: m.class_.__module__ for m in base.registry.mappers}
    crossing = [(table, fk.column.table.name) for table, module in home.items()
                for fk in base.metadata.tables[table].foreign_keys
                if home.get(fk.column.table.name, module) != module]
    assert crossing == []
    assert set(home.values()) == set(__import__("desktop.models", fromlist=["TABLE_MODULES"]).TABLE_MODULES)
