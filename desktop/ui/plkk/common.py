"""What the PLKK page and its dialogs share: labels, date conversion, field errors, the expiry badge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPainter
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_date_id
from desktop.domain.plkk import (
    FACILITY_LABELS,
    FOLLOW_UP_LABELS,
    MONEV_STATUS_LABELS,
    OWNERSHIP_LABELS,
    STATE_LABELS,
    STATUS_LABELS,
    AgreementState,
    ExpiryBand,
    FacilityType,
    FollowUpStatus,
    MonevStatus,
    Ownership,
    PartnerStatus,
)
from desktop.ui.tables import ObjectRole


def tr(text: str) -> str:
    return QCoreApplication.translate("Plkk", text)


def facility_label(value: str) -> str:
    try:
        return tr(FACILITY_LABELS[FacilityType(value)])
    except ValueError:
        return value


def ownership_label(value: str) -> str:
    try:
        return tr(OWNERSHIP_LABELS[Ownership(value)])
    except ValueError:
        return value


def status_label(value: str) -> str:
    try:
        return tr(STATUS_LABELS[PartnerStatus(value)])
    except ValueError:
        return value


def state_label(value: str) -> str:
    return tr(STATE_LABELS[AgreementState(value)])


def monev_status_label(value: str) -> str:
    return tr(MONEV_STATUS_LABELS[MonevStatus(value)])


def follow_up_label(value: str) -> str:
    return tr(FOLLOW_UP_LABELS[FollowUpStatus(value)])


def fmt_date(d: date | None) -> str:
    return format_date_id(d) if d else "—"


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def field_error(parent: QWidget) -> QLabel:
    """The label under a field that says what is wrong with it (empty when nothing is)."""
    label = QLabel(parent)
    label.setObjectName("FieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def stacked(field: QWidget, error: QLabel) -> QWidget:
    """A field with its error label right under it, as one row of a form."""
    host = QWidget(field.parentWidget())
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    host.setFocusProxy(field)  # the form label's mnemonic reaches the field
    policy = host.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Maximum)
    policy.setHeightForWidth(True)
    host.setSizePolicy(policy)
    return host


def show_field_error(label: QLabel, widget: QWidget | None, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))
    width = widget.width() if widget is not None and widget.isVisible() else label.width()
    if message and width > 60:  # a form row does not always grow for a wrapped label by itself
        label.setMinimumHeight(label.heightForWidth(width))
    if widget is not None:
        widget.setProperty("invalid", bool(message))
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def apply_changes(widget: QWidget, changes) -> None:
    window = widget.window()
    if hasattr(window, "apply_changes"):
        window.apply_changes(changes)


def open_path(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# ---- the expiry badge -------------------------------------------------------------------------

BADGE_COLOURS = {  # (background, text)
    ExpiryBand.WITHIN_30: ("#B3261E", "#FFFFFF"),  # red
    ExpiryBand.WITHIN_60: ("#E8710A", "#FFFFFF"),  # amber
    ExpiryBand.WITHIN_90: ("#F6D145", "#3B2F00"),  # yellow
    ExpiryBand.EXPIRED: ("#5F2120", "#FFFFFF"),
    ExpiryBand.NONE: ("#9AA0A6", "#FFFFFF"),
}


def badge_text(band: str, days_left: int | None) -> str:
    band = ExpiryBand(band)
    if band == ExpiryBand.EXPIRED:
        return QCoreApplication.translate("Plkk", "Expired")
    if band == ExpiryBand.NONE:
        return QCoreApplication.translate("Plkk", "No PKS")
    if band == ExpiryBand.OK or days_left is None:
        return ""
    if days_left == 0:
        return QCoreApplication.translate("Plkk", "Ends today")
    return QCoreApplication.translate("Plkk", "%n day(s)", "", days_left)


def badge_tooltip(band: str, days_left: int | None) -> str:
    band = ExpiryBand(band)
    if band in (ExpiryBand.WITHIN_30, ExpiryBand.WITHIN_60, ExpiryBand.WITHIN_90):
        return QCoreApplication.translate("Plkk", "The agreement ends in %n day(s); send the renewal notice.", "",
                                          days_left or 0)
    if band == ExpiryBand.EXPIRED:
        return QCoreApplication.translate("Plkk", "No agreement is in force: the partner cannot bill BPJS Ketenagakerjaan directly.")
    if band == ExpiryBand.NONE:
        return QCoreApplication.translate("Plkk", "No agreement has been recorded for this partner.")
    return ""


class BadgeDelegate(QStyledItemDelegate):
    """Paints the expiry column as a coloured badge (≤30 days red, ≤60 amber, ≤90 yellow)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row = index.data(ObjectRole)
        band = getattr(row, "band", None)
        colours = BADGE_COLOURS.get(ExpiryBand(band)) if band else None
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if colours is None or not text:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        w = min(option.rect.width() - 8, metrics.horizontalAdvance(text) + 16)
        h = min(option.rect.height() - 6, metrics.height() + 4)
        rect = QRectF(option.rect.left() + 4, option.rect.center().y() - h / 2 + 1, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours[0]))
        painter.drawRoundedRect(rect, h / 2, h / 2)
        painter.setPen(QColor(colours[1]))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
