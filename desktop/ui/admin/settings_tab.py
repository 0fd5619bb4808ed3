"""Settings that belong to the office's data, the office's closed days, and the UI language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_date_id
from desktop.services.app import Services
from desktop.services.settings import SPECS
from desktop.ui import i18n
from desktop.ui.errors import show_error


class SettingsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.editors: dict[str, QWidget] = {}
        rules = QGroupBox(self.tr("Rules"), self)
        form = QFormLayout(rules)
        for key, spec in SPECS.items():
            if spec.kind is bool:
                editor = QCheckBox(rules)
                editor.toggled.connect(lambda v, k=key: self._save(k, bool(v)))
            else:
                editor = QSpinBox(rules)
                editor.setRange(spec.minimum if spec.minimum is not None else 0,
                                spec.maximum if spec.maximum is not None else 2_000_000_000)
                editor.editingFinished.connect(lambda k=key, e=editor: self._save(k, e.value()))
            label = QCoreApplication.translate("Setting", spec.label)
            editor.setAccessibleName(label)
            self.editors[key] = editor
            form.addRow(label, editor)

        calendar = QGroupBox(self.tr("Office closed days (cuti bersama)"), self)
        self.holidays = QListWidget(calendar)
        self.holidays.setAccessibleName(self.tr("Office closed days"))
        self.day = QDateEdit(QDate.currentDate(), calendar)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setAccessibleName(self.tr("Date"))
        self.day_name = QLineEdit(self.tr("Cuti bersama"), calendar)
        self.day_name.setAccessibleName(self.tr("Name of the closed day"))
        add = QPushButton(self.tr("&Add day"), calendar)
        add.clicked.connect(self._add_holiday)
        row = QHBoxLayout()
        row.addWidget(self.day)
        row.addWidget(self.day_name, 1)
        row.addWidget(add)
        note = QLabel(self.tr("Deadlines in working days skip Indonesia's public holidays and these days."), calendar)
        note.setWordWrap(True)
        box = QVBoxLayout(calendar)
        box.addWidget(note)
        box.addWidget(self.holidays, 1)
        box.addLayout(row)

        language = QGroupBox(self.tr("Language"), self)
        self.language = QComboBox(language)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language of the program"))
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.currentIndexChanged.connect(self._set_language)
        lang_layout = QFormLayout(language)
        lang_layout.addRow(self.tr("Language (after a restart)"), self.language)

        layout = QVBoxLayout(self)
        layout.addWidget(rules)
        layout.addWidget(calendar, 1)
        layout.addWidget(language)
        self.reload()

    def reload(self) -> None:
        values = self.services.settings.all()
        for key, editor in self.editors.items():
            editor.blockSignals(True)
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(values[key]))
            else:
                editor.setValue(int(values[key]))
            editor.blockSignals(False)
        self.holidays.clear()
        for day, name in self.services.settings.office_holidays():
            self.holidays.addItem(f"{format_date_id(day)} — {name}")

    def _save(self, key: str, value: object) -> None:
        try:
            changes = self.services.settings.set(key, value)
        except Exception as exc:  # shown, and the editor goes back to the stored value
            show_error(self, exc)
            self.reload()
            return
        _apply(self, changes)

    def _add_holiday(self) -> None:
        qd = self.day.date()
        try:
            changes = self.services.settings.add_office_holiday(date(qd.year(), qd.month(), qd.day()),
                                                                self.day_name.text().strip() or "Cuti bersama")
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()
        _apply(self, changes)

    def _set_language(self, _index: int) -> None:
        i18n.set_language(self.language.currentData())


def _apply(widget: QWidget, changes) -> None:
    window = widget.window()
    if hasattr(window, "apply_changes"):
        window.apply_changes(changes)
