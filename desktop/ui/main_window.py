"""The main window: side bar, pages, status bar, global search. It only assembles; pages do the work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.app import Services
from desktop.services.context import Changes
from desktop.services.search import SearchHit
from desktop.ui import first_paint
from desktop.ui.icons import icon
from desktop.ui.pages import PAGES, Page, PageSpec, create_page
from desktop.ui.security.visibility import visible_pages


class MainWindow(QMainWindow):
    changes_applied = Signal(object)  # Changes, after every page was told

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Cabang — BPJS Ketenagakerjaan branch office"))
        self.setMinimumSize(800, 560)
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget(self)
        self._pages: dict[str, Page] = {}
        self._specs: list[PageSpec] = visible_pages(services.actor, PAGES)  # only what the role may use
        for spec in self._specs:
            item = QListWidgetItem(icon(spec.icon), QCoreApplication.translate("Pages", spec.title))
            item.setToolTip(f"{QCoreApplication.translate('Pages', spec.title)} ({spec.shortcut})")
            item.setSizeHint(QSize(0, 40))
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget(self))  # pages are built when first shown
        splitter = QSplitter(self)
        splitter.addWidget(self._side_panel())
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.sidebar.currentRowChanged.connect(self.show_index)
        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        self.sidebar.setCurrentRow(0)

    def _side_panel(self) -> QWidget:
        """The office's name, a search box that opens the global search, and the sections."""
        panel = QWidget(self)
        panel.setObjectName("SidePanel")
        panel.setFixedWidth(240)
        office = self.services.office.get()
        name = QLabel(office.name or self.tr("Cabang"), panel)
        name.setObjectName("OfficeName")
        name.setWordWrap(True)
        self.search_box = QLineEdit(panel)
        self.search_box.setPlaceholderText(self.tr("Search… (Ctrl+K)"))
        self.search_box.setAccessibleName(self.tr("Search everything"))
        self.search_box.textEdited.connect(self._search_from_box)
        self.search_box.returnPressed.connect(lambda: self._search_from_box(self.search_box.text()))
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(name)
        layout.addWidget(self.search_box)
        layout.addWidget(self.sidebar, 1)
        return panel

    def _search_from_box(self, text: str) -> None:
        self.search_box.clear()
        self.open_search(text)

    # ---- pages ---------------------------------------------------------------------------

    def page(self, key: str) -> Page:
        if key not in self._pages:
            index = [s.key for s in self._specs].index(key)
            spec = self._specs[index]
            page = create_page(spec, self.services, self)
            page.setAccessibleName(QCoreApplication.translate("Pages", spec.title))
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._pages[key] = page
        return self._pages[key]

    def show_index(self, index: int) -> None:
        if not 0 <= index < len(self._specs):
            return
        page = self.page(self._specs[index].key)
        self.stack.setCurrentWidget(page)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
        page.on_shown()

    def show_page(self, key: str) -> Page:
        self.show_index([s.key for s in self._specs].index(key))
        return self._pages[key]

    def current_key(self) -> str:
        return self._specs[self.sidebar.currentRow()].key

    def apply_changes(self, changes: Changes) -> None:
        """Every mutation ends here: each built page refreshes what it shows of the changed areas."""
        for page in self._pages.values():
            page.on_changes(changes)
        self.refresh_status()
        self.changes_applied.emit(changes)

    # ---- menus and shortcuts ---------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        backup = QAction(icon("save"), self.tr("&Back up now"), self)
        backup.setShortcut(QKeySequence("Ctrl+Shift+B"))
        backup.triggered.connect(self.backup_now)
        file_menu.addAction(backup)
        from desktop.ui.sync.actions import add_sync_actions

        add_sync_actions(self, file_menu)  # Sync… (Ctrl+Shift+S), Conflicts… (Ctrl+Shift+K), office connection
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.search_action = QAction(icon("search"), self.tr("&Search everything…"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.search_action.triggered.connect(lambda: self.open_search())
        go_menu.addAction(self.search_action)
        go_menu.addSeparator()
        for i, spec in enumerate(self._specs):
            action = QAction(icon(spec.icon), QCoreApplication.translate("Pages", spec.title), self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _c=False, i=i: self.show_index(i))
            go_menu.addAction(action)
        self.addActions(go_menu.actions())

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        from desktop.ui.help import add_help_actions

        add_help_actions(self, help_menu)  # user guide (F1), keyboard shortcuts, copy diagnostics
        about = QAction(icon("info"), self.tr("&About Cabang"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(self)
        self.user_label = QLabel(self)
        self.sync_label = QLabel(self)
        for label in (self.db_label, self.user_label, self.sync_label):
            bar.addPermanentWidget(label)
        if first_paint.holding():  # start-up: the sync state is read off the UI thread once painted
            self.refresh_status(sync=False)
            first_paint.when_painted(self._read_sync_state)
        else:
            self.refresh_status()

    def refresh_status(self, sync: bool = True) -> None:
        actor = self.services.actor
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.services.database_description()))
        role = QCoreApplication.translate("Role", _role_label(actor.role))
        self.user_label.setText(self.tr("User: %1 (%2)").replace("%1", actor.full_name).replace("%2", role))
        if sync:
            from desktop.ui.sync.status import refresh_sync_label

            refresh_sync_label(self.sync_label, self.services)

    def _read_sync_state(self) -> None:
        from desktop.ui.sync.status import show_sync_status
        from desktop.ui.tasks import run_task

        run_task(self, lambda _c: self.services.sync.status(), show_progress=False,
                 on_success=lambda status: show_sync_status(self.sync_label, status),
                 on_error=lambda exc: show_sync_status(self.sync_label, None, exc))

    # ---- actions --------------------------------------------------------------------------

    def open_search(self, text: str = "") -> None:
        from desktop.ui.search_dialog import SearchDialog

        dialog = SearchDialog(self.services, self)
        dialog.open_hit.connect(self.open_hit)
        self._search_dialog = dialog
        dialog.open()
        if text:
            dialog.box.setText(text)
            dialog.box.setFocus()

    def open_hit(self, hit: SearchHit) -> None:
        page = self.show_page(hit.area)
        page.open_record(hit.record_id)

    def backup_now(self) -> None:
        from desktop.ui.tasks import run_task

        def done(path) -> None:
            self.statusBar().showMessage(self.tr("Backup saved: %1").replace("%1", str(path)), 8000)

        run_task(self, lambda control: self.services.backup.backup(), on_success=done,
                 title=self.tr("Backing up the database"))

    def show_about(self) -> None:
        from desktop.ui.about import show_about

        show_about(self, self.services)

    # ---- geometry -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            return
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        if available is not None and available.width() <= 1440:
            self.resize(available.size())  # office laptops: use the whole screen
        else:
            self.resize(1360, 820)

    def closeEvent(self, event) -> None:  # noqa: N802
        QSettings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)


def _role_label(role: str) -> str:
    from desktop.domain.roles import ROLE_LABELS, Role

    try:
        return ROLE_LABELS[Role(role)]
    except ValueError:
        return role
