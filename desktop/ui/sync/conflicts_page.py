"""The Konflik list: a value changed at the office and on a laptop since they last synced. The record kept
the office's value; both are shown side by side, and a supervisor keeps the office's, takes the
laptop's, or types the right one. The choice reaches every laptop at its next sync."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_timestamp_id
from desktop.domain.roles import allowed
from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.services.sync_conflicts import ConflictView, show
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.tables import ColumnSpec
from desktop.ui.widgets.table_view import DataTable

AREA_TITLES = {"compliance": QT_TRANSLATE_NOOP("Pages", "Compliance"), "plkk": QT_TRANSLATE_NOOP("Pages", "PLKK Partners"),
               "benefits": QT_TRANSLATE_NOOP("Pages", "Benefits & Scholarships"),
               "coverage": QT_TRANSLATE_NOOP("Pages", "Coverage"), "letters": QT_TRANSLATE_NOOP("Pages", "Letters"),
               "users": QT_TRANSLATE_NOOP("Pages", "Admin"), "settings": QT_TRANSLATE_NOOP("Pages", "Admin"),
               "office": QT_TRANSLATE_NOOP("Pages", "Admin")}


def _value(v: object) -> str:
    text = show(v)
    return text if len(text) <= 80 else text[:77] + "…"


class ConflictsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(980, 620)
        self.may_resolve = allowed(services.actor.role, "sync.resolve")
        self._zone = services.sync.status().time_zone
        self.table = DataTable("sync.conflicts", [
            ColumnSpec("record", QT_TRANSLATE_NOOP("Columns", "Record"), 180),
            ColumnSpec("area", QT_TRANSLATE_NOOP("Columns", "Area"), 120, formatter=self._area),
            ColumnSpec("field", QT_TRANSLATE_NOOP("Columns", "Field"), 130, formatter=self._field),
            ColumnSpec("hub_value", QT_TRANSLATE_NOOP("Columns", "At the office"), 170, formatter=_value),
            ColumnSpec("laptop_value", QT_TRANSLATE_NOOP("Columns", "From the laptop"), 170, formatter=_value),
            ColumnSpec("device", QT_TRANSLATE_NOOP("Columns", "Laptop"), 90),
            ColumnSpec("laptop_user", QT_TRANSLATE_NOOP("Columns", "By"), 80),
            ColumnSpec("created_at", QT_TRANSLATE_NOOP("Columns", "Since"), 160, formatter=self._when),
            ColumnSpec("resolution", QT_TRANSLATE_NOOP("Columns", "Settled"), 90, formatter=self._resolution),
        ], filter_placeholder=self.tr("Filter conflicts…"), parent=self)
        self.table.selection_changed.connect(self._show)
        self.empty = QLabel(self.tr("No conflicts. When the office and a laptop change the same value before they "
                                    "sync, it waits here for a supervisor to decide."), self)
        self.empty.setWordWrap(True)
        self.show_settled = QCheckBox(self.tr("Show &settled conflicts"), self)
        self.show_settled.toggled.connect(lambda _c: self.reload())

        side = QGroupBox(self.tr("Both values"), self)
        self.what = QLabel(side)
        self.what.setWordWrap(True)
        self.office_value = QPlainTextEdit(side)
        self.office_value.setReadOnly(True)
        self.office_value.setAccessibleName(self.tr("The office's value"))
        self.laptop_value = QPlainTextEdit(side)
        self.laptop_value.setReadOnly(True)
        self.laptop_value.setAccessibleName(self.tr("The laptop's value"))
        for box in (self.office_value, self.laptop_value):
            box.setMaximumHeight(120)
        self.base = QLabel(side)
        self.base.setWordWrap(True)
        grid = QGridLayout(side)
        grid.addWidget(self.what, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("At the office (kept for now)"), side), 1, 0)
        grid.addWidget(QLabel(self.tr("From the laptop"), side), 1, 1)
        grid.addWidget(self.office_value, 2, 0)
        grid.addWidget(self.laptop_value, 2, 1)
        grid.addWidget(self.base, 3, 0, 1, 2)

        self.keep_office = QPushButton(icon("check"), self.tr("Keep the &office's value"), self)
        self.take_laptop = QPushButton(icon("laptop"), self.tr("Take the &laptop's value"), self)
        self.custom = QPushButton(icon("pencil"), self.tr("&Type the right value…"), self)
        self.keep_office.clicked.connect(lambda: self.resolve("hub"))
        self.take_laptop.clicked.connect(lambda: self.resolve("laptop"))
        self.custom.clicked.connect(self.ask_custom)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        if not self.may_resolve:
            self.note.setText(self.tr("Only a supervisor settles conflicts; you can see them here."))
        buttons = QHBoxLayout()
        for b in (self.keep_office, self.take_laptop, self.custom):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.show_settled)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 3)
        layout.addWidget(side, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(close)
        self.reload()

    # ---- formatting ------------------------------------------------------------------------------
    def _area(self, area: str) -> str:
        title = AREA_TITLES.get(area)
        return QCoreApplication.translate("Pages", title) if title else area

    def _field(self, field: str) -> str:
        if field == "deleted_at":
            return self.tr("deleted / kept")
        if field == "*":
            return self.tr("whole record")
        return field.replace("_", " ")

    def _when(self, value) -> str:
        return format_timestamp_id(value, self._zone) if value else ""

    def _resolution(self, value: str) -> str:
        return {"hub": self.tr("office's"), "laptop": self.tr("laptop's"), "custom": self.tr("typed")}.get(value, "")

    # ---- behaviour ----------------------------------------------------------------------------------
    def reload(self) -> None:
        rows = self.services.sync.list_conflicts(include_resolved=self.show_settled.isChecked())
        self.rows = rows
        self.table.set_rows(rows)
        self.empty.setVisible(not rows)
        self._show(None)

    def selected(self) -> ConflictView | None:
        return self.table.selected()

    def _show(self, c: ConflictView | None) -> None:
        enabled = c is not None and c.open and self.may_resolve
        for b in (self.keep_office, self.take_laptop):
            b.setEnabled(enabled)
        self.custom.setEnabled(enabled and c.field not in ("*", "deleted_at"))
        if c is None:
            self.what.setText(self.tr("Choose a conflict in the list."))
            self.office_value.setPlainText("")
            self.laptop_value.setPlainText("")
            self.base.setText("")
            return
        kind = {"field": self.tr("Changed on both sides"), "delete": self.tr("Deleted on one side, changed on the other"),
                "duplicate": self.tr("The same key or number on two records")}.get(c.kind, c.kind)
        self.what.setText(f"{kind}: {c.record} — {self._field(c.field)} ({self._area(c.area)})")
        self.office_value.setPlainText(self._shown(c.hub_value))
        self.laptop_value.setPlainText(self._shown(c.laptop_value))
        self.base.setText(self.tr("Before either change: %1").replace("%1", self._shown(c.base_value))
                          if c.kind == "field" else c.note)

    def _shown(self, value: object) -> str:
        if value is None:
            return self.tr("(empty)")
        if value == "removed":
            return self.tr("(removed)")
        return show(value)

    def resolve(self, choose: str, value: object = None) -> bool:
        c = self.selected()
        if c is None:
            return False
        try:
            changes = self.services.sync.resolve(c.id, choose, value)
        except Exception as exc:
            show_error(self, exc)
            return False
        window = self.parent()
        if window is not None and hasattr(window, "apply_changes"):
            window.apply_changes(changes)
        self.reload()
        return True

    def ask_custom(self) -> None:
        c = self.selected()
        if c is None:
            return
        if os.environ.get("CABANG_NO_DIALOGS") == "1":
            return
        text, ok = QInputDialog.getText(self, self.tr("Type the right value"), self._field(c.field) + ":",
                                        text=show(c.laptop_value))
        if ok:
            self.resolve("custom", text)
