"""The demo office's letters: deterministic, realistic, and consistent with the register."""

from __future__ import annotations

import random

from desktop.services.paging import PageRequest


def test_demo_letters_fill_the_register(office_services):
    from desktop.services.demo import letters as demo

    counts = demo.build(office_services, random.Random("2024:letters"), office_services.ctx.today())
    assert counts["letters"] >= 30 and counts["letters_cancelled"] == 2 and counts["receipts"] == 5
    letters = office_services.letters
    page = letters.register_page(PageRequest(limit=500, sort_key="number"))
    assert page.total == counts["letters"]
    assert letters.register_page(PageRequest(filters={"status": "cancelled"})).total == 2
    assert all(r.issued_on <= office_services.ctx.today() for r in page.rows)
    receipts = letters.receipts_page(PageRequest(limit=50))
    assert receipts.total == 5 and all(letters.verify_receipt(r.code).ok for r in receipts.rows)
