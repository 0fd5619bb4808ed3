"""A new SKK hand-over: the clerk ticks the cases ready for the Kejaksaan; they are grouped per
Kejaksaan Negeri, each of which gets one numbered covering letter with its attached list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import compliance as rules
from desktop.services.app import Services
from desktop.ui.compliance.common import (
    add_row,
    case_type_label,
    date_edit,
    date_of,
    fmt_money,
    state_label,
    write_and_close,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class SkkBatchDialog(QDialog):
    created = Signal(object)  # list[SkkBatchView]

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("New SKK hand-over"))
        self.resize(900, 560)
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Kejaksaan Negeri"))
        self.target.addItem(self.tr("The one serving each employer's address"), None)
        for k in rules.KEJARI:
            self.target.addItem(self.tr("All to Kejaksaan Negeri %1").replace("%1", k), k)
        self.handed = date_edit(self, services.compliance.today(), self.tr("Handed over on"))
        self.notes = QLineEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.cases = QTreeWidget(self)
        self.cases.setAccessibleName(self.tr("Cases to hand over"))
        self.cases.setRootIsDecorated(False)
        self.cases.setHeaderLabels([self.tr("Case"), self.tr("Employer"), self.tr("NPP"), self.tr("Kejaksaan Negeri"),
                                    self.tr("Type"), self.tr("State"), self.tr("Arrears")])
        for column, width in enumerate((130, 240, 90, 125, 150, 120)):
            self.cases.setColumnWidth(column, width)
        self.all_button = QPushButton(self.tr("Choose &all"), self)
        self.none_button = QPushButton(self.tr("Choose &none"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        form = QFormLayout()
        add_row(form, self.tr("&Kejaksaan Negeri:"), self.target)
        add_row(form, self.tr("&Handed over on:"), self.handed)
        add_row(form, self.tr("N&otes:"), self.notes)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Cases whose Teguran Tertulis II has run its days, or referred without an SKK:"),
                                self), 1)
        choose.addWidget(self.all_button)
        choose.addWidget(self.none_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(choose)
        layout.addWidget(self.cases, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.target.currentIndexChanged.connect(lambda _i: self._summarise())
        self.cases.itemChanged.connect(lambda _i, _c: self._summarise())
        self.all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.load()

    def load(self) -> None:
        """The candidates as they are now (fresh versions), keeping the ticks of those still there."""
        ticked = {r.id for r in self.chosen()} if self.cases.topLevelItemCount() else set()
        self.cases.blockSignals(True)
        self.cases.clear()
        for r in self.services.compliance.skk_candidates():
            item = QTreeWidgetItem([r.case_no, r.employer_name, r.npp or "PWBD", r.kejari, case_type_label(r.case_type),
                                    state_label(r.state), fmt_money(r.arrears)])
            item.setTextAlignment(6, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if r.id in ticked else Qt.CheckState.Unchecked)
            item.setData(0, ROW_ROLE, r)
            self.cases.addTopLevelItem(item)
        self.cases.blockSignals(False)
        self._summarise()

    def rows(self) -> list:
        return [self.cases.topLevelItem(i).data(0, ROW_ROLE) for i in range(self.cases.topLevelItemCount())]

    def choose(self, case_nos) -> None:
        """Tick the cases with these numbers (and untick the others)."""
        wanted = set(case_nos)
        for i in range(self.cases.topLevelItemCount()):
            item = self.cases.topLevelItem(i)
            item.setCheckState(0, Qt.CheckState.Checked if item.text(0) in wanted else Qt.CheckState.Unchecked)

    def chosen(self) -> list:
        return [self.cases.topLevelItem(i).data(0, ROW_ROLE) for i in range(self.cases.topLevelItemCount())
                if self.cases.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]

    def _check_all(self, state: Qt.CheckState) -> None:
        for i in range(self.cases.topLevelItemCount()):
            self.cases.topLevelItem(i).setCheckState(0, state)

    def groups(self) -> dict[str, int]:
        """How many chosen cases go to each Kejaksaan Negeri."""
        out: dict[str, int] = {}
        for r in self.chosen():
            kejari = self.target.currentData() or r.kejari
            out[kejari] = out.get(kejari, 0) + 1
        return out

    def _summarise(self) -> None:
        groups = self.groups()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not self.cases.topLevelItemCount():
            self.summary.setText(self.tr("No case is ready for the Kejaksaan Negeri."))
        elif not groups:
            self.summary.setText(self.tr("Tick the cases to hand over."))
        else:
            listed = ", ".join(f"{k} ({n})" for k, n in groups.items())
            self.summary.setText(self.tr("%1 cases to %2 Kejaksaan Negeri: %3. Each Kejaksaan Negeri gets one "
                                         "numbered covering letter with the list of its cases attached.")
                                 .replace("%1", str(sum(groups.values()))).replace("%2", str(len(groups)))
                                 .replace("%3", listed))
        ok.setEnabled(bool(groups))
        ok.setText(self.tr("&Issue %1 covering letters").replace("%1", str(len(groups))))

    def _create(self) -> None:
        kejari, on, notes = self.target.currentData(), date_of(self.handed), self.notes.text()
        cases = [(r.id, r.version) for r in self.chosen()]
        self.task = write_and_close(
            self, lambda control: self.services.compliance.create_skk_batches(
                cases, kejari=kejari, handed_over=on, notes=notes, progress=control),
            title=self.tr("Issuing the SKK covering letters"), saved=self.created,
            after_failure=self.load)  # a case handed over elsewhere meanwhile leaves the list
