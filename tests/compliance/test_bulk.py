"""Bulk escalation: N expired first warnings give N Teguran Tertulis II letters with N consecutive
register numbers and N moves, as one batch; a cancel midway issues nothing and moves nothing."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from desktop.domain.money import Money
from desktop.errors import Cancelled, PermissionDenied


class CancelMidway:
    """The clerk presses Cancel once the first letters are rendered (their PDFs are on disk)."""

    def __init__(self) -> None:
        self.pressed = False

    def progress(self, done: int, total: int, text: str = "") -> None:
        if 0 < done < total or (done and total):
            self.pressed = True

    def check(self) -> None:
        if self.pressed:
            raise Cancelled()


@pytest.fixture
def expired(office, helpers):
    """Five cases whose Teguran Tertulis I (sent 8 October 2026) ran out on 22 October, and one still running."""
    cases = [helpers.teguran_1(office, date(2026, 10, 8), case_type="pds_tk", workers_unregistered=n + 3,
                               arrears=Money(0), months=0) for n in range(5)]
    running = helpers.teguran_1(office, date(2026, 11, 16))
    return cases, running


def test_bulk_teguran_2_to_every_expired_case(as_role, expired, tmp_path):
    cases, running = expired
    supervisor = as_role("supervisor", "diyah").compliance
    candidates = supervisor.escalation_candidates("teguran_2")
    assert {c.id for c in candidates} == {c.id for c in cases}  # not the one still running
    result, changes = supervisor.bulk_move([(c.id, c.version) for c in candidates], "teguran_2",
                                           one_pdf=tmp_path / "tt2.pdf")
    assert result.moved == 5 and len(result.letters) == 5 and "letters" in {a.value for a in changes.areas}
    numbers = [letter.number for letter in result.letters]
    assert numbers == [f"{n:03d}/TT2-PWT/XI/2026" for n in range(1, 6)]  # one block of the register
    for letter in result.letters:
        assert letter.pdf_path.is_file() and letter.issued_on == date(2026, 11, 20)
        case = supervisor.case(letter.about_id)
        assert case.state == "teguran_2" and case.actions[-1].letter_number == letter.number
        assert case.due_date == date(2026, 12, 4) and case.escalate_from == date(2026, 12, 7)
    assert len(PdfReader(tmp_path / "tt2.pdf").pages) == sum(len(PdfReader(x.pdf_path).pages) for x in result.letters)
    assert supervisor.case(running.id).state == "teguran_1"
    assert supervisor.escalation_candidates("teguran_2") == []


def test_a_cancel_midway_leaves_no_letter_and_no_move(as_role, expired, tmp_path):
    cases, _ = expired
    supervisor = as_role("supervisor", "diyah")
    comp = supervisor.compliance
    with pytest.raises(Cancelled):
        comp.bulk_move([(c.id, c.version) for c in cases], "teguran_2", one_pdf=tmp_path / "tt2.pdf",
                       progress=(cancel := CancelMidway()))
    assert cancel.pressed
    assert {comp.case(c.id).state for c in cases} == {"teguran_1"}
    assert all(comp.case(c.id).version == c.version for c in cases)
    from desktop.services.paging import PageRequest

    assert supervisor.letters.register_page(PageRequest(filters={"template": "teguran_2"})).total == 0
    assert not (tmp_path / "tt2.pdf").exists()
    assert not list((supervisor.ctx.document_dir() / "letters").rglob("*TT2*"))
    # the numbers went back: the next batch starts at 001
    result, _ = comp.bulk_move([(c.id, c.version) for c in cases], "teguran_2")
    assert result.letters[0].number == "001/TT2-PWT/XI/2026"


def test_a_refused_case_stops_the_whole_batch(as_role, expired):
    cases, running = expired
    comp = as_role("supervisor", "diyah").compliance
    with pytest.raises(Exception, match=running.case_no):
        comp.bulk_move([(c.id, c.version) for c in cases] + [(running.id, running.version)], "teguran_2")
    assert {comp.case(c.id).state for c in cases} == {"teguran_1"}


def test_a_field_officer_may_not_run_bulk_letters(as_role, expired):
    cases, _ = expired
    with pytest.raises(PermissionDenied):
        as_role("field_officer", "hendra").compliance.bulk_move([(c.id, c.version) for c in cases], "teguran_2")
