"""The Mitra PLKK page: the partner list with filters and expiry flags, the partner's one-screen
detail, the events and the monev overview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.plkk import FacilityType, PartnerStatus
from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.services.context import Area, Changes
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.pages import Page
from desktop.ui.plkk.actions import PartnerActions
from desktop.ui.plkk.common import (
    BadgeDelegate,
    badge_text,
    badge_tooltip,
    facility_label,
    fmt_date,
    status_label,
)
from desktop.ui.plkk.detail import PartnerDetailPane
from desktop.ui.plkk.events_tab import EventsTab
from desktop.ui.plkk.monev_tab import MonevTab
from desktop.ui.tables import ColumnSpec
from desktop.ui.widgets.table_view import DataTable

COLUMNS = [
    ColumnSpec("band", QT_TRANSLATE_NOOP("Columns", "Expiry"), 96, sort_key="agreement_end", value=lambda r: r,
               formatter=lambda r: badge_text(r.band, r.days_left), tooltip=lambda r: badge_tooltip(r.band, r.days_left)),
    ColumnSpec("kode_faskes", QT_TRANSLATE_NOOP("Columns", "Kode faskes"), 96),
    ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Partner"), 250),
    ColumnSpec("facility_type", QT_TRANSLATE_NOOP("Columns", "Type"), 120, formatter=facility_label),
    ColumnSpec("regency", QT_TRANSLATE_NOOP("Columns", "Kabupaten"), 110),
    ColumnSpec("district", QT_TRANSLATE_NOOP("Columns", "Kecamatan"), 130),
    ColumnSpec("status", QT_TRANSLATE_NOOP("Columns", "Status"), 130, formatter=status_label),
    ColumnSpec("agreement_end", QT_TRANSLATE_NOOP("Columns", "PKS ends"), 120, formatter=fmt_date),
    ColumnSpec("last_monev", QT_TRANSLATE_NOOP("Columns", "Last monev"), 120, formatter=fmt_date),
]
BAND_COLUMN = 0

EXPIRY_CHOICES = (
    ("", QT_TRANSLATE_NOOP("PlkkPage", "Any agreement state")),
    ("30", QT_TRANSLATE_NOOP("PlkkPage", "Ending within 30 days")),
    ("60", QT_TRANSLATE_NOOP("PlkkPage", "Ending within 60 days")),
    ("90", QT_TRANSLATE_NOOP("PlkkPage", "Ending within the warning period")),
    ("active", QT_TRANSLATE_NOOP("PlkkPage", "In force")),
    ("upcoming", QT_TRANSLATE_NOOP("PlkkPage", "Not yet in force")),
    ("expired", QT_TRANSLATE_NOOP("PlkkPage", "Expired")),
    ("none", QT_TRANSLATE_NOOP("PlkkPage", "No agreement")),
)


class PlkkPage(Page):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.partner_actions = PartnerActions(self)
        title = QLabel(self.tr("PLKK Partners"), self)
        title.setObjectName("PageTitle")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._partners_tab(), icon("hospital"), self.tr("&Partners"))
        self.events_tab = EventsTab(services, self)
        self.tabs.addTab(self.events_tab, icon("calendar-clock"), self.tr("E&vents"))
        self.monev_tab = MonevTab(services, self)
        self.monev_tab.open_partner.connect(self.open_record)
        self.tabs.addTab(self.monev_tab, icon("list-checks"), self.tr("&Monev"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.summary, 1)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self._refresh_summary()

    # ---- building -----------------------------------------------------------------------------

    def _action(self, icon_name: str, text: str, shortcut: str, slot, bar: QToolBar | None = None) -> QAction:
        action = QAction(icon(icon_name), text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        action.triggered.connect(lambda _c=False: slot())
        self.addAction(action)
        if bar is not None:
            bar.addAction(action)
        return action

    def _partners_tab(self) -> QWidget:
        tab = QWidget(self)
        pa = self.partner_actions
        bar = QToolBar(tab)
        self.new_action = self._action("plus", self.tr("&New partner"), "Ctrl+N", pa.new_partner, bar)
        self.edit_action = self._action("pencil", self.tr("&Edit"), "Ctrl+E", pa.edit_partner, bar)
        self.agreement_action = self._action("file-plus", self.tr("Add &agreement"), "Ctrl+Shift+A",
                                             pa.add_agreement, bar)
        self.monev_action = self._action("list-checks", self.tr("Record &monev"), "Ctrl+M", pa.record_monev, bar)
        self.event_action = self._action("calendar-clock", self.tr("New e&vent"), "Ctrl+Shift+E",
                                         self._new_event, bar)
        self.sponsor_action = self._action("hand-coins", self.tr("&Sponsorship"), "Ctrl+Shift+P",
                                           pa.add_sponsorship)
        bar.addSeparator()
        self.import_action = self._action("upload", self.tr("&Import…"), "Ctrl+I", pa.import_partners, bar)
        self.export_action = self._action("download", self.tr("E&xport…"), "Ctrl+Shift+X", self.export, bar)
        bar.addSeparator()
        self.letter_menu = QMenu(self.tr("Letter"), tab)
        self.renewal_action = self._action("mail", self.tr("Pemberitahuan Perpanjangan PKS"), "Ctrl+L",
                                           pa.renewal_letter)
        self.monev_letter_action = self._action("mail", self.tr("Hasil Monev"), "Ctrl+Shift+L",
                                                lambda: pa.monev_letter(None))
        self.letter_menu.addAction(self.renewal_action)
        self.letter_menu.addAction(self.monev_letter_action)
        letter_button = QToolButton(bar)
        letter_button.setText(self.tr("&Letter"))
        letter_button.setIcon(icon("mail"))
        letter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        letter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        letter_button.setMenu(self.letter_menu)
        bar.addWidget(letter_button)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.delete_action = QAction(icon("trash-2"), self.tr("&Delete partner"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(pa.delete_partner)
        self._action("refresh-cw", self.tr("Refresh"), "F5", self.reload)

        self.regency = self._filter_combo(tab, self.tr("Kabupaten"), [("", self.tr("All kabupaten"))]
                                          + [(r, r) for r in self.services.plkk.regencies()])
        self.facility = self._filter_combo(tab, self.tr("Facility type"), [("", self.tr("All types"))]
                                           + [(t.value, facility_label(t.value)) for t in FacilityType])
        self.status = self._filter_combo(tab, self.tr("Status"), [("", self.tr("Any status"))]
                                         + [(s.value, status_label(s.value)) for s in PartnerStatus])
        self.expiry = self._filter_combo(tab, self.tr("Agreement"), [(v, self.tr(t)) for v, t in EXPIRY_CHOICES])
        filters = QHBoxLayout()
        for w in (self.regency, self.facility, self.status, self.expiry):
            filters.addWidget(w)
        filters.addStretch(1)

        self.empty = QLabel(self.tr("No partners yet. Add one with New partner (Ctrl+N), or import the branch's "
                                    "list from Excel (Ctrl+I)."), tab)
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        self.table = DataTable("plkk.partners", COLUMNS, parent=tab,
                               filter_placeholder=self.tr("Filter by name, kode faskes, kecamatan…"))
        self.table.view.setItemDelegateForColumn(BAND_COLUMN, BadgeDelegate(self.table.view))
        self.table.view.addAction(self.delete_action)
        self.table.model.modelReset.connect(self._after_reload)
        self.table.view.sortByColumn(BAND_COLUMN, Qt.SortOrder.AscendingOrder)  # the most urgent first
        self.table.set_source(self.services.plkk.list_partners)
        self.table.activated.connect(lambda _r: pa.edit_partner())
        self.table.selection_changed.connect(lambda _r: self.show_selected())
        self.detail = PartnerDetailPane(tab)
        pa.connect_detail(self.detail)
        left = QWidget(tab)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(filters)
        ll.addWidget(self.empty)
        ll.addWidget(self.table, 1)
        splitter = QSplitter(tab)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 460])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)
        self._enable()
        return tab

    def _filter_combo(self, parent: QWidget, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(parent)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        for value, label in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        return combo

    # ---- state --------------------------------------------------------------------------------

    def apply_filters(self) -> None:
        filters = {"regency": self.regency.currentData(), "facility_type": self.facility.currentData(),
                   "status": self.status.currentData(), "expiry": self.expiry.currentData()}
        self.table.model.set_filters({k: v for k, v in filters.items() if v})

    def set_expiry_filter(self, value: str) -> None:
        self.expiry.setCurrentIndex(max(0, self.expiry.findData(value)))

    def selected_partner(self):
        return self.table.selected()

    def _enable(self) -> None:
        has = self.selected_partner() is not None
        for a in (self.edit_action, self.agreement_action, self.monev_action, self.sponsor_action,
                  self.renewal_action, self.monev_letter_action, self.delete_action):
            a.setEnabled(has)

    def _after_reload(self) -> None:
        filtered = bool(self.table.model._state.filters or self.table.filter.text())  # noqa: SLF001
        self.empty.setVisible(self.table.model.total == 0 and not filtered)
        self._enable()

    def show_selected(self) -> None:
        self._enable()
        row = self.selected_partner()
        if row is None:
            self.detail.show_detail(None)
            return
        try:
            self.detail.show_detail(self.services.plkk.partner_detail(row.id))
        except Exception as exc:
            self.detail.show_detail(None)
            show_error(self, exc)

    def reload(self) -> None:
        selected = self.selected_partner()
        self.table.reload()
        if selected is not None:
            self.select_partner(selected.id)
        self.events_tab.reload()
        self.monev_tab.reload()
        self._refresh_summary()

    def _refresh_summary(self) -> None:
        expiring = self.services.plkk.expiring_agreements(int(self.services.settings.get("plkk.expiry_warning_days")))
        soon = sum(1 for e in expiring if e.days_left <= 30)
        if expiring:
            self.summary.setText(self.tr("%1 agreement(s) end within the warning period, %2 within 30 days.")
                                 .replace("%1", str(len(expiring))).replace("%2", str(soon)))
        else:
            self.summary.setText(self.tr("No agreement ends within the warning period."))

    def select_partner(self, partner_id) -> bool:
        model = self.table.model
        for r in range(model.total):
            obj = model.row_object(r)
            if obj is not None and obj.id == partner_id:
                self.table.view.selectRow(r)
                self.table.view.scrollTo(model.index(r, 0))
                return True
        return False

    # ---- Page ---------------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if Area.PLKK in changes or Area.LETTERS in changes or Area.SETTINGS in changes:
            self.reload()

    def on_shown(self) -> None:
        self.table.view.setFocus()

    def open_record(self, record_id) -> None:
        self.tabs.setCurrentIndex(0)
        for combo in (self.regency, self.facility, self.status, self.expiry):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.table.filter.clear()
        self.table.model.set_text_filter("")
        self.apply_filters()
        self.select_partner(record_id)

    # ---- actions that are not about one partner -----------------------------------------------

    def _new_event(self) -> None:
        self.tabs.setCurrentWidget(self.events_tab)
        self.events_tab.new_event()

    def export(self, path: Path | None = None) -> None:
        if path is None:
            name, _f = QFileDialog.getSaveFileName(self, self.tr("Export partners"), "mitra-plkk.xlsx",
                                                   self.tr("Excel workbook (*.xlsx)"))
            if not name:
                return
            path = Path(name)
        try:
            count = self.services.plkk.export_partners(path)
        except Exception as exc:
            show_error(self, exc)
            return
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("%1 partners exported to %2").replace("%1", str(count))
                                           .replace("%2", str(path)), 8000)

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
