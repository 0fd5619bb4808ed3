"""One case on one screen: findings, where it stands and until when, what to do next, and its
timeline (every step with its date, officer, letter, reply and evidence)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_date_id
from desktop.errors import UserError
from desktop.services.app import Services
from desktop.services.compliance_views import CaseView
from desktop.ui.compliance.common import (
    PRIORITY_LABELS,
    action_label,
    case_type_label,
    fmt_date,
    fmt_int,
    fmt_money,
    label_of,
    open_path,
    queue_label,
    state_label,
)
from desktop.ui.errors import show_error
from desktop.ui.icons import icon

LETTER_ROLE = Qt.ItemDataRole.UserRole + 1
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 2


class CasePanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.case: CaseView | None = None
        self.dialog: QDialog | None = None
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.empty = QLabel(self.tr("Choose a case in the list to see its findings, its timeline and what to do next."),
                            self)
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        self.move_button = QPushButton(icon("chevrons-up"), self.tr("&Next step…"), self)
        self.move_button.setToolTip(self.tr("Move the case (Ctrl+M)"))
        self.note_button = QPushButton(icon("notebook-pen"), self.tr("&Record…"), self)
        self.note_button.setToolTip(self.tr("A visit, the employer's reply, a statement, a call or a note (Ctrl+R)"))
        self.referral_button = QPushButton(icon("gavel"), self.tr("Re&ferral step…"), self)
        self.outcome_button = QPushButton(icon("badge-check"), self.tr("O&utcome…"), self)
        self.edit_button = QPushButton(icon("pencil"), self.tr("&Edit findings…"), self)
        self.letter_button = QPushButton(icon("file-text"), self.tr("Open &letter"), self)
        self.letter_button.setToolTip(self.tr("Open the PDF of the letter chosen in the timeline"))
        self.delete_button = QPushButton(icon("trash-2"), self.tr("&Delete…"), self)
        self.delete_button.setToolTip(self.tr("Delete a case entered by mistake (one without letters or outcomes)"))
        buttons = QGridLayout()
        for i, b in enumerate((self.move_button, self.note_button, self.referral_button, self.outcome_button,
                               self.edit_button, self.letter_button, self.delete_button)):
            buttons.addWidget(b, i // 4, i % 4)
        self.timeline = QTreeWidget(self)
        self.timeline.setAccessibleName(self.tr("Timeline of the case"))
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("Step"), self.tr("Officer"), self.tr("Letter"),
                                       self.tr("Due"), self.tr("Details"), self.tr("Evidence")])
        for col, width in enumerate((80, 190, 80, 160, 80, 260, 90)):
            self.timeline.setColumnWidth(col, width)
        self.timeline.itemDoubleClicked.connect(self._open_item)
        self.timeline.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Timeline:"), self))
        layout.addWidget(self.timeline, 1)
        self.move_button.clicked.connect(self.open_move)
        self.note_button.clicked.connect(self.open_note)
        self.referral_button.clicked.connect(self.open_referral)
        self.outcome_button.clicked.connect(self.open_outcome)
        self.edit_button.clicked.connect(self.open_edit)
        self.letter_button.clicked.connect(self.open_letter)
        self.delete_button.clicked.connect(self.delete_case)
        QShortcut(QKeySequence("Ctrl+M"), self, self.open_move, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+R"), self, self.open_note, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.show_case(None)

    # ---- showing ----------------------------------------------------------------------------

    def show_case(self, case_id: uuid.UUID | None) -> None:
        try:
            self.case = self.services.compliance.case(case_id) if case_id else None
        except UserError:
            self.case = None
        c = self.case
        self.empty.setVisible(c is None)
        self.title.setText(f"{c.case_no} — {c.employer_name}" if c else "")
        self.facts.setText(self._facts(c) if c else "")
        self.timeline.clear()
        if c is not None:
            entries: list[tuple] = []
            for n, a in enumerate(c.actions):
                detail = "\n".join(x for x in (a.reply_content, a.notes) if x)
                item = QTreeWidgetItem([fmt_date(a.on_date), action_label(a.kind), a.officer, a.letter_number,
                                        fmt_date(a.due_date), detail, a.evidence_name])
                item.setData(0, LETTER_ROLE, a.letter_id)
                item.setData(0, EVIDENCE_ROLE, str(a.evidence_path) if a.evidence_path else None)
                item.setToolTip(5, detail)
                entries.append((a.on_date, 0, n, item))
            for n, o in enumerate(c.outcomes):
                parts = [self.tr("+%1 workers").replace("%1", str(o.workers_added)) if o.workers_added else "",
                         "+" + ", ".join(o.programmes_added) if o.programmes_added else "",
                         self.tr("wages +%1").replace("%1", fmt_money(o.wages_corrected)) if o.wages_corrected else "",
                         self.tr("paid %1").replace("%1", fmt_money(o.arrears_recovered)) if o.arrears_recovered else ""]
                entries.append((o.on_date, 1, n, QTreeWidgetItem([
                    fmt_date(o.on_date), action_label("outcome"), o.officer, "", "",
                    "; ".join(p for p in parts if p) or o.notes, ""])))
            for *_key, item in sorted(entries, key=lambda e: e[:3]):
                self.timeline.addTopLevelItem(item)
        self._update_buttons()

    def _facts(self, c: CaseView) -> str:
        rows = [
            (self.tr("Type"), case_type_label(c.case_type)),
            (self.tr("Stage"), f"<b>{state_label(c.state)}</b>" + (f" ({queue_label(c.queue)})" if c.queue else "")),
            (self.tr("Since"), format_date_id(c.state_since) if c.state_since else ""),
            (self.tr("Due"), format_date_id(c.due_date) if c.due_date else "—"),
            (self.tr("Next step allowed from"), format_date_id(c.escalate_from) if c.escalate_from else ""),
            (self.tr("Workers not registered"), fmt_int(c.workers_unregistered) if c.workers_unregistered else ""),
            (self.tr("Monthly wages not reported"), fmt_money(c.wage_gap)),
            (self.tr("Programmes not joined"), ", ".join(c.programmes_missing)),
            (self.tr("Arrears"), fmt_money(c.arrears) + (self.tr(" (%1 months)").replace("%1", str(c.arrears_months))
                                                         if c.arrears_months else "")),
            (self.tr("Last payment"), fmt_date(c.last_payment_date)),
            (self.tr("Officer"), c.officer),
            (self.tr("Priority"), label_of(PRIORITY_LABELS, c.priority)),
            (self.tr("Referral steps"), ", ".join(action_label(s) for s in c.referral_steps)),
            (self.tr("Closed"), f"{fmt_date(c.closed_on)} — {c.close_reason}" if c.closed_on else ""),
        ]
        cells = "".join(f"<tr><td style='color:gray;padding-right:10px'>{k}</td><td>{v}</td></tr>" for k, v in rows if v)
        return f"<table>{cells}</table>"

    def _update_buttons(self) -> None:
        c = self.case
        is_open = c is not None and bool(c.allowed_moves)
        self.move_button.setEnabled(is_open)
        self.note_button.setEnabled(is_open)
        self.referral_button.setEnabled(is_open and c.state == "referred")
        self.outcome_button.setEnabled(c is not None)
        self.edit_button.setEnabled(is_open)
        self.delete_button.setEnabled(c is not None and not c.outcomes
                                      and not any(a.letter_number for a in c.actions))
        item = self.timeline.currentItem()
        self.letter_button.setEnabled(item is not None and item.data(0, LETTER_ROLE) is not None)

    # ---- acting -----------------------------------------------------------------------------

    def _open(self, dialog: QDialog, signal) -> QDialog:
        signal.connect(lambda *_: self.reload())
        self.dialog = dialog
        dialog.open()
        return dialog

    def reload(self) -> None:
        self.show_case(self.case.id if self.case else None)

    def open_move(self, target: str | None = None) -> QDialog | None:
        if self.case is None or not self.case.allowed_moves:
            return None
        from desktop.ui.compliance.move_dialog import MoveDialog

        dialog = MoveDialog(self.services, self.case, self, target=target if isinstance(target, str) else None)
        return self._open(dialog, dialog.moved)

    def open_note(self) -> QDialog | None:
        if self.case is None or not self.case.allowed_moves:
            return None
        from desktop.ui.compliance.action_dialog import NoteDialog

        dialog = NoteDialog(self.services, self.case, self)
        return self._open(dialog, dialog.recorded)

    def open_referral(self) -> QDialog | None:
        if self.case is None:
            return None
        from desktop.ui.compliance.action_dialog import ReferralStepDialog

        dialog = ReferralStepDialog(self.services, self.case, self)
        return self._open(dialog, dialog.recorded)

    def open_outcome(self) -> QDialog | None:
        if self.case is None:
            return None
        from desktop.ui.compliance.action_dialog import OutcomeDialog

        dialog = OutcomeDialog(self.services, self.case, self)
        return self._open(dialog, dialog.recorded)

    def open_edit(self) -> QDialog | None:
        if self.case is None:
            return None
        from desktop.ui.compliance.case_dialog import CaseDialog

        dialog = CaseDialog(self.services, self, case=self.case)
        return self._open(dialog, dialog.saved)

    def delete_case(self, confirmed: bool = False) -> None:
        c = self.case
        if c is None:
            return
        if not confirmed:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(self, self.tr("Delete the case"),
                                          self.tr("Delete case %1 of %2? Only a case entered by mistake should be "
                                                  "deleted; otherwise close it with a reason.")
                                          .replace("%1", c.case_no).replace("%2", c.employer_name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            changes = self.services.compliance.delete_case(c.id, c.version)
        except UserError as exc:
            show_error(self, exc)
            return
        from desktop.ui.compliance.common import apply_changes

        self.show_case(None)
        apply_changes(self, changes)

    def open_letter(self) -> None:
        item = self.timeline.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QTreeWidgetItem) -> None:
        letter_id, evidence = item.data(0, LETTER_ROLE), item.data(0, EVIDENCE_ROLE)
        try:
            if letter_id is not None:
                open_path(self.services.letters.letter(letter_id).pdf_path)
            elif evidence:
                from pathlib import Path

                open_path(Path(evidence))
        except UserError as exc:
            show_error(self, exc)


class CaseWindow(QDialog):
    """A case opened from the queue, an employer's page or the global search."""

    def __init__(self, services: Services, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compliance case"))
        self.resize(940, 680)
        self.panel = CasePanel(services, self)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addLayout(row)
        self.panel.show_case(case_id)
