"""The Sync dialog. On a laptop: where it stands, Sync now (directly with the office database), or a bundle
file out and its reply back. At the office: import a laptop's bundle (and write the reply), the
registered laptops, and the way to the Konflik list. Long work runs through run_task: progress, Cancel."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_timestamp_id
from desktop.domain.roles import allowed
from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.services.context import Area, Changes
from desktop.ui.icons import icon
from desktop.ui.sync.status import status_text
from desktop.ui.tables import ColumnSpec
from desktop.ui.tasks import run_task
from desktop.ui.widgets.table_view import DataTable

EVERYTHING = Changes.of(*Area)
BUNDLE_FILTER = QCoreApplication.translate("SyncDialog", "Cabang sync bundles (*.cabang-sync);;All files (*)")


def _headless() -> bool:
    return os.environ.get("CABANG_NO_DIALOGS") == "1"


class SyncDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.task = None
        self.last_result = None
        self.setWindowTitle(self.tr("Sync"))
        self.setMinimumWidth(640)
        status = services.sync.status()
        self.laptop = status.role == "laptop"
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("SyncResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self._laptop_box() if self.laptop else self._office_box())
        layout.addWidget(self.result_label)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    # ---- layout --------------------------------------------------------------------------------
    def _button(self, text: str, icon_name: str, slot) -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.clicked.connect(slot)
        return button

    def _laptop_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This laptop"), self)
        self.hub_label = QLabel(box)
        self.hub_label.setWordWrap(True)
        change = self._button(self.tr("&Change…"), "server", self.change_hub)
        self.sync_button = self._button(self.tr("&Sync now"), "refresh-ccw", self.sync_now)
        self.sync_button.setDefault(True)
        export = self._button(self.tr("&Export bundle…"), "usb", self.choose_export)
        apply = self._button(self.tr("&Apply reply…"), "download", self.choose_reply)
        hub_row = QHBoxLayout()
        hub_row.addWidget(self.hub_label, 1)
        hub_row.addWidget(change)
        buttons = QHBoxLayout()
        for b in (self.sync_button, export, apply):
            buttons.addWidget(b)
        buttons.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("Office database:"), hub_row)
        form.addRow(buttons)
        hint = QLabel(self.tr("On the office network: Sync now. Elsewhere: export a bundle, take it to the office "
                              "(Sync → Import bundle there), and apply the reply it gives you."), box)
        hint.setWordWrap(True)
        form.addRow(hint)
        return box

    def _office_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Field laptops"), self)
        self.devices = DataTable("sync.devices", [
            ColumnSpec("device", QT_TRANSLATE_NOOP("Columns", "Laptop"), 140),
            ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Name"), 140),
            ColumnSpec("scope", QT_TRANSLATE_NOOP("Columns", "Working set"), 170),
            ColumnSpec("last_sync_at", QT_TRANSLATE_NOOP("Columns", "Last sync"), 170, formatter=self._when),
        ], parent=box)
        self.empty_label = QLabel(self.tr("No laptop is registered yet. A laptop registers itself when it checks out "
                                          "its working set (cabang sync checkout), or use Register laptop…"), box)
        self.empty_label.setWordWrap(True)
        buttons = QHBoxLayout()
        self.import_button = self._button(self.tr("&Import bundle…"), "upload", self.choose_import)
        register = self._button(self.tr("&Register laptop…"), "laptop", self.ask_register)
        conflicts = self._button(self.tr("&Conflicts…"), "git-merge", self.open_conflicts)
        close_year = self._button(self.tr("Close the &year's numbers…"), "calendar-clock", self.ask_close_year)
        close_year.setToolTip(self.tr("Register as cancelled the numbers reserved for laptops that they did not "
                                      "use in a year that has ended, so that the register has no gaps."))
        for b in (register, close_year):
            b.setEnabled(allowed(self.services.actor.role, "sync.manage"))
        for b in (self.import_button, register, conflicts, close_year):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.devices, 1)
        layout.addLayout(buttons)
        return box

    def _when(self, value) -> str:
        return format_timestamp_id(value, self._zone) if value else self.tr("never")

    def refresh(self) -> None:
        status = self.services.sync.status()
        self._zone = status.time_zone
        text, _tip = status_text(status)
        self.state_label.setText(text)
        if self.laptop:
            self.hub_label.setText(status.hub_url or self.tr("not set: choose Change…"))
        else:
            rows = self.services.sync.devices()
            self.devices.set_rows(rows)
            self.empty_label.setVisible(not rows)
        self._status_bar()

    def _status_bar(self) -> None:
        window = self.parent()
        if window is not None and hasattr(window, "apply_changes"):
            window.apply_changes(EVERYTHING)

    # ---- laptop --------------------------------------------------------------------------------
    def sync_now(self) -> None:
        self._run(lambda control: self.services.sync.sync_now(progress=control), self._synced,
                  self.tr("Syncing with the office database"))

    def _synced(self, r) -> None:
        self.last_result = r
        self._done(self.tr("Synced: %1 sent, %2 received.").replace("%1", str(r.sent)).replace("%2", str(r.received))
                   + (" " + self.tr("%n new conflict(s) wait for a supervisor at the office.", "", r.conflicts)
                      if r.conflicts else ""))

    def choose_export(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export bundle"), "sync.cabang-sync", BUNDLE_FILTER)
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        self._run(lambda control: self.services.sync.export_bundle(path, control), self._exported,
                  self.tr("Writing the bundle"))

    def _exported(self, r) -> None:
        self.last_result = r
        self._done(self.tr("%n change(s) written to %1. Take the file to the office.", "", r.rows)
                   .replace("%1", r.path) + (" " + self.tr("It is encrypted.") if r.encrypted else ""))

    def choose_reply(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Apply reply"), "", BUNDLE_FILTER)
        if path:
            self.apply_from(Path(path))

    def apply_from(self, path: Path) -> None:
        self._run(lambda control: self.services.sync.apply_reply(path, control), self._applied,
                  self.tr("Applying the office's reply"))

    def _applied(self, r) -> None:
        self.last_result = r
        self._done(self.tr("This reply was applied before; nothing changed.") if r.replayed else
                   self.tr("%n record(s) from the office applied.", "", r.rows))

    def change_hub(self) -> None:
        from desktop.ui.sync.connection_dialog import ConnectionDialog

        dialog = ConnectionDialog(self.services, mode="hub", parent=self)
        dialog.finished.connect(lambda _r: self.refresh())
        self._connection = dialog
        dialog.open()

    # ---- office --------------------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Import bundle"), "", BUNDLE_FILTER)
        if not path:
            return
        reply = Path(path).with_name(Path(path).stem + "-reply.cabang-sync")
        reply_path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the reply for the laptop"), str(reply),
                                                     BUNDLE_FILTER)
        if reply_path:
            self.import_from(Path(path), Path(reply_path))

    def import_from(self, bundle: Path, reply: Path) -> None:
        self._run(lambda control: self.services.sync.import_bundle(bundle, reply, control), self._imported,
                  self.tr("Importing the laptop's bundle"))

    def _imported(self, r) -> None:
        self.last_result = r
        head = (self.tr("This bundle was imported before; nothing was applied again.") if r.replayed else
                self.tr("%n change(s) imported.", "", r.rows))
        if r.conflicts:
            head += " " + self.tr("%n new conflict(s) to settle.", "", r.conflicts)
        self._done(head + " " + self.tr("Reply for the laptop: %1").replace("%1", r.reply_path))

    def ask_register(self) -> None:
        device, ok = QInputDialog.getText(self, self.tr("Register laptop"), self.tr("The laptop's device id:"))
        if ok and device.strip():
            self.register(device.strip())

    def register(self, device: str) -> str:
        try:
            key = self.services.sync.register_laptop(device)
        except Exception as exc:
            from desktop.ui.errors import show_error

            show_error(self, exc)
            return ""
        QGuiApplication.clipboard().setText(key)
        text = self.tr("Laptop %1 is registered. Its key (copied to the clipboard): %2").replace("%1", device) \
            .replace("%2", key)
        self._done(text)
        if not _headless():
            QMessageBox.information(self, self.tr("Register laptop"), text)
        return key

    def ask_close_year(self) -> None:
        last_year = self.services.ctx.today().year - 1
        year, ok = QInputDialog.getInt(self, self.tr("Close the year's numbers"),
                                       self.tr("Register the unused reserved numbers of this year as cancelled:"),
                                       last_year, 2000, last_year)
        if ok:
            self.close_year(year)

    def close_year(self, year: int) -> None:
        self._run(lambda _control: self.services.sync.close_number_year(year), self._year_closed,
                  self.tr("Closing the numbers of %1").replace("%1", str(year)))

    def _year_closed(self, r) -> None:
        self.last_result = r
        count = sum(v.last - v.first + 1 for v in r.voided)
        text = self.tr("%n unused number(s) registered as cancelled.", "", count)
        if r.waiting:
            text += " " + self.tr("Not yet synced since the year ended (done at their next sync): %1") \
                .replace("%1", ", ".join(r.waiting))
        self._done(text)

    def open_conflicts(self) -> None:
        from desktop.ui.sync.conflicts_page import ConflictsDialog

        dialog = ConflictsDialog(self.services, self.parent() or self)
        self._conflicts = dialog
        dialog.open()

    # ---- running -------------------------------------------------------------------------------
    def _run(self, fn, on_success, title: str) -> None:
        self.result_label.setText(title + "…")
        self.task = run_task(self, fn, on_success=on_success, on_error=self._failed, title=title, writes=True)

    def _failed(self, exc: BaseException) -> None:
        from desktop.errors import Cancelled
        from desktop.ui.errors import message_for, show_error

        if isinstance(exc, Cancelled):
            self.result_label.setText(self.tr("Cancelled. Nothing was changed."))
            return
        self.result_label.setText(message_for(exc))
        show_error(self, exc)

    def _done(self, text: str) -> None:
        self.result_label.setText(text)
        self.refresh()
