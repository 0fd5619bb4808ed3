"""The follow-up queue (Antrian): an officer's cases, or everyone's for the supervisor, grouped as
overdue, ready to escalate, due today and waiting for a reply; the bulk warning starts here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.compliance import QueueClass
from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.ui.compliance.common import (
    PRIORITY_LABELS,
    fmt_date,
    label_of,
    queue_label,
    state_label,
)
from desktop.ui.icons import icon
from desktop.ui.tables import ColumnSpec
from desktop.ui.widgets.table_view import DataTable

_RANK = {QueueClass.OVERDUE: 0, QueueClass.READY: 1, QueueClass.DUE_TODAY: 2, QueueClass.WAITING: 3,
         QueueClass.UPCOMING: 4}


def _urgency(row) -> tuple:
    """Sorts the queue most urgent first: its group, then the due date."""
    return (_RANK.get(row.queue, 9), row.due_date or date.max, row.case_no, row.queue)


COLUMNS = [
    ColumnSpec("queue", QT_TRANSLATE_NOOP("Columns", "Follow-up"), 130, value=_urgency,
               formatter=lambda v: queue_label(v[-1])),
    ColumnSpec("case_no", QT_TRANSLATE_NOOP("Columns", "Case"), 110),
    ColumnSpec("employer_name", QT_TRANSLATE_NOOP("Columns", "Employer"), 240),
    ColumnSpec("npp", QT_TRANSLATE_NOOP("Columns", "NPP"), 90),
    ColumnSpec("kabupaten", QT_TRANSLATE_NOOP("Columns", "Kabupaten"), 100),
    ColumnSpec("state", QT_TRANSLATE_NOOP("Columns", "Stage"), 140, formatter=state_label),
    ColumnSpec("due_date", QT_TRANSLATE_NOOP("Columns", "Due"), 90, formatter=fmt_date),
    ColumnSpec("escalate_from", QT_TRANSLATE_NOOP("Columns", "Next step from"), 110, formatter=fmt_date),
    ColumnSpec("officer", QT_TRANSLATE_NOOP("Columns", "Officer"), 90),
    ColumnSpec("priority", QT_TRANSLATE_NOOP("Columns", "Priority"), 80,
               formatter=lambda p: label_of(PRIORITY_LABELS, p)),
]
CLASSES = (QueueClass.OVERDUE, QueueClass.READY, QueueClass.DUE_TODAY, QueueClass.WAITING, QueueClass.UPCOMING)


class QueueTab(QWidget):
    open_case = Signal(object)  # case id
    bulk_requested = Signal(str)  # the officer filter ("" for everyone)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.officer = QComboBox(self)
        self.officer.setAccessibleName(self.tr("Whose queue"))
        self.officer.addItem(self.tr("Everyone (supervisor's view)"), "")
        for username, name in services.compliance.officers():
            self.officer.addItem(name, username)
        mine = self.officer.findData(services.actor.username)
        self.officer.setCurrentIndex(mine if mine > 0 else 0)
        self.class_buttons: dict[QueueClass, QToolButton] = {}
        self.bulk_button = QPushButton(icon("send"), self.tr("&Bulk Teguran II…"), self)
        self.bulk_button.setShortcut(QKeySequence("Ctrl+B"))
        self.bulk_button.setToolTip(self.tr("Issue Teguran Tertulis II to every case whose first warning has expired "
                                            "(Ctrl+B)"))
        self.open_button = QPushButton(icon("eye"), self.tr("&Open case"), self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Queue of:"), self)
        label.setBuddy(self.officer)
        top.addWidget(label)
        top.addWidget(self.officer)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.bulk_button)
        groups = QHBoxLayout()
        for q in CLASSES:
            b = QToolButton(self)
            b.setCheckable(True)
            b.setChecked(q is not QueueClass.UPCOMING)
            b.setAccessibleName(queue_label(q))
            b.toggled.connect(self._fill)
            self.class_buttons[q] = b
            groups.addWidget(b)
        groups.addStretch(1)
        self.table = DataTable("compliance.queue", COLUMNS, filter_placeholder=self.tr("Filter by case, employer, NPP…"),
                               parent=self)
        self.table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.empty = QLabel(self)
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(groups)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.officer.currentIndexChanged.connect(self.refresh)
        self.table.activated.connect(lambda row: row is not None and self.open_case.emit(row.id))
        self.open_button.clicked.connect(self._open_selected)
        self.bulk_button.clicked.connect(lambda: self.bulk_requested.emit(self.officer.currentData() or ""))
        self._view = None

    def refresh(self) -> None:
        officer = self.officer.currentData() or None
        self._view = self.services.compliance.queue(officer, include_upcoming=True)
        for q, b in self.class_buttons.items():
            b.setText(f"{queue_label(q)} ({self._view.counts.get(q, 0)})")
        self._fill()

    def _fill(self) -> None:
        if self._view is None:
            return
        wanted = {q for q, b in self.class_buttons.items() if b.isChecked()}
        rows = [r for r in self._view.items if r.queue in wanted]
        self.table.set_rows(rows)
        ready = self._view.counts.get(QueueClass.READY, 0)
        self.bulk_button.setEnabled(ready > 0)
        if not self._view.items:
            self.empty.setText(self.tr("No open case in this queue. Open a case from the Cases or Employers tab, "
                                       "or import an employer list and open cases for the employers found."))
        elif not rows:
            self.empty.setText(self.tr("Nothing in the chosen groups. Tick another group above to see its cases."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))

    def _open_selected(self) -> None:
        row = self.table.selected()
        if row is not None:
            self.open_case.emit(row.id)
