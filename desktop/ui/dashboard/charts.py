"""The Dasbor's charts (QtCharts): coverage per kabupaten against target, BPU participants per month
(a month without data is a gap in the line), and compliance cases by state."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from desktop.domain.coverage_figures import segments
from desktop.domain.coverage_report import short_regency
from desktop.domain.dashboard import CasesTile, CoverageTile, GrowthTile
from desktop.errors import QT_TRANSLATE_NOOP
from desktop.ui import theme

GREEN = QColor("#0B6E4F")
TARGET = QColor("#B3261E")


def ctr(text: str) -> str:
    """The translation of a QT_TRANSLATE_NOOP("DashboardCharts", ...) string."""
    return QCoreApplication.translate("DashboardCharts", text)


def _chart() -> QChart:
    chart = QChart()
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if theme.is_dark() else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    font = QFont(QApplication.font())
    font.setPointSizeF(max(8.0, font.pointSizeF() - 1))
    chart.legend().setFont(font)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _view(chart: QChart, name: str, parent: QWidget | None) -> QChartView:
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(210)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    view.setAccessibleName(name)
    view.setStyleSheet("background: transparent;")
    return view


def _axis_font(axis) -> None:
    font = QFont(QApplication.font())
    font.setPointSizeF(max(7.5, font.pointSizeF() - 1.5))
    axis.setLabelsFont(font)


def coverage_chart(tile: CoverageTile, parent: QWidget | None = None) -> QChartView:
    """Bars of coverage % per kabupaten; each target is a short red line across its bar."""
    chart = _chart()
    regions = list(tile.regions)
    bars = QBarSet(ctr(QT_TRANSLATE_NOOP("DashboardCharts", "Coverage %")))
    bars.setColor(GREEN)
    for r in regions:
        bars.append((r.coverage_bp or 0) / 100)
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()  # values are in the tile's caption: Qt would print "35.2" with a point
    axis_x.append([short_regency(r.regency) for r in regions])
    _axis_font(axis_x)
    top = max([(r.coverage_bp or 0) / 100 for r in regions] + [(r.target_bp or 0) / 100 for r in regions] + [10])
    axis_y = QValueAxis()
    axis_y.setRange(0, (int(top / 10) + 1) * 10)
    axis_y.setLabelFormat("%d %%")
    axis_y.setTickCount(int(top / 10) + 2)
    _axis_font(axis_y)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    first = True
    for i, r in enumerate(regions):
        if r.target_bp is None:
            continue
        line = QLineSeries()
        line.setName(ctr(QT_TRANSLATE_NOOP("DashboardCharts", "Target")))
        line.setPen(QPen(TARGET, 3))
        t = r.target_bp / 100
        line.append(i - 0.35, t)
        line.append(i + 0.35, t)
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
        if not first:
            for marker in chart.legend().markers(line):
                marker.setVisible(False)
        first = False
    return _view(chart, ctr(QT_TRANSLATE_NOOP("DashboardCharts", "Coverage per kabupaten against target")), parent)


def growth_chart(tile: GrowthTile, parent: QWidget | None = None) -> QChartView:
    """BPU participants per month; the line breaks at a month without data."""
    chart = _chart()
    points = list(tile.points)
    index = {p.month: i for i, p in enumerate(points)}
    known = [p.value for p in points if p.value is not None]
    axis_x = QBarCategoryAxis()
    axis_x.append([p.month.label()[:3] for p in points])  # "Nov", "Des", "Jan": room for twelve
    if points:
        axis_x.setTitleText(f"{points[0].month.label()} – {points[-1].month.label()}")
        axis_x.setTitleFont(QApplication.font())
    _axis_font(axis_x)
    axis_y = QValueAxis()
    if known:
        low, high = min(known), max(known)
        pad = max(10, (high - low) // 5)
        axis_y.setRange(max(0, low - pad), high + pad)
        axis_y.applyNiceNumbers()
    axis_y.setLabelFormat("%d")
    _axis_font(axis_y)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    dots = QScatterSeries()
    dots.setName(ctr(QT_TRANSLATE_NOOP("DashboardCharts", "BPU participants")))
    dots.setColor(GREEN)
    dots.setMarkerSize(7)
    for run in segments(points):
        line = QLineSeries()
        line.setPen(QPen(GREEN, 2.4))
        for p in run:
            line.append(index[p.month], p.value or 0)
            dots.append(index[p.month], p.value or 0)
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
        for marker in chart.legend().markers(line):
            marker.setVisible(False)
    chart.addSeries(dots)
    dots.attachAxis(axis_x)
    dots.attachAxis(axis_y)
    return _view(chart, ctr(QT_TRANSLATE_NOOP("DashboardCharts", "BPU participants per month")), parent)


def cases_chart(tile: CasesTile, labels: Sequence[str], parent: QWidget | None = None) -> QChartView:
    """Compliance cases per state, as horizontal bars (labels already translated)."""
    chart = _chart()
    bars = QBarSet(ctr(QT_TRANSLATE_NOOP("DashboardCharts", "Cases")))
    bars.setColor(GREEN)
    states = list(reversed(tile.by_state))  # a horizontal axis counts from the bottom: the first state on top
    labels = list(reversed(labels))
    for c in states:
        bars.append(c.value)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append(list(labels))
    _axis_font(axis_y)
    axis_x = QValueAxis()
    axis_x.setRange(0, max([c.value for c in tile.by_state] + [4]) * 1.15)
    axis_x.setLabelFormat("%d")
    _axis_font(axis_x)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    chart.legend().setVisible(False)
    return _view(chart, ctr(QT_TRANSLATE_NOOP("DashboardCharts", "Compliance cases by state")), parent)
