"""Encryption at rest for SQLite databases (field laptops), with SQLCipher.

The key is derived from a passphrase with argon2id (64 MiB, 3 passes) and a random 16-byte salt.
The salt is SQLCipher's own: the first 16 bytes of an encrypted file are its salt, stored in the
clear, so a database file (and every backup of it) carries what is needed to derive its key again,
and nothing but the passphrase is secret. SQLCipher is given the raw 256-bit key (`x'<key><salt>'`),
so its own PBKDF2 does not run on top: the slow step is argon2id, once per process.

Opening: `resolve_url()` turns `sqlite:///path` into `sqlite+pysqlcipher://:x'…'@/path` when the
file is encrypted and its passphrase is known (from `remember()`, or the CABANG_DB_PASSPHRASE
environment variable for scripts); otherwise it raises PassphraseRequired, which the program answers
by asking for it.

Sync bundles (desktop/services/sync_bundle.py) seal their payload in a small SQLCipher file with
`connect(path, Key(subkey, salt))` and read it back with `Key(subkey, file_salt(path))`: keep `Key`,
`connect`, `file_salt` and `SALT_BYTES` stable.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.models.db import SQLITE_MAGIC, DatabaseError

ENV_PASSPHRASE = "CABANG_DB_PASSPHRASE"
SALT_BYTES = 16
KEY_BYTES = 32
KDF_TIME_COST = 3
KDF_MEMORY_KIB = 64 * 1024
KDF_PARALLELISM = 2
MIN_PASSPHRASE = 12


class PassphraseRequired(DatabaseError):
    """The database is encrypted and no passphrase was given for it."""


class WrongPassphrase(DatabaseError):
    """The passphrase does not open the database (or the file is damaged)."""


@dataclass(frozen=True)
class Key:
    """A derived key and the salt it was derived with."""

    key: bytes
    salt: bytes

    def pragma(self) -> str:
        """The value for SQLCipher's PRAGMA key: the raw key and its salt, in hex."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"


def derive_key(passphrase: str, salt: bytes) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=KDF_TIME_COST, memory_cost=KDF_MEMORY_KIB,
                           parallelism=KDF_PARALLELISM, hash_len=KEY_BYTES, type=Type.ID)


def key_for_new_file(passphrase: str) -> Key:
    if len(passphrase) < MIN_PASSPHRASE:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("UserError", "The passphrase needs at least {minimum} characters."), minimum=MIN_PASSPHRASE)
    salt = secrets.token_bytes(SALT_BYTES)
    return Key(derive_key(passphrase, salt), salt)


def file_salt(path: Path) -> bytes:
    with Path(path).open("rb") as fh:
        return fh.read(SALT_BYTES)


def key_for_file(path: Path, passphrase: str) -> Key:
    """The key of an existing encrypted file; raises WrongPassphrase if it does not open it."""
    key = Key(derive_key(passphrase, file_salt(path)), file_salt(path))
    if not opens(path, key):
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP("UserError", "The passphrase does not open {path} (or the file is damaged)."),
            path=str(path))
    return key


def is_encrypted(path: Path) -> bool:
    """An existing, non-empty file that is not plain SQLite (encrypted, or not a database at all)."""
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
        size = Path(path).stat().st_size
    except OSError:
        return False
    # SQLCipher writes whole pages (1 KiB or more): a short or ragged file is damage, not a cipher.
    return len(head) == len(SQLITE_MAGIC) and head != SQLITE_MAGIC and size >= 1024 and size % 512 == 0


def connect(path: Path | str, key: Key | None = None, *, read_only: bool = False):
    """A DB-API connection to a plain (key None) or encrypted SQLite file."""
    target = f"file:{path}?mode=ro" if read_only else f"file:{path}"
    if key is None:
        return sqlite3.connect(target, uri=True)
    import sqlcipher3

    conn = sqlcipher3.connect(target, uri=True)
    conn.execute(f'PRAGMA key = "{key.pragma()}"')
    return conn


def opens(path: Path, key: Key) -> bool:
    try:
        conn = connect(path, key, read_only=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except Exception:  # sqlcipher3.DatabaseError: "file is not a database"
        return False
    return True


# ---- the passphrases this process was given --------------------------------------------------

_KEYS: dict[Path, Key] = {}


def remember(path: Path | str, passphrase: str) -> Key:
    """Check the passphrase against the file and keep its key for this process."""
    resolved = Path(path).resolve()
    key = key_for_file(resolved, passphrase)
    _KEYS[resolved] = key
    return key


def forget(path: Path | str | None = None) -> None:
    if path is None:
        _KEYS.clear()
    else:
        _KEYS.pop(Path(path).resolve(), None)


def known_key(path: Path | str) -> Key | None:
    """The key of an encrypted file: remembered, or from CABANG_DB_PASSPHRASE; None if not known."""
    resolved = Path(path).resolve()
    key = _KEYS.get(resolved)
    if key is None:  # a backup carries the salt of its database: the same passphrase, the same key
        salt = file_salt(resolved)
        key = next((k for k in _KEYS.values() if k.salt == salt and opens(resolved, k)), None)
    if key is None and os.environ.get(ENV_PASSPHRASE):
        key = remember(resolved, os.environ[ENV_PASSPHRASE])
    return key


def key_of(path: Path | str) -> Key | None:
    """None for a plain database; the key of an encrypted one; PassphraseRequired if not known."""
    if not is_encrypted(Path(path)):
        return None
    key = known_key(path)
    if key is None:
        raise PassphraseRequired(
            QT_TRANSLATE_NOOP("UserError", "The database {path} is encrypted. Give its passphrase "
                                           "(in scripts: the CABANG_DB_PASSPHRASE environment variable)."),
            path=str(path))
    return key


def resolve_url(url: URL | str) -> URL:
    """The URL to open: an encrypted SQLite file gets SQLCipher's driver and its key."""
    url = make_url(url)
    if url.drivername != "sqlite" or not url.database or url.database == ":memory:":
        return url
    path = Path(url.database)
    if not path.is_file():
        return url
    key = key_of(path)
    if key is None:
        return url
    return url.set(drivername="sqlite+pysqlcipher", password=key.pragma())
