"""The office profile editor (Admin page): letterhead, region served, time zone, default tembusan and
the signatories, validated as the administrator types and saved (audited) through services.office."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import allowed
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.app import Services
from desktop.services.office import TIME_ZONES, OfficeView, SignatoryView
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.letters.common import field_error, make_action, notify, show_field_error

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^[0-9+()\- ]{5,30}$")
CODE = re.compile(r"^[A-Za-z0-9\-]{2,20}$")
LOGO_MAX_PX = 400  # the kop prints the logo about 2 cm high; 400 px is sharp at 300 dpi and small


def scaled_logo_png(path: Path) -> bytes:
    """The chosen image as a PNG no larger than LOGO_MAX_PX on its long side."""
    image = QImage(str(path))
    if image.isNull():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} is not a PNG or JPEG image."), path=str(path))
    if max(image.width(), image.height()) > LOGO_MAX_PX:
        image = image.scaled(LOGO_MAX_PX, LOGO_MAX_PX, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class OfficeTab(QWidget):
    SIG_COLUMNS = (QT_TRANSLATE_NOOP("OfficeTab", "Name"), QT_TRANSLATE_NOOP("OfficeTab", "Position"),
                   QT_TRANSLATE_NOOP("OfficeTab", "Employee no. (NPP/NIP)"),
                   QT_TRANSLATE_NOOP("OfficeTab", "Signs a.n."), QT_TRANSLATE_NOOP("OfficeTab", "Active"))

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.can_edit = allowed(services.actor.role, "office.edit")
        self.view: OfficeView | None = None
        self.logo: bytes | None = None
        self._loading = False
        self.errors: dict[str, QLabel] = {}
        inner = QWidget(self)
        form = QFormLayout()
        self.name = self._line(form, "name", self.tr("Office &name"), "BPJS Ketenagakerjaan Kantor Cabang Purwokerto")
        self.code = self._line(form, "code", self.tr("Office &code"), "PWT")
        self.address = QPlainTextEdit(inner)
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(60)
        self._row(form, "address", self.tr("&Address"), self.address)
        self.city = self._line(form, "city", self.tr("C&ity"), "Purwokerto")
        self.phone = self._line(form, "phone", self.tr("&Telephone"), "(0281) 636010")
        self.email = self._line(form, "email", self.tr("&E-mail"), "purwokerto@bpjsketenagakerjaan.go.id")
        self.website = self._line(form, "website", self.tr("&Website"), "www.bpjsketenagakerjaan.go.id")
        self.time_zone = QComboBox(inner)
        for zone in TIME_ZONES:
            self.time_zone.addItem(zone, zone)
        self._row(form, "time_zone", self.tr("Time &zone"), self.time_zone)
        self.regencies = QPlainTextEdit(inner)
        self.regencies.setTabChangesFocus(True)
        self.regencies.setMaximumHeight(70)
        self.regencies.setPlaceholderText(self.tr("One kabupaten/kota per line"))
        self._row(form, "regencies", self.tr("&Kabupaten/kota served"), self.regencies)
        self.tembusan = QPlainTextEdit(inner)
        self.tembusan.setTabChangesFocus(True)
        self.tembusan.setMaximumHeight(70)
        self.tembusan.setPlaceholderText(self.tr("One recipient per line, e.g. Deputi Direktur Wilayah"))
        self._row(form, "tembusan", self.tr("Default te&mbusan"), self.tembusan)

        logo_box = QGroupBox(self.tr("Letterhead logo"), inner)
        self.logo_preview = QLabel(logo_box)
        self.logo_preview.setMinimumSize(140, 70)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        choose = QPushButton(icon("upload"), self.tr("C&hoose logo…"), logo_box)
        choose.clicked.connect(lambda: self.choose_logo())
        remove = QPushButton(icon("x"), self.tr("Remove l&ogo"), logo_box)
        remove.clicked.connect(self.remove_logo)
        lb = QHBoxLayout(logo_box)
        lb.addWidget(self.logo_preview)
        lb.addWidget(choose)
        lb.addWidget(remove)
        lb.addStretch(1)

        sig_box = QGroupBox(self.tr("Signatories"), inner)
        self.signatories = QTableWidget(0, len(self.SIG_COLUMNS), sig_box)
        self.signatories.setHorizontalHeaderLabels([self.tr(c) for c in self.SIG_COLUMNS])
        self.signatories.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.signatories.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.signatories.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.signatories.verticalHeader().setVisible(False)
        self.signatories.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signatories.setAccessibleName(self.tr("Signatories"))
        self.signatories.itemChanged.connect(self._validate)
        add = QPushButton(icon("plus"), self.tr("Add si&gnatory"), sig_box)
        add.clicked.connect(lambda: self.add_signatory())
        delete = QPushButton(icon("trash-2"), self.tr("Remove signator&y"), sig_box)
        delete.clicked.connect(self.remove_signatory)
        up = QPushButton(icon("chevron-left"), self.tr("Move &up"), sig_box)
        up.clicked.connect(lambda: self.move_signatory(-1))
        self.sig_error = field_error(sig_box)
        self.errors["signatories"] = self.sig_error
        sb = QGridLayout(sig_box)
        sb.addWidget(self.signatories, 0, 0, 1, 4)
        sb.addWidget(add, 1, 0)
        sb.addWidget(delete, 1, 1)
        sb.addWidget(up, 1, 2)
        sb.addWidget(self.sig_error, 2, 0, 1, 4)
        hint = QLabel(self.tr("The first active signatory who signs in their own right signs letters by default; "
                              "one marked a.n. signs on behalf of the head of office (\u201ca.n. Kepala Kantor "
                              "Cabang\u201d)."), sig_box)
        hint.setWordWrap(True)
        hint.setObjectName("Hint")
        sb.addWidget(hint, 3, 0, 1, 4)

        self.save_button = QPushButton(icon("save"), self.tr("&Save office profile"), inner)
        self.save_button.clicked.connect(self.save)
        self.save_action = make_action(self, "save", self.tr("Save office profile"), "Ctrl+S", self.save,
                                       widget_context=True)
        self.reload_button = QPushButton(icon("refresh-cw"), self.tr("&Reload"), inner)
        self.reload_button.clicked.connect(self.reload)
        self.state = QLabel(inner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        il = QVBoxLayout(inner)
        il.addLayout(form)
        il.addWidget(logo_box)
        il.addWidget(sig_box, 1)
        il.addLayout(buttons)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        for w in (self.address, self.regencies, self.tembusan):
            w.textChanged.connect(self._validate)
        self.time_zone.currentIndexChanged.connect(self._validate)
        for w in (self.name, self.code, self.address, self.city, self.phone, self.email, self.website, self.time_zone,
                  self.regencies, self.tembusan, self.signatories, choose, remove, add, delete, up, self.save_button):
            w.setEnabled(self.can_edit)
        self.reload()

    # ---- building ---------------------------------------------------------------------------------

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        lab = QLabel(label, self)
        lab.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        box = QWidget(self)
        bl = QVBoxLayout(box)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.setSpacing(2)
        bl.addWidget(widget)
        self.errors[key] = field_error(box)
        bl.addWidget(self.errors[key])
        form.addRow(lab, box)

    def _line(self, form: QFormLayout, key: str, label: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._validate)
        self._row(form, key, label, edit)
        return edit

    # ---- loading ------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._loading = True
        view = self.services.office.get()
        self.view = view
        self.name.setText(view.name)
        self.code.setText(view.code)
        self.address.setPlainText(view.address)
        self.city.setText(view.city)
        self.phone.setText(view.phone)
        self.email.setText(view.email)
        self.website.setText(view.website)
        self.time_zone.setCurrentIndex(max(0, self.time_zone.findData(view.time_zone)))
        self.regencies.setPlainText("\n".join(view.regencies))
        self.tembusan.setPlainText("\n".join(view.default_tembusan))
        self.set_logo(view.logo_png)
        self.signatories.setRowCount(0)
        for s in view.signatories:
            self.add_signatory(s)
        self._loading = False
        self._validate()
        self.state.setText(self.tr("Not set up yet: fill in the office and save.") if view.id is None else "")

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data or None
        if self.logo:
            pixmap = QPixmap()
            pixmap.loadFromData(self.logo)
            self.logo_preview.setPixmap(pixmap.scaled(140, 70, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))

    def choose_logo(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the letterhead logo"), "",
                                                  self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            self.set_logo(scaled_logo_png(Path(path)))
        except UserError as exc:
            show_error(self, exc)

    def remove_logo(self) -> None:
        self.set_logo(None)

    def add_signatory(self, s: SignatoryView | None = None) -> None:
        s = s or SignatoryView(None, "", "")
        self._loading, was = True, self._loading
        row = self.signatories.rowCount()
        self.signatories.insertRow(row)
        name = QTableWidgetItem(s.name)
        name.setData(Qt.ItemDataRole.UserRole, s.id)
        self.signatories.setItem(row, 0, name)
        self.signatories.setItem(row, 1, QTableWidgetItem(s.position))
        self.signatories.setItem(row, 2, QTableWidgetItem(s.employee_no))
        for col, value in ((3, s.on_behalf), (4, s.active)):
            box = QCheckBox(self.signatories)
            box.setChecked(value)
            box.toggled.connect(self._validate)
            box.setEnabled(self.can_edit)
            self.signatories.setCellWidget(row, col, box)
        self._loading = was
        self._validate()

    def remove_signatory(self) -> None:
        row = self.signatories.currentRow()
        if row >= 0:
            self.signatories.removeRow(row)
            self._validate()

    def move_signatory(self, delta: int) -> None:
        row = self.signatories.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.signatories.rowCount():
            return
        rows = self._signatory_views()
        rows[row], rows[target] = rows[target], rows[row]
        self.signatories.setRowCount(0)
        for s in rows:
            self.add_signatory(s)
        self.signatories.setCurrentCell(target, 0)

    # ---- validation and saving -------------------------------------------------------------------------

    def _signatory_views(self) -> list[SignatoryView]:
        out = []
        for row in range(self.signatories.rowCount()):
            def text(col: int, r=row) -> str:
                item = self.signatories.item(r, col)
                return item.text().strip() if item else ""

            item = self.signatories.item(row, 0)
            out.append(SignatoryView(item.data(Qt.ItemDataRole.UserRole) if item else None, text(0), text(1), text(2),
                                     self.signatories.cellWidget(row, 3).isChecked(),
                                     self.signatories.cellWidget(row, 4).isChecked()))
        return out

    def edited(self) -> OfficeView:
        base = self.view or OfficeView(id=None, version=0, name="", code="")
        lines = lambda w: tuple(x.strip() for x in w.toPlainText().splitlines() if x.strip())  # noqa: E731
        return base.with_changes(
            name=self.name.text().strip(), code=self.code.text().strip(), address=self.address.toPlainText().strip(),
            city=self.city.text().strip(), phone=self.phone.text().strip(), email=self.email.text().strip(),
            website=self.website.text().strip(), time_zone=self.time_zone.currentData(), regencies=lines(self.regencies),
            default_tembusan=lines(self.tembusan), logo_png=self.logo, signatories=tuple(self._signatory_views()))

    def problems(self) -> dict[str, str]:
        v = self.edited()
        out: dict[str, str] = {}
        if not v.name:
            out["name"] = self.tr("The office name is required.")
        if not CODE.match(v.code):
            out["code"] = self.tr("2 to 20 letters, digits or dashes, e.g. PWT.")
        if v.email and not EMAIL.match(v.email):
            out["email"] = self.tr("Not an e-mail address.")
        if v.phone and not PHONE.match(v.phone):
            out["phone"] = self.tr("Digits, spaces, +, ( ) and - only, e.g. (0281) 636010.")
        if not v.city:
            out["city"] = self.tr("The city is printed before the date of every letter.")
        sigs = v.signatories
        if any(not s.name or not s.position for s in sigs):
            out["signatories"] = self.tr("Every signatory needs a name and a position.")
        elif not sigs:
            out["signatories"] = self.tr("Add at least the head of office, who signs in their own right.")
        elif not any(s.active and not s.on_behalf for s in sigs):
            out["signatories"] = self.tr("At least one active signatory must sign in their own right (not a.n.).")
        return out

    def _validate(self, *_args) -> dict[str, str]:
        if self._loading:
            return {}
        problems = self.problems()
        for key, label in self.errors.items():
            show_field_error(label, problems.get(key, ""))
        self.save_button.setEnabled(self.can_edit and not problems)
        return problems

    def save(self) -> bool:
        if not self.can_edit or self._validate():
            return False
        try:
            view, changes = self.services.office.save(self.edited())
        except UserError as exc:
            show_error(self, exc)
            return False
        notify(self, changes)
        self.reload()
        self.state.setText(self.tr("The office profile was saved."))
        return True
