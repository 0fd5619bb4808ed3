"""The Peserta tab: the branch's members (300,000 of them), a page at a time as the clerk scrolls,
with a search and a segment filter; a member's details, and their death claim (recorded or to record)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import benefits as dom
from desktop.domain.roles import allowed
from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.services.paging import PageRequest
from desktop.ui.benefits.common import (
    enable,
    fmt_date,
    fmt_money,
    make_action,
    segment_label,
)
from desktop.ui.tables import RIGHT, ColumnSpec
from desktop.ui.widgets.table_view import DataTable

if TYPE_CHECKING:  # the rows' type only: the service module (and its tables) loads with the first page
    from desktop.services.benefits_participants import ParticipantRow

RECORDED = QT_TRANSLATE_NOOP("Columns", "Recorded")
COLUMNS = [
    ColumnSpec("kpj", QT_TRANSLATE_NOOP("Columns", "KPJ"), 110),
    ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Name"), 200),
    ColumnSpec("nik", QT_TRANSLATE_NOOP("Columns", "NIK"), 140),
    ColumnSpec("segment", QT_TRANSLATE_NOOP("Columns", "Segment"), 80, tooltip=lambda r: segment_label(r.segment)),
    ColumnSpec("employer_name", QT_TRANSLATE_NOOP("Columns", "Employer or project"), 240),
    ColumnSpec("employer_npp", QT_TRANSLATE_NOOP("Columns", "NPP"), 90, sort_key=None),
    ColumnSpec("membership_start", QT_TRANSLATE_NOOP("Columns", "Member since"), 130, formatter=fmt_date),
    ColumnSpec("contribution_months", QT_TRANSLATE_NOOP("Columns", "Months paid"), 95, RIGHT, sort_key=None),
    ColumnSpec("claim", QT_TRANSLATE_NOOP("Columns", "Death claim"), 100, sort_key=None,
               value=lambda r: r.claim_id is not None,
               formatter=lambda has: QCoreApplication.translate("Columns", RECORDED) if has else ""),
]


def fmt_count(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # Indonesian thousands: 300.000


class ParticipantsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.dialog: QDialog | None = None
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_action = make_action(self, "user", self.tr("De&tails"), "Ctrl+O", self.show_selected)
        self.claim_action = make_action(self, "plus", self.tr("Record a &death claim…"), "Ctrl+N", self.record_claim)
        self.open_claim_action = make_action(self, "file-text", self.tr("Open the clai&m"), "Ctrl+Shift+O",
                                             self.open_claim)
        for action in (self.details_action, self.claim_action, self.open_claim_action):
            bar.addAction(action)
        self.claim_action.setVisible(self.may_record())
        self.segment = QComboBox(self)
        self.segment.setAccessibleName(self.tr("Filter by segment"))
        self.segment.addItem(self.tr("Every segment"), "")
        for seg in dom.Segment:
            self.segment.addItem(segment_label(seg.value), seg.value)
        self.segment.currentIndexChanged.connect(self.apply_filters)
        segment_label_widget = QLabel(self.tr("Se&gment"), self)
        segment_label_widget.setBuddy(self.segment)
        filters = QHBoxLayout()
        filters.addWidget(segment_label_widget)
        filters.addWidget(self.segment)
        filters.addStretch(1)
        self.table = DataTable("benefits/participants", COLUMNS,
                               filter_placeholder=self.tr("Name, KPJ, NIK, NPP or employer… (Ctrl+F)"), parent=self)
        if QSettings().value("tables/benefits/participants") is None:
            self.table.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by name, as the index reads them
        self.table.activated.connect(lambda row: self.show_details(row) if row else None)
        self.table.selection_changed.connect(self._enable)
        self.table.model.modelReset.connect(self._counted)  # after the table's own count, replacing it
        # not on the tool bar: an action still, so that the Help's list of shortcuts shows it
        self.search_action = make_action(self, "search", self.tr("Search the participants"), "Ctrl+F",
                                         self.focus_search)
        self.empty = QLabel(self)
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.segment, self.table.filter)
        self.setTabOrder(self.table.filter, self.table.view)
        self.loaded = False  # the first page is read when the tab is first shown, not with the page
        self._enable()

    # ---- loading ---------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.loaded:
            self.load()

    def load(self) -> None:
        self.loaded = True
        self.table.set_source(self._fetch)

    def reload(self) -> None:
        """Read the list again (after a claim was saved), keeping the clerk's place in it."""
        if not self.loaded:
            return
        rows = self.table.view.selectionModel().selectedRows()
        kept = (rows[0].row(), self.table.selected().id) if rows else None
        self.table.reload()
        if kept is not None:
            again = self.table.model.row_object(kept[0])
            if again is not None and again.id == kept[1]:
                self.table.view.selectRow(kept[0])

    def _fetch(self, request: PageRequest):
        return self.services.benefits.participants_page(PageRequest(
            request.offset, request.limit, request.sort_key, request.descending, request.text,
            {"segment": self.segment.currentData() or ""}))

    def apply_filters(self) -> None:
        if self.loaded:
            self.table.reload()

    def focus_search(self) -> None:
        self.table.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table.filter.selectAll()

    def _counted(self) -> None:
        n = self.table.model.total
        self.table.count_label.setText(self.tr("%1 participant(s)", "", n).replace("%1", fmt_count(n)))
        filtered = bool(self.table.filter.text().strip() or self.segment.currentData())
        self.empty.setText(self.tr("No participant matches the search. Check the spelling, or search by KPJ or NIK.")
                           if filtered else self.tr("No participants in the register yet."))
        self.empty.setVisible(n == 0)
        self._enable()

    # ---- actions ---------------------------------------------------------------------------------

    def may_record(self) -> bool:
        return allowed(self.services.actor.role, "benefits.edit")

    def _enable(self, *_args) -> None:
        row = self.table.selected()
        enable(self.details_action, row is not None)
        enable(self.claim_action, row is not None and self.can_record(row))
        enable(self.open_claim_action, row is not None and row.claim_id is not None)

    def can_record(self, row: ParticipantRow) -> bool:
        """A claim can be started for a member without one, by a role that may (and so sees the NIK)."""
        return row.claim_id is None and self.may_record() and "*" not in row.nik

    def show_selected(self) -> None:
        row = self.table.selected()
        if row is not None:
            self.show_details(row)

    def show_details(self, row: ParticipantRow) -> None:
        dialog = ParticipantDialog(row, self.can_record(row), self)
        dialog.record.connect_to(lambda: self._record(row))
        dialog.open_claim.connect_to(lambda: self._open_claim(row))
        self._show(dialog)

    def record_claim(self) -> None:
        row = self.table.selected()
        if row is not None and self.can_record(row):
            self._record(row)

    def open_claim(self) -> None:
        row = self.table.selected()
        if row is not None and row.claim_id is not None:
            self._open_claim(row)

    def _record(self, row: ParticipantRow) -> None:
        from desktop.ui.benefits.claim_dialog import ClaimDialog

        dialog = ClaimDialog(self.services, None, self)
        prefill_claim(dialog, row)
        self._show(dialog)

    def _open_claim(self, row: ParticipantRow) -> None:
        from desktop.ui.benefits.claim_dialog import ClaimDialog

        self._show(ClaimDialog(self.services, row.claim_id, self))

    def _show(self, dialog: QDialog) -> None:
        """Open a dialog (window-modal); the list is read again when a claim dialog closes."""
        self.dialog = dialog
        if not isinstance(dialog, ParticipantDialog):
            dialog.finished.connect(lambda _r: self.reload())
        dialog.open()


