"""Bundles on a USB stick: exported on the laptop, imported at the office, a reply carried back.
Signed with the laptop's registered key, compressed, encrypted when the laptop's database is; a
tampered bundle is refused before anything is applied, and importing one twice changes nothing."""

from __future__ import annotations

import gzip
import json
import zipfile
from datetime import date

import pytest

from desktop.services.sync_merge import SyncError


def _rename(services, username: str, name: str) -> None:
    u = services.users.get(username)
    services.users.update(u.id, u.version, full_name=name)


def _rewrite(path, member: str, change) -> None:
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members[member] = change(members[member])
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in members.items():
            zf.writestr(n, data)


@pytest.fixture
def field_trip(hub, office, make_laptop, sx, tmp_path):
    """A laptop with changes of its own, and the office with others, meanwhile."""
    office.users.create("hendra", "Hendra", "field_officer")
    office.users.create("rina", "Rina", "clerk")
    laptop = make_laptop("lap-a")
    on_laptop = sx.on(laptop)
    _rename(on_laptop, "hendra", "Hendra Kusuma")
    on_laptop.settings.add_office_holiday(date(2026, 12, 24), "Cuti bersama Natal")
    _rename(office, "rina", "Rina Oktaviani")
    return laptop, on_laptop


def test_a_bundle_and_its_reply_bring_both_sides_together(hub, office, sx, tmp_path, field_trip):
    laptop, on_laptop = field_trip
    bundle, reply = tmp_path / "lap-a.cabang-sync", tmp_path / "reply.cabang-sync"
    out = on_laptop.sync.export_bundle(bundle)
    assert out.rows == 2 and out.total == 4 and not out.encrypted  # two records, with their audit events
    with zipfile.ZipFile(bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        lines = gzip.decompress(zf.read("payload.jsonl.gz")).decode().splitlines()
    assert (manifest["kind"], manifest["device"], manifest["encrypted"]) == ("changes", "lap-a", False)
    assert len(lines) == out.total + 1  # a header, then one line per record
    result = office.sync.import_bundle(bundle, reply)
    assert (result.replayed, result.conflicts) == (False, 0)
    assert sx.pending(laptop) == 2  # still pending until the reply comes back
    applied = on_laptop.sync.apply_reply(reply)
    assert not applied.replayed
    assert sx.pending(laptop) == 0
    assert on_laptop.users.get("rina").full_name == "Rina Oktaviani"
    assert office.users.get("hendra").full_name == "Hendra Kusuma"
    sx.assert_same(hub, laptop)


def test_work_done_after_the_export_is_kept_and_goes_next_time(hub, office, sx, tmp_path, field_trip):
    laptop, on_laptop = field_trip
    on_laptop.sync.export_bundle(tmp_path / "b1")
    _rename(on_laptop, "rina", "Rina O.")  # edited on the laptop while the bundle travels
    _rename(on_laptop, "hendra", "Hendra K.")  # ... and again after it was exported
    office.sync.import_bundle(tmp_path / "b1", tmp_path / "r1")
    on_laptop.sync.apply_reply(tmp_path / "r1")
    assert on_laptop.users.get("hendra").full_name == "Hendra K."  # the later edit is not overwritten
    assert sx.pending(laptop) == 2
    on_laptop.sync.export_bundle(tmp_path / "b2")
    office.sync.import_bundle(tmp_path / "b2", tmp_path / "r2")
    on_laptop.sync.apply_reply(tmp_path / "r2")
    # rina was renamed at the office and on the laptop since the laptop last heard: a conflict, both kept
    [c] = office.sync.list_conflicts()
    assert (c.field, c.hub_value, c.laptop_value) == ("full_name", "Rina Oktaviani", "Rina O.")
    assert office.users.get("hendra").full_name == "Hendra K."
    assert sx.pending(laptop) == 0
    sx.assert_same(hub, laptop)


def test_a_tampered_bundle_is_refused_and_nothing_is_applied(hub, office, sx, tmp_path, field_trip):
    laptop, on_laptop = field_trip
    bundle = tmp_path / "b"
    on_laptop.sync.export_bundle(bundle)
    before = sx.table_state(hub)

    def change_a_name(payload: bytes) -> bytes:
        text = gzip.decompress(payload).decode().replace("Hendra Kusuma", "Hendra Kusumo")
        return gzip.compress(text.encode())

    _rewrite(bundle, "payload.jsonl.gz", change_a_name)
    with pytest.raises(SyncError, match="signature"):
        office.sync.import_bundle(bundle, tmp_path / "r")
    assert not (tmp_path / "r").exists()
    assert sx.table_state(hub) == before
    assert office.users.get("hendra").full_name == "Hendra"


def test_a_bundle_signed_with_another_key_is_refused(hub, office, sx, tmp_path, field_trip):
    laptop, on_laptop = field_trip
    on_laptop.sync.export_bundle(tmp_path / "b")
    office.sync.register_laptop("lap-a", new_key=True)  # the laptop was lost; the office gave it a new key
    before = sx.table_state(hub)
    with pytest.raises(SyncError, match="signature"):
        office.sync.import_bundle(tmp_path / "b", tmp_path / "r")
    assert sx.table_state(hub) == before


def test_a_bundle_from_an_unknown_laptop_or_not_a_bundle_is_refused(hub, office, sx, tmp_path, field_trip):
    laptop, on_laptop = field_trip
    on_laptop.sync.export_bundle(tmp_path / "b")
    _rewrite(tmp_path / "b", "manifest.json", lambda raw: raw.replace(b'"lap-a"', b'"lap-z"'))
    with pytest.raises(SyncError, match="not registered"):
        office.sync.import_bundle(tmp_path / "b", tmp_path / "r")
    (tmp_path / "junk").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(SyncError, match="not a Cabang sync bundle"):
        office.sync.import_bundle(tmp_path / "junk", tmp_path / "r")


def test_importing_the_same_bundle_twice_is_harmless(hub, office, sx, tmp_path, field_trip):
    laptop, on_laptop = field_trip
    bundle = tmp_path / "b"
    on_laptop.sync.export_bundle(bundle)
    office.sync.import_bundle(bundle, tmp_path / "r1")
    once = sx.table_state(hub)
    audit_once = sx.audit_ids(hub)
    again = office.sync.import_bundle(bundle, tmp_path / "r2")
    assert again.replayed
    assert sx.table_state(hub) == once and sx.audit_ids(hub) == audit_once
    first = on_laptop.sync.apply_reply(tmp_path / "r1")
    state = sx.table_state(laptop)
    second = on_laptop.sync.apply_reply(tmp_path / "r2")  # the reply to the replay: nothing new
    third = on_laptop.sync.apply_reply(tmp_path / "r1")  # the same reply again
    assert not first.replayed and second.replayed and third.replayed
    assert sx.table_state(laptop) == state
    sx.assert_same(hub, laptop)


def test_a_tampered_reply_is_refused_by_the_laptop(hub, office, sx, tmp_path, field_trip):
    laptop, on_laptop = field_trip
    on_laptop.sync.export_bundle(tmp_path / "b")
    office.sync.import_bundle(tmp_path / "b", tmp_path / "r")
    _rewrite(tmp_path / "r", "signature", lambda sig: b"0" * len(sig))
    before = sx.table_state(laptop)
    with pytest.raises(SyncError, match="signature"):
        on_laptop.sync.apply_reply(tmp_path / "r")
    assert sx.table_state(laptop) == before
    assert sx.pending(laptop) == 2


def test_an_encrypted_laptop_writes_encrypted_bundles(hub, office, sx, tmp_path, make_laptop):
    from desktop.models import crypto
    from desktop.models.migrate import open_database
    from desktop.services.security_encryption import encrypt_database

    office.users.create("hendra", "Hendra", "field_officer")
    plain = make_laptop("lap-e")
    path = plain.sqlite_path
    plain.dispose()
    encrypt_database(path, "kata sandi laptop lapangan")
    laptop = open_database(f"sqlite:///{path}", device="lap-e")
    try:
        assert laptop.url.drivername == "sqlite+pysqlcipher"
        on_laptop = sx.on(laptop)
        _rename(on_laptop, "hendra", "Hendra Kusumawardhani")
        out = on_laptop.sync.export_bundle(tmp_path / "b")
        assert out.encrypted
        raw = (tmp_path / "b").read_bytes()
        assert b"Kusumawardhani" not in raw and b"hendra" not in raw
        with zipfile.ZipFile(tmp_path / "b") as zf:
            assert "payload.db" in zf.namelist() and "payload.jsonl.gz" not in zf.namelist()
        result = office.sync.import_bundle(tmp_path / "b", tmp_path / "r")
        assert b"Kusumawardhani" not in (tmp_path / "r").read_bytes()
        assert result.encrypted
        on_laptop.sync.apply_reply(tmp_path / "r")
        assert office.users.get("hendra").full_name == "Hendra Kusumawardhani"
        sx.assert_same(hub, laptop)
    finally:
        laptop.dispose()
        crypto.forget()


def test_a_bundle_that_arrives_after_a_direct_sync_brings_nothing_back(hub, office, sx, tmp_path, field_trip):
    laptop, on_laptop = field_trip
    on_laptop.sync.export_bundle(tmp_path / "b")  # left in a bag...
    _rename(on_laptop, "hendra", "Hendra Kusumawardhana")
    sx.sync(laptop, hub)  # ...the laptop came to the office and synced directly
    result = office.sync.import_bundle(tmp_path / "b", tmp_path / "r")
    assert result.replayed and result.conflicts == 0
    assert office.users.get("hendra").full_name == "Hendra Kusumawardhana"  # not the bundle's older name
    assert office.sync.list_conflicts() == []
    sx.assert_same(hub, laptop)
