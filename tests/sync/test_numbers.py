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
