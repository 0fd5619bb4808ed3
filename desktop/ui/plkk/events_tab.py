"""The events tab: socialisation and coordination meetings, their invitations (one batch) and the
attendance list to print."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QToolBar, QVBoxLayout, QWidget

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.plkk.common import apply_changes, fmt_date, open_path
from desktop.ui.plkk.event_dialog import KINDS, EventDialog
from desktop.ui.tables import RIGHT, ColumnSpec
from desktop.ui.tasks import run_task
from desktop.ui.widgets.table_view import DataTable

_KIND = dict(KINDS)

COLUMNS = [
    ColumnSpec("held_on", QT_TRANSLATE_NOOP("Columns", "Date"), 140, formatter=fmt_date),
    ColumnSpec("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), 340),
    ColumnSpec("place", QT_TRANSLATE_NOOP("Columns", "Place"), 200),
    ColumnSpec("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), 110,
               formatter=lambda v: _translate_kind(v)),
    ColumnSpec("invited", QT_TRANSLATE_NOOP("Columns", "Invited"), 70, RIGHT, sort_key=None),
    ColumnSpec("attended", QT_TRANSLATE_NOOP("Columns", "Attended"), 80, RIGHT, sort_key=None),
]


def _translate_kind(value: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("EventDialog", _KIND.get(value, value))


class EventsTab(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.last_task = None
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_action = self._action(bar, "calendar-clock", self.tr("&New event"), "", self.new_event)
        self.edit_action = self._action(bar, "pencil", self.tr("&Edit event"), "", self.edit_event)
        self.invite_action = self._action(bar, "send", self.tr("Send &invitations"), "Ctrl+Shift+I", self.invitations)
        self.attendance_action = self._action(bar, "printer", self.tr("&Attendance list"), "Ctrl+Shift+H",
                                              self.attendance)
        self.delete_action = self._action(bar, "trash-2", self.tr("&Delete event"), "", self.delete_event)
        self.table = DataTable("plkk.events", COLUMNS, self.services.plkk.list_events,
                               filter_placeholder=self.tr("Filter by topic or place…"), parent=self)
        self.table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(lambda _row: self.edit_event())
        self.table.selection_changed.connect(lambda _row: self._enable())
        self.empty = QLabel(self.tr("No events yet. Plan a socialisation or coordination meeting with New event "
                                    "(Ctrl+Shift+E); invitations and the attendance list come from it."), self)
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.table.model.modelReset.connect(self._enable)
        self._enable()

    def _action(self, bar: QToolBar, icon_name: str, text: str, shortcut: str, slot) -> QAction:
        action = QAction(icon(icon_name), text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        action.triggered.connect(lambda _c=False: slot())
        bar.addAction(action)
        self.addAction(action)
        return action

    def _enable(self) -> None:
        has = self.table.selected() is not None
        for a in (self.edit_action, self.invite_action, self.attendance_action, self.delete_action):
            a.setEnabled(has)
        self.empty.setVisible(self.table.model.total == 0 and not self.table.filter.text())

    def reload(self) -> None:
        self.table.reload()

    def _done(self, changes) -> None:
        if changes is not None:
            apply_changes(self, changes)
            self.changed.emit(changes)

    def new_event(self) -> None:
        dialog = EventDialog(self.services, parent=self)
        if dialog.exec():
            self._done(dialog.changes)

    def edit_event(self, event_id=None) -> None:
        row = self.table.selected()
        target = event_id or (row.id if row else None)
        if target is None:
            return
        try:
            event = self.services.plkk.event(target)
        except Exception as exc:
            show_error(self, exc)
            return
        dialog = EventDialog(self.services, event, self)
        if dialog.exec():
            self._done(dialog.changes)

    def delete_event(self) -> None:
        row = self.table.selected()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete event"),
                                      self.tr("Delete the event “%1”?").replace("%1", row.topic))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._done(self.services.plkk.delete_event(row.id, row.version))
        except Exception as exc:
            show_error(self, exc)

    def invitations(self) -> None:
        row = self.table.selected()
        if row is None:
            return
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save all invitations in one PDF"),
                                               f"undangan-{row.held_on.isoformat()}.pdf", self.tr("PDF (*.pdf)"))
        if not path:
            return
        self.invitations_to(row.id, path)

    def invitations_to(self, event_id, path) -> None:
        def done(result) -> None:
            letters, changes = result
            self._done(changes)
            if os.environ.get("CABANG_NO_DIALOGS") != "1":
                QMessageBox.information(self, self.tr("Invitations issued"), self.tr(
                    "%1 invitations were issued (%2 to %3) and saved in one PDF.").replace(
                    "%1", str(len(letters))).replace("%2", letters[0].number).replace("%3", letters[-1].number))
                open_path(path)

        self.last_task = run_task(
            self, lambda control: self.services.plkk.issue_invitations(event_id, one_pdf=path, progress=control),
            on_success=done, title=self.tr("Issuing the invitations"), writes=True)

    def attendance(self) -> None:
        row = self.table.selected()
        if row is None:
            return
        try:
            path = self.services.plkk.attendance_pdf(row.id)
        except Exception as exc:
            show_error(self, exc)
            return
        open_path(path)

    def select(self, event_id) -> None:
        model = self.table.model
        for r in range(model.total):
            obj = model.row_object(r)
            if obj is not None and obj.id == event_id:
                self.table.view.selectRow(r)
                return
