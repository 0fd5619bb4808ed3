"""The outgoing letter register (agenda surat keluar): search, filter, preview, reprint, cancel, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.app import Services
from desktop.services.paging import PageRequest
from desktop.ui.errors import show_error
from desktop.ui.letters.common import (
    ReasonDialog,
    filter_combo,
    fmt_date,
    make_action,
    notify,
    status_label,
)
from desktop.ui.letters.pdf_viewer import PdfViewer, show_pdf
from desktop.ui.tables import ColumnSpec
from desktop.ui.tasks import run_task
from desktop.ui.widgets.table_view import DataTable

COLUMNS = [
    ColumnSpec("number", QT_TRANSLATE_NOOP("Columns", "Number"), 190),
    ColumnSpec("issued_on", QT_TRANSLATE_NOOP("Columns", "Date"), 120, formatter=fmt_date),
    ColumnSpec("template_name", QT_TRANSLATE_NOOP("Columns", "Letter type"), 180),
    ColumnSpec("subject", QT_TRANSLATE_NOOP("Columns", "Subject (Hal)"), 240),
    ColumnSpec("recipient", QT_TRANSLATE_NOOP("Columns", "Recipient"), 230),
    ColumnSpec("status", QT_TRANSLATE_NOOP("Columns", "Status"), 90, formatter=status_label, sort_key=None),
    ColumnSpec("issued_by", QT_TRANSLATE_NOOP("Columns", "Issued by"), 90),
]


class RegisterTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.open_action = make_action(self, "eye", self.tr("&Open"), "Ctrl+O", self.open_selected)
        self.reprint_action = make_action(self, "printer", self.tr("&Reprint (SALINAN)"), "Ctrl+Shift+P", self.reprint)
        self.cancel_action = make_action(self, "ban", self.tr("&Cancel number…"), "Ctrl+Shift+D", self.cancel_letter)
        self.export_action = make_action(self, "file-spreadsheet", self.tr("E&xport to Excel…"), "Ctrl+Shift+X",
                                         self.export)
        self.refresh_action = make_action(self, "refresh-cw", self.tr("Refresh"), "F5", self.reload)
        for action in (self.open_action, self.reprint_action, self.cancel_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.export_action)

        self.template_filter = filter_combo(self, self.tr("Letter type"), [("", self.tr("All letter types"))])
        self.status_filter = filter_combo(self, self.tr("Status"), [("", self.tr("Any status")),
                                                                    ("issued", self.tr("Issued")),
                                                                    ("cancelled", self.tr("Cancelled"))])
        self.year_filter = filter_combo(self, self.tr("Year"), [(0, self.tr("All years"))])
        for combo in (self.template_filter, self.status_filter, self.year_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(self.template_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.year_filter)
        filters.addStretch(1)

        self.table = DataTable("letters.register", COLUMNS, parent=self,
                               filter_placeholder=self.tr("Search by number, recipient or subject…"))
        self.table.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # the newest letters first
        self.empty = QLabel(self.tr("No letters in the register yet. Letters are issued from the partner, "
                                    "compliance and benefit pages, or with \u201ccabang letters batch\u201d."), self)
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        self.table.model.modelReset.connect(self._after_reload)
        self.table.selection_changed.connect(lambda _row: self.preview_selected())
        self.table.activated.connect(lambda _row: self.open_selected())
        self.viewer = PdfViewer(self)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.info)
        rl.addWidget(self.viewer, 1)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(filters)
        ll.addWidget(self.empty)
        ll.addWidget(self.table, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)
        self._fill_filters()
        self.table.set_source(self.services.letters.register_page)
        self._enable(None)

    # ---- data ---------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        current_t = self.template_filter.currentData()
        current_y = self.year_filter.currentData()
        for combo in (self.template_filter, self.year_filter):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
        for t in self.services.letters.templates():
            self.template_filter.addItem(t.name, t.key)
        for year in self.services.letters.register_years():
            self.year_filter.addItem(str(year), year)
        for combo, value in ((self.template_filter, current_t), (self.year_filter, current_y)):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _filters(self) -> dict:
        return {"template": self.template_filter.currentData() or "", "status": self.status_filter.currentData() or "",
                "year": self.year_filter.currentData() or 0}

    def _apply_filters(self) -> None:
        self.table.model.set_filters(self._filters())

    def reload(self) -> None:
        self._fill_filters()
        self.table.model.set_filters(self._filters())

    def _after_reload(self) -> None:
        filtered = any(self._filters().values()) or bool(self.table.filter.text())
        self.empty.setVisible(self.table.model.total == 0 and not filtered)
        self._enable(None)

    def selected(self):
        return self.table.selected()

    def select_letter(self, letter_id) -> bool:
        model = self.table.model
        for row in range(model.rowCount()):
            item = model.row_object(row)
            if item is not None and item.id == letter_id:
                self.table.view.selectRow(row)
                return True
        return False

    def _enable(self, letter) -> None:
        has = letter is not None
        self.open_action.setEnabled(has)
        self.reprint_action.setEnabled(has)
        self.cancel_action.setEnabled(has and letter.status == "issued")

    # ---- actions ------------------------------------------------------------------------------

    def preview_selected(self) -> None:
        letter = self.selected()
        self._enable(letter)
        if letter is None:
            self.info.clear()
            self.viewer.clear()
            return
        state = status_label(letter.status)
        if letter.cancel_reason:
            state += f" \u2014 {letter.cancel_reason}"
        self.info.setText(f"<b>{letter.number}</b> \u00b7 {fmt_date(letter.issued_on)} \u00b7 {state}<br>"
                          f"{self.tr('Template version')} {letter.template_version} \u00b7 SHA-256 "
                          f"<span style='font-family:monospace'>{letter.sha256[:16]}\u2026</span>")
        try:
            self.viewer.set_pdf(self.services.letters.original_pdf(letter.id))
        except UserError as exc:
            show_error(self, exc)

    def open_selected(self):
        letter = self.selected()
        if letter is None:
            return None
        try:
            source = letter.pdf_path if letter.pdf_path.is_file() else self.services.letters.original_pdf(letter.id)
        except UserError as exc:
            show_error(self, exc)
            return None
        return show_pdf(self, source, letter.number)

    def reprint(self):
        letter = self.selected()
        if letter is None:
            return None
        try:
            data = self.services.letters.reprint(letter.id)
        except UserError as exc:
            show_error(self, exc)
            return None
        return show_pdf(self, data, self.tr("%1 (SALINAN)").replace("%1", letter.number))

    def cancel_letter(self) -> None:
        letter = self.selected()
        if letter is None or letter.status != "issued":
            return
        dialog = ReasonDialog(self, self.tr("Cancel letter number"),
                              self.tr("Letter %1 will stay in the register, marked cancelled; its number is not "
                                      "given again. Why is it cancelled?").replace("%1", letter.number))
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        try:
            changes = self.services.letters.cancel(letter.id, dialog.text())
        except UserError as exc:
            show_error(self, exc)
            return
        notify(self, changes)
        self.table.reload()

    def export(self, path: str | None = None) -> None:
        if not path:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the register"),
                                                  str(Path(folder) / "agenda-surat-keluar.xlsx"),
                                                  self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        request = PageRequest(text=self.table.filter.text().strip(), filters=self._filters())
        target = Path(path)

        def done(count: int) -> None:
            if not _headless():
                QMessageBox.information(self, self.tr("Export"),
                                        self.tr("%n letter(s) exported to %1.", "", count).replace("%1", str(target)))

        run_task(self, lambda _control: self.services.letters.export_register(target, request), on_success=done,
                 title=self.tr("Exporting the register"))


def _headless() -> bool:
    import os

    return os.environ.get("CABANG_NO_DIALOGS") == "1"
