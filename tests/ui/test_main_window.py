"""The main window as a clerk meets it: it opens, the side bar navigates, Ctrl+K searches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from desktop.services.search import SearchHit, register
from desktop.ui.pages import PAGES, NotBuiltPage


def test_qt_has_the_bundled_fonts(app_ui):
    families = QFontDatabase.families()
    assert "Noto Sans" in families and "Noto Serif" in families
    assert app_ui.font().family() == "Noto Sans"


def test_window_opens_with_every_section_and_the_status_bar(app_ui, qtbot, services):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert labels == ["Dasbor", "Mitra PLKK", "Kepatuhan", "Santunan & Beasiswa", "Cakupan", "Surat", "Admin"]
    assert "cabang.sqlite" in window.db_label.text() or "postgresql" in window.db_label.text()
    assert "Administrator" in window.user_label.text() or "Admin" in window.user_label.text()


def test_side_bar_and_shortcuts_navigate(app_ui, qtbot, services):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    for i, spec in enumerate(PAGES):
        window.sidebar.setCurrentRow(i)
        assert window.current_key() == spec.key
        assert window.stack.currentWidget() is window.page(spec.key)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "plkk"


def test_a_page_not_built_says_what_it_will_hold(app_ui, services):
    spec = PAGES[0]
    page = NotBuiltPage(services, spec)
    text = " ".join(w.text() for w in page.findChildren(type(page.findChildren(object)[0])) if hasattr(w, "text"))
    assert "belum" in text.lower()


def test_ctrl_k_finds_and_opens_a_record(app_ui, qtbot, services):
    from desktop.ui.main_window import MainWindow

    @register("test-admin")
    def _provider(session, text, limit):
        if "purwokerto" in text.lower():
            return [SearchHit("admin", "Office", "KC Purwokerto", "PWT")]
        return []

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.search_action.trigger()
    dialog = window._search_dialog
    qtbot.keyClicks(dialog.box, "purwokerto")
    hits = dialog.run_search()
    assert [h.title for h in hits] == ["KC Purwokerto"]
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert window.current_key() == "admin"
    from desktop.services import search

    search._PROVIDERS.pop("test-admin")


def test_geometry_is_remembered(app_ui, qtbot, services):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.setGeometry(0, 30, 800, 610)
    window.close()
    again = MainWindow(services)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (800, 610)


def test_errors_are_shown_by_kind(app_ui, qtbot):
    from desktop.errors import Cancelled, UserError
    from desktop.ui.errors import show_error

    assert show_error(None, Cancelled()) is None
    box = show_error(None, UserError("The office name is required."))
    assert box.text() == "Nama kantor wajib diisi."
    assert not box.detailedText()
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        bug = show_error(None, exc)
    assert "ZeroDivisionError" in bug.detailedText()
    assert any(b.text() == "Salin rincian" for b in bug.buttons())
