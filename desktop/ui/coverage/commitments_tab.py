"""Komitmen: coordination meetings and what each party committed to; overdue ones are tinted red,
and "only overdue" shows the list the Dasbor tile points to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.coverage import CommitmentStatus
from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.ui.coverage.commitment_dialogs import CommitmentDialog, MeetingDialog
from desktop.ui.coverage.common import RowTintDelegate, ctr, empty_state, fmt_date, notify, status_label
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.tables import RIGHT, ColumnSpec
from desktop.ui.widgets.table_view import DataTable


def _late(row) -> str:
    return ctr(QT_TRANSLATE_NOOP("Coverage", "%1 day(s) late")).replace("%1", str(row.days_overdue)) if row.overdue else ""


COLUMNS = [
    ColumnSpec("seq", QT_TRANSLATE_NOOP("Columns", "No."), 44, RIGHT),
    ColumnSpec("party", QT_TRANSLATE_NOOP("Columns", "Party"), 220),
    ColumnSpec("text", QT_TRANSLATE_NOOP("Columns", "Commitment"), 380, sort_key=None, tooltip=lambda r: r.text),
    ColumnSpec("due_date", QT_TRANSLATE_NOOP("Columns", "Due"), 130, formatter=fmt_date),
    ColumnSpec("status", QT_TRANSLATE_NOOP("Columns", "Status"), 110, formatter=status_label),
    ColumnSpec("late", QT_TRANSLATE_NOOP("Columns", "Late"), 100, value=lambda r: r, formatter=_late, sort_key=None),
    ColumnSpec("evidence_name", QT_TRANSLATE_NOOP("Columns", "Evidence"), 200, sort_key=None,
               tooltip=lambda r: f"SHA-256 {r.evidence_sha256}" if r.evidence_sha256 else ""),
    ColumnSpec("meeting_title", QT_TRANSLATE_NOOP("Columns", "Meeting"), 240, sort_key="held_on"),
]


class CommitmentsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        bar = QToolBar(self)
        self.meeting_action = self._action(bar, "calendar-clock", self.tr("New &meeting"), "Ctrl+Shift+N",
                                           self.new_meeting)
        self.new_action = self._action(bar, "plus", self.tr("&New commitment"), "Ctrl+N", self.new_commitment)
        self.edit_action = self._action(bar, "pencil", self.tr("&Edit"), "Ctrl+E", self.edit_commitment)
        self.done_action = self._action(bar, "check", self.tr("Mark &done"), "Ctrl+D", self.mark_done)
        self.evidence_action = self._action(bar, "file-plus", self.tr("Attach e&vidence…"), "Ctrl+Shift+A",
                                            self.attach_evidence)
        self.save_evidence_action = self._action(bar, "download", self.tr("&Save evidence…"), "Ctrl+Shift+S",
                                                 self.save_evidence)
        self.only_overdue = QCheckBox(self.tr("Only &overdue"), self)
        self.only_overdue.setAccessibleName(self.tr("Show only overdue commitments"))
        self.only_overdue.toggled.connect(lambda _c: self.apply_filters())
        bar.addSeparator()
        bar.addWidget(self.only_overdue)
        self.meetings = QListWidget(self)
        self.meetings.setAccessibleName(self.tr("Coordination meetings"))
        self.meetings.currentRowChanged.connect(lambda _i: self.apply_filters())
        self.meetings.itemDoubleClicked.connect(lambda _i: self.edit_meeting())
        self.table = DataTable("coverage/commitments", COLUMNS, services.coverage.list_commitments,
                               filter_placeholder=self.tr("Filter by party or text…"), parent=self)
        self.table.view.setItemDelegate(RowTintDelegate(lambda r: "late" if r.overdue else None, self.table.view))
        self.table.activated.connect(lambda _r: self.edit_commitment())
        self.table.selection_changed.connect(lambda _r: self._enable())
        self.summary = QLabel(self)
        self.empty = empty_state(self.tr("No coordination meetings yet. Press Ctrl+Shift+N to record a rapat "
                                         "koordinasi, then Ctrl+N for each commitment made there."), self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Meetings"), left))
        left_layout.addWidget(self.meetings, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.table)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.reload()

    def _action(self, bar: QToolBar, icon_name: str, text: str, shortcut: str, slot) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        action.triggered.connect(lambda _c=False: slot())
        bar.addAction(action)
        self.addAction(action)
        return action

    def reload(self) -> None:
        current = self.meeting()
        self._meetings = self.services.coverage.meetings()
        self.meetings.blockSignals(True)
        self.meetings.clear()
        self.meetings.addItem(QListWidgetItem(self.tr("All meetings")))
        for m in self._meetings:
            text = f"{fmt_date(m.held_on)} — {m.title}"
            if m.overdue:
                text += " · " + self.tr("%1 overdue").replace("%1", str(m.overdue))
            self.meetings.addItem(QListWidgetItem(text))
        index = next((i + 1 for i, m in enumerate(self._meetings) if current and m.id == current.id), 0)
        self.meetings.setCurrentRow(index)
        self.meetings.blockSignals(False)
        overdue = self.services.coverage.overdue_count()
        self.summary.setText(self.tr("%1 commitment(s) overdue.").replace("%1", str(overdue)) if overdue
                             else self.tr("No commitment is overdue."))
        self.empty.setVisible(not self._meetings)
        self.apply_filters()

    def meeting(self):
        row = self.meetings.currentRow() if hasattr(self, "_meetings") else 0
        return self._meetings[row - 1] if row and row - 1 < len(self._meetings) else None

    def apply_filters(self) -> None:
        filters: dict = {}
        m = self.meeting()
        if m is not None:
            filters["meeting_id"] = m.id
        if self.only_overdue.isChecked():
            filters["overdue"] = True
        self.table.model.set_filters(filters)
        self._enable()

    def show_overdue(self) -> None:
        self.meetings.setCurrentRow(0)
        self.only_overdue.setChecked(True)
        self.apply_filters()

    def select_commitment(self, commitment_id) -> None:
        self.only_overdue.setChecked(False)
        self.meetings.setCurrentRow(0)
        for i in range(self.table.model.total):
            row = self.table.model.row_object(i)
            if row is not None and row.id == commitment_id:
                self.table.view.selectRow(i)
                return

    def _enable(self) -> None:
        c = self.table.selected()
        self.new_action.setEnabled(self.meeting() is not None or len(getattr(self, "_meetings", ())) == 1)
        for a in (self.edit_action, self.done_action, self.evidence_action):
            a.setEnabled(c is not None)
        self.save_evidence_action.setEnabled(c is not None and c.has_evidence)

    # ---- actions ------------------------------------------------------------------------------

    def new_meeting(self) -> None:
        MeetingDialog(self.services, parent=self).exec()

    def edit_meeting(self) -> None:
        m = self.meeting()
        if m is not None:
            MeetingDialog(self.services, m, parent=self).exec()

    def new_commitment(self) -> None:
        m = self.meeting() or (self._meetings[0] if len(self._meetings) == 1 else None)
        if m is not None:
            CommitmentDialog(self.services, m, parent=self).exec()

    def edit_commitment(self) -> None:
        c = self.table.selected()
        if c is None:
            return
        m = next((m for m in self._meetings if m.id == c.meeting_id), None)
        if m is not None:
            CommitmentDialog(self.services, m, c, parent=self).exec()

    def mark_done(self) -> None:
        c = self.table.selected()
        if c is None:
            return
        try:
            _, changes = self.services.coverage.set_commitment_status(c.id, c.version, CommitmentStatus.DONE)
            notify(self, changes)
        except Exception as exc:
            show_error(self, exc)

    def attach_evidence(self) -> None:
        c = self.table.selected()
        if c is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the evidence file"), "",
                                              self.tr("Documents (*.pdf *.jpg *.jpeg *.png *.docx);;All files (*)"))
        if not path:
            return
        try:
            _, changes = self.services.coverage.attach_evidence(c.id, c.version, Path(path))
            notify(self, changes)
        except Exception as exc:
            show_error(self, exc)

    def save_evidence(self) -> None:
        c = self.table.selected()
        if c is None or not c.has_evidence:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the evidence file"), c.evidence_name)
        if path:
            try:
                self.services.coverage.save_evidence(c.id, Path(path))
            except Exception as exc:
                show_error(self, exc)

