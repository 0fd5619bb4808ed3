"""The case workflow: only the allowed moves, terminal states stay terminal, every accepted move is
on the timeline, and a warning is escalated only after it has run its working days."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import compliance as rules
from desktop.domain.compliance import CaseState
from desktop.domain.workdays import WorkCalendar
from desktop.errors import UserError

S = CaseState
OPEN = [S.IDENTIFIED, S.VISITED, S.INVITED, S.TEGURAN_1, S.TEGURAN_2, S.REFERRED]
# The workflow as the branch runs it (domain.md 5.3), written out independently of the code.
FORWARD = {(S.IDENTIFIED, S.VISITED), (S.IDENTIFIED, S.INVITED), (S.VISITED, S.INVITED), (S.INVITED, S.VISITED),
           (S.VISITED, S.TEGURAN_1), (S.INVITED, S.TEGURAN_1), (S.TEGURAN_1, S.TEGURAN_2),
           (S.TEGURAN_2, S.REFERRED)}
EDGES = FORWARD | {(s, t) for s in OPEN for t in (S.RESOLVED, S.CLOSED)}
CAL = WorkCalendar()

moves = st.lists(st.tuples(st.sampled_from(list(CaseState)), st.integers(0, 14), st.booleans()), max_size=12)


@settings(max_examples=400, deadline=None)
@given(moves)
def test_the_domain_accepts_exactly_the_allowed_moves(sequence):
    state, since, esc = S.IDENTIFIED, date(2026, 1, 5), None
    for target, gap, with_reason in sequence:
        on = CAL.add_working_days(since, gap)
        check = rules.check_move(state, target, on=on, state_since=since, calendar=CAL, warning_days=10,
                                 reason="sudah lunas" if with_reason else "", escalate_after=esc)
        if state in rules.TERMINAL:
            assert not check.allowed  # terminal stays terminal
        if check.allowed:
            assert (state, target) in EDGES
            if target in (S.RESOLVED, S.CLOSED):
                assert with_reason
            if (state, target) in {(S.TEGURAN_1, S.TEGURAN_2), (S.TEGURAN_2, S.REFERRED)}:
                assert CAL.working_days_between(since, on) > 10  # the warning ran its ten working days
            state, since = target, on
            esc = rules.escalate_from(on, CAL, 10) if target in rules.WARNINGS else None
        else:
            assert check.problem is not None and check.problem.render()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves)
def test_a_case_moved_at_random_keeps_its_timeline_and_never_breaks_the_rules(services, helpers, sequence):
    comp = services.compliance
    case = helpers.case(services, opened=date(2025, 6, 2))
    accepted = []
    on = date(2025, 6, 2)
    for target, gap, with_reason in sequence:
        on = min(CAL.add_working_days(on, gap), comp.today())
        before = comp.case(case.id)
        try:
            moved, _ = comp.move(case.id, before.version, target.value, on=on, reason="lunas" if with_reason else "",
                                 paper_letter="B/0001/KPS/VI/2025" if target in rules.LETTER_FOR_MOVE else "")
        except UserError:
            after = comp.case(case.id)
            assert (after.state, after.version, len(after.actions)) == (before.state, before.version, len(before.actions))
            continue
        assert (S(before.state), target) in EDGES
        assert S(before.state) not in rules.TERMINAL
        accepted.append((before.state, target.value, on))
        assert moved.case.state == target.value
    final = comp.case(case.id)
    recorded = [(a.from_state, a.to_state, a.on_date) for a in final.actions if a.kind != "opened"]
    assert recorded == accepted  # every accepted move is on the timeline, in order, and nothing else


def test_teguran_2_before_the_first_has_run_its_days_says_from_when(office, helpers):
    comp = office.compliance
    case = helpers.teguran_1(office, date(2026, 10, 8))  # a Thursday
    assert case.due_date == date(2026, 10, 22) and case.escalate_from == date(2026, 10, 23)
    with pytest.raises(UserError) as refused:
        comp.move(case.id, case.version, "teguran_2", on=date(2026, 10, 22))
    assert "It may be issued from 23 Oktober 2026." in str(refused.value)
    assert comp.case(case.id).state == "teguran_1"
    moved, _ = comp.move(case.id, case.version, "teguran_2", on=date(2026, 10, 23))
    assert moved.case.state == "teguran_2" and moved.letter.number


def test_closing_needs_a_reason_and_a_closed_case_stays_closed(services, helpers):
    comp = services.compliance
    case = helpers.case(services)
    with pytest.raises(UserError, match="Give the reason"):
        comp.move(case.id, case.version, "closed")
    closed, _ = comp.move(case.id, case.version, "closed", reason="Perusahaan tutup sejak Agustus 2026")
    assert closed.case.close_reason == "Perusahaan tutup sejak Agustus 2026" and closed.case.allowed_moves == ()
    for target in ("visited", "resolved", "teguran_1"):
        with pytest.raises(UserError, match="cannot move any more"):
            comp.move(case.id, closed.case.version, target, reason="x")
