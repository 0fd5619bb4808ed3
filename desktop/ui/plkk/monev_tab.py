"""The monev tab: which partners have not had their yearly visit, the follow-ups still open across
all partners, and the scoring criteria."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QToolBar, QVBoxLayout, QWidget

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.plkk.common import apply_changes, facility_label, fmt_date
from desktop.ui.plkk.criteria_dialog import CriteriaDialog
from desktop.ui.tables import ColumnSpec
from desktop.ui.widgets.table_view import DataTable

MISSING_COLUMNS = [
    ColumnSpec("kode_faskes", QT_TRANSLATE_NOOP("Columns", "Kode faskes"), 100),
    ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Partner"), 280),
    ColumnSpec("facility_type", QT_TRANSLATE_NOOP("Columns", "Type"), 120, formatter=facility_label),
    ColumnSpec("regency", QT_TRANSLATE_NOOP("Columns", "Kabupaten"), 120),
    ColumnSpec("last_monev", QT_TRANSLATE_NOOP("Columns", "Last monev"), 130, formatter=fmt_date),
]
FOLLOW_COLUMNS = [
    ColumnSpec("due_on", QT_TRANSLATE_NOOP("Columns", "Due"), 140, formatter=fmt_date),
    ColumnSpec("partner_name", QT_TRANSLATE_NOOP("Columns", "Partner"), 240),
    ColumnSpec("action", QT_TRANSLATE_NOOP("Columns", "Follow-up"), 360),
    ColumnSpec("overdue", QT_TRANSLATE_NOOP("Columns", "Overdue"), 80,
               formatter=lambda v: "⚠" if v else ""),
]


class MonevTab(QWidget):
    open_partner = Signal(object)  # partner id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        criteria = QAction(icon("settings"), self.tr("Monev &criteria…"), self)
        criteria.setShortcut(QKeySequence("Ctrl+Shift+K"))
        criteria.triggered.connect(self.edit_criteria)
        bar.addAction(criteria)
        self.addAction(criteria)
        done = QAction(icon("check"), self.tr("Mark follow-up &done"), self)
        done.triggered.connect(self.mark_done)
        bar.addAction(done)
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Year"))
        this_year = services.ctx.today().year
        for y in range(this_year, this_year - 4, -1):
            self.year.addItem(str(y), y)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.missing_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Partners without a monev visit in"), self))
        top.addWidget(self.year)
        top.addWidget(self.missing_label, 1)
        self.missing = DataTable("plkk.monev_missing", MISSING_COLUMNS, parent=self)
        self.missing.activated.connect(lambda row: row is not None and self.open_partner.emit(row.id))
        self.follow = DataTable("plkk.follow_ups", FOLLOW_COLUMNS, parent=self)
        self.follow.activated.connect(lambda row: row is not None and self.open_partner.emit(row.partner_id))
        upper = QWidget(self)
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addLayout(top)
        ul.addWidget(self.missing, 1)
        lower = QWidget(self)
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Open follow-ups (double-click opens the partner)"), lower))
        ll.addWidget(self.follow, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)
        self.reload()

    def reload(self) -> None:
        year = self.year.currentData()
        missing = self.services.plkk.partners_without_monev(year)
        self.missing.set_rows(missing)
        self.missing_label.setText(self.tr("%1 partner(s) still to visit.").replace("%1", str(len(missing)))
                                   if missing else self.tr("Every active partner has been visited."))
        self.follow.set_rows(self.services.plkk.open_follow_ups())

    def edit_criteria(self) -> None:
        CriteriaDialog(self.services, self).exec()

    def mark_done(self) -> None:
        row = self.follow.selected()
        if row is None:
            return
        try:
            changes = self.services.plkk.set_follow_up_status(row.id, row.version, "done")
        except Exception as exc:
            show_error(self, exc)
            return
        apply_changes(self, changes)
