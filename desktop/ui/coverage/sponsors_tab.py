"""Sponsor & pekerja rentan: the sponsorship programmes (cost against budget, renewals due tinted),
and the workers the chosen programme enrols, with import from the pemda's Excel lists."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QToolBar, QVBoxLayout, QWidget

from desktop.domain.coverage import GROUP_LABELS_ID
from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.services.paging import PageRequest
from desktop.ui.coverage.common import (
    RowTintDelegate,
    ctr,
    empty_state,
    fmt_int,
    fmt_money,
    group_label,
    notify,
    source_label,
)
from desktop.ui.coverage.import_dialog import CoverageImportDialog
from desktop.ui.coverage.sponsor_dialogs import CoverageSponsorshipDialog, WorkerDialog
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.tables import RIGHT, ColumnSpec
from desktop.ui.widgets.table_view import DataTable

NONE = uuid.UUID(int=0)  # no programme chosen: no workers listed
STATUS = {"upcoming": QT_TRANSLATE_NOOP("Coverage", "Not started"),
          "running": QT_TRANSLATE_NOOP("Coverage", "Running"),
          "ended": QT_TRANSLATE_NOOP("Coverage", "Ended")}


def _status(row) -> str:
    text = ctr(STATUS[row.status])
    return text + (" · " + ctr(QT_TRANSLATE_NOOP("Coverage", "renewal due")) if row.renewal_due else "")


PROGRAMME_COLUMNS = [
    ColumnSpec("title", QT_TRANSLATE_NOOP("Columns", "Programme"), 260),
    ColumnSpec("source", QT_TRANSLATE_NOOP("Columns", "Source"), 150, formatter=source_label),
    ColumnSpec("sponsor", QT_TRANSLATE_NOOP("Columns", "Sponsor"), 200),
    ColumnSpec("period_label", QT_TRANSLATE_NOOP("Columns", "Period"), 190, sort_key="start"),
    ColumnSpec("programmes", QT_TRANSLATE_NOOP("Columns", "Programmes"), 120, formatter=lambda p: p.label,
               sort_key=None),
    ColumnSpec("monthly_contribution", QT_TRANSLATE_NOOP("Columns", "Per worker/month"), 120, RIGHT,
               formatter=fmt_money),
    ColumnSpec("workers", QT_TRANSLATE_NOOP("Columns", "Workers"), 80, RIGHT, formatter=fmt_int, sort_key=None),
    ColumnSpec("budget", QT_TRANSLATE_NOOP("Columns", "Budget"), 120, RIGHT, formatter=fmt_money),
    ColumnSpec("budget_left", QT_TRANSLATE_NOOP("Columns", "Budget left"), 120, RIGHT, formatter=fmt_money,
               sort_key=None),
    ColumnSpec("status", QT_TRANSLATE_NOOP("Columns", "Status"), 160, value=lambda r: r, formatter=_status,
               sort_key=None),
]

WORKER_COLUMNS = [
    ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Name"), 200),
    ColumnSpec("nik", QT_TRANSLATE_NOOP("Columns", "NIK"), 150, sort_key=None),
    ColumnSpec("group", QT_TRANSLATE_NOOP("Columns", "Group"), 170, formatter=group_label),
    ColumnSpec("desa", QT_TRANSLATE_NOOP("Columns", "Desa"), 140),
    ColumnSpec("regency", QT_TRANSLATE_NOOP("Columns", "Kabupaten/kota"), 170),
    ColumnSpec("sponsorship_title", QT_TRANSLATE_NOOP("Columns", "Programme"), 240),
]


class SponsorsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        bar = QToolBar(self)
        self.new_action = self._action(bar, "plus", self.tr("&New programme"), "Ctrl+N", self.new_programme)
        self.edit_action = self._action(bar, "pencil", self.tr("&Edit programme"), "Ctrl+E", self.edit_programme)
        self.delete_action = self._action(bar, "trash-2", self.tr("&Delete programme"), "Ctrl+Del",
                                          self.delete_programme)
        bar.addSeparator()
        self.add_worker_action = self._action(bar, "user", self.tr("&Add worker"), "Ctrl+Shift+N", self.add_worker)
        self.edit_worker_action = self._action(bar, "pencil", self.tr("Edit &worker"), "Ctrl+Shift+E",
                                               self.edit_worker)
        self.remove_worker_action = self._action(bar, "x", self.tr("&Remove worker"), "Del", self.remove_worker)
        self.import_action = self._action(bar, "upload", self.tr("&Import workers…"), "Ctrl+I", self.import_workers)
        self.programmes = DataTable("coverage/programmes", PROGRAMME_COLUMNS, services.coverage.list_sponsorships,
                                    filter_placeholder=self.tr("Filter programmes by title, sponsor or desa…"),
                                    parent=self)
        self.programmes.view.setItemDelegate(RowTintDelegate(lambda r: "due" if r.renewal_due else None,
                                                             self.programmes.view))
        self.programmes.activated.connect(lambda _r: self.edit_programme())
        self.cost = QLabel(self)
        self.cost.setWordWrap(True)
        self.workers = DataTable("coverage/workers", WORKER_COLUMNS,
                                 filter_placeholder=self.tr("Filter workers by name, NIK or desa…"), parent=self)
        self.workers.activated.connect(lambda _r: self.edit_worker())
        self.empty = empty_state(self.tr("No sponsorship programmes yet. Press Ctrl+N to record one (APBD, APBDes, "
                                         "CSR, GN Lingkaran, Sertakan, Baznas or a bank), then add or import its "
                                         "workers."), self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.cost)
        lower_layout.addWidget(self.workers, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.programmes)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.programmes.selection_changed.connect(lambda _r: self.show_programme())
        self.workers.selection_changed.connect(lambda _r: self._enable())
        self.programmes.model.modelReset.connect(self._after_reload)
        self._after_reload()
        self.programmes.view.selectRow(0)
        self.show_programme()

    def _action(self, bar: QToolBar, icon_name: str, text: str, shortcut: str, slot) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        action.triggered.connect(lambda _c=False: slot())
        bar.addAction(action)
        self.addAction(action)
        return action

    def _after_reload(self) -> None:
        self.empty.setVisible(self.programmes.model.total == 0 and not self.programmes.filter.text())

    def reload(self) -> None:
        selected = self.programmes.selected()
        self.programmes.reload()
        if selected is None or not self.select_programme(selected.id):
            self.programmes.view.selectRow(0)
        self.show_programme()

    def select_programme(self, sponsorship_id) -> bool:
        for i in range(self.programmes.model.total):
            row = self.programmes.model.row_object(i)
            if row is not None and row.id == sponsorship_id:
                self.programmes.view.selectRow(i)
                self.programmes.view.scrollTo(self.programmes.model.index(i, 0))
                return True
        return False

    def select_worker(self, worker_id) -> None:
        worker = self.services.coverage.worker(worker_id)
        self.programmes.filter.clear()
        self.programmes.model.set_text_filter("")
        self.select_programme(worker.sponsorship_id)
        for i in range(self.workers.model.total):
            row = self.workers.model.row_object(i)
            if row is not None and row.id == worker_id:
                self.workers.view.selectRow(i)
                self.workers.view.scrollTo(self.workers.model.index(i, 0))
                return

    def show_programme(self) -> None:
        s = self.programmes.selected()
        if s is None:
            self.cost.setText(self.tr("Choose a programme to see its workers and what it costs."))
            self.workers.set_source(lambda r: self.services.coverage.list_workers(
                PageRequest(r.offset, r.limit, r.sort_key, r.descending, r.text, {"sponsorship_id": NONE})))
        else:
            groups = {}
            page = self.services.coverage.list_workers(PageRequest(limit=100_000, filters={"sponsorship_id": s.id}))
            for w in page.rows:
                groups[w.group] = groups.get(w.group, 0) + 1
            group_text = ", ".join(f"{GROUP_LABELS_ID[g]} {n}" for g, n in sorted(groups.items(), key=lambda x: -x[1]))
            self.cost.setText(self.tr("%1: %2 worker(s) × %3 = %4 a month; %5 for the whole period against a budget "
                                      "of %6 (room for %7 worker(s)). %8 month(s) paid.")
                              .replace("%1", s.title).replace("%2", str(s.workers))
                              .replace("%3", s.monthly_contribution.format_table())
                              .replace("%4", s.monthly_cost.format_table()).replace("%5", s.period_cost.format_table())
                              .replace("%6", s.budget.format_table()).replace("%7", str(s.affordable_workers))
                              .replace("%8", str(s.months_paid)) + (f" {group_text}." if group_text else ""))
            sid = s.id
            self.workers.set_source(lambda r: self.services.coverage.list_workers(
                PageRequest(r.offset, r.limit, r.sort_key, r.descending, r.text, {"sponsorship_id": sid})))
        self._enable()

    def _enable(self) -> None:
        s = self.programmes.selected()
        w = self.workers.selected()
        for a in (self.edit_action, self.delete_action, self.add_worker_action):
            a.setEnabled(s is not None)
        for a in (self.edit_worker_action, self.remove_worker_action):
            a.setEnabled(w is not None)

    # ---- actions ------------------------------------------------------------------------------

    def new_programme(self) -> None:
        dialog = CoverageSponsorshipDialog(self.services, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.select_programme(dialog.saved.id)

    def edit_programme(self) -> None:
        s = self.programmes.selected()
        if s is not None:
            CoverageSponsorshipDialog(self.services, s, parent=self).exec()

    def delete_programme(self) -> None:
        s = self.programmes.selected()
        if s is None:
            return
        if QMessageBox.question(self, self.tr("Delete programme"), self.tr("Delete %1?").replace("%1", s.title)) \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            notify(self, self.services.coverage.delete_sponsorship(s.id, s.version))
        except Exception as exc:
            show_error(self, exc)

    def add_worker(self) -> None:
        s = self.programmes.selected()
        if s is not None:
            WorkerDialog(self.services, s, parent=self).exec()

    def edit_worker(self) -> None:
        s, w = self.programmes.selected(), self.workers.selected()
        if s is not None and w is not None:
            WorkerDialog(self.services, s, w, parent=self).exec()

    def remove_worker(self) -> None:
        w = self.workers.selected()
        if w is None:
            return
        if QMessageBox.question(self, self.tr("Remove worker"), self.tr("Remove %1 from %2?")
                                .replace("%1", w.name).replace("%2", w.sponsorship_title)) \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            notify(self, self.services.coverage.remove_worker(w.id, w.version))
        except Exception as exc:
            show_error(self, exc)

    def import_workers(self) -> None:
        s = self.programmes.selected()
        CoverageImportDialog(self.services, "workers", self, sponsorship_id=s.id if s else None,
                     sponsorship_title=s.title if s else "").exec()
