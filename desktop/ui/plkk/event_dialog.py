"""A socialisation or coordination event: when and where, the topic, the partners and other parties
(employers, pemda offices) invited, who attended, and the minutes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.services.paging import PageRequest
from desktop.services.plkk_views import EventInput, EventPartnerInput, EventView, OtherParty
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.plkk.common import field_error, from_qdate, show_field_error, stacked, to_qdate

KINDS = (("sosialisasi", QT_TRANSLATE_NOOP("EventDialog", "Socialisation")),
         ("koordinasi", QT_TRANSLATE_NOOP("EventDialog", "Coordination")))


def _check_item(checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


class PartnerPicker(QDialog):
    """Tick the partners to invite; filter by kabupaten or name."""

    def __init__(self, services: Services, already: set, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite partners"))
        self.resize(520, 520)
        rows = services.plkk.list_partners(PageRequest(limit=10_000, sort_key="name")).rows
        self.regency = QComboBox(self)
        self.regency.setAccessibleName(self.tr("Kabupaten"))
        self.regency.addItem(self.tr("All kabupaten"), "")
        for r in sorted({r.regency for r in rows}):
            self.regency.addItem(r, r)
        self.text = QLineEdit(self)
        self.text.setAccessibleName(self.tr("Filter partners"))
        self.text.setPlaceholderText(self.tr("Filter by name…"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Partners"))
        for r in rows:
            if r.id in already or r.status == "non_aktif":
                continue
            item = QListWidgetItem(f"{r.name} — {r.regency}")
            item.setData(Qt.ItemDataRole.UserRole, r)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        tick = QPushButton(self.tr("&Tick all shown"), self)
        tick.clicked.connect(self._tick_shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.regency)
        top.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(tick)
        layout.addWidget(buttons)
        self.regency.currentIndexChanged.connect(self._filter)
        self.text.textChanged.connect(self._filter)

    def _filter(self) -> None:
        regency, words = self.regency.currentData(), self.text.text().lower().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            row = item.data(Qt.ItemDataRole.UserRole)
            visible = (not regency or row.regency == regency) and all(w in row.name.lower() for w in words)
            item.setHidden(not visible)

    def _tick_shown(self) -> None:
        for i in range(self.list.count()):
            if not self.list.item(i).isHidden():
                self.list.item(i).setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class EventDialog(QDialog):
    def __init__(self, services: Services, event: EventView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.event = event
        self.saved: EventView | None = None
        self.changes = None
        self.setWindowTitle(self.tr("New event") if event is None else self.tr("Edit event"))
        self.resize(760, 620)
        self.held_on = QDateEdit(self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd/MM/yyyy")
        self.held_on.setAccessibleName(self.tr("Date"))
        self.time = QLineEdit(self)
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setPlaceholderText("09.00 WIB sampai dengan selesai")
        self.place = QLineEdit(self)
        self.place.setAccessibleName(self.tr("Place"))
        self.topic = QLineEdit(self)
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.setPlaceholderText(self.tr("e.g. Sosialisasi Program Sertakan dan Monev PLKK"))
        self.topic_error = field_error(self)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of event"))
        for value, label in KINDS:
            self.kind.addItem(self.tr(label), value)
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.held_on)
        form.addRow(self.tr("T&ime"), self.time)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("To&pic"), stacked(self.topic, self.topic_error))
        form.addRow(self.tr("&Kind"), self.kind)

        self.partners = QTableWidget(0, 4, self)
        self.partners.setAccessibleName(self.tr("Invited partners"))
        self.partners.setHorizontalHeaderLabels([self.tr("Partner"), self.tr("Attended"), self.tr("Representative"),
                                                 self.tr("Position")])
        self.partners.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.partners.verticalHeader().setVisible(False)
        invite = QPushButton(icon("plus"), self.tr("&Invite partners…"), self)
        invite.clicked.connect(self.invite)
        drop = QPushButton(icon("trash-2"), self.tr("Remo&ve partner"), self)
        drop.clicked.connect(lambda: self.partners.removeRow(self.partners.currentRow()))
        partners_tab = QWidget(self)
        pl = QVBoxLayout(partners_tab)
        pl.addWidget(self.partners, 1)
        row = QHBoxLayout()
        row.addWidget(invite)
        row.addWidget(drop)
        row.addStretch(1)
        pl.addLayout(row)

        self.others = QTableWidget(0, 4, self)
        self.others.setAccessibleName(self.tr("Other invited parties"))
        self.others.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Institution"), self.tr("Position"),
                                               self.tr("Attended")])
        self.others.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.others.verticalHeader().setVisible(False)
        add_other = QPushButton(icon("plus"), self.tr("Add &employer or office"), self)
        add_other.clicked.connect(lambda: self.add_other(OtherParty("", "")))
        drop_other = QPushButton(icon("trash-2"), self.tr("Remove &row"), self)
        drop_other.clicked.connect(lambda: self.others.removeRow(self.others.currentRow()))
        others_tab = QWidget(self)
        ol = QVBoxLayout(others_tab)
        ol.addWidget(self.others, 1)
        row = QHBoxLayout()
        row.addWidget(add_other)
        row.addWidget(drop_other)
        row.addStretch(1)
        ol.addLayout(row)

        self.minutes = QPlainTextEdit(self)
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.setPlaceholderText(self.tr("What was presented and agreed, and by whom."))
        tabs = QTabWidget(self)
        tabs.addTab(partners_tab, self.tr("Partners invited"))
        tabs.addTab(others_tab, self.tr("Employers and offices invited"))
        tabs.addTab(self.minutes, self.tr("Minutes"))
        self.count_label = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)

        if event is not None:
            self.held_on.setDate(to_qdate(event.held_on))
            self.time.setText(event.start_time)
            self.place.setText(event.place)
            self.topic.setText(event.topic)
            self.kind.setCurrentIndex(max(0, self.kind.findData(event.kind)))
            self.minutes.setPlainText(event.minutes)
            for p in event.partners:
                self.add_partner(p.partner_id, p.partner_name, p.attended, p.representative, p.position)
            for o in event.others:
                self.add_other(o)
        else:
            self.held_on.setDate(to_qdate(services.ctx.today()))
        self.topic.textChanged.connect(self.validate)
        self.partners.model().rowsInserted.connect(self.validate)
        self.partners.model().rowsRemoved.connect(self.validate)
        self.others.model().rowsInserted.connect(self.validate)
        self.others.model().rowsRemoved.connect(self.validate)
        self.validate()

    def add_partner(self, partner_id, name: str, attended=False, representative="", position="") -> None:
        row = self.partners.rowCount()
        self.partners.insertRow(row)
        item = QTableWidgetItem(name)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setData(Qt.ItemDataRole.UserRole, partner_id)
        self.partners.setItem(row, 0, item)
        self.partners.setItem(row, 1, _check_item(attended))
        self.partners.setItem(row, 2, QTableWidgetItem(representative))
        self.partners.setItem(row, 3, QTableWidgetItem(position))

    def add_other(self, o: OtherParty) -> None:
        row = self.others.rowCount()
        self.others.insertRow(row)
        self.others.setItem(row, 0, QTableWidgetItem(o.name))
        self.others.setItem(row, 1, QTableWidgetItem(o.institution))
        self.others.setItem(row, 2, QTableWidgetItem(o.position))
        self.others.setItem(row, 3, _check_item(o.attended))
        if not o.institution:
            self.others.setCurrentCell(row, 1)

    def invite(self) -> None:
        already = {self.partners.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.partners.rowCount())}
        picker = PartnerPicker(self.services, already, self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            for r in picker.chosen():
                self.add_partner(r.id, r.name)

    def data(self) -> EventInput:
        def text(table, row, col) -> str:
            item = table.item(row, col)
            return item.text().strip() if item else ""

        def checked(table, row, col) -> bool:
            item = table.item(row, col)
            return item is not None and item.checkState() == Qt.CheckState.Checked

        partners = tuple(EventPartnerInput(self.partners.item(r, 0).data(Qt.ItemDataRole.UserRole),
                                           checked(self.partners, r, 1), text(self.partners, r, 2),
                                           text(self.partners, r, 3)) for r in range(self.partners.rowCount()))
        others = tuple(OtherParty(text(self.others, r, 0), text(self.others, r, 1), text(self.others, r, 2),
                                  checked(self.others, r, 3))
                       for r in range(self.others.rowCount()) if text(self.others, r, 1) or text(self.others, r, 0))
        return EventInput(held_on=from_qdate(self.held_on.date()), topic=self.topic.text(), place=self.place.text(),
                          start_time=self.time.text(), kind=self.kind.currentData(),
                          minutes=self.minutes.toPlainText(), partners=partners, others=others,
                          id=self.event.id if self.event else None, version=self.event.version if self.event else 0)

    def validate(self) -> bool:
        msg = "" if self.topic.text().strip() else self.tr("The topic is required.")
        show_field_error(self.topic_error, self.topic, msg)
        self.count_label.setText(self.tr("Invited: %1 partners, %2 other parties")
                                 .replace("%1", str(self.partners.rowCount())).replace("%2", str(self.others.rowCount())))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not msg)
        return not msg

    def save(self) -> None:
        if not self.validate():
            return
        try:
            self.saved, self.changes = self.services.plkk.save_event(self.data())
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()
