"""Working sets with the real compliance tables: by kabupaten or by officer, children follow their
parents, rows move in and out of the set, and two laptops editing the same case merge or conflict."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from desktop.domain.money import Money


def _employer(services, name: str, kabupaten: str, npp: str):
    from desktop.services.compliance_views import EmployerView

    view, _changes = services.compliance.save_employer(EmployerView(None, 0, name, npp=npp, kabupaten=kabupaten,
                                                                    address="Jalan Raya 1"))
    return view


def _case(services, employer, officer: str, case_type: str = "pds_tk"):
    from desktop.services.compliance_views import CaseView

    view, _changes = services.compliance.save_case(CaseView(
        None, 0, employer.id, case_type, officer=officer, workers_unregistered=12, wage_gap=Money.rupiah(4_000_000),
        programmes_missing=("JP",), arrears=Money.rupiah(1_000_000)))
    return view


@pytest.fixture
def branch(office):
    """Two kabupaten, two officers, a case each, and one more in Purbalingga for hendra."""
    banyumas = _employer(office, "PT Sinar Mas Purwokerto", "Banyumas", "21000123")
    purbalingga = _employer(office, "CV Karya Mandiri Bobotsari", "Purbalingga", "21000124")
    return {
        "banyumas": banyumas, "purbalingga": purbalingga,
        "case_b": _case(office, banyumas, "hendra"),
        "case_p": _case(office, purbalingga, "sari"),
        "case_p2": _case(office, purbalingga, "hendra", "pds_upah"),
    }


def _ids(db, table: str) -> set[str]:
    from sqlalchemy import text

    with db.read() as session:
        return {str(uuid.UUID(str(r[0]))) for r in session.execute(text(f"SELECT id FROM {table}"))}


def test_a_kabupaten_laptop_gets_its_employers_their_cases_and_all_reference_data(hub, office, branch, make_laptop, sx):
    laptop = make_laptop("lap-bms", by="kabupaten=Banyumas")
    on_laptop = sx.on(laptop)
    assert {e.name for e in on_laptop.compliance.employers_page(_request()).rows} == {"PT Sinar Mas Purwokerto"}
    assert {c.case_no for c in on_laptop.compliance.cases_page(_request()).rows} == {branch["case_b"].case_no}
    assert _ids(laptop, "app_user") == _ids(hub, "app_user")  # reference data goes whole
    assert len(_ids(laptop, "cmp_action")) == 1  # the case's opening action follows its case


def test_an_officer_laptop_gets_that_officers_cases_wherever_they_are(hub, office, branch, make_laptop, sx):
    laptop = make_laptop("lap-hendra", by="officer=hendra")
    cases = {c.case_no for c in sx.on(laptop).compliance.cases_page(_request()).rows}
    assert cases == {branch["case_b"].case_no, branch["case_p2"].case_no}


def _request():
    from desktop.services.paging import PageRequest

    return PageRequest(limit=1000)


def test_two_laptops_edit_the_same_case(hub, office, branch, make_laptop, sx):
    a = make_laptop("lap-bms", by="kabupaten=Banyumas")
    b = make_laptop("lap-hendra", by="officer=hendra")
    case_id = branch["case_b"].id
    on_a, on_b = sx.on(a, "hendra", "field_officer"), sx.on(b, "hendra", "field_officer")
    c = on_a.compliance.case(case_id)
    on_a.compliance.save_case(replace(c, priority="tinggi", arrears=Money.rupiah(1_500_000)))
    c = on_b.compliance.case(case_id)
    on_b.compliance.save_case(replace(c, workers_unregistered=37, arrears=Money.rupiah(2_750_000)))
    sx.sync(a, hub)
    result = sx.sync(b, hub)
    sx.sync(a, hub)
    assert result.conflicts == 1
    merged = office.compliance.case(case_id)
    assert (merged.priority, merged.workers_unregistered) == ("tinggi", 37)  # one-sided changes merged
    assert merged.arrears == Money.rupiah(1_500_000)  # the same field: the office's (first) value stays...
    [conflict] = office.sync.list_conflicts()
    assert (conflict.table, conflict.field) == ("cmp_case", "arrears")
    assert (conflict.hub_value, conflict.laptop_value) == (150_000_000, 275_000_000)  # ...and both are kept
    for laptop in (a, b):
        assert sx.on(laptop).compliance.case(case_id) == merged
    office.sync.resolve(conflict.id, "laptop")
    sx.sync(a, hub)
    sx.sync(b, hub)
    assert sx.on(a).compliance.case(case_id).arrears == Money.rupiah(2_750_000)
    assert sx.on(b).compliance.case(case_id).arrears == Money.rupiah(2_750_000)


def test_rows_move_into_and_out_of_the_working_set(hub, office, branch, make_laptop, sx):
    laptop = make_laptop("lap-bms", by="kabupaten=Banyumas")
    moved_in = office.compliance.employer(branch["purbalingga"].id)
    office.compliance.save_employer(replace(moved_in, kabupaten="Banyumas"))
    moved_out = office.compliance.employer(branch["banyumas"].id)
    office.compliance.save_employer(replace(moved_out, kabupaten="Cilacap"))
    sx.sync(laptop, hub)  # the count check passes: the laptop holds exactly its new working set
    cases = {c.case_no for c in sx.on(laptop).compliance.cases_page(_request()).rows}
    assert {branch["case_p"].case_no, branch["case_p2"].case_no} <= cases  # unchanged cases came with their employer
    from desktop.services.sync_changes import held_ids

    with laptop.read() as session:
        assert str(branch["case_b"].id) not in held_ids(session, "cmp_case")  # no longer tracked there
    assert sx.pending(laptop) == 0


def test_a_case_opened_offline_keeps_its_data_when_the_office_used_its_number(hub, office, branch, make_laptop, sx):
    from sqlalchemy import update

    from desktop.errors import UserError
    from desktop.models.compliance import Case

    laptop = make_laptop("lap-bms", by="kabupaten=Banyumas")
    on_laptop = sx.on(laptop, "hendra", "field_officer")
    with pytest.raises(UserError, match="no reserved numbers left"):  # a laptop gives case numbers from a block only
        _case(on_laptop, branch["banyumas"], "hendra", "pds_program")
    office.sync.reserve_block("lap-bms", "compliance_case", 2026, 10)
    sx.sync(laptop, hub)
    offline = _case(on_laptop, branch["banyumas"], "hendra", "pds_program")
    assert offline.case_no == "KP-2026-0004"  # after the office's three
    # the safety net: the office gave that number anyway (by hand, or a version before blocks) to a
    # Purbalingga case the laptop cannot see
    with hub.write("admin") as session:
        session.execute(update(Case).where(Case.id == branch["case_p"].id).values(case_no=offline.case_no))
    result = sx.sync(laptop, hub)
    assert result.conflicts == 1
    [c] = office.sync.list_conflicts()
    assert (c.field, c.kind, c.hub_value) == ("case_no", "duplicate", offline.case_no)
    kept = office.compliance.case(offline.id)
    assert kept.case_no == f"{offline.case_no}/lap-bms" and kept.workers_unregistered == 12
    # the office goes on after the laptop's block; the marked number does not trip the numbering
    assert _case(office, branch["banyumas"], "sari", "pds_upah").case_no == "KP-2026-0014"
    office.sync.resolve(c.id, "custom", "KP-2026-0099")
    sx.sync(laptop, hub)
    assert on_laptop.compliance.case(offline.id).case_no == "KP-2026-0099"
