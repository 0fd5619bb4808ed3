"""Gap-free numbers on laptops: the office reserves a block from its register, the block travels,
the laptop issues from it offline, runs low, and gets another at the next sync."""

from __future__ import annotations

import pytest

from desktop.errors import PermissionDenied, UserError
from desktop.services.sync_numbers import next_reserved_number


def test_a_reserved_block_comes_from_the_register_and_travels_to_the_laptop(hub, office, make_laptop, sx, as_role):
    from desktop.services.letters_register import last_number, take_numbers

    laptop = make_laptop("lap-a")
    with hub.write("admin") as session:
        assert take_numbers(session, "letter:teguran_1", 2026, 3) == 1  # the office issued 1-3 already
    block = office.sync.reserve_block("lap-a", "letter:teguran_1", 2026, 10)
    assert (block.first, block.last, block.remaining) == (4, 13, 10)
    with hub.read() as session:
        assert last_number(session, "letter:teguran_1", 2026) == 13  # the office goes on at 14
    with pytest.raises(PermissionDenied):
        as_role("clerk", "rina").sync.reserve_block("lap-a", "receipt", 2026, 5)
    with pytest.raises(UserError):
        office.sync.reserve_block("lap-unknown", "receipt", 2026, 5)
    sx.sync(laptop, hub)
    [mine] = sx.on(laptop).sync.number_blocks()
    assert (mine.series, mine.first, mine.last, mine.next_number) == ("letter:teguran_1", 4, 13, 4)


def test_the_laptop_issues_from_its_block_offline_and_gets_more_when_it_runs_low(hub, office, make_laptop, sx):
    laptop = make_laptop("lap-a")
    office.sync.reserve_block("lap-a", "receipt", 2026, 5)
    sx.sync(laptop, hub)
    with laptop.write("admin") as session:
        numbers = [next_reserved_number(session, "receipt", 2026) for _ in range(3)]
        pair = next_reserved_number(session, "receipt", 2026, count=2)
    assert numbers == [1, 2, 3] and pair == 4
    with laptop.write("admin") as session, pytest.raises(UserError, match="no reserved numbers left"):
        next_reserved_number(session, "receipt", 2026)
    sx.sync(laptop, hub)  # the office sees the block used up and reserves the next one
    blocks = {(b.first, b.last, b.next_number) for b in office.sync.number_blocks("lap-a")}
    assert blocks == {(1, 5, 6), (6, 10, 6)}
    with laptop.write("admin") as session:
        assert next_reserved_number(session, "receipt", 2026) == 6


def test_numbers_rolled_back_with_their_transaction_stay_in_the_block(hub, office, make_laptop, sx):
    laptop = make_laptop("lap-a")
    office.sync.reserve_block("lap-a", "receipt", 2026, 5)
    sx.sync(laptop, hub)

    class Printing(Exception):
        pass

    with pytest.raises(Printing), laptop.write("admin") as session:
        next_reserved_number(session, "receipt", 2026)
        raise Printing()
    with laptop.write("admin") as session:
        assert next_reserved_number(session, "receipt", 2026) == 1  # no gap


def _teguran(name: str):
    from datetime import date

    from desktop.domain.money import Money
    from desktop.services.letters import LetterRequest, Recipient

    fields = {
        "nama_perusahaan": name, "npp": "21000123",
        "rujukan": "kunjungan petugas pemeriksa BPJS Ketenagakerjaan pada tanggal 2 November 2026",
        "jenis_ketidakpatuhan": "Perusahaan Daftar Sebagian Tenaga Kerja (PDS TK)",
        "tenaga_kerja_belum_terdaftar": 37, "tunggakan": Money.rupiah(48_250_000),
        "batas_waktu": date(2026, 12, 4), "narahubung": "Hendra Kusuma", "telepon_narahubung": "(0281) 636010",
    }
    return LetterRequest("teguran_1", fields, Recipient(f"Pimpinan {name}", "Jalan Raya Baturraden Km 5", "Purwokerto"))


def test_letters_issued_offline_take_reserved_numbers_and_arrive_without_a_clash(hub, office, make_laptop, sx):
    import random

    from desktop.services.demo import office as demo_office

    demo_office.build(office, random.Random(1), office.ctx.today())
    office.letters.issue(_teguran("PT Satu"))  # 001 at the office
    laptop = make_laptop("lap-a")
    office.sync.reserve_block("lap-a", "letter:teguran_1", 2026, 5)  # 002-006 for the laptop
    sx.sync(laptop, hub)
    at_laptop = sx.on(laptop, "hendra", "field_officer")
    offline = [at_laptop.letters.issue(_teguran(f"PT Lapangan {i}"))[0].number for i in range(2)]
    at_office, _ = office.letters.issue(_teguran("PT Kantor"))
    assert offline == ["002/TT1-PWT/XI/2026", "003/TT1-PWT/XI/2026"]
    assert at_office.number == "007/TT1-PWT/XI/2026"  # the office goes on after the block
    result = sx.sync(laptop, hub)
    assert result.conflicts == 0
    from desktop.services.paging import PageRequest

    register = sorted(r.number for r in office.letters.register_page(PageRequest(limit=50)).rows)
    assert register == ["001/TT1-PWT/XI/2026", "002/TT1-PWT/XI/2026", "003/TT1-PWT/XI/2026", "007/TT1-PWT/XI/2026"]
    sx.assert_same(hub, laptop)


# ---- the year's end: unused reserved numbers are cancelled in the register -----------------------------

