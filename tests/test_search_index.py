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
