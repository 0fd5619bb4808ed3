"""The outgoing register: numbers per letter type and year, no gaps, no duplicates, also with
several workstations issuing at once; a cancelled number stays cancelled and is never reused."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from letters_helpers import teguran

from desktop.errors import Cancelled, UserError
from desktop.services.paging import PageRequest


def test_numbers_follow_the_format_per_type_and_year(office_services):
    letters = office_services.letters
    a, _ = letters.issue(teguran())
    b, _ = letters.issue(teguran("CV Sumber Rejeki"))
    request = teguran()
    other, _ = letters.issue(type(request)("teguran_2", dict(request.fields, nomor_teguran_1=a.number,
                                                               tanggal_teguran_1=date(2026, 11, 20)),
                                           request.recipient))
    nextyear, _ = letters.issue(teguran(), issued_on=date(2027, 1, 4))
    assert (a.number, b.number) == ("001/TT1-PWT/XI/2026", "002/TT1-PWT/XI/2026")
    assert other.number == "001/TT2-PWT/XI/2026"  # each letter type has its own sequence
    assert nextyear.number == "001/TT1-PWT/I/2027"  # and each year starts again


def _issue_concurrently(make_services, workers: int, per_worker: int) -> list[str]:
    numbers: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(workers)

    def work(k: int) -> None:
        services = make_services(k)
        try:
            start.wait()
            for i in range(per_worker):
                letter, _ = services.letters.issue(teguran(f"PT Pekerja {k}-{i}"))
                with lock:
                    numbers.append(letter.number)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    return numbers


def _assert_gap_free(numbers: list[str], n: int) -> None:
    seqs = sorted(int(x.split("/")[0]) for x in numbers)
    assert seqs == list(range(1, n + 1)), seqs
    assert len(set(numbers)) == n


def test_threads_issuing_at_once_get_unique_gap_free_numbers(office_services, db, paths):
    from desktop.services.app import services_for

    office_services.letters.templates()  # the default templates exist before the race
    numbers = _issue_concurrently(lambda k: services_for(db, paths, today=office_services.ctx.today()), 4, 6)
    _assert_gap_free(numbers, 24)
    page = office_services.letters.register_page(PageRequest(limit=100, filters={"template": "teguran_1"}))
    assert page.total == 24


def test_two_workstations_issuing_at_once_get_unique_gap_free_numbers(office_services, db_url, paths):
    """Each "workstation" has its own engine (connection pool) on the same database."""
    from desktop.models.migrate import open_database
    from desktop.services.app import services_for

    office_services.letters.templates()
    engines = [open_database(db_url, device=f"ws{k}") for k in range(3)]
    try:
        numbers = _issue_concurrently(
            lambda k: services_for(engines[k], paths, username="admin", today=office_services.ctx.today()), 3, 8)
    finally:
        for e in engines:
            e.dispose()
    _assert_gap_free(numbers, 24)


def test_a_cancelled_number_stays_cancelled_and_is_not_reused(office_services):
    letters = office_services.letters
    first, _ = letters.issue(teguran())
    second, _ = letters.issue(teguran("CV Sumber Rejeki"))
    letters.cancel(second.id, "Salah alamat perusahaan")
    third, _ = letters.issue(teguran("CV Sumber Rejeki"))
    assert third.number.startswith("003/")
    assert letters.letter(second.id).status == "cancelled"
    assert letters.letter(second.id).cancel_reason == "Salah alamat perusahaan"
    cancelled = letters.register_page(PageRequest(filters={"status": "cancelled"}))
    assert [r.number for r in cancelled.rows] == [second.number]
    with pytest.raises(UserError):
        letters.cancel(second.id, "lagi dibatalkan")
    with pytest.raises(UserError):
        letters.cancel(first.id, "")  # a reason is required


def test_only_supervisors_cancel(office_services, as_role):
    letter, _ = office_services.letters.issue(teguran())
    with pytest.raises(UserError):
        as_role("clerk", "rina").letters.cancel(letter.id, "Salah alamat")
    as_role("supervisor", "diyah").letters.cancel(letter.id, "Salah alamat")


class CancelAfter:
    def __init__(self, calls: int) -> None:
        self.calls = calls

    def progress(self, done: int, total: int, text: str = "") -> None:
        self.check()

    def check(self) -> None:
        self.calls -= 1
        if self.calls < 0:
            raise Cancelled()


def test_a_cancelled_batch_issues_nothing_and_leaves_no_files(office_services, tmp_path):
    letters = office_services.letters
    with pytest.raises(Cancelled):
        letters.issue_batch([teguran(f"PT Batal {i}") for i in range(12)], one_pdf=tmp_path / "all.pdf",
                            progress=CancelAfter(6))
    assert letters.register_page(PageRequest()).total == 0
    assert not (tmp_path / "all.pdf").exists()
    assert not [p for p in office_services.ctx.document_dir().rglob("*.pdf")]
    letter, _ = letters.issue(teguran())
    assert letter.number.startswith("001/")  # the numbers went back: no gap
