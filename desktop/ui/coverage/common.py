"""What the Cakupan page's tabs and dialogs share: formatting, labels, month and field widgets,
the overdue row tint, and telling the window about a change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.domain.coverage import (
    SOURCE_LABELS,
    STATUS_LABELS,
    CommitmentStatus,
    Month,
    SponsorSource,
    WorkerGroup,
)
from desktop.domain.coverage_words import format_percent_sign, group_digits
from desktop.domain.dates import format_date_id
from desktop.domain.money import Money
from desktop.services.context import Changes
from desktop.ui.tables import ObjectRole

LATE_BACKGROUND = QColor(179, 38, 30, 40)
DUE_BACKGROUND = QColor(230, 160, 0, 45)


def ctr(text: str) -> str:
    """The translation of a QT_TRANSLATE_NOOP("Coverage", ...) string."""
    return QCoreApplication.translate("Coverage", text)


def fmt_int(n: int | None) -> str:
    return "–" if n is None else group_digits(n)


def fmt_pct(bp: int | None) -> str:
    return format_percent_sign(bp)


def fmt_date(d: date | None) -> str:
    return format_date_id(d) if d else "–"


def fmt_month(m: Month | None) -> str:
    return m.label() if m else "–"


def fmt_money(m: Money | None) -> str:
    return m.format_table() if m is not None else "–"


def source_label(s: SponsorSource | str) -> str:
    return ctr(SOURCE_LABELS[SponsorSource(s)])


def group_label(g: WorkerGroup | str) -> str:
    return WorkerGroup(g).label_id  # the pemda's own words, as the lists are written


def status_label(s: CommitmentStatus | str) -> str:
    return ctr(STATUS_LABELS[CommitmentStatus(s)])


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class MonthEdit(QDateEdit):
    """A month picker (MM/yyyy); `month()` gives a Month."""

    def __init__(self, month: Month, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("MM/yyyy")
        self.setCalendarPopup(True)
        self.set_month(month)

    def set_month(self, month: Month) -> None:
        self.setDate(QDate(month.year, month.month, 1))

    def month(self) -> Month:
        d = self.date()
        return Month(d.year(), d.month())


def field_error(parent: QWidget) -> QLabel:
    """The red line under a field that says what is wrong with it."""
    label = QLabel(parent)
    label.setObjectName("FieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def show_field_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def notify(widget: QWidget, changes: Changes) -> None:
    """Tell the main window (and so every page) what changed."""
    window = widget.window()
    if hasattr(window, "apply_changes"):
        window.apply_changes(changes)


def button(text: str, shortcut: str, parent: QWidget, slot) -> QPushButton:
    b = QPushButton(text, parent)
    if shortcut:
        b.setShortcut(QKeySequence(shortcut))
        b.setToolTip(f"{text.replace('&', '')} ({shortcut})")
    b.clicked.connect(lambda _c=False: slot())
    return b


class RowTintDelegate(QStyledItemDelegate):
    """Tints a row by what `tint(row)` says: "late" (red) or "due" (amber)."""

    def __init__(self, tint, parent=None) -> None:
        super().__init__(parent)
        self.tint = tint

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        row = index.data(ObjectRole)
        kind = self.tint(row) if row is not None else None
        if kind == "late":
            option.backgroundBrush = LATE_BACKGROUND
        elif kind == "due":
            option.backgroundBrush = DUE_BACKGROUND
        if kind == "late" and index.column() == 0:
            option.font.setBold(True)


def empty_state(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("EmptyState")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