def test_numbers_a_laptop_did_not_use_by_the_year_end_are_registered_as_cancelled(hub, office, make_laptop, sx):
    import random
    from datetime import date

    from desktop.services.demo import office as demo_office
    from desktop.services.paging import PageRequest

    demo_office.build(office, random.Random(1), office.ctx.today())
    laptop = make_laptop("lap-a")
    office.sync.reserve_block("lap-a", "letter:teguran_1", 2025, 5)  # 001-005 of last year
    office.sync.reserve_block("lap-a", "receipt", 2025, 2)  # never used
    sx.sync(laptop, hub, today=date(2025, 12, 1))
    at_laptop = sx.on(laptop, "hendra", "field_officer")
    for name in ("PT Akhir Tahun", "PT Tutup Buku"):
        at_laptop.letters.issue(_teguran(name), issued_on=date(2025, 12, 22))
    sx.sync(laptop, hub, today=date(2026, 1, 5))  # the first sync of the new year: 003-005 and both receipts

    def register_2025(services):
        rows = services.letters.register_page(PageRequest(limit=50, filters={"year": 2025})).rows
        return sorted((r.number, r.status) for r in rows)

    assert register_2025(office) == [
        ("001/TT1-PWT/XII/2025", "issued"), ("002/TT1-PWT/XII/2025", "issued"),
        ("003/TT1-PWT/XII/2025", "cancelled"), ("004/TT1-PWT/XII/2025", "cancelled"),
        ("005/TT1-PWT/XII/2025", "cancelled")]
    receipts = office.letters.receipts_page(PageRequest(limit=50)).rows
    assert sorted((r.number, r.status) for r in receipts) == [("001/KW-PWT/XII/2025", "cancelled"),
                                                               ("002/KW-PWT/XII/2025", "cancelled")]
    assert all(b.remaining == 0 for b in office.sync.number_blocks("lap-a"))
    sx.sync(laptop, hub)  # nothing more to cancel: the register stays as it is
    assert register_2025(office) == register_2025(sx.on(laptop)) and len(register_2025(office)) == 5
    sx.assert_same(hub, laptop)
    with laptop.write("admin") as session, pytest.raises(UserError, match="no reserved numbers left"):
        next_reserved_number(session, "letter:teguran_1", 2025)


def test_closing_the_year_waits_for_laptops_that_have_not_synced_since(hub, office, make_laptop, sx):
    from datetime import UTC, date, datetime

    laptop = make_laptop("lap-a")
    make_laptop("lap-b")
    office.sync.reserve_block("lap-a", "compliance_case", 2025, 3)
    office.sync.reserve_block("lap-b", "compliance_case", 2025, 3)
    sx.sync(laptop, hub, today=date(2025, 12, 1))
    with hub.write("admin") as session:  # lap-a synced after 2025 ended (its usage is known), lap-b never
        from sqlalchemy import update

        from desktop.models.sync import SyncDevice

        session.execute(update(SyncDevice).where(SyncDevice.device == "lap-a").values(
            last_sync_at=datetime(2026, 1, 3, tzinfo=UTC)))
        session.execute(update(SyncDevice).where(SyncDevice.device == "lap-b").values(last_sync_at=None))
    closed = office.sync.close_number_year(2025)
    assert [(v.device, v.series, v.first, v.last) for v in closed.voided] == [("lap-a", "compliance_case", 1, 3)]
    assert closed.waiting == ("lap-b",)
    assert office.sync.close_number_year(2025).voided == ()  # done once


# ---- compliance case numbers ------------------------------------------------------------------------------

def _employer(services, name: str, npp: str):
    from desktop.services.compliance_views import EmployerView

    view, _changes = services.compliance.save_employer(EmployerView(None, 0, name, npp=npp, kabupaten="Banyumas",
                                                                    address="Jalan Raya 1"))
    return view


def _open_case(services, employer, case_type: str = "pds_tk") -> str:
    from desktop.domain.money import Money
    from desktop.services.compliance_views import CaseView

    view, _changes = services.compliance.save_case(CaseView(
        None, 0, employer.id, case_type, officer="hendra", workers_unregistered=12, wage_gap=Money.rupiah(4_000_000),
        programmes_missing=("JP",), arrears=Money.rupiah(1_000_000)))
    return view.case_no


def test_cases_opened_offline_take_numbers_from_the_laptops_block(hub, office, make_laptop, sx):
    employers = [_employer(office, f"PT Patuh {i}", f"2100012{i}") for i in range(5)]
    assert [_open_case(office, employers[0], t) for t in ("pds_tk", "pds_upah")] == ["KP-2026-0001", "KP-2026-0002"]
    laptop, other = make_laptop("lap-a"), make_laptop("lap-b")
    block = office.sync.reserve_block("lap-a", "compliance_case", 2026, 5)
    assert (block.first, block.last) == (3, 7)  # above the numbers the office gave
    sx.sync(laptop, hub)
    sx.sync(other, hub)
    at_laptop = sx.on(laptop, "hendra", "field_officer")
    offline = [_open_case(at_laptop, employers[1]), _open_case(at_laptop, employers[2])]
    at_office = _open_case(office, employers[3])
    assert offline == ["KP-2026-0003", "KP-2026-0004"]
    assert at_office == "KP-2026-0008"  # the office goes on after the block
    with pytest.raises(UserError, match="no reserved numbers left"):  # no block: no number that could clash
        _open_case(sx.on(other, "hendra", "field_officer"), employers[4])
    result = sx.sync(laptop, hub)
    assert result.conflicts == 0
    sx.sync(other, hub)
    with hub.read() as session:
        from sqlalchemy import select

        from desktop.models.compliance import Case

        numbers = sorted(session.scalars(select(Case.case_no)))
    assert numbers == ["KP-2026-0001", "KP-2026-0002", "KP-2026-0003", "KP-2026-0004", "KP-2026-0008"]
    sx.assert_same(hub, laptop, other)
