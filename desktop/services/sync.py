"""SyncService: field laptops and the office database.

On the office side (the hub: the office's PostgreSQL server, or a single workstation's file) it
registers laptops, imports their bundles and answers them, reserves number blocks, and lists the
conflicts a supervisor settles. On a laptop it checks out a working set, syncs directly when the
office database can be reached, or exports a bundle and applies the reply. See sync_direct.py for
the moves and sync_merge.py for the merge.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.db import Database
from desktop.models.sync import SyncBundle, SyncConflict, SyncDevice, SyncNumberBlock
from desktop.models.sync_log import counter, ensure_capture
from desktop.models.types import utcnow
from desktop.services.context import Area, Changes, NullProgress, Progress, Service
from desktop.services.sync_changes import get_state, pending_count, set_state
from desktop.services.sync_checkout import Scope
from desktop.services.sync_conflicts import ConflictView, conflict_views, resolve_conflict
from desktop.services.sync_direct import (
    SyncResult,
    checkout,
    is_laptop,
    register_device,
    run_direct,
    same_schema,
    serve,
)
from desktop.services.sync_merge import SyncError, superseded
from desktop.services.sync_numbers import BlockView, Voided, blocks, reserve_block, view, void_unused

NULL = NullProgress()

__all__ = ["SyncService", "SyncStatus", "DeviceView", "ConflictView", "SyncResult", "BlockView", "YearClosed"]


@dataclass(frozen=True)
class SyncStatus:
    role: str  # hub | laptop
    server: bool  # this database is a PostgreSQL server
    device: str
    last_sync_at: datetime | None
    pending: int
    open_conflicts: int
    devices: int
    hub_url: str
    scope: str
    time_zone: str


@dataclass(frozen=True)
class DeviceView:
    device: str
    name: str
    scope: str
    registered_at: datetime
    last_sync_at: datetime | None
    revoked: bool


@dataclass(frozen=True)
class YearClosed:
    voided: tuple[Voided, ...]  # ranges registered as cancelled
    waiting: tuple[str, ...]  # laptops not synced since the year ended: done at their next sync


@dataclass(frozen=True)
class BundleResult:
    path: str
    bundle_id: str
    rows: int
    encrypted: bool
    replayed: bool = False
    conflicts: int = 0
    reply_path: str = ""
    reply_rows: int = 0
    total: int = 0  # every line of the bundle, the audit events that travel with the records included


class SyncService(Service):
    # ---- where we stand -----------------------------------------------------------------------
    def status(self) -> SyncStatus:
        from desktop.models.core import OfficeProfile

        with self.ctx.read() as session:
            laptop = is_laptop(session)
            last = get_state(session, "last_sync_at")
            tz = session.scalar(select(OfficeProfile.time_zone).where(OfficeProfile.deleted_at.is_(None)).limit(1))
            return SyncStatus(
                role="laptop" if laptop else "hub", server=not self.ctx.db.is_sqlite,
                device=get_state(session, "device", "") or self.ctx.device,
                last_sync_at=datetime.fromisoformat(last) if last else None,
                pending=pending_count(session) if laptop else 0,
                open_conflicts=int(session.scalar(select(func.count()).select_from(SyncConflict)
                                                  .where(SyncConflict.resolved_at.is_(None))) or 0),
                devices=int(session.scalar(select(func.count()).select_from(SyncDevice)
                                           .where(SyncDevice.revoked_at.is_(None))) or 0),
                hub_url=get_state(session, "hub_url", "") or "",
                scope=Scope.from_json(get_state(session, "scope")).describe() if laptop else "",
                time_zone=tz or "WIB")

    # ---- conflicts (office) -----------------------------------------------------------------------
    def list_conflicts(self, include_resolved: bool = False) -> list[ConflictView]:
        with self.ctx.read() as session:
            return conflict_views(session, include_resolved=include_resolved)

    def resolve(self, conflict_id: uuid.UUID, choose: str, value: object = None) -> Changes:
        """Settle a conflict: keep the office's value ("hub"), take the laptop's ("laptop"), or a typed one ("custom")."""
        self.ctx.require("sync.resolve")
        with self.ctx.write() as session:
            area = resolve_conflict(session, conflict_id, choose, value, actor=self.ctx.actor.username)
        return Changes.of(Area.SYNC, area) if area else Changes.of(Area.SYNC)

    # ---- laptops (office) ----------------------------------------------------------------------------
    def register_laptop(self, device: str, *, name: str = "", scope: str | None = None, new_key: bool = False) -> str:
        """Register a laptop (or give it a new key); returns its key (hex) to enter on the laptop."""
        self.ctx.require("sync.manage")
        device = device.strip()
        if not device or len(device) > 32:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "A device id has 1 to 32 characters."))
        with self.ctx.write() as session:
            ensure_capture(session.connection())
            row = register_device(session, device, scope=Scope.parse(scope) if scope is not None else None,
                                  name=name, actor=self.ctx.actor.username, new_key=new_key)
            return row.key_hex

    def withdraw_laptop(self, device: str) -> Changes:
        self.ctx.require("sync.manage")
        from desktop.services import audit

        with self.ctx.write() as session:
            row = session.get(SyncDevice, device)
            if row is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no laptop {device}."), device=device)
            row.revoked_at = utcnow()
            audit.record(session, "withdraw", "sync_device", None, summary=f"laptop {device} withdrawn")
        return Changes.of(Area.SYNC)

    def devices(self) -> list[DeviceView]:
        with self.ctx.read() as session:
            return [DeviceView(d.device, d.name, Scope.from_json(d.scope).describe(), d.registered_at, d.last_sync_at,
                               d.revoked_at is not None)
                    for d in session.scalars(select(SyncDevice).order_by(SyncDevice.device))]

    def reserve_block(self, device: str, series: str, year: int, size: int) -> BlockView:
        """Office: reserve `size` numbers of a series (e.g. "letter:teguran_1", "receipt") and year for a laptop."""
        self.ctx.require("sync.manage")
        with self.ctx.write() as session:
            if session.get(SyncDevice, device) is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no laptop {device}."), device=device)
            return view(reserve_block(session, device, series, year, size))

    def close_number_year(self, year: int) -> YearClosed:
        """Office: register as cancelled the numbers of `year` (and before) that laptops did not use.

        Only laptops that synced after that year ended are done (their usage is known); the others are
        named in `waiting` and are done at their next sync by itself.
        """
        self.ctx.require("sync.manage")
        from datetime import UTC

        done: list[Voided] = []
        waiting: list[str] = []
        with self.ctx.write() as session:
            for dev in session.scalars(select(SyncDevice).order_by(SyncDevice.device)):
                open_blocks = session.scalar(select(func.count()).select_from(SyncNumberBlock).where(
                    SyncNumberBlock.device == dev.device, SyncNumberBlock.year <= year,
                    SyncNumberBlock.next_number <= SyncNumberBlock.last))
                if not open_blocks:
                    continue
                synced = dev.last_sync_at
                if synced is None or synced.astimezone(UTC).year <= year:
                    waiting.append(dev.device)
                    continue
                done.extend(void_unused(session, dev.device, year + 1))
        return YearClosed(tuple(done), tuple(waiting))

    def number_blocks(self, device: str | None = None) -> list[BlockView]:
        with self.ctx.read() as session:
            return blocks(session, device)

    def import_bundle(self, path: Path, reply_path: Path, progress: Progress = NULL) -> BundleResult:
        """Office: check a laptop's bundle, merge it, and write the reply bundle to carry back."""
        self.ctx.require("sync.run")
        from desktop.models.migrate import schema_state
        from desktop.services.sync_bundle import peek, read_bundle, write_bundle

        manifest = peek(path)
        with self.ctx.read() as session:
            device = session.get(SyncDevice, manifest.device)
            if device is None or device.revoked_at is not None:
                raise SyncError(QT_TRANSLATE_NOOP(
                    "UserError", "The laptop {device} is not registered at this office (or was withdrawn). "
                                 "Register it first: cabang sync register-laptop --device {device}."),
                    device=manifest.device)
            key = device.key_hex
        _manifest, cs = read_bundle(path, key_hex=key, kind="changes")
        schema = schema_state(self.ctx.db).current or ""
        with self.ctx.write() as session:
            replayed = superseded(session, cs)
            accepted, reply = serve(session, cs, schema=schema, progress=progress, today=self.ctx.today())
            write_bundle(Path(reply_path), "reply", reply, key_hex=key, encrypt=manifest.encrypted)
        return BundleResult(str(path), cs.id, _records(cs.rows), manifest.encrypted, replayed=replayed,
                            conflicts=accepted.conflicts, reply_path=str(reply_path), reply_rows=len(reply.rows),
                            total=len(cs.rows))

    # ---- the laptop -----------------------------------------------------------------------------------
    def _hub(self, hub_url: str | None) -> Database:
        from desktop.models.migrate import open_database

        url = hub_url
        if not url:
            with self.ctx.read() as session:
                url = get_state(session, "hub_url", "")
        if not url:
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "This laptop does not know where the office database is. Set the office server in Sync."))
        return open_database(url, device=self.ctx.device, must_exist=True, migrate=False)

    def checkout(self, hub_url: str, scope: str, *, device: str | None = None, name: str = "",
                 progress: Progress = NULL) -> dict:
        """Copy a working set ("kabupaten=Banyumas", "officer=hendra", "all") from the office into this empty database."""
        self.ctx.require("sync.run")
        hub = self._hub(hub_url)
        try:
            return checkout(self.ctx.db, hub, scope=Scope.parse(scope), device=device or self.ctx.device,
                            user=self.ctx.actor.username, name=name, hub_url=_without_password(hub_url),
                            progress=progress)
        finally:
            hub.dispose()

    def sync_now(self, hub_url: str | None = None, progress: Progress = NULL, hook=None) -> SyncResult:
        """Laptop: sync directly with the office database (one transaction on each side)."""
        self.ctx.require("sync.run")
        hub = self._hub(hub_url)
        try:
            kwargs = {"hook": hook} if hook is not None else {}
            return run_direct(self.ctx.db, hub, user=self.ctx.actor.username, progress=progress,
                              today=self.ctx.today(), **kwargs)
        finally:
            hub.dispose()

    def set_hub(self, hub_url: str) -> Changes:
        """Laptop: where the office database is (no password: it comes from the pgpass file)."""
        self.ctx.require("sync.run")
        with self.ctx.write() as session:
            set_state(session, "hub_url", _without_password(hub_url))
        return Changes.of(Area.SYNC)

    def set_key(self, key_hex: str) -> Changes:
        """Laptop: the key the office registered for it (after `register-laptop --new-key`)."""
        self.ctx.require("sync.manage")
        key_hex = key_hex.strip().lower()
        try:
            ok = len(bytes.fromhex(key_hex)) == 32
        except ValueError:
            ok = False
        if not ok:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "A laptop key is 64 hexadecimal characters."))
        with self.ctx.write() as session:
            set_state(session, "device_key", key_hex)
        return Changes.of(Area.SYNC)

    def export_bundle(self, path: Path, progress: Progress = NULL) -> BundleResult:
        """Laptop: write every pending change to a signed bundle for the office."""
        self.ctx.require("sync.run")
        from desktop.models.migrate import schema_state
        from desktop.services.sync_bundle import write_bundle
        from desktop.services.sync_direct import make_changeset

        schema = schema_state(self.ctx.db).current or ""
        encrypt = self.ctx.db.url.drivername == "sqlite+pysqlcipher"
        with self.ctx.write() as session:
            _require_laptop(session)
            ensure_capture(session.connection())
            progress.progress(0, 2, "changes")
            cs = make_changeset(session, user=self.ctx.actor.username, schema=schema)
            key = get_state(session, "device_key", "")
            session.add(SyncBundle(id=uuid.UUID(cs.id), direction="out", device=cs.device, at=utcnow(),
                                   upto_seq=cs.upto, rows=len(cs.rows), summary={"path": Path(path).name}))
            progress.progress(1, 2, "file")
            write_bundle(Path(path), "changes", cs, key_hex=key, encrypt=encrypt)
        return BundleResult(str(path), cs.id, _records(cs.rows), encrypt, total=len(cs.rows))

    def apply_reply(self, path: Path, progress: Progress = NULL) -> BundleResult:
        """Laptop: apply the office's reply bundle. Applying the same reply twice changes nothing."""
        self.ctx.require("sync.run")
        from desktop.services.sync_bundle import read_bundle
        from desktop.services.sync_reply import apply_reply

        with self.ctx.read() as session:
            _require_laptop(session)
            key = get_state(session, "device_key", "")
        manifest, reply = read_bundle(path, key_hex=key, kind="reply")
        with self.ctx.write() as session:
            if reply.hub_id != get_state(session, "hub_id") or reply.device != get_state(session, "device"):
                raise SyncError(QT_TRANSLATE_NOOP(
                    "UserError", "{path} is a reply for another laptop or from another office. Nothing was changed."),
                    path=str(path))
            out = session.get(SyncBundle, uuid.UUID(reply.for_changeset))
            if out is None or out.direction != "out":
                raise SyncError(QT_TRANSLATE_NOOP(
                    "UserError", "{path} answers a bundle this laptop did not export. Nothing was changed."),
                    path=str(path))
            if out.done_at is not None or reply.hub_seq < int(get_state(session, "last_hub_seq", 0)):
                return BundleResult(str(path), reply.id, 0, manifest.encrypted, replayed=True)
            stats = apply_reply(session, reply, upto=out.upto_seq, progress=progress)
            out.done_at = utcnow()
            session.add(SyncBundle(id=uuid.UUID(reply.id), direction="reply", device=reply.device, at=utcnow(),
                                   upto_seq=reply.hub_seq, rows=len(reply.rows), done_at=utcnow(), summary=stats))
        return BundleResult(str(path), reply.id, len(reply.rows), manifest.encrypted,
                            conflicts=int(reply.summary.get("conflicts", 0)))

    def pending_count(self) -> int:
        with self.ctx.read() as session:
            return pending_count(session) if is_laptop(session) else 0

    def hub_seq(self) -> int:
        with self.ctx.read() as session:
            return counter(session)

    def check_hub(self, hub_url: str | None = None) -> str:
        """Laptop: can the office database be reached, with the same version? Returns its description."""
        hub = self._hub(hub_url)
        try:
            same_schema(self.ctx.db, hub)
            return hub.describe()
        finally:
            hub.dispose()


    # ---- office mode: this workstation's connection ------------------------------------------------
    def connection(self):
        """The PostgreSQL server this workstation is set to use (None: its own database file)."""
        from desktop.services.sync_connection import current

        return current(self.ctx.paths)

    def test_connection(self, settings, password: str | None):
        """Connect to a server and look at its schema; a server that is down raises a UserError saying so."""
        from desktop.services.sync_connection import test_connection

        return test_connection(settings, password)

    def save_connection(self, settings, password: str | None, *, remember: bool) -> str:
        """Use this server from the next start; returns the password file written ("" if none)."""
        self.ctx.require("sync.manage")
        from desktop.services.sync_connection import save

        written = save(self.ctx.paths, settings, password, remember=remember)
        return str(written or "")

    def use_local_database(self) -> None:
        self.ctx.require("sync.manage")
        from desktop.services.sync_connection import use_local

        use_local(self.ctx.paths)

    def set_hub_server(self, settings, password: str | None, *, remember: bool) -> Changes:
        """Laptop: the office server to sync with directly (the password goes to the pgpass file, if kept)."""
        from desktop.services.sync_connection import remember_password

        changes = self.set_hub(settings.url())
        if remember and password:
            remember_password(settings, password)
        return changes


def _records(rows) -> int:
    """How many records (not counting the audit events that travel with them)."""
    from desktop.services.sync_direct import shared_tables

    shared = set(shared_tables())
    return sum(1 for r in rows if r.table in shared)


def _require_laptop(session) -> None:
    if not is_laptop(session):
        raise SyncError(QT_TRANSLATE_NOOP(
            "UserError", "This database was not checked out from an office database, so it has nothing to sync with."))


def _without_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    if not url or "://" not in url:
        return url
    return make_url(url).set(password=None).render_as_string(hide_password=False)
