"""The demo's PLKK partners look like the Purwokerto branch's: every agreement state, partners still
to visit this year, events and sponsored workers."""

from __future__ import annotations

import random
from collections import Counter

from plkk_helpers import TODAY, office

from desktop.domain.plkk import AgreementState, ExpiryBand
from desktop.services.demo import plkk as demo
from desktop.services.paging import PageRequest


def test_demo_partners_cover_every_agreement_state(services):
    office(services)
    counts = demo.build(services, random.Random("2024:desktop.services.demo.plkk"), TODAY)
    assert counts["plkk_partners"] == 40 and counts["plkk_events"] == 4 and counts["plkk_sponsorships"] == 5
    rows = services.plkk.list_partners(PageRequest(limit=1000)).rows
    assert Counter(r.regency for r in rows) == {"Banyumas": 18, "Purbalingga": 11, "Banjarnegara": 11}
    bands = Counter(r.band for r in rows)
    for band in (ExpiryBand.WITHIN_30, ExpiryBand.WITHIN_60, ExpiryBand.WITHIN_90, ExpiryBand.EXPIRED,
                 ExpiryBand.NONE, ExpiryBand.OK):
        assert bands[band] >= 1, band
    assert {r.state for r in rows} == set(AgreementState)
    renewed = [a for r in rows for a in services.plkk.agreements(r.id) if a.renews_id]
    assert len(renewed) >= 5  # renewal history
    assert 5 <= len(services.plkk.partners_without_monev(TODAY.year)) < 40
    assert services.plkk.sponsored_workers_total() > 0
    assert {"RSUD Prof. Dr. Margono Soekarjo", "RSUD Banyumas", "RSUD dr. R. Goeteng Taroenadibrata Purbalingga",
            "RSUD Hj. Anna Lasmanah Banjarnegara"} <= {r.name for r in rows}
    assert sum(1 for r in rows if r.facility_type == "blk") == 1
