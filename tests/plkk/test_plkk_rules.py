"""The pure PLKK rules: expiry bands, renewal runs, the weighted monev score, the sponsorship cost."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.money import Money
from desktop.domain.plkk import (
    PEKERJA_RENTAN_PACKAGE,
    AgreementState,
    Criterion,
    ExpiryBand,
    Period,
    chain_ends,
    check_kode_faskes,
    check_no_overlap,
    cover_status,
    expiry_band,
    monev_due,
    monev_score,
    parse_services,
    sponsorship_active,
    sponsorship_cost,
    validate_agreement,
)
from desktop.errors import UserError

TODAY = date(2026, 11, 20)


@pytest.mark.parametrize(("days", "band"), [
    (0, ExpiryBand.WITHIN_30), (30, ExpiryBand.WITHIN_30), (31, ExpiryBand.WITHIN_60), (60, ExpiryBand.WITHIN_60),
    (61, ExpiryBand.WITHIN_90), (90, ExpiryBand.WITHIN_90), (91, ExpiryBand.OK), (400, ExpiryBand.OK),
])
def test_expiry_bands_at_30_60_90_days(days, band):
    assert expiry_band(days, AgreementState.ACTIVE, 90) == band


def test_the_outer_band_follows_the_setting():
    assert expiry_band(100, AgreementState.ACTIVE, 120) == ExpiryBand.WITHIN_90  # yellow up to 120 days
    assert expiry_band(121, AgreementState.ACTIVE, 120) == ExpiryBand.OK
    assert expiry_band(50, AgreementState.ACTIVE, 45) == ExpiryBand.OK  # nothing flagged beyond the setting
    assert expiry_band(40, AgreementState.ACTIVE, 45) == ExpiryBand.WITHIN_60


def test_cover_status_says_expired_upcoming_or_none():
    assert cover_status(None, date(2026, 10, 1), None, TODAY).band == ExpiryBand.EXPIRED
    upcoming = cover_status(None, date(2026, 10, 1), date(2027, 1, 1), TODAY)
    assert upcoming.state == AgreementState.UPCOMING and upcoming.band == ExpiryBand.OK
    assert cover_status(None, None, None, TODAY).band == ExpiryBand.NONE
    active = cover_status(date(2026, 12, 10), date(2026, 12, 10), None, TODAY)
    assert (active.state, active.days_left, active.band) == (AgreementState.ACTIVE, 20, ExpiryBand.WITHIN_30)


def test_a_renewal_starting_the_next_day_extends_the_run():
    a = Period(date(2025, 1, 1), date(2025, 12, 31), "a")
    b = Period(date(2026, 1, 1), date(2026, 12, 31), "b")
    c = Period(date(2027, 3, 1), date(2028, 2, 28), "c")  # after a gap: a run of its own
    assert chain_ends([c, b, a]) == {"a": date(2026, 12, 31), "b": date(2026, 12, 31), "c": date(2028, 2, 28)}


def test_agreement_dates_are_checked():
    with pytest.raises(UserError, match="ends .* before it starts"):
        validate_agreement("PKS/1", None, date(2026, 5, 1), date(2026, 4, 30))
    with pytest.raises(UserError, match="number is required"):
        validate_agreement("  ", None, date(2026, 1, 1), date(2026, 12, 31))
    validate_agreement("PKS/1", date(2025, 12, 19), date(2026, 1, 1), date(2026, 1, 1))  # one day is fine


def test_overlap_is_refused_but_touching_periods_are_not():
    old = Period(date(2026, 1, 1), date(2026, 12, 31), "old", "PKS/OLD")
    with pytest.raises(UserError, match="PKS/OLD"):
        check_no_overlap(Period(date(2026, 12, 31), date(2027, 12, 30), None, "new"), [old])
    check_no_overlap(Period(date(2027, 1, 1), date(2027, 12, 31), None, "new"), [old])
    check_no_overlap(Period(date(2026, 1, 1), date(2026, 6, 30), "old", "edit"), [old])  # itself, being edited


def test_weighted_monev_score_is_exact_and_half_up():
    criteria = [Criterion("a", "Kecepatan", 25, 5), Criterion("b", "Direct billing", 20, 5),
                Criterion("c", "Laporan", 25, 5), Criterion("d", "Integritas", 15, 5), Criterion("e", "Sarana", 15, 5)]
    score = monev_score(criteria, {"a": 5, "b": 4, "c": 3, "d": 5, "e": 4})
    # (25*5 + 20*4 + 25*3 + 15*5 + 15*4) / 5 / 100 = 415/500 = 83 %
    assert score.hundredths == 8300 and score.format() == "83,00" and score.rating == "Baik"
    thirds = monev_score([Criterion("x", "X", 1, 3)], {"x": 2})
    assert thirds.format() == "66,67"  # 66.666… rounds half up to the hundredth


@pytest.mark.parametrize("value", [-1, 6, 2.5, True])
def test_a_score_out_of_range_is_refused(value):
    with pytest.raises(UserError, match="from 0 to 5"):
        monev_score([Criterion("a", "Integritas", 10, 5)], {"a": value})


def test_a_missing_score_is_refused():
    with pytest.raises(UserError, match="Integritas"):
        monev_score([Criterion("a", "Integritas", 10, 5)], {})


def test_yearly_monev_rule():
    assert monev_due(None, 2026)
    assert monev_due(date(2025, 12, 30), 2026)
    assert not monev_due(date(2026, 1, 2), 2026)


def test_sponsorship_cost_uses_the_package_rate():
    assert PEKERJA_RENTAN_PACKAGE.monthly == Money.rupiah(16_800)
    assert sponsorship_cost(50, 12) == Money.rupiah(10_080_000)
    assert sponsorship_active(date(2026, 6, 1), 6, date(2026, 11, 30))
    assert not sponsorship_active(date(2026, 6, 1), 5, date(2026, 11, 1))
    with pytest.raises(UserError):
        sponsorship_cost(0, 12)


def test_kode_faskes_and_services_are_normalised():
    assert check_kode_faskes(" 3302 r001 ") == "3302R001"
    with pytest.raises(UserError, match="not valid"):
        check_kode_faskes("R1")
    assert parse_services("igd 24 jam; Rawat inap, rawat inap\nHome care") == ["IGD 24 jam", "Rawat inap", "Home care"]
