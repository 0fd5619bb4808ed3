"""Sync bundles: a changeset or a reply in one file that a USB stick can carry.

A bundle is a zip with three members:

- `manifest.json`: what it is (kind, id, device, hub id, time, row count, whether it is encrypted,
  the SHA-256 of the payload); no personal data;
- the payload: the changeset or reply as gzip-compressed JSON lines (`payload.jsonl.gz`), or, when
  the laptop's database is encrypted, the same compressed bytes inside an SQLCipher database
  (`payload.db`: AES-256 with an HMAC per page) keyed from the laptop's key;
- `signature`: HMAC-SHA256 over the manifest and the payload, with a key derived from the key
  registered for that laptop at the office (encrypt-then-MAC). A changed byte, or another key, and
  the bundle is refused before anything is read from it.

The `cryptography` package (Ed25519, AES-GCM) is not among this program's libraries; SQLCipher is
(it encrypts the laptops' databases), so it encrypts the payload too.
"""

from __future__ import annotations

import gzip
import hashlib
import hmac
import io
import json
import secrets
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.models import crypto
from desktop.models.types import utcnow
from desktop.services.sync_changes import Changeset, Reply, RowChange
from desktop.services.sync_merge import SyncError

FORMAT = "cabang-sync-bundle"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "signature"
PLAIN = "payload.jsonl.gz"
SEALED = "payload.db"
MAX_MANIFEST = 64 * 1024


def _subkey(key_hex: str, purpose: bytes) -> bytes:
    return hmac.new(bytes.fromhex(key_hex), b"cabang-sync " + purpose, hashlib.sha256).digest()


def _sign(key_hex: str, manifest: bytes, payload: bytes) -> str:
    mac = hmac.new(_subkey(key_hex, b"sign"), manifest, hashlib.sha256)
    mac.update(b"\n")
    mac.update(payload)
    return mac.hexdigest()


def _compress(header: dict, rows: list[RowChange]) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=5, mtime=0) as gz:
        gz.write(json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        gz.write(b"\n")
        for r in rows:
            gz.write(json.dumps(r.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
            gz.write(b"\n")
    return buf.getvalue()


def _decompress(data: bytes) -> tuple[dict, list[RowChange]]:
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    header = json.loads(lines[0])
    return header, [RowChange.from_json(json.loads(line)) for line in lines[1:] if line]


def _seal(key_hex: str, data: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "payload.db"
        key = crypto.Key(_subkey(key_hex, b"encrypt"), secrets.token_bytes(crypto.SALT_BYTES))
        conn = crypto.connect(path, key)
        try:
            conn.execute("CREATE TABLE payload (data BLOB NOT NULL)")
            conn.execute("INSERT INTO payload (data) VALUES (?)", (data,))
            conn.commit()
        finally:
            conn.close()
        return path.read_bytes()


def _unseal(key_hex: str, sealed: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "payload.db"
        path.write_bytes(sealed)
        key = crypto.Key(_subkey(key_hex, b"encrypt"), crypto.file_salt(path))
        conn = crypto.connect(path, key, read_only=True)
        try:
            return bytes(conn.execute("SELECT data FROM payload").fetchone()[0])
        finally:
            conn.close()


@dataclass(frozen=True)
class Manifest:
    kind: str  # changes | reply
    id: str
    device: str
    hub_id: str
    encrypted: bool
    rows: int
    created_at: str


def write_bundle(path: Path, kind: str, content: Changeset | Reply, *, key_hex: str, encrypt: bool) -> Manifest:
    """Write a signed (and, if asked, encrypted) bundle; the file appears whole or not at all."""
    payload = _compress(content.header(), content.rows)
    if encrypt:
        payload = _seal(key_hex, payload)
    manifest = Manifest(kind=kind, id=content.id, device=content.device, hub_id=content.hub_id, encrypted=encrypt,
                        rows=len(content.rows), created_at=utcnow().isoformat())
    manifest_bytes = json.dumps({"format": FORMAT, "version": VERSION, **manifest.__dict__,
                                 "payload_sha256": hashlib.sha256(payload).hexdigest()},
                                ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr(MANIFEST, manifest_bytes)
        zf.writestr(SEALED if encrypt else PLAIN, payload)
        zf.writestr(SIGNATURE, _sign(key_hex, manifest_bytes, payload))
    tmp.replace(path)
    return manifest


def _bad(path: Path) -> SyncError:
    return SyncError(QT_TRANSLATE_NOOP(
        "UserError", "{path} is not a Cabang sync bundle, or it is damaged. Nothing was changed."), path=str(path))


def peek(path: Path) -> Manifest:
    """What a bundle says it is (before its signature is checked: only to find the key)."""
    return _members(path)[0]


def _members(path: Path) -> tuple[Manifest, bytes, bytes, str]:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if MANIFEST not in names or SIGNATURE not in names or zf.getinfo(MANIFEST).file_size > MAX_MANIFEST:
                raise _bad(path)
            raw = zf.read(MANIFEST)
            meta = json.loads(raw)
            if not isinstance(meta, dict) or meta.get("format") != FORMAT:
                raise _bad(path)
            payload = zf.read(SEALED if meta.get("encrypted") else PLAIN)
            signature = zf.read(SIGNATURE).decode("ascii").strip()
    except SyncError:
        raise
    except Exception as exc:  # zipfile, zlib and json raise many kinds (EOFError, zlib.error, ...): all damage
        raise _bad(path) from exc
    if meta.get("version") != VERSION:
        raise SyncError(QT_TRANSLATE_NOOP(
            "UserError", "{path} was made by another version of Cabang. Update both sides, then export it again."),
            path=str(path))
    try:
        manifest = Manifest(kind=str(meta["kind"]), id=str(meta["id"]), device=str(meta["device"]),
                            hub_id=str(meta.get("hub_id", "")), encrypted=bool(meta["encrypted"]),
                            rows=int(meta["rows"]), created_at=str(meta["created_at"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise _bad(path) from exc
    return manifest, raw, payload, signature


def read_bundle(path: Path, *, key_hex: str, kind: str) -> tuple[Manifest, Changeset | Reply]:
    """Check the signature with the laptop's key, then decrypt and read. Raises SyncError if it fails."""
    manifest, raw, payload, signature = _members(path)
    if not hmac.compare_digest(_sign(key_hex, raw, payload), signature) or \
            json.loads(raw).get("payload_sha256") != hashlib.sha256(payload).hexdigest():
        raise SyncError(QT_TRANSLATE_NOOP(
            "UserError", "The signature of {path} does not match the key of laptop {device}: the file was changed "
                         "after it was made, or it comes from another laptop. Nothing was changed."),
            path=str(path), device=manifest.device)
    if manifest.kind != kind:
        raise SyncError(QT_TRANSLATE_NOOP(
            "UserError", "{path} is a {found} bundle; this needs a {wanted} bundle."),
            path=str(path), found=manifest.kind, wanted=kind)
    try:
        data = _unseal(key_hex, payload) if manifest.encrypted else payload
        header, rows = _decompress(data)
    except Exception as exc:  # a bundle signed with the right key that still does not read: damaged
        raise _bad(path) from exc
    header = dict(header)
    header["rows"] = rows
    content = Changeset(**header) if kind == "changes" else Reply(**header)
    return manifest, content
