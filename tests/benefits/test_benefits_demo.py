"""The demo office's deaths and scholarships: about 100 claims across the three kabupaten, every
disbursement state, every paid disbursement with its receipt, about 90 children over several years."""

from __future__ import annotations

import random
from datetime import date

import pytest

from desktop.services.paging import PageRequest

TODAY = date(2026, 11, 20)


@pytest.fixture
def db_url(tmp_path) -> str:
    """Building the demo is the same on both backends; it runs once, on SQLite."""
    return f"sqlite:///{tmp_path / 'demo.sqlite'}"


@pytest.mark.slow
def test_the_demo_claims_and_scholarships(services):
    from desktop.services.demo import benefits, office

    office.build(services, random.Random("7:office"), TODAY)
    counts = benefits.build(services, random.Random("7:benefits"), TODAY)
    assert 95 <= counts["ben_claims"] <= 105 and counts["ben_claims_jkk"] >= 2
    assert 80 <= counts["ben_children"] <= 110 and counts["ben_scholarship_years"] >= 100

    b = services.benefits
    claims = b.claims_page(PageRequest(limit=500)).rows
    assert {c.kabupaten for c in claims} == {"Banyumas", "Purbalingga", "Banjarnegara"}
    old = [c for c in claims if c.rule_key == "PP44_2015"]
    assert len(old) >= 3 and all(c.death_date < date(2019, 12, 2) for c in old)
    assert all(c.entitlement_total.sen in (2_400_000_000, 3_600_000_000) for c in old if c.programme == "JKM")

    rows = b.disbursements_page(PageRequest(limit=2000)).rows
    assert {"draft", "verified", "approved", "paid", "cancelled"} <= {r.state for r in rows}
    assert any(r.reversal_of for r in rows)
    paid = [r for r in rows if r.state == "paid" and r.reversal_of is None]
    assert paid and all(r.receipt_number for r in paid)
    numbers = {r.number for r in services.letters.receipts_page(PageRequest(limit=2000)).rows}
    assert {r.receipt_number for r in paid} <= numbers
    assert all(r.entered_by != r.approved_by and r.verified_by != r.approved_by for r in rows if r.approved_by
               and r.reversal_of is None)

    years = {r.academic_year for r in rows if r.academic_year is not None}
    assert len(years) >= 3
    assert b.scholarship_proofs_due(TODAY)
    report = b.report(2025)
    assert report.summary[0].cases >= 15 and report.summary[2].cases >= 20
