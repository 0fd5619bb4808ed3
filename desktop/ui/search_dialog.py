"""Global search (Ctrl+K): type a NIK, KPJ, NPP or part of a name; Enter opens the record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.services.search import SearchHit

# What a hit is (SearchHit.kind, written by the areas' search providers), for the translation files.
KINDS = (QT_TRANSLATE_NOOP("SearchKind", "Employer"), QT_TRANSLATE_NOOP("SearchKind", "Case"),
         QT_TRANSLATE_NOOP("SearchKind", "Death claim"), QT_TRANSLATE_NOOP("SearchKind", "Heir"),
         QT_TRANSLATE_NOOP("SearchKind", "Letter"), QT_TRANSLATE_NOOP("SearchKind", "Partner"),
         QT_TRANSLATE_NOOP("SearchKind", "Sponsorship"), QT_TRANSLATE_NOOP("SearchKind", "Perisai agent"),
         QT_TRANSLATE_NOOP("SearchKind", "Enrolled worker"))


class SearchDialog(QDialog):
    open_hit = Signal(object)  # SearchHit

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Search"))
        self.resize(640, 420)
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("NIK, KPJ, NPP, letter number or part of a name…"))
        self.box.setAccessibleName(self.tr("Search everything"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.hint = QLabel(self.tr("Type at least two characters."), self)
        self.hint.setObjectName("EmptyState")
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self._open_current)
        self.results.itemActivated.connect(lambda item: self._open(item.data(Qt.ItemDataRole.UserRole)))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - arrows move in the list while typing
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
            row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.results.setCurrentRow(max(0, min(row, self.results.count() - 1)))
            return
        super().keyPressEvent(event)

    def run_search(self) -> list[SearchHit]:
        self._timer.stop()
        text = self.box.text()
        hits = self.services.search.search(text)
        self.results.clear()
        for hit in hits:
            kind = QCoreApplication.translate("SearchKind", hit.kind)
            item = QListWidgetItem(f"{hit.title}\n{kind} · {hit.subtitle}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        if len(text.strip()) < 2:
            self.hint.setText(self.tr("Type at least two characters."))
        elif not hits:
            self.hint.setText(self.tr("Nothing found for “%1”.").replace("%1", text.strip()))
        else:
            self.hint.setText(self.tr("%n result(s). Enter opens the selected one.", "", len(hits)))
        if hits:
            self.results.setCurrentRow(0)
        return hits

    def _open_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
        item = self.results.currentItem()
        if item is not None:
            self._open(item.data(Qt.ItemDataRole.UserRole))

    def _open(self, hit: SearchHit) -> None:
        self.open_hit.emit(hit)
        self.accept()
