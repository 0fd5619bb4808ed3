"""When two workstations edit the same record: tell the second one, and offer to reload.

Any page or dialog that saves with the version the clerk saw can hand the error to `handle_stale`:

    try:
        services.compliance.save_case(view)
    except UserError as exc:
        if not handle_stale(self, exc, self.reload):
            ...

A StaleRecordError gets a message with "Reload" (which calls `reload_callback`, so the clerk sees the
other workstation's version and can make the change again) and "Close"; nothing was overwritten.
Anything else goes to the usual error presenter.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import StaleRecordError
from desktop.ui.errors import message_for, show_error


def stale_box(parent: QWidget | None, exc: StaleRecordError) -> tuple[QMessageBox, object]:
    """The question, not yet shown: (box, its Reload button)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Stale", "Changed on another workstation"))
    box.setText(message_for(exc))
    box.setInformativeText(QCoreApplication.translate(
        "Stale", "Reload shows the record as it is now; then make your change again."))
    reload_button = box.addButton(QCoreApplication.translate("Stale", "&Reload"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Stale", "&Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload_button)
    box.setAccessibleName(box.text())
    return box, reload_button


def handle_stale(parent: QWidget | None, exc: BaseException, reload_callback: Callable[[], None]) -> bool:
    """Offer Reload for a stale edit; returns True if `exc` was one (whatever the clerk chose).

    Other errors are shown by desktop.ui.errors.show_error and give False.
    """
    if not isinstance(exc, StaleRecordError):
        show_error(parent, exc)
        return False
    box, reload_button = stale_box(parent, exc)
    if os.environ.get("CABANG_NO_DIALOGS") == "1":  # tests: the answer is Reload
        reload_callback()
        return True
    box.exec()
    if box.clickedButton() is reload_button:
        reload_callback()
    return True
