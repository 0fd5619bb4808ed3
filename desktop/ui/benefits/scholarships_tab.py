"""The Beasiswa tab: the children receiving scholarships with this year's state, and the list of
yearly proofs due or overdue with the Pengingat Bukti Beasiswa letters (as one batch)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.app import Services
from desktop.ui.benefits.common import (
    apply_changes,
    fmt_date,
    fmt_money,
    inform,
    level_label,
    make_action,
    message,
    schedule_label,
    stop_label,
)
from desktop.ui.tables import RIGHT, ColumnSpec
from desktop.ui.tasks import run_task
from desktop.ui.widgets.table_view import DataTable

CHILD_COLUMNS = [
    ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Child"), 170),
    ColumnSpec("age", QT_TRANSLATE_NOOP("Columns", "Age"), 50, RIGHT),
    ColumnSpec("participant", QT_TRANSLATE_NOOP("Columns", "Parent (participant)"), 170),
    ColumnSpec("kpj", QT_TRANSLATE_NOOP("Columns", "KPJ"), 105),
    ColumnSpec("guardian", QT_TRANSLATE_NOOP("Columns", "Guardian"), 150),
    ColumnSpec("status", QT_TRANSLATE_NOOP("Columns", "Scholarship"), 110, value=lambda r: r,
               formatter=lambda r: schedule_label(r.status) + (f" ({stop_label(r.stopped_reason)})"
                                                                if r.stopped_reason else "")),
    ColumnSpec("this_year", QT_TRANSLATE_NOOP("Columns", "This year"), 150, formatter=schedule_label),
    ColumnSpec("paid_years", QT_TRANSLATE_NOOP("Columns", "Years paid"), 80, RIGHT),
    ColumnSpec("paid_total", QT_TRANSLATE_NOOP("Columns", "Paid"), 110, RIGHT, fmt_money),
]

DUE_COLUMNS = [
    ColumnSpec("status", QT_TRANSLATE_NOOP("Columns", "Proof"), 110, formatter=schedule_label),
    ColumnSpec("child_name", QT_TRANSLATE_NOOP("Columns", "Child"), 160),
    ColumnSpec("label", QT_TRANSLATE_NOOP("Columns", "Academic year"), 100),
    ColumnSpec("grade_id", QT_TRANSLATE_NOOP("Columns", "Level"), 150, tooltip=lambda r: level_label(r.level)),
    ColumnSpec("amount", QT_TRANSLATE_NOOP("Columns", "Amount"), 100, RIGHT, fmt_money),
    ColumnSpec("deadline", QT_TRANSLATE_NOOP("Columns", "Deadline"), 130, formatter=fmt_date),
    ColumnSpec("guardian_name", QT_TRANSLATE_NOOP("Columns", "Guardian"), 150),
    ColumnSpec("guardian_phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 120),
    ColumnSpec("participant", QT_TRANSLATE_NOOP("Columns", "Parent (participant)"), 160),
]

THIS_YEAR = (
    ("", QT_TRANSLATE_NOOP("ScholarshipsTab", "Every child")),
    ("overdue", QT_TRANSLATE_NOOP("ScholarshipsTab", "Proof overdue")),
    ("due", QT_TRANSLATE_NOOP("ScholarshipsTab", "Proof due")),
    ("in_progress", QT_TRANSLATE_NOOP("ScholarshipsTab", "Claimed, in progress")),
    ("paid", QT_TRANSLATE_NOOP("ScholarshipsTab", "Paid this year")),
)


class ScholarshipsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.open_action = make_action(self, "pencil", self.tr("&Open child"), "Ctrl+Shift+O", self.open_selected)
        self.remind_action = make_action(self, "mail", self.tr("Send &reminder letters…"), "Ctrl+Shift+M",
                                         self.send_reminders)
        bar.addAction(self.open_action)
        bar.addAction(self.remind_action)
        self.this_year = QComboBox(self)
        self.this_year.setAccessibleName(self.tr("Filter by this year's state"))
        for key, text in THIS_YEAR:
            self.this_year.addItem(self.tr(text), key)
        self.this_year.currentIndexChanged.connect(
            lambda _i: self.children.model.set_filters({"this_year": self.this_year.currentData()}))
        label = QLabel(self.tr("&Show"), self)
        label.setBuddy(self.this_year)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.this_year)
        top.addStretch(1)
        self.children = DataTable("benefits/children", CHILD_COLUMNS, services.benefits.children_page,
                                  filter_placeholder=self.tr("Child, parent, KPJ or guardian…"), parent=self)
        self.children.activated.connect(self._open_row)
        self.children_empty = QLabel(self.tr("No child receives a scholarship yet. Add children from a claim on the "
                                             "Claims tab (Add child)."), self)
        self.children_empty.setObjectName("EmptyState")
        self.due_title = QLabel(self)
        self.due = DataTable("benefits/proofs_due", DUE_COLUMNS, parent=self)
        self.due.activated.connect(lambda r: self.open_child(r.claim_id, r.child_id) if r else None)
        upper = QWidget(self)
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addLayout(top)
        ul.addWidget(self.children_empty)
        ul.addWidget(self.children, 1)
        lower = QWidget(self)
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.due_title)
        ll.addWidget(self.due, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(split, 1)
        self.reload()

    def reload(self) -> None:
        self.children.reload()
        self.children_empty.setVisible(self.children.model.total == 0 and not self.this_year.currentData())
        rows = self.services.benefits.scholarship_proofs_due(self.services.ctx.today())
        self.due_rows = rows
        self.due.set_rows(rows)
        overdue = sum(1 for r in rows if r.status == "overdue")
        self.due_title.setText(
            self.tr("Yearly proofs due this academic year: %1 (%2 overdue). Double-click a child to record the "
                    "proof.").replace("%1", str(len(rows))).replace("%2", str(overdue)) if rows else
            self.tr("No yearly proof is due: every child's proof for this academic year is in."))
        self.remind_action.setEnabled(bool(rows))

    def _open_row(self, row) -> None:
        if row is not None:
            self.open_child(row.claim_id, row.id)

    def open_selected(self) -> None:
        row = self.children.selected()
        if row is None:
            inform(self, self.tr("Scholarships"), self.tr("Choose a child in the list first."))
            return
        self._open_row(row)

    def open_child(self, claim_id, child_id) -> None:
        from desktop.ui.benefits.child_dialog import ChildDialog

        self.dialog = ChildDialog(self.services, claim_id, child_id, self)
        self.dialog.finished.connect(lambda _r: self.reload())
        self.dialog.open()

    def send_reminders(self) -> None:
        from desktop.ui.letters.pdf_viewer import show_pdf

        chosen = self.due.selected()
        child_ids = [chosen.child_id] if chosen is not None else None
        default = str(self.services.ctx.document_dir() / f"pengingat-beasiswa-{self.services.ctx.today()}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the reminder letters"), default,
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        today = self.services.ctx.today()

        def work(control):
            return self.services.benefits.send_reminders(today, child_ids, one_pdf=path, progress=control)

        def done(result) -> None:
            letters, changes = result
            if not apply_changes(self, changes):
                self.reload()
            self._viewer = show_pdf(self, path, self.tr("%n reminder letter(s)", "", len(letters)))

        def failed(exc) -> None:
            if isinstance(exc, UserError):
                inform(self, self.tr("Reminder letters"), message(exc), warning=True)
            else:
                from desktop.ui.errors import show_error

                show_error(self, exc)

        self.task = run_task(self, work, on_success=done, on_error=failed, title=self.tr("Printing reminder letters"),
                             writes=True)
