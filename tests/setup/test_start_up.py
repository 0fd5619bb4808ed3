"""What the start-up path leaves out or puts off: the command modules when the program only opens
its window, and the start backup until the window has been painted."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("argv", "opens"), [
    ([], True), (["--db", "kantor.sqlite"], True), (["--db", "kantor.sqlite", "--user", "budi"], True),
    (["demo"], False), (["--db", "x.sqlite", "db", "check"], False), (["--help"], False), (["-h"], False),
])
def test_only_opening_the_window_is_told_apart_from_a_command(argv, opens):
    from desktop.cli import _window_args

    args = _window_args(argv)
    assert (args is not None) is opens
    if opens and "--db" in argv:
        assert args.db == "kantor.sqlite"


def test_opening_the_window_imports_no_command_module(monkeypatch):
    import sys

    import desktop.cli as cli

    opened = []
    monkeypatch.setattr(cli, "_open", lambda args: opened.append(args.user) or 0)
    for name in [m for m in sys.modules if m.startswith("desktop.cli.")]:
        monkeypatch.delitem(sys.modules, name)
    assert cli.main(["--user", "budi"]) == 0
    assert opened == ["budi"]
    assert not [m for m in sys.modules if m.startswith("desktop.cli.")]


def test_work_put_off_until_the_window_is_painted_runs_once(app_ui, qtbot):
    from PySide6.QtWidgets import QLabel, QMainWindow

    from desktop.ui.first_paint import after_first_paint

    window = QMainWindow()
    window.setCentralWidget(QLabel("Cabang", window))
    qtbot.addWidget(window)
    calls = []
    after_first_paint(window, lambda: calls.append("backup"))
    qtbot.wait(20)
    assert calls == []  # not shown yet: nothing painted
    window.show()
    qtbot.waitUntil(lambda: calls == ["backup"])
    window.update()
    qtbot.wait(50)
    assert calls == ["backup"]


def test_work_held_at_start_up_starts_once_released(app_ui, qtbot):
    """While the main window is being built, workers wait (they would slow its first paint); held
    tasks report running, start in order when released, and nothing is held afterwards."""
    from desktop.ui import first_paint
    from desktop.ui.tasks import run_task, wait_idle

    order = []
    first_paint.hold()
    try:
        first = run_task(None, lambda _c: order.append("dashboard"), show_progress=False)
        first_paint.when_painted(lambda: order.append("sync label"))
        qtbot.wait(50)
        assert order == [] and first.running
    finally:
        first_paint.release()
    assert wait_idle()
    qtbot.waitUntil(lambda: not first.running)
    assert order == ["dashboard", "sync label"] or order == ["sync label", "dashboard"]
    assert "sync label" in order and not first_paint.holding()
    first_paint.when_painted(lambda: order.append("later"))
    assert order[-1] == "later"  # not holding: at once


def test_the_status_bar_reads_the_sync_state_after_the_first_paint(app_ui, qtbot, services):
    from desktop.ui import first_paint
    from desktop.ui.main_window import MainWindow

    first_paint.hold()
    try:
        window = MainWindow(services)
        qtbot.addWidget(window)
        assert window.sync_label.text() == ""  # not read yet: the window comes first
    finally:
        first_paint.release()
    qtbot.waitUntil(lambda: window.sync_label.text() != "", timeout=10_000)
    alone = "Sinkron: belum diatur (satu komputer)" if services.ctx.db.is_sqlite else "Basis data kantor"
    assert window.sync_label.text() == alone
