"""Encrypting a laptop's database at rest, and the passphrase that opens it.

`cabang db encrypt` / `decrypt` call `encrypt_database` / `decrypt_database` with nothing open on
the file. Encryption copies the data into a new SQLCipher file (sqlcipher_export), checks that every
table has the same number of rows and that the copy is sound, and only then replaces the original;
the plain backups in the backups folder are encrypted the same way, so that no plain copy of the
data is left behind by Cabang. (The disk blocks the plain file used are freed, not wiped: encrypt a
laptop's database before the data arrives, i.e. right after the first-run setup, when possible.)

The program asks for the passphrase when it opens an encrypted database
(`remember_passphrase`); scripts set CABANG_DB_PASSPHRASE.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models import crypto
from desktop.models.backup import integrity_errors
from desktop.models.crypto import PassphraseRequired, WrongPassphrase  # noqa: F401 - for the UI and CLI

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EncryptionResult:
    database: Path
    tables: int
    rows: int
    backups: tuple[Path, ...]  # backups converted along with the database


def is_encrypted(path: Path | str) -> bool:
    return crypto.is_encrypted(Path(path))


def remember_passphrase(path: Path | str, passphrase: str) -> None:
    """Check the passphrase of an encrypted database file and keep its key for this process."""
    crypto.remember(Path(path), passphrase)


def database_path(url_or_path: str) -> Path | None:
    """The file of an SQLite URL or path; None for a server URL."""
    if "://" not in url_or_path:
        return Path(url_or_path)
    if url_or_path.startswith("sqlite:///"):
        return Path(url_or_path.removeprefix("sqlite:///"))
    return None


def _counts(conn, schema: str = "main") -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type='table' AND rootpage > 0 AND name NOT LIKE 'sqlite_%'")]
    # (virtual tables, such as the FTS5 search indexes, are counted through their shadow tables)
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def _export(source: Path, source_key: crypto.Key | None, target: Path, target_key: crypto.Key | None) -> dict[str, int]:
    """Copy every table, index and the schema version into a new file with another key (or none)."""
    import sqlcipher3

    target.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(source))
    try:
        if source_key is not None:
            conn.execute(f'PRAGMA key = "{source_key.pragma()}"')
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        key = target_key.pragma() if target_key is not None else ""
        conn.execute(f"ATTACH DATABASE ? AS export KEY \"{key}\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('export')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA export.user_version = {int(version)}")
        before, after = _counts(conn, "main"), _counts(conn, "export")
        conn.execute("DETACH DATABASE export")
    finally:
        conn.close()
    if before != after:
        target.unlink(missing_ok=True)
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The encrypted copy of {path} is incomplete; the database "
                                                       "was not changed."), path=str(source))
    problems = integrity_errors(target, target_key)
    if problems:
        target.unlink(missing_ok=True)
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The copy of {path} is not sound ({detail}); the database "
                                                       "was not changed."), path=str(source), detail=problems[0])
    return after


def _replace(staged: Path, target: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    staged.replace(target)


def _check_plain(path: Path) -> None:
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The database file {path} does not exist."), path=str(path))
    if crypto.is_encrypted(path):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "{path} is already encrypted."), path=str(path))
    problems = integrity_errors(path)
    if problems:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The database {path} is damaged and was not encrypted: "
                                                       "{detail}"), path=str(path), detail=problems[0])


def encrypt_database(path: Path, passphrase: str, backups_dir: Path | None = None) -> EncryptionResult:
    """Encrypt the database file (and the plain backups in `backups_dir`) with a passphrase."""
    path = Path(path)
    _check_plain(path)
    key = crypto.key_for_new_file(passphrase)
    staged = path.with_name(path.name + ".encrypting")
    counts = _export(path, None, staged, key)
    _replace(staged, path)
    crypto.forget(path)
    crypto.remember(path, passphrase)
    converted = []
    for backup in sorted(backups_dir.glob("cabang-*.sqlite")) if backups_dir and backups_dir.is_dir() else []:
        if crypto.is_encrypted(backup) or integrity_errors(backup):
            continue
        staged = backup.with_name(backup.name + ".encrypting")
        try:
            _export(backup, None, staged, key)
            _replace(staged, backup)
            converted.append(backup)
        except Exception as exc:  # one unreadable old backup must not stop the rest
            staged.unlink(missing_ok=True)
            log.warning("backup %s not encrypted: %s", backup.name, exc)
    return EncryptionResult(path, len(counts), sum(counts.values()), tuple(converted))


def decrypt_database(path: Path, passphrase: str) -> EncryptionResult:
    """Turn an encrypted database back into a plain SQLite file (its backups stay encrypted)."""
    path = Path(path)
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The database file {path} does not exist."), path=str(path))
    if not crypto.is_encrypted(path):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "{path} is not encrypted."), path=str(path))
    key = crypto.key_for_file(path, passphrase)
    staged = path.with_name(path.name + ".decrypting")
    counts = _export(path, key, staged, None)
    _replace(staged, path)
    crypto.forget(path)
    return EncryptionResult(path, len(counts), sum(counts.values()), ())
