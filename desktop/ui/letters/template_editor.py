"""The template editor (administrators): the text and fields of a letter type, checked as you type,
with a live preview; saving makes the next revision (letters already issued keep theirs)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import allowed
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.app import Services
from desktop.services.letters import TemplateView, check_template
from desktop.services.letters_fill import DEFAULT_NUMBER_FORMAT, KINDS, FieldDef
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.letters.common import field_error, make_action, notify, show_field_error, tr
from desktop.ui.letters.pdf_viewer import PdfViewer

KIND_LABELS = {"text": QT_TRANSLATE_NOOP("Letters", "Text"), "date": QT_TRANSLATE_NOOP("Letters", "Date"),
               "money": QT_TRANSLATE_NOOP("Letters", "Amount"), "int": QT_TRANSLATE_NOOP("Letters", "Whole number"),
               "table": QT_TRANSLATE_NOOP("Letters", "Table")}
METERAI = (("none", QT_TRANSLATE_NOOP("Letters", "No meterai")),
           ("threshold", QT_TRANSLATE_NOOP("Letters", "Meterai above the receipt threshold")),
           ("always", QT_TRANSLATE_NOOP("Letters", "Always a meterai")))


class TemplatesTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.can_edit = allowed(services.actor.role, "templates.edit")
        self.current: TemplateView | None = None
        self._loading = False
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Letter templates"))
        self.list.currentItemChanged.connect(lambda item, _prev: self._load(item.data(Qt.ItemDataRole.UserRole))
                                             if item else None)
        self.name = QLineEdit(self)
        self.code = QLineEdit(self)
        self.code.setMaxLength(20)
        self.number_format = QLineEdit(self)
        self.number_format.setPlaceholderText(DEFAULT_NUMBER_FORMAT)
        self.meterai = QComboBox(self)
        for value, label in METERAI:
            self.meterai.addItem(tr(label), value)
        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.closing = QPlainTextEdit(self)
        self.closing.setTabChangesFocus(True)
        self.closing.setMaximumHeight(70)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("What changed and why (kept with the revision)"))
        self.fields = QTableWidget(0, 4, self)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Label"), self.tr("Kind"), self.tr("Required")])
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.verticalHeader().setVisible(False)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.setAccessibleName(self.tr("Fields of the template"))
        self.fields.setMaximumHeight(190)
        add = QPushButton(icon("plus"), self.tr("Add &field"), self)
        add.clicked.connect(self.add_field)
        remove = QPushButton(icon("trash-2"), self.tr("Remo&ve field"), self)
        remove.clicked.connect(self.remove_field)
        self.field_buttons = (add, remove)
        self.problems = field_error(self)
        self.version_label = QLabel(self)
        self.save_button = QPushButton(icon("save"), self.tr("&Save as new revision"), self)
        self.save_button.clicked.connect(self.save)
        self.save_action = make_action(self, "save", self.tr("Save template"), "Ctrl+S", self.save, widget_context=True)
        help_text = QLabel(self.tr("Write {field} where a field's value goes. Always available: {kota_kantor}, "
                                   "{nama_kantor}, {tanggal_surat}; {field_terbilang} spells a number or amount, "
                                   "{field_hari} gives a date with its weekday. Blank lines separate paragraphs; "
                                   "\u201cLabel : {field}\u201d lines are aligned; lines starting 1. a. or - are lists. "
                                   "A line with an optional field left empty is left out."), self)
        help_text.setWordWrap(True)
        help_text.setObjectName("Hint")
        form = QFormLayout()
        for label, widget in ((self.tr("&Name"), self.name), (self.tr("Number &code"), self.code),
                              (self.tr("Number &format"), self.number_format), (self.tr("&Meterai"), self.meterai),
                              (self.tr("&Subject (Hal)"), self.subject), (self.tr("&Body"), self.body),
                              (self.tr("C&losing"), self.closing)):
            lab = QLabel(label, self)
            lab.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(lab, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        editor = QWidget(self)
        el = QVBoxLayout(editor)
        el.setContentsMargins(0, 0, 0, 0)
        el.addWidget(self.version_label)
        el.addLayout(form, 1)
        el.addWidget(help_text)
        el.addWidget(QLabel(self.tr("Fields"), self))
        el.addWidget(self.fields)
        el.addLayout(buttons)
        el.addWidget(self.problems)
        save_row = QHBoxLayout()
        save_row.addWidget(self.note, 1)
        save_row.addWidget(self.save_button)
        el.addLayout(save_row)
        self.preview = PdfViewer(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(editor)
        splitter.addWidget(self.preview)
        splitter.setSizes([200, 560, 460])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(lambda: self.refresh_preview() if self.isVisible() else None)
        for w in (self.name, self.code, self.number_format, self.subject):
            w.textChanged.connect(self._changed)
        for w in (self.body, self.closing):
            w.textChanged.connect(self._changed)
        self.meterai.currentIndexChanged.connect(self._changed)
        self.fields.itemChanged.connect(self._changed)
        for w in (self.name, self.code, self.number_format, self.subject, self.note, self.fields, self.meterai,
                  add, remove, self.save_button):
            w.setEnabled(self.can_edit)
        for w in (self.body, self.closing):
            w.setReadOnly(not self.can_edit)
        self.reload()

    # ---- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        key = self.current.key if self.current else None
        self.list.blockSignals(True)
        self.list.clear()
        for t in self.services.letters.templates():
            item = QListWidgetItem(f"{t.name}  (r{t.version})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, t.key)
        self.list.blockSignals(False)
        rows = [self.list.item(i) for i in range(self.list.count())]
        target = next((i for i in rows if i.data(Qt.ItemDataRole.UserRole) == key), rows[0] if rows else None)
        if target is not None:
            self.list.setCurrentItem(target)
            self._load(target.data(Qt.ItemDataRole.UserRole))

    def _load(self, key: str) -> None:
        self._loading = True
        t = self.services.letters.template(key)
        self.current = t
        self.version_label.setText(self.tr("<b>%1</b> \u2014 revision %2, key %3").replace("%1", t.name)
                                   .replace("%2", str(t.version)).replace("%3", t.key))
        self.name.setText(t.name)
        self.code.setText(t.code)
        self.number_format.setText(t.number_format)
        self.meterai.setCurrentIndex(max(0, self.meterai.findData(t.meterai_rule)))
        self.subject.setText(t.subject)
        self.body.setPlainText(t.body)
        self.closing.setPlainText(t.closing)
        self.note.clear()
        self.fields.setRowCount(0)
        for d in t.field_defs:
            self._add_row(dict(d))
        self._loading = False
        self._changed()

    def _add_row(self, d: dict) -> None:
        row = self.fields.rowCount()
        self.fields.insertRow(row)
        name = QTableWidgetItem(str(d.get("name", "")))
        name.setData(Qt.ItemDataRole.UserRole, d)
        self.fields.setItem(row, 0, name)
        self.fields.setItem(row, 1, QTableWidgetItem(tr(str(d.get("label", "")))))
        kind = QComboBox(self.fields)
        for k in KINDS:
            kind.addItem(tr(KIND_LABELS[k]), k)
        kind.setCurrentIndex(max(0, kind.findData(d.get("kind", "text"))))
        kind.currentIndexChanged.connect(self._changed)
        kind.setEnabled(self.can_edit)
        self.fields.setCellWidget(row, 2, kind)
        required = QCheckBox(self.fields)
        required.setChecked(bool(d.get("required", True)))
        required.toggled.connect(self._changed)
        required.setEnabled(self.can_edit)
        self.fields.setCellWidget(row, 3, required)

    def add_field(self) -> None:
        self._add_row({"name": "", "label": "", "kind": "text", "required": True})
        self.fields.setCurrentCell(self.fields.rowCount() - 1, 0)
        self.fields.editItem(self.fields.item(self.fields.rowCount() - 1, 0))

    def remove_field(self) -> None:
        row = self.fields.currentRow()
        if row >= 0:
            self.fields.removeRow(row)
            self._changed()

    # ---- the draft ----------------------------------------------------------------------------------

    def field_defs(self) -> list[dict]:
        out = []
        for row in range(self.fields.rowCount()):
            name_item = self.fields.item(row, 0)
            base = dict(name_item.data(Qt.ItemDataRole.UserRole) or {}) if name_item else {}
            label_item = self.fields.item(row, 1)
            label = label_item.text().strip() if label_item else ""
            if label == tr(str(base.get("label", ""))):
                label = str(base.get("label", label))  # keep the untranslated source label
            base.update({"name": name_item.text().strip() if name_item else "", "label": label,
                         "kind": self.fields.cellWidget(row, 2).currentData(),
                         "required": self.fields.cellWidget(row, 3).isChecked()})
            out.append(base)
        return out

    def draft(self) -> TemplateView:
        defs = self.field_defs()
        return TemplateView(key=self.current.key if self.current else "", name=self.name.text(),
                            version=self.current.version if self.current else 0, fields=(), code=self.code.text(),
                            subject=self.subject.text(), body=self.body.toPlainText(),
                            closing=self.closing.toPlainText(), number_format=self.number_format.text(),
                            meterai_rule=self.meterai.currentData(), field_defs=tuple(defs))

    def problems_now(self) -> list[UserError]:
        d = self.draft()
        try:
            defs = [FieldDef.from_json(f) for f in d.field_defs]
        except (KeyError, TypeError):
            return [UserError(QT_TRANSLATE_NOOP("UserError", "Every field needs a name."))]
        return check_template(d.name, d.subject, d.body, d.closing, defs, d.number_format, d.meterai_rule)

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        problems = self.problems_now()
        show_field_error(self.problems, "\n".join(p.render(lambda c, t: self._translate(c, t)) for p in problems))
        self.save_button.setEnabled(self.can_edit and not problems)
        self._timer.start()

    @staticmethod
    def _translate(context: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._timer.stop()
        super().hideEvent(event)

    def refresh_preview(self) -> bool:
        if self.current is None or self.problems_now():
            return False
        try:
            self.preview.set_pdf(self.services.letters.preview_draft(self.draft()))
        except UserError as exc:
            show_field_error(self.problems, exc.render(self._translate))
            return False
        return True

    def save(self) -> bool:
        if not self.can_edit or self.current is None or self.problems_now():
            return False
        d = self.draft()
        try:
            view, changes = self.services.letters.save_template(
                self.current.key, base_version=self.current.version, name=d.name, subject=d.subject, body=d.body,
                closing=d.closing, fields=d.field_defs, code=d.code, number_format=d.number_format,
                meterai_rule=d.meterai_rule, note=self.note.text().strip())
        except UserError as exc:
            show_error(self, exc)
            return False
        notify(self, changes)
        self.current = view
        self.reload()
        return True
