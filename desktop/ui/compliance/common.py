"""What the compliance page's widgets share: labels in the UI language, formatters, small inputs
that validate as the clerk types, and the way a mutation reaches the main window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.domain import compliance as rules
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError

CTX = "Compliance"

CASE_TYPE_LABELS = {
    "pds_tk": QT_TRANSLATE_NOOP("Compliance", "PDS workers (not all registered)"),
    "pds_upah": QT_TRANSLATE_NOOP("Compliance", "PDS wages (reported too low)"),
    "pds_program": QT_TRANSLATE_NOOP("Compliance", "PDS programmes (not all joined)"),
    "pwbd": QT_TRANSLATE_NOOP("Compliance", "PWBD (not registered)"),
    "tunggakan": QT_TRANSLATE_NOOP("Compliance", "Arrears"),
}
PRIORITY_LABELS = {"tinggi": QT_TRANSLATE_NOOP("Compliance", "High"),
                   "sedang": QT_TRANSLATE_NOOP("Compliance", "Normal"),
                   "rendah": QT_TRANSLATE_NOOP("Compliance", "Low")}
EMPLOYER_STATUS_LABELS = {"aktif": QT_TRANSLATE_NOOP("Compliance", "Active"),
                          "pwbd": QT_TRANSLATE_NOOP("Compliance", "Not registered (PWBD)"),
                          "tutup": QT_TRANSLATE_NOOP("Compliance", "Closed down")}
SIZE_LABELS = {"mikro": QT_TRANSLATE_NOOP("Compliance", "Micro"), "kecil": QT_TRANSLATE_NOOP("Compliance", "Small"),
               "menengah": QT_TRANSLATE_NOOP("Compliance", "Medium"), "besar": QT_TRANSLATE_NOOP("Compliance", "Large")}
SOURCE_LABELS = {"WLKP": "WLKP", "Disnaker": "Disnaker", "kunjungan": QT_TRANSLATE_NOOP("Compliance", "Visit"),
                 "OSS": "OSS"}
ACTION_LABELS = {
    "opened": QT_TRANSLATE_NOOP("Compliance", "Case opened"),
    "visit": QT_TRANSLATE_NOOP("Compliance", "Visit"),
    "reply": QT_TRANSLATE_NOOP("Compliance", "Employer's reply"),
    "statement": QT_TRANSLATE_NOOP("Compliance", "Statement signed (surat pernyataan)"),
    "call": QT_TRANSLATE_NOOP("Compliance", "Telephone call"),
    "note": QT_TRANSLATE_NOOP("Compliance", "Note"),
    "outcome": QT_TRANSLATE_NOOP("Compliance", "Outcome"),
    "skk": QT_TRANSLATE_NOOP("Compliance", "SKK to the Kejaksaan Negeri"),
    "jpn": QT_TRANSLATE_NOOP("Compliance", "At the Kejaksaan Negeri"),
    "nota_1": QT_TRANSLATE_NOOP("Compliance", "Nota pemeriksaan I (Wasnaker)"),
    "nota_2": QT_TRANSLATE_NOOP("Compliance", "Nota pemeriksaan II (Wasnaker)"),
    "tmp3t": QT_TRANSLATE_NOOP("Compliance", "TMP3T request to the pemda"),
}
MOVE_VERBS = {
    "visited": QT_TRANSLATE_NOOP("Compliance", "Record a visit"),
    "invited": QT_TRANSLATE_NOOP("Compliance", "Invite to a clarification (letter)"),
    "teguran_1": QT_TRANSLATE_NOOP("Compliance", "Issue Teguran Tertulis I (letter)"),
    "teguran_2": QT_TRANSLATE_NOOP("Compliance", "Issue Teguran Tertulis II (letter)"),
    "referred": QT_TRANSLATE_NOOP("Compliance", "Refer (Kejaksaan, Wasnaker, pemda)"),
    "resolved": QT_TRANSLATE_NOOP("Compliance", "Resolve"),
    "closed": QT_TRANSLATE_NOOP("Compliance", "Close"),
}


def t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def state_label(state: str | None) -> str:
    if not state:
        return ""
    return t(rules.STATE_LABELS[rules.CaseState(state)])


def case_type_label(kind: str) -> str:
    return t(CASE_TYPE_LABELS.get(kind, kind))


def queue_label(q) -> str:
    return t(rules.QUEUE_LABELS[q]) if q else ""


def action_label(kind: str) -> str:
    if kind in ACTION_LABELS:
        return t(ACTION_LABELS[kind])
    try:
        return state_label(kind)
    except ValueError:
        return kind


def label_of(labels: dict[str, str], key: str | None) -> str:
    return t(labels[key]) if key in labels else (key or "")


def fmt_date(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def fmt_money(m: Money | None) -> str:
    return m.format_table() if m else ""


def fmt_int(n: int | None) -> str:
    return "" if n is None else f"{n:,}".replace(",", ".")


def render_error(exc: UserError) -> str:
    return exc.render(QCoreApplication.translate)


def apply_changes(widget: QWidget, changes) -> None:
    """Tell the main window (every page refreshes what changed); outside one, the page itself."""
    page = None
    w: QWidget | None = widget
    while w is not None:
        if hasattr(w, "apply_changes"):
            w.apply_changes(changes)
            return
        if page is None and hasattr(w, "on_changes") and hasattr(w, "open_record"):
            page = w
        w = w.parentWidget()
    if page is not None:
        page.on_changes(changes)



def write_and_close(dialog, work, *, title: str, saved, after_failure=None):
    """A dialog's write, off the UI thread, with its buttons waiting meanwhile. Done: the changes
    reach every open page, `saved` (a signal) carries what was written and the dialog closes.
    Failed: the buttons come back and the error is shown (kept as `dialog.error_box`), with
    everything the clerk typed still there; then `after_failure`, if given. Returns the task."""
    from desktop.ui.errors import show_error
    from desktop.ui.tasks import run_task

    def done(result) -> None:
        value, changes = result
        apply_changes(dialog.parentWidget() or dialog, changes)
        saved.emit(value)
        dialog.accept()

    def failed(exc: BaseException) -> None:
        dialog.buttons.setEnabled(True)
        dialog.error_box = show_error(dialog, exc)
        if after_failure is not None:
            after_failure()

    dialog.buttons.setEnabled(False)
    return run_task(dialog, work, on_success=done, on_error=failed, title=title, writes=True)

def open_path(path: Path | None) -> None:
    if path is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def add_row(form: QFormLayout, text: str, field: QWidget | QLayout, buddy: QWidget | None = None) -> QLabel:
    """A form row whose label's mnemonic (&) focuses the field, also when the field is a layout."""
    label = QLabel(text, form.parentWidget())
    if buddy is None:
        if isinstance(field, QWidget):
            buddy = field
        else:
            item = next((field.itemAt(i) for i in range(field.count()) if field.itemAt(i).widget()), None)
            buddy = item.widget() if item is not None else None
    if buddy is not None:
        label.setBuddy(buddy)
    form.addRow(label, field)
    return label


