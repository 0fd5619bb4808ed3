"""Ctrl+K as a clerk uses it: a fragment of a name, an NPP or a letter number finds the record, in
Indonesian, and Enter opens the one selected (on SQLite with its trigram index, on PostgreSQL with
pg_trgm)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import insert

from desktop.domain.money import Money
from desktop.models.base import new_id
from desktop.models.compliance import Employer


def _employers(services, names: dict[str, str]) -> None:
    with services.ctx.db.write("admin") as session:
        session.execute(insert(Employer), [{"id": new_id(), "npp": npp, "name": name, "kabupaten": "Banyumas",
                                            "reported_wages": Money.zero()} for npp, name in names.items()])


def test_typing_finds_employers_and_enter_opens_the_selected_one(app_ui, qtbot, services):
    from desktop.ui.search_dialog import SearchDialog

    _employers(services, {"33019001": "PT Nopia Sokaraja", "33019002": "UD Kripik Sokaraja",
                          "33019003": "CV Mendoan Purwokerto"})
    dialog = SearchDialog(services)
    qtbot.addWidget(dialog)
    opened = []
    dialog.open_hit.connect(opened.append)
    qtbot.keyClicks(dialog.box, "sokaraja")
    hits = dialog.run_search()
    assert [h.title for h in hits] == ["PT Nopia Sokaraja", "UD Kripik Sokaraja"]
    assert dialog.results.item(0).text().splitlines()[1].startswith("Pemberi Kerja · NPP 33019001")
    qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert [h.title for h in opened] == ["UD Kripik Sokaraja"] and opened[0].area == "compliance"


def test_a_number_finds_its_employer_and_nothing_found_says_so(app_ui, qtbot, services):
    from desktop.ui.search_dialog import SearchDialog

    _employers(services, {"33019004": "PT Lanting Gombong"})
    dialog = SearchDialog(services)
    qtbot.addWidget(dialog)
    dialog.box.setText("3301900")
    assert [h.title for h in dialog.run_search()] == ["PT Lanting Gombong"]
    dialog.box.setText("tidak ada")
    assert dialog.run_search() == [] and "tidak ada" in dialog.hint.text()
