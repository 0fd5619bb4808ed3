"""Coverage figures through the service: entry, corrections that keep the history, withdrawn months
that become unknown again, and the branch's current figure from each kabupaten's latest month."""

from __future__ import annotations

from dataclasses import replace

import pytest
from coverage_helpers import OCT, PURWOKERTO, enter_purwokerto

from desktop.domain.coverage import Month
from desktop.errors import StaleRecordError, UserError
from desktop.services.coverage_views import FigureInput


def _banyumas(month: Month, pu: int = 86_300) -> FigureInput:
    return FigureInput("banyumas", month, 328_500, pu, 17_500, 11_800, informal_population=180_700, target_bp=3500)


def test_the_branch_figure_in_its_own_words(office):
    enter_purwokerto(office)
    current = office.coverage.current()
    assert current.total.working_population == 738_400
    assert current.total.coverage_bp == 3200
    assert current.phrase == "32 persen dari potensi sekitar 740.000 pekerja"
    assert current.bpu_phrase.startswith("9 persen atau 38 ribu")
    assert [r.regency for r in current.regions] == list(PURWOKERTO)


def test_a_kabupaten_name_is_resolved_to_the_one_the_office_serves(office):
    view, _ = office.coverage.save_figure(_banyumas(OCT))
    assert view.regency == "Kabupaten Banyumas"
    with pytest.raises(UserError):
        office.coverage.save_figure(replace(_banyumas(OCT), regency="Kabupaten Cilacap"))


def test_a_correction_supersedes_and_the_old_figure_stays_in_the_history(office):
    first, _ = office.coverage.save_figure(_banyumas(OCT))
    with pytest.raises(UserError):  # a second figure for the month needs to say what it corrects
        office.coverage.save_figure(_banyumas(OCT, pu=90_000))
    second, _ = office.coverage.save_figure(_banyumas(OCT, pu=90_000), replaces=(first.id, first.version))
    assert second.revision == 2
    revisions = office.coverage.revisions("Kabupaten Banyumas", OCT)
    assert [(r.revision, r.pu, r.superseded) for r in revisions] == [(1, 86_300, True), (2, 90_000, False)]
    assert [f.pu for f in office.coverage.all_figures()] == [90_000]
    with pytest.raises(StaleRecordError):  # someone corrected it meanwhile from the first version
        office.coverage.save_figure(_banyumas(OCT, pu=91_000), replaces=(first.id, first.version))


def test_a_withdrawn_month_is_unknown_and_the_current_figure_falls_back(office):
    sep, _ = office.coverage.save_figure(_banyumas(OCT.plus(-1), pu=80_000))
    oct_, _ = office.coverage.save_figure(_banyumas(OCT))
    office.coverage.delete_figure(oct_.id, oct_.version)
    region = office.coverage.current().regions[0]
    assert region.latest.month == OCT.plus(-1) and region.latest.pu == 80_000
    history = office.coverage.history("Kabupaten Banyumas")
    assert history[0].month == Month(2026, 11) and history[0].figure is None  # this month: nothing yet
    assert history[1].month == OCT and history[1].figure is None  # withdrawn: unknown again, not zero
    assert history[2].figure.id == sep.id


def test_history_shows_gaps_and_the_series_is_unknown_where_a_kabupaten_is_missing(office):
    enter_purwokerto(office, Month(2026, 8))
    enter_purwokerto(office, OCT)
    for regency in ("Kabupaten Banyumas", "Kabupaten Purbalingga"):  # Banjarnegara misses September
        pop, pu, bpu, jakon, informal, target = PURWOKERTO[regency]
        office.coverage.save_figure(FigureInput(regency, Month(2026, 9), pop, pu, bpu + 5, jakon,
                                                informal_population=informal))
    series = office.coverage.series("bpu", months=3)
    assert [p.month for p in series] == [Month(2026, 8), Month(2026, 9), OCT]
    assert [p.value for p in series] == [37_700, None, 37_700]
    rows = office.coverage.history("Kabupaten Banjarnegara", first=Month(2026, 8), last=OCT)
    assert [r.known for r in rows] == [True, False, True]  # newest first


@pytest.mark.parametrize(("change", "message"), [
    ({"pu": 400_000}, "More participants"),
    ({"month": Month(2026, 12)}, "future"),
    ({"informal_population": 10_000}, "BPU potential"),
    ({"working_population": 0}, "more than zero"),
])
def test_impossible_figures_are_refused_with_the_reason(office, change, message):
    with pytest.raises(UserError) as info:
        office.coverage.save_figure(replace(_banyumas(OCT), **change))
    assert message in str(info.value)
    assert office.coverage.all_figures() == []


def test_every_figure_change_is_audited(office):
    from desktop.models.core import AuditEvent

    first, _ = office.coverage.save_figure(_banyumas(OCT))
    office.coverage.save_figure(_banyumas(OCT, pu=90_000), replaces=(first.id, first.version))
    with office.ctx.read() as session:
        actions = [e.action for e in session.query(AuditEvent).filter(AuditEvent.entity == "cov_figure")
                   .order_by(AuditEvent.seq)]
    assert actions == ["create", "update"]