def prefill_claim(dialog, row: ParticipantRow) -> None:
    """A new claim dialog with the member's facts typed in: the clerk adds those of the death."""
    dialog.fill_member(row)
    dialog.update_entitlement()
    dialog.death.edit.setFocus()


class _Choice:
    """A dialog button that closes the dialog and then runs what the tab connected."""

    def __init__(self, dialog: QDialog, button: QPushButton) -> None:
        self.dialog, self.button, self.slot = dialog, button, None
        button.clicked.connect(self._run)

    def connect_to(self, slot) -> None:
        self.slot = slot

    def _run(self) -> None:
        self.dialog.accept()
        if self.slot is not None:
            self.slot()


class ParticipantDialog(QDialog):
    """A member's details, read-only, with the way to their death claim."""

    def __init__(self, row: ParticipantRow, can_record: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Participant %1").replace("%1", row.name))
        form = QFormLayout()
        for label, value in (
                (self.tr("KPJ"), row.kpj), (self.tr("NIK"), row.nik), (self.tr("Name"), row.name),
                (self.tr("Birth date"), fmt_date(row.birth_date)), (self.tr("Segment"), segment_label(row.segment)),
                (self.tr("Employer or project"), row.employer_name or "—"), (self.tr("NPP"), row.employer_npp or "—"),
                (self.tr("Member since"), fmt_date(row.membership_start)),
                (self.tr("Months of contributions"), str(row.contribution_months)),
                (self.tr("Reported monthly wage"), fmt_money(row.reported_wage) if row.reported_wage.sen else "—"),
                (self.tr("Death claim"), self.tr("Recorded") if row.claim_id else self.tr("None"))):
            text = QLabel(value, self)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            text.setAccessibleName(label)
            form.addRow(label, text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        record = self.buttons.addButton(self.tr("Record a &death claim…"), QDialogButtonBox.ButtonRole.ActionRole)
        open_claim = self.buttons.addButton(self.tr("Open the clai&m"), QDialogButtonBox.ButtonRole.ActionRole)
        record.setVisible(can_record)
        open_claim.setVisible(row.claim_id is not None)
        self.record = _Choice(self, record)
        self.open_claim = _Choice(self, open_claim)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
