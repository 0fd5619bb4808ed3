"""Receipts: their own register, verification of the QR code, forged and cancelled ones refused."""

from __future__ import annotations

from datetime import date

import pytest
from letters_helpers import receipt

from desktop.domain.money import Money
from desktop.errors import UserError


def test_receipt_numbers_have_their_own_register(office_services):
    from letters_helpers import teguran

    office_services.letters.issue(teguran())
    a, _ = office_services.letters.issue_receipt(receipt())
    b, _ = office_services.letters.issue_receipt(receipt(paid_on=date(2026, 11, 23)))
    assert (a.number, b.number) == ("001/KW-PWT/XI/2026", "002/KW-PWT/XI/2026")


def test_verification_round_trip(office_services):
    issued, _ = office_services.letters.issue_receipt(receipt())
    check = office_services.letters.verify_receipt(issued.code)
    assert check.ok and check.number == issued.number
    assert check.amount == Money.rupiah(42_000_000) and check.payee_name == "Siti Aminah"
    assert office_services.letters.verify_receipt("  " + issued.code + "\n").ok  # as pasted


def test_tampered_codes_are_rejected(office_services):
    issued, _ = office_services.letters.issue_receipt(receipt())
    prefix, number, amount, day, tag = issued.code.split("|")
    letters = office_services.letters
    assert not letters.verify_receipt("|".join([prefix, number, "9900000000", day, tag])).ok  # amount raised
    assert not letters.verify_receipt("|".join([prefix, number, amount, "20261121", tag])).ok  # date changed
    forged_tag = ("0" if tag[0] != "0" else "1") + tag[1:]
    assert not letters.verify_receipt("|".join([prefix, number, amount, day, forged_tag])).ok
    assert not letters.verify_receipt("|".join([prefix, "099/KW-PWT/XI/2026", amount, day, tag])).ok
    assert not letters.verify_receipt("hello").ok


def test_a_cancelled_receipt_no_longer_verifies(office_services):
    issued, _ = office_services.letters.issue_receipt(receipt())
    office_services.letters.cancel_receipt(issued.id, "Nominal salah ketik")
    check = office_services.letters.verify_receipt(issued.code)
    assert not check.ok and check.status == "cancelled"


def test_another_database_does_not_accept_the_code(office_services, as_role, tmp_path):
    """The key is per database: a code made elsewhere (or by a forger with the format) fails."""
    import random

    from desktop.config import Paths
    from desktop.models.migrate import open_database
    from desktop.services.app import services_for
    from desktop.services.demo import office
    from desktop.services.users import bootstrap_admin

    issued, _ = office_services.letters.issue_receipt(receipt())
    other_db = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    try:
        bootstrap_admin(other_db)
        other_paths = Paths(tmp_path / "o", tmp_path / "o/logs", tmp_path / "o/b", tmp_path / "o/docs").ensure()
        other = services_for(other_db, other_paths, today=office_services.ctx.today())
        office.build(other, random.Random(1), other.ctx.today())
        other_issued, _ = other.letters.issue_receipt(receipt())
        assert other_issued.number == issued.number
        assert not other.letters.verify_receipt(issued.code).ok
    finally:
        other_db.dispose()


def test_components_must_add_up_and_nik_must_be_valid(office_services):
    with pytest.raises(UserError):
        office_services.letters.issue_receipt(receipt(components=(("Santunan", Money.rupiah(40_000_000)),)))
    with pytest.raises(UserError):
        office_services.letters.issue_receipt(receipt(payee_nik="1234"))
    with pytest.raises(UserError):
        office_services.letters.issue_receipt(receipt(0))


def test_receipts_about_a_record(office_services):
    import uuid

    record = uuid.uuid4()
    office_services.letters.issue_receipts([receipt(about=("benefit_disbursement", record)), receipt()])
    about = office_services.letters.receipts_about("benefit_disbursement", record)
    assert len(about) == 1 and about[0].about_id == record