def field_error(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("FieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def date_edit(parent: QWidget, value: date | None = None, accessible: str = "") -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    d = value or date.today()
    edit.setDate(QDate(d.year, d.month, d.day))
    if accessible:
        edit.setAccessibleName(accessible)
    return edit


def set_date(edit: QDateEdit, d: date) -> None:
    edit.setDate(QDate(d.year, d.month, d.day))


def date_of(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


class MoneyField(QWidget):
    """A rupiah amount typed Indonesian style ("Rp1.500.000"), checked as it is typed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, accessible: str = "", value: Money | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Rp0")
        self.edit.setAccessibleName(accessible)
        self.error = field_error(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        if value:
            self.edit.setText(value.format_table())
        self.edit.textChanged.connect(self._check)

    def _check(self) -> None:
        try:
            self.value()
            show_problem(self.error, "")
            self.edit.setProperty("invalid", False)
        except UserError as exc:
            show_problem(self.error, render_error(exc))
            self.edit.setProperty("invalid", True)
        self.edit.style().polish(self.edit)
        self.changed.emit()

    def value(self) -> Money:
        text = self.edit.text().strip()
        return Money.parse(text) if text else Money(0)

    def is_valid(self) -> bool:
        try:
            self.value()
            return True
        except UserError:
            return False

    def set_value(self, value: Money | None) -> None:
        self.edit.setText(value.format_table() if value else "")
