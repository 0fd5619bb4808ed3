"""The Help menu: the user guide, the keyboard shortcuts read from the window, copyable diagnostics."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QKeySequence

NIK = "3302011204850003"


@pytest.fixture
def window(app_ui, qtbot, services):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    return w


def _help_menu(window):
    for action in window.menuBar().actions():
        if action.menu() is not None and action.menu().title() in ("&Help", "&Bantuan", "Ban&tuan"):
            return action.menu()
    return window.menuBar().actions()[-1].menu()


def test_the_help_menu_offers_the_guide_the_shortcuts_and_diagnostics(window):
    actions = [a for a in _help_menu(window).actions() if not a.isSeparator()]
    keys = [a.shortcut().toString(QKeySequence.SequenceFormat.PortableText) for a in actions]
    assert "F1" in keys and "Ctrl+/" in keys
    assert len(actions) >= 4  # guide, shortcuts, diagnostics, about
    for action in actions:
        assert "&" in action.text(), f"{action.text()} has no mnemonic"


def test_the_shortcut_list_is_read_from_the_window(window, qtbot):
    from desktop.ui.help.shortcuts import ShortcutsDialog, collect_shortcuts

    shortcuts = collect_shortcuts(window)
    native = QKeySequence("Ctrl+K").toString(QKeySequence.SequenceFormat.NativeText)
    search = [s for s in shortcuts if s.keys == native]
    assert len(search) == 1 and "&" not in search[0].action
    assert {QKeySequence(f"Ctrl+{i}").toString(QKeySequence.SequenceFormat.NativeText) for i in range(1, 8)
            if i <= len(window._specs)} <= {s.keys for s in shortcuts}
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = [dialog.tree.topLevelItem(i).child(j).text(1) for i in range(dialog.tree.topLevelItemCount())
            for j in range(dialog.tree.topLevelItem(i).childCount())]
    assert native in rows

    # An action added later (a page opened afterwards) is in the next list.
    from PySide6.QtGui import QAction

    extra = QAction("Print &receipt", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+P"))
    window.addAction(extra)
    assert any(s.action == "Print receipt" for s in collect_shortcuts(window))


def test_the_user_guide_covers_every_daily_task(window, qtbot):
    from desktop.ui.help.user_guide import show_user_guide

    dialog = show_user_guide(window)
    qtbot.addWidget(dialog)
    headings = " | ".join(dialog.headings()).lower()
    for topic in ("mencari data (ctrl+k)", "mitra plkk", "monev", "kepatuhan", "teguran", "santunan",
                  "persetujuan", "beasiswa", "surat", "kuitansi", "impor", "cadangan"):
        assert topic in headings, topic
    assert dialog.find_next() is False  # nothing typed
    dialog.find.setText("Ctrl+K")
    assert dialog.find_next(from_start=True)
    dialog.find.setText("tidak ada di panduan xyz")
    assert not dialog.find_next(from_start=True)
    assert dialog.not_found.text()
    assert show_user_guide(window) is dialog  # F1 again brings the same window forward


def test_diagnostics_hold_versions_and_schema_but_no_personal_numbers(window, services, paths):
    from desktop.services.setup import newest_schema
    from desktop.ui.help.diagnostics import copy_diagnostics

    paths.logs.mkdir(parents=True, exist_ok=True)
    # A line written by an older version, before the log masked personal numbers:
    (paths.logs / "cabang.log").write_text(
        f"2026-11-20 09:00:01,000 INFO cabang: claim for NIK {NIK}, account 1234567890123\n"
        "2026-11-20 09:00:02,000 INFO cabang: NPWP 01.234.567.8-901.000 e-mail ahli.waris@example.com\n",
        encoding="utf-8")
    text = copy_diagnostics(window)
    from PySide6.QtWidgets import QApplication

    assert QApplication.clipboard().text() == text
    assert f"schema: {services.schema_revision()}" in text and newest_schema() in text
    assert "Cabang:" in text and "Qt:" in text and "SQLAlchemy:" in text
    assert "[log: the last 50 lines]" in text and "claim for NIK" in text
    assert not re.search(r"\d{16}", text)
    assert "1234567890123" not in text and "01.234.567.8-901.000" not in text
    assert "ahli.waris@example.com" not in text
    assert window.statusBar().currentMessage()


def test_diagnostics_keep_only_the_last_fifty_log_lines(window, paths):
    from desktop.ui.help.diagnostics import diagnostics_text

    paths.logs.mkdir(parents=True, exist_ok=True)
    (paths.logs / "cabang.log").write_text("".join(f"line {i:03d}\n" for i in range(120)), encoding="utf-8")
    text = diagnostics_text(window.services, paths)
    assert "line 119" in text and "line 070" in text and "line 069" not in text
