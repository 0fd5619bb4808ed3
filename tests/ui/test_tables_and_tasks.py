"""The table model (sorting, filtering, paging without widgets) and the background-task helper."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from desktop.domain.money import Money
from desktop.errors import UserError
from desktop.services.paging import Page, PageRequest
from desktop.ui.tables import RIGHT, ColumnSpec, ObjectRole, PagedTableModel
from desktop.ui.tasks import run_task


@dataclass(frozen=True)
class Row:
    name: str
    regency: str
    amount: Money


ROWS = [Row(f"Klinik {i:03d}", ["Banyumas", "Purbalingga", "Banjarnegara"][i % 3], Money.rupiah(i * 1000))
        for i in range(1000)]
COLUMNS = [ColumnSpec("name", "Full name"), ColumnSpec("regency", "Kabupaten"),
           ColumnSpec("amount", "Amount", align=RIGHT, formatter=lambda m: m.format_table())]


def test_model_formats_cells_and_gives_the_row_object(app_ui):
    model = PagedTableModel(COLUMNS)
    model.set_rows(ROWS)
    assert model.rowCount() == 1000
    assert model.index(5, 2).data() == "Rp5.000"
    assert model.index(5, 0).data(ObjectRole) is ROWS[5]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Nama lengkap"


def test_model_sorts_and_filters_through_the_source(qapp):
    model = PagedTableModel(COLUMNS)
    model.set_rows(ROWS)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Klinik 999"
    model.set_text_filter("purbalingga 00")
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    rows = [model.index(r, 0).data(ObjectRole) for r in range(model.rowCount())]
    assert rows and all(r.regency == "Purbalingga" and ("00" in r.name or "00" in r.amount.format_table())
                        for r in rows)
    assert len(rows) == sum(1 for r in ROWS if r.regency == "Purbalingga"
                            and ("00" in r.name or "00" in r.amount.format_table()))
    assert names == sorted(names, reverse=True)


def test_model_loads_only_the_blocks_it_shows(qapp):
    calls: list[PageRequest] = []

    def fetch(request: PageRequest) -> Page:
        calls.append(request)
        total = 300_000
        rows = [Row(f"P{i}", "Banyumas", Money.zero()) for i in range(request.offset,
                                                                       min(request.offset + request.limit, total))]
        return Page(rows, total, request.offset)

    model = PagedTableModel(COLUMNS, fetch, block_size=100, max_blocks=5)
    model.reload()
    assert model.rowCount() == 300_000
    assert model.index(299_999, 0).data() == "P299999"  # scroll to the end
    assert model.index(150_000, 0).data() == "P150000"
    assert len(calls) == 3  # first page, last block, middle block: nothing else
    for block in range(10):
        model.index(block * 100, 0).data()
    assert model.cached_rows() <= 5 * 100  # memory stays bounded


def test_task_delivers_result_on_the_ui_thread(qtbot):
    seen = {}

    def work(control):
        seen["thread"] = threading.current_thread()
        control.progress(1, 2, "half")
        return 42

    task = run_task(None, work, show_progress=False)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    assert seen["thread"] is not threading.main_thread()


def test_task_errors_are_delivered_not_lost(qtbot):
    def work(control):
        raise UserError("The office name is required.")

    errors = []
    task = run_task(None, work, on_error=errors.append, show_progress=False)
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert isinstance(errors[0], UserError)


def test_task_can_be_cancelled_and_shows_progress_after_half_a_second(app_ui, qtbot):
    started = threading.Event()
    steps = []

    def work(control):
        started.set()
        for i in range(1000):
            control.progress(i, 1000, f"letter {i}")
            steps.append(i)
            threading.Event().wait(0.005)
        return "finished"

    errors = []
    task = run_task(None, work, on_error=errors.append, title="Batch")
    assert started.wait(5)
    assert task.dialog is None  # not before half a second
    qtbot.waitUntil(lambda: task.dialog is not None, timeout=3000)
    from PySide6.QtWidgets import QPushButton

    cancel_button = task.dialog.findChild(QPushButton)
    assert cancel_button.text() == "Batal"
    cancel_button.click()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    from desktop.errors import Cancelled

    assert isinstance(errors[0], Cancelled) and task.result is None
    assert len(steps) < 1000


@pytest.mark.parametrize("writes", [True, False])
def test_many_tasks_all_finish(qtbot, writes):
    tasks = [run_task(None, lambda c, i=i: i * i, writes=writes, show_progress=False) for i in range(20)]
    qtbot.waitUntil(lambda: all(not t.running for t in tasks), timeout=10_000)
    assert [t.result for t in tasks] == [i * i for i in range(20)]


def test_a_row_is_activated_once_by_a_double_click_and_by_enter(app_ui, qtbot):
    """A clerk double-clicks a row to open it: one dialog, not two."""
    from desktop.ui.widgets.table_view import DataTable

    table = DataTable("tests/activate", COLUMNS)
    qtbot.addWidget(table)
    table.model.set_rows(ROWS[:20])
    table.resize(700, 600)
    table.show()
    qtbot.waitExposed(table)
    opened = []
    table.activated.connect(opened.append)
    row = table.model.index(3, 0).data(ObjectRole)
    rect = table.view.visualRect(table.model.index(3, 0))
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [row]
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert opened == [row, row]
