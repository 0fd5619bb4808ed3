"""The global search over names and numbers uses a trigram index: fragments are found, edits and
deletions are followed (also for rows written in bulk, which bypass the ORM)."""

from __future__ import annotations

from sqlalchemy import insert, update

from desktop.domain.money import Money
from desktop.models.base import new_id
from desktop.models.compliance import Employer
from desktop.models.types import utcnow


def _titles(services, text: str) -> list[str]:
    return [h.title for h in services.search.search(text) if h.kind == "Employer"]


def test_fragments_of_names_and_numbers_are_found_also_after_bulk_writes(services):
    rows = [{"id": new_id(), "npp": f"77{i:06d}", "name": f"CV Mendoan Sokaraja {i}", "kabupaten": "Banyumas",
             "reported_wages": Money.zero()} for i in range(50)]
    rows.append({"id": new_id(), "npp": "12345678", "name": "PT Bulu Mata Purbalingga", "kabupaten": "Purbalingga",
                 "reported_wages": Money.zero()})
    with services.ctx.db.write("admin") as session:
        session.execute(insert(Employer), rows)
    assert _titles(services, "bulu mata") == ["PT Bulu Mata Purbalingga"]
    assert _titles(services, "ulu Ma") == ["PT Bulu Mata Purbalingga"]  # a fragment inside words
    assert _titles(services, "2345678") == ["PT Bulu Mata Purbalingga"]  # part of the NPP
    assert len(_titles(services, "mendoan")) == 30  # the provider returns at most 30 hits
    with services.ctx.db.write("admin") as session:
        session.execute(update(Employer).where(Employer.npp == "12345678").values(name="PT Rambut Palsu Jaya"))
    assert _titles(services, "bulu mata") == []
    assert _titles(services, "rambut palsu") == ["PT Rambut Palsu Jaya"]
    with services.ctx.db.write("admin") as session:
        session.execute(update(Employer).where(Employer.npp == "12345678").values(deleted_at=utcnow()))
    assert _titles(services, "rambut palsu") == []  # soft-deleted rows are not offered


def test_short_words_still_work_without_the_index(services):
    with services.ctx.db.write("admin") as session:
        session.execute(insert(Employer), [{"id": new_id(), "npp": "55501", "name": "UD Sri Rejeki",
                                            "kabupaten": "Banyumas", "reported_wages": Money.zero()}])
    assert _titles(services, "UD Sri") == ["UD Sri Rejeki"]  # "UD" is shorter than a trigram


def _letter(number: str, recipient: str, subject: str) -> dict:
    from datetime import date, timedelta

    return {"id": new_id(), "number": number, "series": "TT1", "year": 2026, "seq": int(number[:3]),
            "template_key": "teguran_1", "template_revision": 1, "subject": subject, "issued_on": date(2026, 11, 2),
            "recipient": recipient, "recipient_address": "Jalan Jenderal Soedirman", "recipient_city": "Purwokerto",
            "field_data": {}, "render": {}, "sha256": "0" * 64, "pdf_path": "",
            "created_at": utcnow().replace(microsecond=0) + timedelta(seconds=int(number[:3])),
            "created_by": "admin", "origin": "test"}


def test_the_letter_register_is_searched_newest_first(services):
    from desktop.models.letters import IssuedLetter

    with services.ctx.db.write("admin") as session:
        session.execute(insert(IssuedLetter), [_letter(f"{i:03d}/TT1-PWT/XI/2026", f"PT Gethuk Goreng {i}",
                                                       "Teguran I") for i in range(1, 36)])
        session.execute(insert(IssuedLetter), [_letter("036/TT1-PWT/XI/2026", "CV Nopia Banyumas", "Teguran I")])
    hits = [h.title for h in services.search.search("gethuk goreng") if h.kind == "Letter"]
    assert hits == [f"{i:03d}/TT1-PWT/XI/2026" for i in range(35, 5, -1)]  # the 30 newest, newest first
    assert [h.subtitle for h in services.search.search("036/TT1") if h.kind == "Letter"] == [
        "CV Nopia Banyumas · Teguran I"]  # a letter number, slashes and all


def test_numbers_are_found_by_their_first_digits_and_an_unknown_one_finds_nothing(services):
    with services.ctx.db.write("admin") as session:
        session.execute(insert(Employer), [{"id": new_id(), "npp": "19000001", "name": "PT Kripik Tempe",
                                            "kabupaten": "Banyumas", "reported_wages": Money.zero()}])
    assert _titles(services, "1900") == ["PT Kripik Tempe"]
    assert _titles(services, "19000002") == []
    assert services.search.search("x") == []  # one character: nothing is asked of the database


def test_a_bulk_insert_that_fails_leaves_the_index_as_it_was(services):
    import pytest

    from desktop.models.search_index import bulk_insert

    with pytest.raises(RuntimeError), services.ctx.db.write("admin") as session:
        with bulk_insert(session, "cmp_employer"):
            session.execute(insert(Employer), [{"id": new_id(), "npp": "56000001", "name": "PT Tempe Mendoan",
                                                "kabupaten": "Banyumas", "reported_wages": Money.zero()}])
            raise RuntimeError("the file ended half-way")
    assert _titles(services, "tempe mendoan") == []
    with services.ctx.db.write("admin") as session:  # the per-row trigger came back with the rollback
        session.execute(insert(Employer), [{"id": new_id(), "npp": "56000002", "name": "CV Tempe Kemul",
                                            "kabupaten": "Banyumas", "reported_wages": Money.zero()}])
    assert _titles(services, "tempe kemul") == ["CV Tempe Kemul"]
