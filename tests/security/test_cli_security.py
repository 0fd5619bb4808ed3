"""`cabang user …` and `cabang db encrypt|decrypt|backup|restore` as an administrator or a script uses them."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def cabang(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env.pop("CABANG_DB_PASSPHRASE", None) if "CABANG_DB_PASSPHRASE" not in (env or {}) else None
    return subprocess.run([sys.executable, "-m", "desktop", *args], input=stdin, capture_output=True, text=True,
                          env=full_env, timeout=300)


@pytest.fixture
def fresh_db(tmp_path) -> Path:
    path = tmp_path / "office.sqlite"
    result = cabang("db", "upgrade", "--db", str(path))
    assert result.returncode == 1  # upgrade needs an existing database
    from desktop.models.migrate import open_database

    open_database(f"sqlite:///{path}").dispose()
    return path


def test_user_add_passwd_unlock_list(fresh_db):
    db = ["--db", str(fresh_db)]
    added = cabang("user", "add", "rina", "--name", "Rina Wulandari", "--role", "clerk", "--password-stdin",
                   *db, "--json", stdin="kopi-tubruk-pagi\n")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout) == {"username": "rina", "role": "clerk"}
    weak = cabang("user", "add", "bagus", "--name", "Bagus", "--role", "clerk", "--password-stdin", *db,
                  stdin="short\n")
    assert weak.returncode == 1 and "Traceback" not in weak.stderr and "10" in weak.stderr
    no_terminal = cabang("user", "passwd", "rina", *db)
    assert no_terminal.returncode == 1 and "--password-stdin" in no_terminal.stderr
    assert cabang("user", "passwd", "rina", "--password-stdin", *db, stdin="sepeda-ke-baturraden\n").returncode == 0
    assert cabang("user", "unlock", "rina", *db).returncode == 0
    listing = json.loads(cabang("user", "list", *db, "--json").stdout)["users"]
    rina = next(u for u in listing if u["username"] == "rina")
    assert rina["has_password"] and not rina["locked"] and rina["role"] == "clerk"
    missing = cabang("user", "unlock", "nobody", *db)
    assert missing.returncode == 1 and "nobody" in missing.stderr


def test_encrypt_check_backup_restore_decrypt_from_the_command_line(fresh_db, tmp_path):
    db = ["--db", str(fresh_db)]
    env = {"CABANG_DB_PASSPHRASE": "laptop lapangan banjarnegara", "CABANG_DATA_DIR": str(tmp_path / "data")}
    enc = cabang("db", "encrypt", *db, "--json", env=env)
    assert enc.returncode == 0, enc.stderr
    assert not fresh_db.read_bytes().startswith(b"SQLite format 3")
    # without the passphrase: a clear message, nothing changed
    before = fresh_db.read_bytes()
    locked = cabang("db", "check", *db, env={"CABANG_DATA_DIR": str(tmp_path / "data")})
    assert locked.returncode == 1 and "CABANG_DB_PASSPHRASE" in locked.stderr and "Traceback" not in locked.stderr
    assert fresh_db.read_bytes() == before
    wrong = cabang("db", "check", *db, env={**env, "CABANG_DB_PASSPHRASE": "not the right passphrase"})
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert json.loads(cabang("db", "check", *db, "--json", env=env).stdout)["ok"]
    backup = Path(json.loads(cabang("db", "backup", *db, "--out", str(tmp_path / "bk"), "--json", env=env).stdout)["backup"])
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert cabang("user", "add", "later", "--name", "Later", "--role", "clerk", *db, "--password-stdin",
                  env=env, stdin="dibuat-setelah-cadangan\n").returncode == 0
    restored = cabang("db", "restore", str(backup), *db, "--json", env=env)
    assert restored.returncode == 0, restored.stderr
    assert Path(json.loads(restored.stdout)["previous_state"]).exists()
    assert "later" not in cabang("user", "list", *db, env=env).stdout
    dec = cabang("db", "decrypt", *db, env=env)
    assert dec.returncode == 0, dec.stderr
    assert sqlite3.connect(fresh_db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_encrypt_refuses_a_server_and_a_short_passphrase(fresh_db, tmp_path):
    server = cabang("db", "encrypt", "--db", "postgresql+psycopg://x@127.0.0.1:1/x",
                    env={"CABANG_DB_PASSPHRASE": "long enough passphrase"})
    assert server.returncode == 1 and "PostgreSQL" in server.stderr
    short = cabang("db", "encrypt", "--db", str(fresh_db), env={"CABANG_DB_PASSPHRASE": "short"})
    assert short.returncode == 1 and "12" in short.stderr
    assert fresh_db.read_bytes().startswith(b"SQLite format 3")


def test_the_demo_accounts_sign_in_with_the_published_password(services, db, paths):
    """`cabang demo` runs these builders (and prints the password); `cabang demo --open` pre-fills admin."""
    import random

    from desktop.services.auth import NOBODY, AuthService
    from desktop.services.context import AppContext
    from desktop.services.demo import BUILDERS, office, security
    from desktop.services.demo.security import DEMO_PASSWORD

    assert DEMO_PASSWORD == "cabang-demo-2026"
    assert BUILDERS.index("desktop.services.demo.security") == BUILDERS.index("desktop.services.demo.office") + 1
    office.build(services, random.Random(1), services.ctx.today())
    security.build(services, random.Random(1), services.ctx.today())
    assert all(u.has_password for u in services.users.list())
    gate = AuthService(AppContext(db=db, actor=NOBODY, paths=paths))
    assert gate.sign_in("admin", DEMO_PASSWORD).role == "admin"
    assert gate.sign_in("rina", DEMO_PASSWORD).role == "clerk"
    assert not gate.needs_first_admin()
