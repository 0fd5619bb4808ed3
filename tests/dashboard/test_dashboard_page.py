"""The Dasbor page: charts drawn from the data (with the bundled fonts), tiles that open what is
behind them, an empty office that says what to do next, and the PDF export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarSeries, QLineSeries, QScatterSeries
from PySide6.QtGui import QFontDatabase

from desktop.domain.coverage import Month, PopulationSource
from desktop.domain.coverage_words import format_percent_sign
from desktop.services.coverage_views import FigureInput
from desktop.services.office import OfficeView, SignatoryView

REGENCIES = ("Kabupaten Banyumas", "Kabupaten Purbalingga", "Kabupaten Banjarnegara")


def _figures(services) -> None:
    services.office.save(OfficeView(id=None, version=0, name="KC Purwokerto", code="PWT", regencies=REGENCIES,
                                    signatories=(SignatoryView(None, "Antony Sugiarto", "Kepala Kantor Cabang"),)))
    for regency, pop, pct, target in zip(REGENCIES, (328_500, 219_900, 190_000), (35, 30, 29), (35, 33, 32),
                                         strict=True):
        for m in (7, 8, 9, 10):
            if regency == REGENCIES[1] and m == 8:
                continue  # Purbalingga did not report August: a gap in the line
            services.coverage.save_figure(FigureInput(
                regency, Month(2026, m), pop, pop * pct // 100 - 20_000 - m * 100, 10_000 + m * 100, 10_000,
                PopulationSource.BPS, date(2025, 8, 1), pop // 2, target * 100))


def _page(services, qtbot):
    from desktop.ui.dashboard.page import DashboardPage

    page = DashboardPage(services)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=20_000)
    return page


def test_the_charts_show_the_figures_in_the_bundled_fonts(services, app_ui, qtbot):
    _figures(services)
    page = _page(services, qtbot)
    assert "Noto Sans" in QFontDatabase.families()
    chart = page.charts["coverage"].chart()
    bars = [s for s in chart.series() if isinstance(s, QBarSeries)][0]
    values = [bars.barSets()[0].at(i) for i in range(bars.barSets()[0].count())]
    expected = [r.coverage_bp / 100 for r in page.data.coverage.regions]
    assert values == expected and round(values[0]) == 35
    targets = sorted({s.at(0).y() for s in chart.series() if isinstance(s, QLineSeries)})
    assert targets == [32.0, 33.0, 35.0]
    growth = page.charts["growth"].chart()
    lines = [s for s in growth.series() if type(s) is QLineSeries]
    assert [line.count() for line in lines] == [1, 2]  # July, then the gap in August, then September-October
    dots = [s for s in growth.series() if isinstance(s, QScatterSeries)][0]
    assert [dots.at(i).y() for i in range(dots.count())] == [
        p.value for p in page.data.bpu_growth.points if p.value is not None]
    assert page.tiles["coverage"].value.text() == format_percent_sign(page.data.coverage.branch_bp)
    image = page.charts["coverage"].grab()
    assert not image.isNull() and image.width() > 100


def test_a_tile_opens_the_list_behind_it(services, app_ui, qtbot):
    from desktop.ui.main_window import MainWindow

    _figures(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.data is not None, timeout=20_000)
    page.tiles["commitments"].activated.emit()
    assert window.current_key() == "coverage"
    coverage_page = window.page("coverage")
    assert coverage_page.tabs.currentWidget() is coverage_page.commitments
    assert coverage_page.commitments.only_overdue.isChecked()
    window.show_page("dashboard")
    page.tiles["agreements"].activated.emit()
    assert window.current_key() == "plkk"
    window.show_page("dashboard")
    page.tiles["proofs"].activated.emit()
    benefits = window.page("benefits")
    assert window.current_key() == "benefits" and benefits.tabs.currentWidget() is benefits.scholarships


def test_the_page_shows_at_once_and_fills_in_when_computed(services, app_ui, qtbot):
    from PySide6.QtCore import QCoreApplication

    from desktop.services.context import Area, Changes
    from desktop.ui.dashboard.page import DashboardPage

    _figures(services)
    page = DashboardPage(services)  # returns before the figures are computed, off the UI thread
    qtbot.addWidget(page)
    computing = QCoreApplication.translate("DashboardPage", "Computing…")
    assert computing == "Menghitung…"
    assert page.data is None and {t.value.text() for t in page.tiles.values()} == {computing}
    first = page.task
    assert first.running and page.refresh() is first  # F5 while it runs starts no second computation
    page.on_changes(Changes.of(Area.COVERAGE))  # a change meanwhile: computed once more afterwards
    qtbot.waitUntil(lambda: not first.running, timeout=20_000)
    assert page.tiles["coverage"].value.text() == format_percent_sign(page.data.coverage.branch_bp)
    qtbot.waitUntil(lambda: page.task is not first and not page.task.running, timeout=20_000)


def test_the_page_module_loads_without_qtcharts():
    """QtCharts (and the chart module) load when the first figures arrive, not with the page."""
    import subprocess
    import sys

    code = ("import sys, desktop.ui.dashboard.page; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6.QtCharts', 'desktop.ui.dashboard.charts'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_an_empty_office_says_what_to_do_next(services, app_ui, qtbot):
    page = _page(services, qtbot)
    assert page.empty.isVisibleTo(page) and "Ctrl+5" in page.empty.text()
    assert page.charts == {}  # no chart drawn from nothing
    assert page.tiles["coverage"].caption.isVisibleTo(page) and page.tiles["coverage"].caption.text()
    assert page.tiles["commitments"].value.text() == "0"


def test_export_pdf_writes_the_page(services, app_ui, qtbot, tmp_path):
    from pypdf import PdfReader

    _figures(services)
    page = _page(services, qtbot)
    page.export_pdf(tmp_path / "dasbor.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "dasbor.pdf").exists() and "dasbor.pdf" in page.subtitle.text(),
                    timeout=20_000)
    assert "DASBOR KANTOR CABANG" in PdfReader(str(tmp_path / "dasbor.pdf")).pages[0].extract_text()
    assert page.export_action.shortcut().toString() == "Ctrl+E"
