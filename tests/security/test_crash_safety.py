"""Crash safety: a process killed (SIGKILL, no clean-up at all) in the middle of an import and of
a batch of payments leaves a sound database with all of the batch or none of it; a full disk and a
read-only database give a clear message and lose nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.money import Money
from desktop.models.compliance import Employer
from tests.security.conftest import write_xlsx

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]


def run_and_kill(*args: str) -> None:
    """Start the child, wait until it says the batch is half done or about to commit, SIGKILL it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env, cwd=ROOT)
    try:
        line = child.stdout.readline().strip()
        assert line == "READY", f"the child did not reach the crash point: {line!r} {child.stderr.read()[-2000:]}"
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()


def assert_sound(db, db_url: str) -> None:
    """SQLite's integrity check (after recovering the WAL) and the audit chain."""
    from desktop.models.backup import integrity_errors
    from desktop.services import audit

    if db.is_sqlite:
        assert integrity_errors(db.sqlite_path) == []
    with db.read() as session:
        _count, problems = audit.verify_chain(session)
    assert problems == []


def _employers(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Employer))


ROWS = 5000


@pytest.fixture
def employer_file(tmp_path) -> Path:
    rows = [["NPP", "Nama Perusahaan", "Alamat", "Kabupaten", "Jumlah TK"]]
    rows += [[f"{20_000_000 + i}", f"PT Uji Coba {i}", f"Jalan Contoh {i}", "Banyumas", 10 + i % 90]
             for i in range(ROWS)]
    return write_xlsx(tmp_path / "pemberi-kerja.xlsx", rows)


@pytest.mark.parametrize("trigger", ["progress", "commit"])
def test_an_import_killed_midway_leaves_none_of_it(services, db, db_url, employer_file, trigger, as_role):
    rina = as_role("clerk", "rina")
    run_and_kill("import", db_url, str(employer_file), trigger)
    assert_sound(db, db_url)
    assert _employers(db) == 0  # none of the batch
    # and nothing is stuck: the same import now goes through whole
    report, _ = rina.compliance.import_employers(employer_file)
    assert _employers(db) == ROWS
    assert_sound(db, db_url)


def _approved_batch(services, as_role, claims: int = 6) -> list[tuple[str, int]]:
    from desktop.services.benefits_views import ClaimInput, HeirInput
    from desktop.services.office import OfficeView, SignatoryView

    services.office.save(OfficeView(
        id=None, version=0, name="BPJS Ketenagakerjaan Kantor Cabang Purwokerto", code="PWT",
        address="Jalan Jenderal Sudirman Nomor 477, Purwokerto 53116", city="Purwokerto", phone="(0281) 636010",
        regencies=("Kabupaten Banyumas",), signatories=(SignatoryView(None, "Antony Sugiarto", "Kepala Kantor Cabang",
                                                                        "19750312"),)))
    rina, bagus, diyah = as_role("clerk", "rina"), as_role("clerk", "bagus"), as_role("supervisor", "diyah")
    ids = []
    for n in range(claims):
        claim_id, _ = rina.benefits.create_claim(ClaimInput(
            kpj=f"1234567{n:04d}", nik=f"330201120485{n + 1:04d}", name=f"Almarhum {n}", segment="PU",
            death_date=date(2026, 3, 2), cause="jkm", contribution_months=48, reported_wage=Money.rupiah(3_000_000),
            membership_start=date(2021, 1, 4), kabupaten="Banyumas", employer_name="PT Maju Jaya Abadi"))
        heir, _ = rina.benefits.add_heir(claim_id, HeirInput(
            nik=f"330201550888{n + 1:04d}", name=f"Ahli Waris {n}", relationship="widow", bank_name="BRI",
            account_number=f"01234567890{n:02d}", address="Jalan Merdeka Nomor 5"))
        rina.benefits.confirm_heirs(claim_id, [heir.id])
        rina.benefits.receive_all_documents(claim_id, date(2026, 3, 20))
        new_ids, _ = rina.benefits.create_disbursements(claim_id)
        for i in new_ids:
            bagus.benefits.verify(i, bagus.benefits.disbursement(i).version)
            diyah.benefits.approve(i, diyah.benefits.disbursement(i).version)
        ids += new_ids
    return [(str(i), rina.benefits.disbursement(i).version) for i in ids]


def test_a_batch_of_payments_killed_before_it_commits_pays_none(services, db, db_url, as_role, tmp_path):
    items = _approved_batch(services, as_role)
    assert len(items) >= 6
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps(items))
    run_and_kill("pay", db_url, str(batch), "commit")
    assert_sound(db, db_url)
    rina = as_role("clerk", "rina")
    states = {rina.benefits.disbursement(__import__("uuid").UUID(i)).state for i, _v in items}
    assert states == {"approved"}  # none of the batch was paid
    # the same batch can be paid afterwards, whole
    import uuid

    result, _ = rina.benefits.pay_many([(uuid.UUID(i), v) for i, v in items], paid_on=date(2026, 11, 19))
    assert result.paid == len(items)
    assert {rina.benefits.disbursement(uuid.UUID(i)).state for i, _v in items} == {"paid"}
    assert_sound(db, db_url)
