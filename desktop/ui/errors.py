"""The one error presenter: a user error in plain words; a bug with copyable details, logged."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.errors import Cancelled, UserError

log = logging.getLogger("cabang.ui")


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def message_for(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return exc.render(translate)
    return QCoreApplication.translate("Errors", "Something went wrong that should not have. "
                                      "The details were written to the log; please send them to the administrator.")


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox | None:
    """Show `exc` the way its kind deserves. Returns the box (tests inspect it), or None."""
    if isinstance(exc, Cancelled):
        return None
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Cabang"))
    box.setText(message_for(exc))
    if isinstance(exc, UserError):
        box.setIcon(QMessageBox.Icon.Warning)
    else:
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        log.error("unexpected error\n%s", details)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setDetailedText(details)
        copy = box.addButton(QCoreApplication.translate("Errors", "Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # keep the box open after copying
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(box.text())
    if QApplication.instance() is not None and not _headless_tests():
        box.open()
    return box


def _headless_tests() -> bool:
    import os

    return os.environ.get("CABANG_NO_DIALOGS") == "1"
