"""One table model for every list in Cabang, built from column specs.

Rows come from a `fetch(PageRequest) -> Page` function (a service call), a block of rows at a time:
sorting and filtering are done by the database, and scrolling to the end of 300,000 participants
only loads the blocks that are shown (an LRU of blocks bounds memory). `ObjectRole` gives the row's
dataclass, through any proxy.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.services.paging import Page, PageRequest

ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index Qt passes for the top level


@dataclass(frozen=True)
class ColumnSpec:
    key: str  # attribute of the row dataclass (or a name for `value`)
    title: str  # English source text, translated in the "Columns" context
    width: int = 120
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    formatter: Callable[[Any], str] | None = None
    sort_key: str | None = "same"  # the service's sort key; None: not sortable; "same": `key`
    value: Callable[[Any], Any] | None = None  # computes the cell from the row instead of getattr
    tooltip: Callable[[Any], str] | None = None

    def raw(self, row: Any) -> Any:
        return self.value(row) if self.value else getattr(row, self.key, None)

    def text(self, row: Any) -> str:
        v = self.raw(row)
        if self.formatter is not None:
            return self.formatter(v)
        return "" if v is None else str(v)

    @property
    def server_sort(self) -> str | None:
        return self.key if self.sort_key == "same" else self.sort_key


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def static_source(rows: Sequence[Any], columns: Sequence[ColumnSpec]) -> Callable[[PageRequest], Page]:
    """A fetch function over rows already in memory (short lists), with the same behaviour."""
    by_key = {c.server_sort: c for c in columns if c.server_sort}

    def fetch(request: PageRequest) -> Page:
        items = list(rows)
        words = request.text.lower().split()
        if words:
            def matches(r: Any) -> bool:
                hay = " ".join(c.text(r) for c in columns).lower()
                return all(w in hay for w in words)

            items = [r for r in items if matches(r)]
        spec = by_key.get(request.sort_key or "")
        if spec is not None:
            items.sort(key=lambda r: _sortable(spec.raw(r)), reverse=request.descending)
        return Page(items[request.offset: request.offset + request.limit], len(items), request.offset)

    return fetch


def _sortable(v: Any) -> tuple:
    return (v is None, v if v is not None else 0) if not isinstance(v, str) else (False, v.lower())


@dataclass
class _State:
    text: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort_key: str | None = None
    descending: bool = False


class PagedTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[ColumnSpec], fetch: Callable[[PageRequest], Page] | None = None, *,
                 block_size: int = 200, max_blocks: int = 25, parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch = fetch
        self.block_size = block_size
        self.max_blocks = max_blocks
        self._state = _State()
        self._blocks: OrderedDict[int, list[Any]] = OrderedDict()
        self._total = 0
        self.fetch_count = 0  # how many service calls were made (tests check laziness)

    # ---- feeding --------------------------------------------------------------------------

    def set_source(self, fetch: Callable[[PageRequest], Page]) -> None:
        self._fetch = fetch
        self.reload()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.set_source(static_source(rows, self.columns))

    def set_text_filter(self, text: str) -> None:
        if text != self._state.text:
            self._state.text = text
            self.reload()

    def set_filters(self, filters: Mapping[str, Any]) -> None:
        self._state.filters = dict(filters)
        self.reload()

    def reload(self) -> None:
        """Drop the cache and count again (after a change, a new filter or a new sort)."""
        self.beginResetModel()
        self._blocks.clear()
        self._total = 0
        if self._fetch is not None:
            self._total = self._load_block(0, count_only=False).total
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def cached_rows(self) -> int:
        return sum(len(b) for b in self._blocks.values())

    def _request(self, block: int) -> PageRequest:
        s = self._state
        return PageRequest(offset=block * self.block_size, limit=self.block_size, sort_key=s.sort_key,
                           descending=s.descending, text=s.text, filters=s.filters)

    def _load_block(self, block: int, count_only: bool = False) -> Page:
        assert self._fetch is not None
        page = self._fetch(self._request(block))
        self.fetch_count += 1
        self._blocks[block] = list(page.rows)
        self._blocks.move_to_end(block)
        while len(self._blocks) > self.max_blocks:
            self._blocks.popitem(last=False)
        return page

    def row_object(self, row: int) -> Any:
        if row < 0 or row >= self._total or self._fetch is None:
            return None
        block, offset = divmod(row, self.block_size)
        rows = self._blocks.get(block)
        if rows is None:
            rows = self._load_block(block).rows
        else:
            self._blocks.move_to_end(block)
        return rows[offset] if offset < len(rows) else None

    # ---- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.columns[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[section].align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_object(index.row())
        if row is None:
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == ObjectRole:
            return row
        if role == SortRole:
            return col.raw(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].server_sort
        if key is None:
            return
        self._state.sort_key = key
        self._state.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
