"""A table with its filter box, built on PagedTableModel; remembers column widths and sort."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.paging import Page, PageRequest
from desktop.ui.tables import ColumnSpec, ObjectRole, PagedTableModel


class DataTable(QWidget):
    activated = Signal(object)  # the row's dataclass, on double-click or Enter
    selection_changed = Signal(object)  # the selected row's dataclass or None

    def __init__(self, settings_key: str, columns: Sequence[ColumnSpec],
                 fetch: Callable[[PageRequest], Page] | None = None, *, filter_placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings_key = settings_key
        self.model = PagedTableModel(columns, parent=self)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(filter_placeholder or self.tr("Filter…"))
        self.filter.setAccessibleName(self.tr("Filter the table"))
        self.count_label = QLabel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setAccessibleName(settings_key)
        for i, col in enumerate(columns):
            self.view.setColumnWidth(i, col.width)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        # Typing filters after a short pause, not on every key: the database does the work.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(lambda: self._apply_filter(self.filter.text()))
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        self.filter.returnPressed.connect(lambda: self._apply_filter(self.filter.text()))
        # The view reports a double-click (or a single click, where the desktop is set so) and Enter as
        # one activation; listening to doubleClicked as well opened every dialog twice.
        self.view.activated.connect(lambda idx: self.activated.emit(idx.data(ObjectRole)))
        self.model.modelReset.connect(self._on_reset)
        self._restore_header()
        self.view.horizontalHeader().sectionResized.connect(lambda *_: self._save_header())
        self.view.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self._save_header())
        if fetch is not None:
            self.set_source(fetch)

    def set_source(self, fetch: Callable[[PageRequest], Page]) -> None:
        self.model.set_source(fetch)
        self.view.selectionModel().selectionChanged.connect(self._emit_selection, Qt.ConnectionType.UniqueConnection)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.set_source(self._static(rows))

    def _static(self, rows: Sequence[Any]):
        from desktop.ui.tables import static_source

        return static_source(rows, self.model.columns)

    def reload(self) -> None:
        self.model.reload()

    def _apply_filter(self, text: str) -> None:
        self._debounce.stop()
        self.model.set_text_filter(text.strip())

    def _on_reset(self) -> None:
        self.count_label.setText(self.tr("%n row(s)", "", self.model.total))
        self.selection_changed.emit(None)

    def _emit_selection(self, *_args) -> None:
        self.selection_changed.emit(self.selected())

    def selected(self) -> Any:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return rows[0].data(ObjectRole) if rows else None

    def _save_header(self) -> None:
        QSettings().setValue(f"tables/{self.settings_key}", self.view.horizontalHeader().saveState())

    def _restore_header(self) -> None:
        state = QSettings().value(f"tables/{self.settings_key}")
        if state is not None:
            self.view.horizontalHeader().restoreState(state)
