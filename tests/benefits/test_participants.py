"""The Peserta register: pages sorted, filtered and counted by the database, NIKs masked for roles
that may not see them, and every member listed once however the clerk pages through."""

from __future__ import annotations

from datetime import date

import pytest
from ben_helpers import claim_input
from PySide6.QtCore import Qt

from desktop.domain.money import Money
from desktop.services.paging import PageRequest

FIRST = ["Agus", "Budi", "Siti", "Sri", "Eko", "Dewi", "Joko", "Retno", "Tri", "Yuliana"]
LAST = ["Santoso", "Lestari", "Wibowo", "Rahayu", "Pratiwi", "Setiawan", "Handayani"]
EMPLOYERS = ["PT Maju Jaya Abadi", "CV Batik Serayu", "UD Salak Dieng", "PT Proyek Jembatan Slamet"]
SEGMENTS = ["PU", "PU", "BPU", "JAKON"]


def add_members(db, n: int) -> list[dict]:
    """n members straight into the table, as the branch's register arrives (names repeat, as they do)."""
    from desktop.models.benefits import BenParticipant

    rows = [dict(kpj=f"{20_000_000_000 + i * 7}", nik=f"3302{i:010d}03", name=f"{FIRST[i % 10]} {LAST[i % 7]}",
                 birth_date=date(1970 + i % 30, 1 + i % 12, 1 + i % 28), segment=SEGMENTS[i % 4],
                 employer_name=EMPLOYERS[i % 4], employer_npp=f"{1_000_000 + i % 50:08d}",
                 membership_start=date(2010 + i % 15, 1, 1) if i % 9 else None, contribution_months=i % 200,
                 reported_wage=Money.rupiah(2_000_000 + i % 7 * 100_000)) for i in range(n)]
    with db.engine.begin() as conn:
        conn.execute(BenParticipant.__table__.insert(), rows)
    return rows


def every_page(fetch, request: PageRequest, size: int = 40) -> list:
    first = fetch(PageRequest(0, size, request.sort_key, request.descending, request.text, request.filters))
    out = list(first.rows)
    for offset in range(size, first.total, size):
        out += fetch(PageRequest(offset, size, request.sort_key, request.descending, request.text,
                                 request.filters)).rows
    return out


def test_pages_are_sorted_and_list_every_member_once(db, staff):
    add_members(db, 330)
    fetch = staff.rina.benefits.participants_page
    page = fetch(PageRequest(0, 50))
    assert page.total == 330 and len(page.rows) == 50
    names = [r.name for r in page.rows]
    assert names == sorted(names)  # by name unless asked otherwise
    # The second half of the list is read backwards and turned round: paging through still gives
    # every member once, in order, in every sort.
    for key, descending in (("name", False), ("kpj", True), ("nik", False), ("segment", False),
                            ("employer_name", True), ("membership_start", False)):
        rows = every_page(fetch, PageRequest(sort_key=key, descending=descending))
        assert len({r.kpj for r in rows}) == len(rows) == 330, key
        keys = [getattr(r, key) for r in rows if getattr(r, key) is not None]  # the backends put NULL apart
        assert keys == sorted(keys, reverse=descending), key
    by_segment = every_page(fetch, PageRequest(sort_key="segment"))
    pu = [r.name for r in by_segment if r.segment == "PU"]
    assert pu == sorted(pu)  # within a segment, by name
    last = fetch(PageRequest(320, 50, "kpj"))
    assert len(last.rows) == 10 and last.rows[-1].kpj == max(r.kpj for r in by_segment)


def test_filters_by_text_and_segment_and_counts(db, staff):
    add_members(db, 280)
    fetch = staff.rina.benefits.participants_page
    assert fetch(PageRequest(text="lestari")).total == 40  # every 7th: a name
    assert all("Lestari" in r.name for r in fetch(PageRequest(text="LESTARI")).rows)  # case does not matter
    assert fetch(PageRequest(text="siti lestari")).total == 4  # every word, anywhere
    assert fetch(PageRequest(text="batik serayu")).total == 70  # the employer's name
    assert fetch(PageRequest(text="01000007")).total == 6  # the employer's NPP
    one = fetch(PageRequest(text="20000000700"))  # a KPJ
    assert [r.name for r in one.rows] == ["Agus Wibowo"] and one.total == 1
    assert fetch(PageRequest(text="3302000000012503")).rows[0].kpj == "20000000875"  # a NIK
    assert fetch(PageRequest(filters={"segment": "BPU"})).total == 70
    bpu = fetch(PageRequest(text="lestari", filters={"segment": "BPU"}, limit=500))
    assert bpu.total == 10 and {r.segment for r in bpu.rows} == {"BPU"}
    nothing = fetch(PageRequest(text="Zainuddin"))
    assert nothing.total == 0 and nothing.rows == []
    assert fetch(PageRequest(text="100%")).total == 0  # typed wildcards are plain characters


def test_nik_masked_for_roles_that_may_not_see_it(db, staff, as_role):
    add_members(db, 30)
    officer = as_role("field_officer", "wawan").benefits
    row = officer.participants_page(PageRequest(text="20000000007")).rows[0]
    assert row.nik == "3302**********03"
    assert staff.rina.benefits.participants_page(PageRequest(text="20000000007")).rows[0].nik == "3302000000000103"
    # The officer finds a member by the whole NIK, but a fragment does not reveal hidden digits.
    assert officer.participants_page(PageRequest(text="3302000000000103")).total == 1
    assert officer.participants_page(PageRequest(text="000103")).total == 0
    assert staff.rina.benefits.participants_page(PageRequest(text="000103")).total == 1


