"""Encryption at rest for a field laptop: the file says nothing without the passphrase, the program
works on it as on a plain one, and its backups stay encrypted."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.errors import UserError
from desktop.models import crypto
from desktop.models.crypto import PassphraseRequired, WrongPassphrase
from desktop.services.security_encryption import decrypt_database, encrypt_database

PASSPHRASE = "laptop lapangan purbalingga"


@pytest.fixture(autouse=True)
def _forget_keys(monkeypatch):
    monkeypatch.delenv(crypto.ENV_PASSPHRASE, raising=False)
    crypto.forget()
    yield
    crypto.forget()


@pytest.fixture
def plain_db(tmp_path, paths):
    """A migrated database with a user whose name is easy to look for in the raw bytes."""
    from desktop.models.migrate import open_database
    from desktop.services.app import services_for
    from desktop.services.users import bootstrap_admin

    path = tmp_path / "laptop.sqlite"
    db = open_database(f"sqlite:///{path}", device="laptop")
    bootstrap_admin(db)
    services_for(db, paths).users.create("muktiningsih", "Muktiningsih Rahayu", "supervisor")
    db.dispose()
    return path


def _open(path, paths):
    from desktop.models.migrate import open_database
    from desktop.services.app import services_for

    db = open_database(f"sqlite:///{path}", device="laptop", backup_dir=paths.backups)
    return services_for(db, paths)


def test_an_encrypted_database_holds_no_readable_data(plain_db, paths):
    assert b"Muktiningsih" in plain_db.read_bytes() + b"".join(p.read_bytes() for p in plain_db.parent.glob("laptop.sqlite-wal"))
    result = encrypt_database(plain_db, PASSPHRASE, paths.backups)
    raw = plain_db.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"Muktiningsih" not in raw
    assert result.rows > 0 and result.tables > 10
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(plain_db).execute("SELECT count(*) FROM app_user").fetchone()


def test_the_program_opens_it_with_the_passphrase_only(plain_db, paths, monkeypatch):
    encrypt_database(plain_db, PASSPHRASE, paths.backups)
    crypto.forget()
    with pytest.raises(PassphraseRequired):
        _open(plain_db, paths)
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, "not the passphrase at all")
    with pytest.raises(WrongPassphrase):
        _open(plain_db, paths)
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, PASSPHRASE)
    services = _open(plain_db, paths)
    try:
        assert services.ctx.db.url.drivername == "sqlite+pysqlcipher"
        services.users.create("wahyu", "Wahyu Nugroho", "field_officer")
        assert {u.username for u in services.users.list()} >= {"muktiningsih", "wahyu"}
        report = services.backup.check()
        assert report.ok, report
    finally:
        services.close()


def test_backups_of_an_encrypted_database_are_encrypted(plain_db, paths):
    encrypt_database(plain_db, PASSPHRASE, paths.backups)
    services = _open(plain_db, paths)
    try:
        backup = services.backup.automatic(reason="start")
    finally:
        services.close()
    raw = backup.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"Muktiningsih" not in raw
    key = crypto.key_for_file(backup, PASSPHRASE)
    conn = crypto.connect(backup, key)
    assert conn.execute("SELECT count(*) FROM app_user WHERE username='muktiningsih'").fetchone()[0] == 1
    conn.close()


def test_plain_backups_are_encrypted_along_with_the_database(plain_db, paths):
    from desktop.models.backup import backup_sqlite

    old = backup_sqlite(plain_db, paths.backups / "cabang-20261101-080000-000000-auto-start.sqlite")
    result = encrypt_database(plain_db, PASSPHRASE, paths.backups)
    assert result.backups == (old,)
    assert b"Muktiningsih" not in old.read_bytes() and crypto.is_encrypted(old)


def test_restore_of_an_encrypted_backup(plain_db, paths, tmp_path, monkeypatch):
    from desktop.services.backup import restore

    encrypt_database(plain_db, PASSPHRASE, paths.backups)
    services = _open(plain_db, paths)
    backup = services.backup.backup()
    services.users.create("later", "Made Later", "clerk")
    services.close()
    restore(backup, plain_db, paths.backups)
    services = _open(plain_db, paths)
    try:
        assert "later" not in {u.username for u in services.users.list()}
    finally:
        services.close()
    # without the passphrase the backup cannot even be checked, so it is not restored
    crypto.forget()
    before = plain_db.read_bytes()
    with pytest.raises(PassphraseRequired):
        restore(backup, plain_db, paths.backups)
    assert plain_db.read_bytes() == before


def test_decrypt_gives_the_plain_database_back(plain_db, paths):
    encrypt_database(plain_db, PASSPHRASE, paths.backups)
    with pytest.raises(WrongPassphrase):
        decrypt_database(plain_db, "wrong passphrase here")
    decrypt_database(plain_db, PASSPHRASE)
    conn = sqlite3.connect(plain_db)
    assert conn.execute("SELECT count(*) FROM app_user WHERE username='muktiningsih'").fetchone()[0] == 1
    conn.close()


def test_refusals_say_why(plain_db, paths, tmp_path):
    with pytest.raises(UserError, match="at least 12"):
        encrypt_database(plain_db, "short", paths.backups)
    assert plain_db.read_bytes().startswith(b"SQLite format 3")
    encrypt_database(plain_db, PASSPHRASE, paths.backups)
    with pytest.raises(UserError, match="already encrypted"):
        encrypt_database(plain_db, PASSPHRASE, paths.backups)
    with pytest.raises(UserError, match="does not exist"):
        encrypt_database(tmp_path / "missing.sqlite", PASSPHRASE)


def test_a_short_garbage_file_is_called_damaged_not_encrypted(tmp_path, paths):
    from desktop.models.db import DatabaseError

    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage that replaced the database")
    with pytest.raises(DatabaseError, match="damaged"):
        _open(bad, paths)


def test_search_indexes_and_sync_triggers_survive_encryption(plain_db, paths):
    """The FTS5 search tables and the triggers travel into the encrypted file and keep working."""
    encrypt_database(plain_db, PASSPHRASE, paths.backups)
    services = _open(plain_db, paths)
    try:
        services.users.create("purnomo", "Purnomo Wibowo", "clerk")  # fires the triggers in the encrypted file
        conn = crypto.connect(plain_db, crypto.known_key(plain_db))
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
        fts = [n for n in names if n.endswith("_fts")]
        for table in fts:
            conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        conn.close()
        assert fts, "the schema has search indexes"
        assert services.backup.check().ok
    finally:
        services.close()
