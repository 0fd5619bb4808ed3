"""Perisai: the agents, their monthly figures (acquired, contributions collected, still active), and
the share of acquired participants still active; monthly figures come in from the agents' Excel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.coverage import Month
from desktop.domain.identifiers import parse_nik
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.app import Services
from desktop.services.coverage_views import AgentInput, AgentView
from desktop.services.paging import PageRequest
from desktop.ui.coverage.common import (
    MonthEdit,
    ctr,
    empty_state,
    field_error,
    fmt_int,
    fmt_money,
    fmt_month,
    fmt_pct,
    notify,
    show_field_error,
)
from desktop.ui.coverage.import_dialog import CoverageImportDialog
from desktop.ui.errors import show_error, translate
from desktop.ui.icons import icon
from desktop.ui.tables import RIGHT, ColumnSpec
from desktop.ui.widgets.form_dialog import form_with_save_cancel
from desktop.ui.widgets.table_view import DataTable

AGENT_COLUMNS = [
    ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Agent"), 190),
    ColumnSpec("nik", QT_TRANSLATE_NOOP("Columns", "NIK"), 150, sort_key=None),
    ColumnSpec("regency", QT_TRANSLATE_NOOP("Columns", "Kabupaten/kota"), 170),
    ColumnSpec("active", QT_TRANSLATE_NOOP("Columns", "Active"), 70,
               formatter=lambda v: ctr(QT_TRANSLATE_NOOP("Coverage", "yes")) if v else ctr(QT_TRANSLATE_NOOP("Coverage", "no"))),
    ColumnSpec("acquired", QT_TRANSLATE_NOOP("Columns", "Acquired"), 90, RIGHT, formatter=fmt_int, sort_key=None),
    ColumnSpec("still_active", QT_TRANSLATE_NOOP("Columns", "Still active"), 90, RIGHT, formatter=fmt_int,
               sort_key=None),
    ColumnSpec("active_bp", QT_TRANSLATE_NOOP("Columns", "Share active"), 90, RIGHT, formatter=fmt_pct,
               sort_key=None),
    ColumnSpec("contributions", QT_TRANSLATE_NOOP("Columns", "Contributions"), 130, RIGHT, formatter=fmt_money,
               sort_key=None),
    ColumnSpec("last_month", QT_TRANSLATE_NOOP("Columns", "Last report"), 120, formatter=fmt_month, sort_key=None),
]

MONTH_COLUMNS = [
    ColumnSpec("month_label", QT_TRANSLATE_NOOP("Columns", "Month"), 130, value=lambda r: r.month,
               formatter=fmt_month),
    ColumnSpec("agent_name", QT_TRANSLATE_NOOP("Columns", "Agent"), 190),
    ColumnSpec("acquired", QT_TRANSLATE_NOOP("Columns", "Acquired"), 90, RIGHT, formatter=fmt_int),
    ColumnSpec("still_active", QT_TRANSLATE_NOOP("Columns", "Still active"), 90, RIGHT, formatter=fmt_int),
    ColumnSpec("active_bp", QT_TRANSLATE_NOOP("Columns", "Share active"), 90, RIGHT, formatter=fmt_pct, sort_key=None),
    ColumnSpec("contributions", QT_TRANSLATE_NOOP("Columns", "Contributions"), 130, RIGHT, formatter=fmt_money),
]


class AgentDialog(QDialog):
    def __init__(self, services: Services, agent: AgentView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.agent = services, agent
        self.setWindowTitle(self.tr("Edit agent") if agent else self.tr("New Perisai agent"))
        self.name = QLineEdit(agent.name if agent else "", self)
        self.name.setAccessibleName(self.tr("Name"))
        self.nik = QLineEdit(agent.nik if agent else "", self)
        self.nik.setAccessibleName(self.tr("NIK"))
        self.nik_error = field_error(self)
        self.regency = QLineEdit(agent.regency if agent else "", self)
        self.regency.setAccessibleName(self.tr("Kabupaten/kota"))
        self.phone = QLineEdit(agent.phone if agent else "", self)
        self.phone.setAccessibleName(self.tr("Phone"))
        self.active = QCheckBox(self.tr("&Active"), self)
        self.active.setChecked(agent.active if agent else True)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("NI&K"), self.nik)
        form.addRow("", self.nik_error)
        form.addRow(self.tr("&Kabupaten/kota"), self.regency)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow("", self.active)
        self.buttons = form_with_save_cancel(self, form)
        self.nik.textChanged.connect(self.validate)
        self.name.textChanged.connect(self.validate)
        self.validate()

    def validate(self) -> bool:
        text, problem = self.nik.text().strip(), ""
        if text and not (self.agent is not None and "*" in text):
            try:
                parse_nik(text, today=self.services.ctx.today())
            except UserError as exc:
                problem = exc.render(translate)
        show_field_error(self.nik_error, problem)
        ok = not problem and bool(text) and bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def save(self) -> None:
        if not self.validate():
            return
        inp = AgentInput(self.name.text(), self.nik.text().strip(), self.regency.text(), self.phone.text(),
                         self.active.isChecked())
        try:
            record = (self.agent.id, self.agent.version) if self.agent else None
            _, changes = self.services.coverage.save_agent(inp, record=record)
        except Exception as exc:
            show_error(self, exc)
            return
        notify(self.parent() or self, changes)
        self.accept()


class AgentMonthDialog(QDialog):
    def __init__(self, services: Services, agent: AgentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.agent = services, agent
        self.setWindowTitle(self.tr("Monthly figures — %1").replace("%1", agent.name))
        self.month = MonthEdit(Month.of(services.ctx.today()).plus(-1), self)
        self.month.setAccessibleName(self.tr("Month"))
        self.acquired = QSpinBox(self)
        self.acquired.setRange(0, 100_000)
        self.acquired.setAccessibleName(self.tr("Participants acquired"))
        self.still_active = QSpinBox(self)
        self.still_active.setRange(0, 100_000)
        self.still_active.setAccessibleName(self.tr("Still active"))
        self.contributions = QLineEdit("0", self)
        self.contributions.setAccessibleName(self.tr("Contributions collected"))
        self.error = field_error(self)
        form = QFormLayout()
        form.addRow(self.tr("&Month"), self.month)
        form.addRow(self.tr("&Acquired"), self.acquired)
        form.addRow(self.tr("&Still active"), self.still_active)
        form.addRow(self.tr("&Contributions collected"), self.contributions)
        form.addRow("", self.error)
        self.buttons = form_with_save_cancel(self, form)
        for box in (self.acquired, self.still_active):
            box.valueChanged.connect(self.validate)
        self.contributions.textChanged.connect(self.validate)
        self.validate()

    def validate(self) -> bool:
        problem = ""
        try:
            Money.parse(self.contributions.text())
        except UserError as exc:
            problem = exc.render(translate)
        if not problem and self.still_active.value() > self.acquired.value():
            problem = self.tr("Still active cannot be more than acquired.")
        show_field_error(self.error, problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        return not problem

    def save(self) -> None:
        if not self.validate():
            return
        try:
            _, changes = self.services.coverage.save_agent_month(
                self.agent.id, self.month.month(), self.acquired.value(), Money.parse(self.contributions.text()),
                self.still_active.value())
        except Exception as exc:
            show_error(self, exc)
            return
        notify(self.parent() or self, changes)
        self.accept()


class PerisaiTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        bar = QToolBar(self)
        self.new_action = self._action(bar, "plus", self.tr("&New agent"), "Ctrl+N", self.new_agent)
        self.edit_action = self._action(bar, "pencil", self.tr("&Edit agent"), "Ctrl+E", self.edit_agent)
        self.month_action = self._action(bar, "calendar-clock", self.tr("Enter a &month…"), "Ctrl+M", self.enter_month)
        self.import_action = self._action(bar, "upload", self.tr("&Import monthly figures…"), "Ctrl+I",
                                          self.import_months)
        self.summary = QLabel(self)
        self.summary.setObjectName("PerisaiSummary")
        self.summary.setWordWrap(True)
        self.agents = DataTable("coverage/agents", AGENT_COLUMNS, services.coverage.list_agents,
                                filter_placeholder=self.tr("Filter agents by name, NIK or kabupaten…"), parent=self)
        self.agents.activated.connect(lambda _r: self.edit_agent())
        self.agents.selection_changed.connect(lambda _r: self.show_agent())
        self.months = DataTable("coverage/agent_months", MONTH_COLUMNS, parent=self)
        self.empty = empty_state(self.tr("No Perisai agents yet. Press Ctrl+I to import the agents' monthly "
                                         "figures from Excel (agents are added as they appear), or Ctrl+N to add "
                                         "an agent."), self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.agents)
        split.addWidget(self.months)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.reload()

    def _action(self, bar: QToolBar, icon_name: str, text: str, shortcut: str, slot) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        action.triggered.connect(lambda _c=False: slot())
        bar.addAction(action)
        self.addAction(action)
        return action

    def reload(self) -> None:
        today = Month.of(self.services.ctx.today())
        s = self.services.coverage.perisai_summary(first=today.plus(-12), last=today)
        if s.acquired:
            self.summary.setText(self.tr("Last 12 months: %1 active agent(s) of %2 acquired %3 participants; %4 (%5) "
                                         "are still active. Contributions collected: %6.")
                                 .replace("%1", str(s.active_agents)).replace("%2", str(s.agents))
                                 .replace("%3", fmt_int(s.acquired)).replace("%4", fmt_int(s.still_active))
                                 .replace("%5", fmt_pct(s.active_bp)).replace("%6", s.contributions.format_table()))
        else:
            self.summary.setText(self.tr("No monthly figures in the last 12 months."))
        self.empty.setVisible(s.agents == 0)
        self.agents.reload()
        self.show_agent()

    def show_agent(self) -> None:
        agent = self.agents.selected()
        aid = agent.id if agent else None
        self.months.set_source(lambda r: self.services.coverage.agent_months(
            PageRequest(r.offset, r.limit, r.sort_key or "month", r.descending if r.sort_key else True, r.text,
                        {"agent_id": aid} if aid else {})))
        self.edit_action.setEnabled(agent is not None)
        self.month_action.setEnabled(agent is not None)

    def select_agent(self, agent_id) -> None:
        self.agents.filter.clear()
        self.agents.model.set_text_filter("")
        for i in range(self.agents.model.total):
            row = self.agents.model.row_object(i)
            if row is not None and row.id == agent_id:
                self.agents.view.selectRow(i)
                return

    def new_agent(self) -> None:
        AgentDialog(self.services, parent=self).exec()

    def edit_agent(self) -> None:
        agent = self.agents.selected()
        if agent is not None:
            AgentDialog(self.services, agent, parent=self).exec()

    def enter_month(self) -> None:
        agent = self.agents.selected()
        if agent is not None:
            AgentMonthDialog(self.services, agent, parent=self).exec()

    def import_months(self) -> None:
        CoverageImportDialog(self.services, "perisai", self).exec()
