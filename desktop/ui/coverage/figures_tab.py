"""Cakupan per kabupaten: each kabupaten's latest known figure, and below it the month-by-month
history of the chosen one — a month without data is shown as such, never as zero."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QToolBar, QVBoxLayout, QWidget

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.ui.coverage.common import (
    RowTintDelegate,
    ctr,
    empty_state,
    fmt_int,
    fmt_month,
    fmt_pct,
    notify,
)
from desktop.ui.coverage.figure_dialog import FigureDialog
from desktop.ui.coverage.import_dialog import CoverageImportDialog
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.tables import RIGHT, ColumnSpec
from desktop.ui.widgets.table_view import DataTable


def _f(attr: str):
    return lambda row: getattr(row.latest, attr) if row.latest is not None else None


SUMMARY_COLUMNS = [
    ColumnSpec("regency", QT_TRANSLATE_NOOP("Columns", "Kabupaten/kota"), 170),
    ColumnSpec("month", QT_TRANSLATE_NOOP("Columns", "Latest month"), 120, value=_f("month"), formatter=fmt_month),
    ColumnSpec("working_population", QT_TRANSLATE_NOOP("Columns", "Working population"), 130, RIGHT,
               value=_f("working_population"), formatter=fmt_int),
    ColumnSpec("pu", QT_TRANSLATE_NOOP("Columns", "PU"), 90, RIGHT, value=_f("pu"), formatter=fmt_int),
    ColumnSpec("bpu", QT_TRANSLATE_NOOP("Columns", "BPU"), 90, RIGHT, value=_f("bpu"), formatter=fmt_int),
    ColumnSpec("jakon", QT_TRANSLATE_NOOP("Columns", "Jakon"), 90, RIGHT, value=_f("jakon"), formatter=fmt_int),
    ColumnSpec("coverage_bp", QT_TRANSLATE_NOOP("Columns", "Coverage"), 90, RIGHT, value=_f("coverage_bp"),
               formatter=fmt_pct),
    ColumnSpec("target_bp", QT_TRANSLATE_NOOP("Columns", "Target"), 80, RIGHT, value=_f("target_bp"),
               formatter=fmt_pct),
    ColumnSpec("bpu_coverage_bp", QT_TRANSLATE_NOOP("Columns", "BPU coverage"), 100, RIGHT,
               value=_f("bpu_coverage_bp"), formatter=fmt_pct),
]


def _h(attr: str):
    return lambda row: getattr(row.figure, attr) if row.figure is not None else None


HISTORY_COLUMNS = [
    ColumnSpec("month_label", QT_TRANSLATE_NOOP("Columns", "Month"), 130, value=lambda r: r.month,
               formatter=fmt_month),
    ColumnSpec("working_population", QT_TRANSLATE_NOOP("Columns", "Working population"), 130, RIGHT,
               value=_h("working_population"),
               formatter=lambda v: fmt_int(v) if v is not None else ctr(QT_TRANSLATE_NOOP("Coverage", "no data for this month"))),
    ColumnSpec("source", QT_TRANSLATE_NOOP("Columns", "Source"), 150, value=lambda r: r,
               formatter=lambda r: "" if r.figure is None else r.figure.population_source.label_id + (
                   f", {r.figure.population_as_of:%d/%m/%Y}" if r.figure.population_as_of else "")),
    ColumnSpec("pu", QT_TRANSLATE_NOOP("Columns", "PU"), 90, RIGHT, value=_h("pu"), formatter=lambda v: fmt_int(v) if v is not None else ""),
    ColumnSpec("bpu", QT_TRANSLATE_NOOP("Columns", "BPU"), 90, RIGHT, value=_h("bpu"), formatter=lambda v: fmt_int(v) if v is not None else ""),
    ColumnSpec("jakon", QT_TRANSLATE_NOOP("Columns", "Jakon"), 90, RIGHT, value=_h("jakon"), formatter=lambda v: fmt_int(v) if v is not None else ""),
    ColumnSpec("coverage_bp", QT_TRANSLATE_NOOP("Columns", "Coverage"), 90, RIGHT, value=_h("coverage_bp"),
               formatter=lambda v: fmt_pct(v) if v is not None else ""),
    ColumnSpec("target_bp", QT_TRANSLATE_NOOP("Columns", "Target"), 80, RIGHT, value=_h("target_bp"),
               formatter=lambda v: fmt_pct(v) if v is not None else ""),
    ColumnSpec("bpu_coverage_bp", QT_TRANSLATE_NOOP("Columns", "BPU coverage"), 100, RIGHT,
               value=_h("bpu_coverage_bp"), formatter=lambda v: fmt_pct(v) if v is not None else ""),
    ColumnSpec("revision", QT_TRANSLATE_NOOP("Columns", "Revision"), 70, RIGHT, value=_h("revision"),
               formatter=lambda v: "" if v is None else str(v)),
    ColumnSpec("entered_by", QT_TRANSLATE_NOOP("Columns", "Entered by"), 110, value=_h("entered_by"),
               formatter=lambda v: v or ""),
]


class FiguresTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        bar = QToolBar(self)
        self.new_action = self._action(bar, "plus", self.tr("&New figure"), "Ctrl+N", self.new_figure)
        self.correct_action = self._action(bar, "pencil", self.tr("&Correct"), "Ctrl+E", self.correct)
        self.revisions_action = self._action(bar, "history", self.tr("&Revisions"), "Ctrl+R", self.show_revisions)
        self.withdraw_action = self._action(bar, "trash-2", self.tr("&Withdraw"), "Del", self.withdraw)
        bar.addSeparator()
        self.import_action = self._action(bar, "upload", self.tr("&Import figures…"), "Ctrl+I", self.import_figures)
        self.summary = DataTable("coverage/summary", SUMMARY_COLUMNS, parent=self)
        self.summary.filter.hide()
        self.summary.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.history_title = QLabel(self)
        self.history = DataTable("coverage/history", HISTORY_COLUMNS, parent=self)
        self.history.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest month first
        self.history.view.setItemDelegate(RowTintDelegate(lambda r: None if r.known else "due", self.history.view))
        self.history.activated.connect(lambda _r: self.correct())
        self.empty = empty_state(self.tr("No coverage figures yet. Press Ctrl+N to enter a month's figures for a "
                                         "kabupaten, or Ctrl+I to import them from Excel."), self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history_title)
        lower_layout.addWidget(self.history, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.summary)
        split.addWidget(lower)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.summary.selection_changed.connect(lambda _r: self.show_history())
        self.history.selection_changed.connect(lambda _r: self._enable())
        self.reload()

    def _action(self, bar: QToolBar, icon_name: str, text: str, shortcut: str, slot) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        action.triggered.connect(lambda _c=False: slot())
        bar.addAction(action)
        self.addAction(action)
        return action

    # ---- state --------------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.services.coverage.current()
        selected = self.summary.selected()
        self.summary.set_rows(list(current.regions))
        self.empty.setVisible(not any(r.latest for r in current.regions))
        rows = [r.regency for r in current.regions]
        if rows:
            name = selected.regency if selected is not None and selected.regency in rows else rows[0]
            self.select_regency(name)
        self.show_history()

    def select_regency(self, regency: str) -> None:
        for i in range(self.summary.model.total):
            if self.summary.model.row_object(i).regency == regency:
                self.summary.view.selectRow(i)
                return

    def regency(self) -> str:
        row = self.summary.selected()
        return row.regency if row is not None else ""

    def show_history(self) -> None:
        regency = self.regency()
        if not regency:
            self.history_title.setText(self.tr("Choose a kabupaten above to see its history."))
            self.history.set_rows([])
        else:
            rows = self.services.coverage.history(regency)
            gaps = sum(1 for r in rows if not r.known)
            self.history_title.setText(self.tr("History of %1: %2 month(s), %3 without data.").replace("%1", regency)
                                       .replace("%2", str(len(rows))).replace("%3", str(gaps)))
            self.history.set_rows(rows)
        self._enable()

    def _enable(self) -> None:
        row = self.history.selected()
        self.correct_action.setEnabled(row is not None)
        self.withdraw_action.setEnabled(row is not None and row.known)
        self.revisions_action.setEnabled(row is not None and row.known)

    # ---- actions ------------------------------------------------------------------------------

    def new_figure(self) -> None:
        FigureDialog(self.services, regency=self.regency(), parent=self).exec()

    def correct(self) -> None:
        row = self.history.selected()
        if row is None:
            return
        if row.figure is None:  # a gap: enter that month's figure
            FigureDialog(self.services, regency=row.regency, month=row.month, parent=self).exec()
        else:
            FigureDialog(self.services, figure=row.figure, parent=self).exec()

    def withdraw(self) -> None:
        row = self.history.selected()
        if row is None or row.figure is None:
            return
        answer = QMessageBox.question(self, self.tr("Withdraw the figure"), self.tr(
            "Withdraw the figure of %1 for %2? The month will show as without data; the figure stays in the "
            "audit trail.").replace("%1", row.regency).replace("%2", row.month.label()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            notify(self, self.services.coverage.delete_figure(row.figure.id, row.figure.version))
        except Exception as exc:
            show_error(self, exc)

    def show_revisions(self) -> None:
        row = self.history.selected()
        if row is None or row.figure is None:
            return
        revisions = self.services.coverage.revisions(row.regency, row.month)
        lines = [self.tr("Revision %1 by %2: working population %3, PU %4, BPU %5, Jakon %6, coverage %7%8")
                 .replace("%1", str(f.revision)).replace("%2", f.entered_by or "-")
                 .replace("%3", fmt_int(f.working_population)).replace("%4", fmt_int(f.pu))
                 .replace("%5", fmt_int(f.bpu)).replace("%6", fmt_int(f.jakon)).replace("%7", fmt_pct(f.coverage_bp))
                 .replace("%8", self.tr(" (superseded)") if f.superseded else self.tr(" (withdrawn)") if f.deleted
                          else "") + (f" — {f.note}" if f.note else "")
                 for f in revisions]
        QMessageBox.information(self, self.tr("Revisions of %1, %2").replace("%1", row.regency)
                                .replace("%2", row.month.label()), "\n".join(lines))

    def import_figures(self) -> None:
        CoverageImportDialog(self.services, "figures", self).exec()
