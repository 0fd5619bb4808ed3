"""Bulk escalation: "issue Teguran Tertulis II to the 37 cases whose first warning has expired".
The clerk sees the cases, leaves out any, and issues every letter as one numbered batch, with
progress and cancel (a cancel issues nothing and moves no case)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.app import Services
from desktop.ui.compliance.common import apply_changes, fmt_date, open_path
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.tasks import run_task

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class BulkDialog(QDialog):
    finished_batch = Signal(object)  # BulkResult

    def __init__(self, services: Services, parent: QWidget | None = None, officer: str = "") -> None:
        super().__init__(parent)
        self.services = services
        self.result_value = None
        self.setWindowTitle(self.tr("Bulk escalation"))
        self.resize(760, 560)
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Step"))
        self.target.addItem(self.tr("Teguran Tertulis II to cases whose Teguran Tertulis I has expired"), "teguran_2")
        self.target.addItem(self.tr("Refer the cases whose Teguran Tertulis II has expired (no letter)"), "referred")
        self.officer = QComboBox(self)
        self.officer.setAccessibleName(self.tr("Officer"))
        self.officer.addItem(self.tr("Every officer"), "")
        for username, name in services.compliance.officers():
            self.officer.addItem(name, username)
        self.officer.setCurrentIndex(max(0, self.officer.findData(officer)))
        self.cases = QListWidget(self)
        self.cases.setAccessibleName(self.tr("Cases to escalate"))
        all_button = QPushButton(self.tr("Select &all"), self)
        none_button = QPushButton(self.tr("Select &none"), self)
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        self.one_pdf = QCheckBox(self.tr("Also put every letter in &one PDF for printing"), self)
        self.one_pdf.setChecked(True)
        self.issue_button = QPushButton(icon("send"), self.tr("&Issue"), self)
        self.issue_button.setDefault(True)
        self.open_button = QPushButton(icon("printer"), self.tr("&Open the PDF"), self)
        self.open_button.hide()
        close = QPushButton(self.tr("&Close"), self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.target, 1)
        top.addWidget(self.officer)
        sel = QHBoxLayout()
        sel.addWidget(all_button)
        sel.addWidget(none_button)
        sel.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.one_pdf)
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.issue_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.cases, 1)
        layout.addLayout(sel)
        layout.addWidget(self.count)
        layout.addWidget(self.result_label)
        layout.addLayout(bottom)
        self.target.currentIndexChanged.connect(self.load)
        self.officer.currentIndexChanged.connect(self.load)
        self.cases.itemChanged.connect(lambda _i: self._count())
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button.clicked.connect(lambda: self._check_all(False))
        self.issue_button.clicked.connect(self.issue)
        self.open_button.clicked.connect(lambda: open_path(self.pdf_path))
        close.clicked.connect(self.accept)
        self.pdf_path: Path | None = None
        self.load()

    def load(self) -> None:
        rows = self.services.compliance.escalation_candidates(self.target.currentData(),
                                                               officer=self.officer.currentData() or None)
        self.cases.blockSignals(True)
        self.cases.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.case_no}  {r.employer_name}  ({r.npp or 'PWBD'}, {r.kabupaten}) — "
                                   + self.tr("may escalate since %1").replace("%1", fmt_date(r.escalate_from)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(ROW_ROLE, r)
            self.cases.addItem(item)
        self.cases.blockSignals(False)
        self._count()

    def _check_all(self, on: bool) -> None:
        for i in range(self.cases.count()):
            self.cases.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list:
        return [self.cases.item(i).data(ROW_ROLE) for i in range(self.cases.count())
                if self.cases.item(i).checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        n = len(self.chosen())
        letters = self.target.currentData() == "teguran_2"
        if not self.cases.count():
            text = self.tr("No case is ready for this step today. A warning can be escalated on the working day "
                           "after its period has run.")
        elif letters:
            text = self.tr("%1 of %2 cases chosen: %1 letters will be issued and numbered as one batch.")
        else:
            text = self.tr("%1 of %2 cases chosen: they will be referred.")
        self.count.setText(text.replace("%1", str(n)).replace("%2", str(self.cases.count())))
        self.issue_button.setEnabled(n > 0)
        self.issue_button.setText(self.tr("&Issue %1 letters").replace("%1", str(n)) if letters else self.tr("&Refer"))
        self.one_pdf.setVisible(letters)

    def issue(self) -> None:
        cases = [(r.id, r.version) for r in self.chosen()]
        target = self.target.currentData()
        pdf = None
        if self.one_pdf.isChecked() and target == "teguran_2":
            folder = Path(self.services.ctx.paths.documents) / "compliance"
            folder.mkdir(parents=True, exist_ok=True)
            pdf = folder / f"{target}-{self.services.compliance.today():%Y%m%d}-{len(cases)}.pdf"
        self.issue_button.setEnabled(False)
        self.task = run_task(self, lambda control: self.services.compliance.bulk_move(cases, target, one_pdf=pdf,
                                                                                       progress=control),
                             on_success=self._done, on_error=self._failed,
                             title=self.tr("Issuing %1 letters").replace("%1", str(len(cases))), writes=True)

    def _done(self, result) -> None:
        bulk, changes = result
        self.result_value = bulk
        apply_changes(self.parentWidget() or self, changes)
        numbers = [letter.number for letter in bulk.letters]
        text = self.tr("%1 cases moved.").replace("%1", str(bulk.moved))
        if numbers:
            text += " " + self.tr("Letters %1 to %2 issued.").replace("%1", numbers[0]).replace("%2", numbers[-1])
        self.result_label.setText(text)
        self.pdf_path = bulk.pdf
        self.open_button.setVisible(bulk.pdf is not None)
        self.finished_batch.emit(bulk)
        self.load()

    def _failed(self, exc: BaseException) -> None:
        from desktop.errors import Cancelled

        self._count()
        if isinstance(exc, Cancelled):
            self.result_label.setText(self.tr("Cancelled: no letter was issued and no case was moved."))
            return
        self.error_box = show_error(self, exc)
