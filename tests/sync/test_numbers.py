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
