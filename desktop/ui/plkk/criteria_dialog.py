"""The monev scoring criteria: name, weight, highest score, in use or not. Visits already scored
keep the criteria they were scored with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.app import Services
from desktop.services.plkk_views import CriterionView
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.plkk.common import apply_changes


class CriteriaDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Monev criteria"))
        self.resize(640, 360)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Monev criteria"))
        self.table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Weight"), self.tr("Highest score"),
                                              self.tr("In use")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        hint = QLabel(self.tr("The result of a visit is the weighted average of its scores, out of 100."), self)
        hint.setWordWrap(True)
        add = QPushButton(icon("plus"), self.tr("&Add criterion"), self)
        add.clicked.connect(lambda: self._add_row(CriterionView(None, 0, "", 10, 5)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        editable = True
        try:
            services.ctx.require("plkk.criteria")
        except Exception:
            editable = False
            hint.setText(hint.text() + " " + self.tr("Only a supervisor can change them."))
        add.setEnabled(editable)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self.original = services.plkk.criteria(include_inactive=True)
        for c in self.original:
            self._add_row(c)

    def _add_row(self, c: CriterionView) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QLineEdit(c.name, self.table)
        name.setAccessibleName(self.tr("Criterion name"))
        name.setProperty("criterion", c)
        weight = QSpinBox(self.table)
        weight.setRange(1, 100)
        weight.setValue(c.weight)
        weight.setAccessibleName(self.tr("Weight"))
        top = QSpinBox(self.table)
        top.setRange(1, 100)
        top.setValue(c.max_score)
        top.setAccessibleName(self.tr("Highest score"))
        active = QCheckBox(self.table)
        active.setChecked(c.active)
        active.setAccessibleName(self.tr("In use"))
        for col, w in enumerate((name, weight, top, active)):
            self.table.setCellWidget(row, col, w)

    def rows(self) -> list[CriterionView]:
        out = []
        for r in range(self.table.rowCount()):
            name, weight, top, active = (self.table.cellWidget(r, c) for c in range(4))
            c: CriterionView = name.property("criterion")
            out.append(CriterionView(c.id, c.version, name.text(), weight.value(), top.value(), active.isChecked()))
        return out

    def save(self) -> None:
        before = {c.id: c for c in self.original}
        wanted = [c for c in self.rows()
                  if (c.id is None and c.name.strip()) or (c.id is not None and (
                      before[c.id].name, before[c.id].weight, before[c.id].max_score, before[c.id].active)
                      != (c.name, c.weight, c.max_score, c.active))]
        if wanted:
            try:
                _saved, changes = self.services.plkk.save_criteria(wanted)
            except Exception as exc:
                show_error(self, exc)
                return
            apply_changes(self.parentWidget() or self, changes)
        self.accept()
