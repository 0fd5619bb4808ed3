"""The sync bundle reader takes files off a USB stick: random bytes, zips with odd members, a manifest
that lies, a payload changed by one byte. Each is refused with a SyncError (a UserError) and never
crashes; only a bundle signed with the laptop's key is read."""

from __future__ import annotations

import io
import json
import secrets
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.errors import UserError
from desktop.services.sync_bundle import MANIFEST, PLAIN, SEALED, SIGNATURE, peek, read_bundle, write_bundle
from desktop.services.sync_changes import Changeset, RowChange

KEY = secrets.token_hex(32)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _changeset() -> Changeset:
    return Changeset(id="01900000-0000-7000-8000-000000000001", device="laptop1", hub_id="hub", schema="0008_search",
                     since=0, upto=2, user="hendra", created_at="2026-11-20T03:00:00+00:00", scope={"all": True},
                     rows=[RowChange("app_user", "01900000-0000-7000-8000-0000000000aa", "put",
                                     {"username": "hendra", "full_name": "Hendra Kusuma"})])


def _read(path: Path) -> None:
    try:
        peek(path)
        read_bundle(path, key_hex=KEY, kind="changes")
    except UserError as exc:
        assert str(exc)
    else:
        raise AssertionError("a damaged or foreign bundle was read")


@pytest.fixture(params=[False, True], ids=["plain", "encrypted"])
def bundle(request, tmp_path) -> Path:
    path = tmp_path / "laptop1.cabang-sync"
    write_bundle(path, "changes", _changeset(), key_hex=KEY, encrypt=request.param)
    return path


def test_a_good_bundle_reads_back(bundle):
    manifest, content = read_bundle(bundle, key_hex=KEY, kind="changes")
    assert manifest.device == "laptop1" and content.rows[0].data["username"] == "hendra"
    with pytest.raises(UserError):
        read_bundle(bundle, key_hex=secrets.token_hex(32), kind="changes")  # another laptop's key
    with pytest.raises(UserError):
        read_bundle(bundle, key_hex=KEY, kind="reply")


@FUZZ
@given(position=st.integers(min_value=0, max_value=10**6), value=st.integers(min_value=1, max_value=255))
def test_one_changed_byte_is_refused(bundle, tmp_path, position, value):
    data = bytearray(bundle.read_bytes())
    position %= len(data)
    data[position] ^= value
    changed = tmp_path / "changed.cabang-sync"
    changed.write_bytes(bytes(data))
    try:
        read_bundle(changed, key_hex=KEY, kind="changes")
    except UserError:
        return
    # a flip inside zip padding or an unused header field may leave every checked byte intact
    assert read_bundle(changed, key_hex=KEY, kind="changes")[1].rows == _changeset().rows


@FUZZ
@given(data=st.binary(max_size=2048))
@example(b"")
@example(b"PK\x05\x06" + b"\x00" * 18)  # an empty zip
def test_random_bytes(tmp_path, data):
    path = tmp_path / "random.cabang-sync"
    path.write_bytes(data)
    _read(path)


MANIFESTS = st.one_of(
    st.binary(max_size=200),
    st.builds(lambda v: json.dumps(v).encode(), st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=10),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=8)),
    st.builds(lambda d: json.dumps(d).encode(), st.fixed_dictionaries(
        {"format": st.just("cabang-sync-bundle"), "version": st.sampled_from([1, 2, "1", None])},
        optional={"kind": st.sampled_from(["changes", "reply", 7, None]), "id": st.text(max_size=5),
                  "device": st.one_of(st.text(max_size=5), st.integers()), "encrypted": st.one_of(st.booleans(), st.text(max_size=3)),
                  "rows": st.one_of(st.integers(), st.text(max_size=4), st.none()),
                  "created_at": st.text(max_size=5), "payload_sha256": st.text(max_size=8)})),
)


@FUZZ
@given(manifest=MANIFESTS, payload=st.binary(max_size=300), signature=st.binary(max_size=80),
       members=st.sets(st.sampled_from([MANIFEST, PLAIN, SEALED, SIGNATURE, "extra.bin"]), min_size=1))
def test_zips_with_odd_members(tmp_path, manifest, payload, signature, members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in members:
            zf.writestr(name, {MANIFEST: manifest, SIGNATURE: signature}.get(name, payload))
    path = tmp_path / "odd.cabang-sync"
    path.write_bytes(buf.getvalue())
    _read(path)