def test_a_member_with_a_death_claim_points_to_it(db, staff):
    add_members(db, 10)
    claim_id, _ = staff.rina.benefits.create_claim(claim_input())
    rows = staff.rina.benefits.participants_page(PageRequest(limit=50)).rows
    assert len(rows) == 11
    budi = next(r for r in rows if r.kpj == "12345678901")
    assert budi.claim_id == claim_id and budi.employer_name == "PT Maju Jaya Abadi"
    assert all(r.claim_id is None for r in rows if r is not budi)


# ---- the Peserta tab ---------------------------------------------------------------------------


def _page(qtbot, services):
    from desktop.ui.benefits.page import BenefitsPage

    page = BenefitsPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_tab_reads_a_page_at_a_time(app_ui, qtbot, db, staff):
    add_members(db, 3_000)
    page = _page(qtbot, staff.rina)
    tab = page.participants
    assert not tab.loaded  # nothing read until the clerk opens the tab
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded and tab.table.model.total == 3_000)
    model = tab.table.model
    assert model.cached_rows() <= model.block_size  # one page in memory, not 3,000 members
    assert tab.table.count_label.text() == "3.000 peserta"
    assert model.index(0, 1).data() == "Agus Handayani"
    fetched = model.fetch_count
    tab.table.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.fetch_count > fetched)
    assert model.row_object(2_999) is not None
    assert model.cached_rows() < 3_000 and model.cached_rows() <= 3 * model.block_size


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_search_segment_and_empty_state(app_ui, qtbot, db, staff):
    add_members(db, 280)
    page = _page(qtbot, staff.rina)
    tab = page.participants
    page.tabs.setCurrentWidget(tab)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    tab.table.view.setFocus()
    qtbot.waitUntil(tab.table.view.hasFocus)
    qtbot.keyClick(tab.table.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F: to the search
    assert tab.table.filter.hasFocus()
    qtbot.keyClicks(tab.table.filter, "Zainuddin")
    qtbot.keyClick(tab.table.filter, "\r")
    assert tab.table.model.total == 0 and tab.empty.isVisible()
    assert "Tidak ada peserta" in tab.empty.text()
    tab.table.filter.clear()
    qtbot.keyClick(tab.table.filter, "\r")
    assert tab.table.model.total == 280 and not tab.empty.isVisible()
    tab.segment.setCurrentIndex(tab.segment.findData("JAKON"))
    assert tab.table.model.total == 70 and tab.table.count_label.text() == "70 peserta"
    assert {tab.table.model.row_object(i).segment for i in range(70)} == {"JAKON"}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_enter_shows_the_member_and_offers_a_death_claim(app_ui, qtbot, db, staff, as_role):
    from desktop.ui.benefits.claim_dialog import ClaimDialog
    from desktop.ui.benefits.participants_tab import ParticipantDialog

    add_members(db, 20)
    page = _page(qtbot, staff.rina)
    tab = page.participants
    page.tabs.setCurrentWidget(tab)
    tab.table.view.setFocus()
    tab.table.view.selectRow(0)
    row = tab.table.selected()
    qtbot.keyClick(tab.table.view, "\r")  # Enter opens the member's details
    details = tab.dialog
    assert isinstance(details, ParticipantDialog) and details.isVisible() and row.name in details.windowTitle()
    assert tab.claim_action.isEnabled() and details.record.button.isVisibleTo(details)
    details.record.button.click()  # a new claim with the member's facts typed in
    claim = tab.dialog
    assert isinstance(claim, ClaimDialog) and claim.kpj.edit.text() == row.kpj and claim.name.text() == row.name
    claim.reject()
    # Ctrl+N on this tab starts the claim of the selected member (the Klaim tab's Ctrl+N is hidden with it)
    page.activateWindow()
    tab.table.view.setFocus()
    qtbot.waitUntil(tab.table.view.hasFocus)
    qtbot.keyClick(tab.table.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(tab.dialog, ClaimDialog) and tab.dialog is not claim and tab.dialog.kpj.edit.text() == row.kpj
    assert not hasattr(page.claims, "dialog")
    tab.dialog.reject()
    # A double-click opens one details window, not two (the view also reports it as an activation)
    rect = tab.table.view.visualRect(tab.table.model.index(1, 1))
    qtbot.mouseClick(tab.table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    opened = [w for w in tab.findChildren(ParticipantDialog) if w.isVisible()]
    assert len(opened) == 1 and opened[0] is tab.dialog
    tab.dialog.reject()
    # A supervisor sees the details, a field officer too, but only clerks and supervisors record claims.
    officer_page = _page(qtbot, as_role("field_officer", "wawan"))
    officer_tab = officer_page.participants
    officer_page.tabs.setCurrentWidget(officer_tab)
    officer_tab.table.view.selectRow(0)
    assert not officer_tab.claim_action.isVisible() and not officer_tab.claim_action.isEnabled()
    assert "*" in officer_tab.table.selected().nik
    officer_tab.show_selected()
    assert not officer_tab.dialog.record.button.isVisibleTo(officer_tab.dialog)
