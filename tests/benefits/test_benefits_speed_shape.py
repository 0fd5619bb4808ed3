"""What the faster Beasiswa and Peserta lists must keep: the same rows in the same order as before.

The Beasiswa list no longer lays out each child's plan (`scholarships._schedule`): the database
works out each child's state and pages the list (`scholarships_list`). Here it is held to the
per-child rule on varied children, years and payments, on days around the academic year's turn,
page by page in every sort and filter the tab offers. The Peserta list's sorts by segment, employer and membership start
now walk indexes, or scan when a filter leaves few rows: both ways must give the same order.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from test_participants import add_members, every_page
from test_scholarship_due import per_child_rows, varied_children

from desktop.domain.money import Money
from desktop.services.paging import PageRequest

DAYS = (date(2021, 6, 30), date(2023, 7, 1), date(2024, 10, 1), date(2026, 11, 20), date(2029, 9, 30))
# The tab's columns, then keys the database does not sort by (sorted by the service itself).
CHILD_SORTS = ("name", "age", "participant", "kpj", "guardian", "status", "this_year", "paid_years", "paid_total",
               "order", "birth_date", "stopped_reason", "claim_id")


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_the_children_list_says_what_each_childs_page_says(services, db, seed):
    varied_children(db, seed, claims=40, unrated=False)
    seen_states, seen_paid = set(), 0
    for day in DAYS:
        services.ctx.today_override = day
        rows = services.benefits.child_rows()
        assert rows == per_child_rows(services), day
        seen_states |= {r.this_year for r in rows}
        seen_paid += sum(r.paid_years for r in rows)
    assert seen_states >= {"paid", "in_progress", "refused", "none"} and seen_paid > 5
    assert seen_states & {"due", "overdue", "planned"}


def test_a_stopped_scholarship_is_not_planned_after_its_last_recorded_year(services, db):
    """After a recorded year the plan goes on from that year's class, unless the scholarship has
    stopped: then nothing is planned beyond the plan made before that year, even if the stop lies
    ahead (recorded in advance)."""
    from desktop.models.benefits import BenChild, BenClaim, BenParticipant, BenScholarshipYear

    with db.write("test") as session:
        for n, (reason, stopped_on) in enumerate(((None, None), ("working", date(2030, 1, 1)),
                                                  ("", date(2030, 1, 1)))):
            participant = BenParticipant(kpj=f"{n:011d}", nik=f"33020112048{n:05d}", name=f"Parent {n}",
                                         segment="PU")
            session.add(participant)
            session.flush()
            claim = BenClaim(participant_id=participant.id, death_date=date(2023, 3, 1), cause="jkm",
                             programme="JKM", submitted_on=date(2023, 3, 1), scholarship_eligible=True,
                             rule_key="PP82_2019")
            session.add(claim)
            session.flush()
            child = BenChild(claim_id=claim.id, child_order=1, name=f"Child {n}", birth_date=date(2012, 5, 5),
                             level_at_start="tk_sd", grade_at_start=4, stopped_reason=reason, stopped_on=stopped_on)
            session.add(child)
            session.flush()
            session.add(BenScholarshipYear(child_id=child.id, academic_year=2024, level="tk_sd", grade=6,
                                           amount=Money.rupiah(1_500_000), status="claimed"))
    services.ctx.today_override = date(2026, 8, 1)
    rows = services.benefits.child_rows()
    assert rows == per_child_rows(services)
    assert [(r.name, r.status, r.this_year) for r in rows] == [
        ("Child 0", "active", "due"), ("Child 1", "stopped", "none"), ("Child 2", "active", "due")]


def test_every_page_in_every_sort_and_filter_is_unchanged(services, db):
    varied_children(db, 8, claims=60, unrated=False)
    services.ctx.today_override = date(2024, 8, 15)  # proofs of 2024/2025 due
    expected = per_child_rows(services)
    assert len(expected) > 60 and any(r.paid_total > Money(0) for r in expected)
    fetch = services.benefits.children_page
    for key in (None, *CHILD_SORTS):
        for descending in (False, True):
            want = sorted(expected, key=lambda r, k=key: (getattr(r, k) is None, getattr(r, k)),
                          reverse=descending) if key else expected
            got = every_page(fetch, PageRequest(sort_key=key, descending=descending), size=25)
            assert got == want, (key, descending)
    for state in ("overdue", "due", "in_progress", "paid"):
        page = fetch(PageRequest(limit=500, filters={"this_year": state}))
        assert page.rows == [r for r in expected if r.this_year == state], state
        assert page.total == len(page.rows)
    for text in (expected[0].participant.split()[0].upper(), "ÇITRA", "ádi nug"):  # as Python lower-cases
        words = text.lower().split()
        want = [r for r in expected if all(w in f"{r.name} {r.participant} {r.kpj} {r.guardian}".lower()
                                           for w in words)]
        assert want, text
        assert fetch(PageRequest(limit=500, text=text)).rows == want, text
        by_paid = fetch(PageRequest(limit=500, text=text, sort_key="paid_total", descending=True)).rows
        assert by_paid == sorted(want, key=lambda r: r.paid_total, reverse=True), text
    past_the_end = fetch(PageRequest(offset=5000, limit=25, filters={"this_year": "none"}))
    assert past_the_end.rows == [] and past_the_end.total == sum(r.this_year == "none" for r in expected)


def test_the_children_are_read_from_the_children_not_from_every_participant(tmp_path, paths):
    """A branch has 300,000 participants and a few thousand children: SQLite must start from the
    children and sort them, not walk the participants' name index to skip the sort (0.6 s).
    SQLite's own plan: on its own SQLite database whatever backends the other tests run on."""
    from sqlalchemy import event

    from desktop.models.migrate import open_database
    from desktop.services.app import services_for

    db = open_database(f"sqlite:///{tmp_path / 'plan.sqlite'}", device="test-device")
    services = services_for(db, paths)
    statements = []

    def seen(_conn, _cursor, sql, params, *_rest):
        statements.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        services.benefits.children_page(PageRequest(limit=50))
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    sql, params = next((sql, params) for sql, params in statements if "ben_child" in sql)
    conn = sqlite3.connect(db.engine.url.database)
    plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    conn.close()
    db.dispose()
    assert any(step.startswith("SCAN ben_child") for step in plan), plan
    assert not any(step.startswith("SCAN ben_participant") for step in plan), plan


@pytest.mark.parametrize("key", ["segment", "employer_name", "membership_start"])
def test_a_filtered_list_keeps_the_order_of_the_whole_list(db, staff, key):
    """With few matches the page is sorted after a scan instead of walking the sort's index; the
    order is the same (dates too, compared as the text they are stored as)."""
    add_members(db, 150)
    fetch = staff.rina.benefits.participants_page
    for descending in (False, True):
        whole = every_page(fetch, PageRequest(sort_key=key, descending=descending))
        for text, segment in (("lestari", None), ("sri", "PU"), ("", "JAKON")):
            request = PageRequest(sort_key=key, descending=descending, text=text,
                                  filters={"segment": segment} if segment else {})
            filtered = every_page(fetch, request, size=7)
            kept = [r.kpj for r in filtered]
            assert kept == [r.kpj for r in whole if r.kpj in set(kept)], (key, text, segment)
            assert len(kept) == fetch(request).total > 0
