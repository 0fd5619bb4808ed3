"""What the Santunan & Beasiswa page and its dialogs share: labels, fields that validate as the
clerk types (dates, amounts, NIK, KPJ), and small helpers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from desktop.domain import benefits as dom
from desktop.domain import scholarships as sch
from desktop.domain.benefits_rules import LEVEL_LABELS, Level
from desktop.domain.dates import format_date_id, parse_date_id
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.ui.errors import translate
from desktop.ui.icons import icon

CTX = "Benefits"

STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("Benefits", "Documents incomplete"),
    "complete": QT_TRANSLATE_NOOP("Benefits", "Ready to pay"),
    "paid": QT_TRANSLATE_NOOP("Benefits", "Paid"),
    "rejected": QT_TRANSLATE_NOOP("Benefits", "Rejected"),
}

SCHEDULE_LABELS = {
    "paid": QT_TRANSLATE_NOOP("Benefits", "Paid"),
    "in_progress": QT_TRANSLATE_NOOP("Benefits", "Claimed, in progress"),
    "refused": QT_TRANSLATE_NOOP("Benefits", "Refused"),
    "not_claimed": QT_TRANSLATE_NOOP("Benefits", "Not claimed"),
    "due": QT_TRANSLATE_NOOP("Benefits", "Proof due"),
    "overdue": QT_TRANSLATE_NOOP("Benefits", "Proof overdue"),
    "planned": QT_TRANSLATE_NOOP("Benefits", "Planned"),
    "none": QT_TRANSLATE_NOOP("Benefits", "Nothing this year"),
    "active": QT_TRANSLATE_NOOP("Benefits", "Receiving"),
    "stopped": QT_TRANSLATE_NOOP("Benefits", "Stopped"),
    "ended": QT_TRANSLATE_NOOP("Benefits", "Ended"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def tr_params(text: str, params: dict) -> str:
    try:
        return tr(text).format(**params)
    except (KeyError, IndexError, ValueError):
        return text.format(**params)


def fmt_date(d: date | None) -> str:
    return format_date_id(d) if d else "—"


def fmt_money(m: Money | None) -> str:
    return m.format_table() if m is not None else ""


def claim_status(value: str) -> str:
    return tr(STATUS_LABELS.get(value, value))


def state_label(value: str) -> str:
    try:
        return tr(dom.STATE_LABELS[dom.DisbursementState(value)])
    except ValueError:
        return value


def component_label(value: str) -> str:
    try:
        return tr(dom.COMPONENT_LABELS[dom.Component(value)])
    except ValueError:
        return value


def relationship_label(value: str) -> str:
    try:
        return tr(dom.RELATIONSHIP_LABELS[dom.Relationship(value)])
    except ValueError:
        return value


def segment_label(value: str) -> str:
    try:
        return tr(dom.SEGMENT_LABELS[dom.Segment(value)])
    except ValueError:
        return value


NOT_AT_SCHOOL = QT_TRANSLATE_NOOP("Benefits", "Not yet at school")


def level_label(value: str | None) -> str:
    if not value:
        return tr(NOT_AT_SCHOOL)
    try:
        return tr(LEVEL_LABELS[Level(value)])
    except ValueError:
        return value


def schedule_label(value: str) -> str:
    return tr(SCHEDULE_LABELS.get(value, value))


def stop_label(value: str | None) -> str:
    if not value:
        return ""
    return tr(sch.STOP_LABELS[sch.StopReason(value)])


def ay_label(year: int | None) -> str:
    return sch.academic_year_label(year) if year is not None else ""


def message(exc: UserError) -> str:
    return exc.render(translate)


def field_error(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("FieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class CheckedField(QWidget):
    """A line edit with its error label underneath; `parse(text)` gives the value or raises UserError."""

    changed = Signal()

    def __init__(self, parse: Callable[[str], object], *, placeholder: str = "", optional: bool = False,
                 accessible: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parse = parse
        self._shown = ""
        self.optional = optional
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(accessible or placeholder)
        self.error = field_error(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.edit.textChanged.connect(self._check)

    def _check(self) -> None:
        self.problem()
        self.changed.emit()

    def problem(self) -> str:
        """The error for what is typed ("" when fine), shown next to the field."""
        text = self.edit.text().strip()
        problem = ""
        if text:
            try:
                self._parse(text)
            except UserError as exc:
                problem = message(exc)
        if problem != self._shown:  # restyle only when the verdict changes
            self._shown = problem
            self.edit.setProperty("invalid", bool(problem))
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)
            show_problem(self.error, problem)
        return problem

    def value(self) -> object:
        text = self.edit.text().strip()
        if not text:
            if self.optional:
                return None
            raise UserError(QT_TRANSLATE_NOOP("UserError", "{field} is required."), field=self.edit.accessibleName())
        return self._parse(text)

    def try_value(self) -> object:
        try:
            return self.value()
        except UserError:
            return None

    def set_text(self, text: str) -> None:
        self.edit.setText(text)


def date_field(accessible: str, *, optional: bool = False, parent: QWidget | None = None) -> CheckedField:
    return CheckedField(parse_date_id, placeholder="27/12/2023", optional=optional, accessible=accessible,
                        parent=parent)


def money_field(accessible: str, *, optional: bool = False, parent: QWidget | None = None) -> CheckedField:
    return CheckedField(Money.parse, placeholder="Rp4.500.000", optional=optional, accessible=accessible,
                        parent=parent)


def date_text(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def money_text(m: Money | None) -> str:
    return m.format_table() if m is not None and m.sen else ""


def make_action(owner: QWidget, icon_name: str, text: str, shortcut: str, slot) -> QAction:
    action = QAction(icon(icon_name), text, owner)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
    action.triggered.connect(lambda _c=False: slot())
    owner.addAction(action)
    return action


def enable(action: QAction, on: bool) -> None:
    """Enable or disable an action only when that changes (selection changes call this often)."""
    if action.isEnabled() != on:
        action.setEnabled(on)


def apply_changes(widget: QWidget, changes) -> bool:
    """Tell the main window (every page refreshes what it shows); False when there is none."""
    w: QWidget | None = widget
    while w is not None:
        if hasattr(w, "apply_changes") and w.__class__.__name__ == "MainWindow":
            w.apply_changes(changes)
            return True
        w = w.parentWidget()
    return False


def inform(parent: QWidget, title: str, text: str, *, warning: bool = False) -> QMessageBox:
    """A message that does not block (window-modal, opened): the clerk reads it and goes on."""
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    parent.last_message = text  # what the clerk was last told (tests read it)
    box.open()
    return box


def row_layout(*widgets: QWidget) -> QHBoxLayout:
    box = QHBoxLayout()
    for w in widgets:
        box.addWidget(w)
    return box
