"""From start to a signed-in session: the passphrase of an encrypted database, the first
administrator on a new database, then the sign-in dialog."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QWidget

from desktop.errors import UserError
from desktop.ui.errors import message_for

log = logging.getLogger(__name__)

WIZARD_MODULE = "desktop.ui.setup.wizard"  # the first-run wizard (installer work), when it is built


def ask_passphrase(parent: QWidget | None, path: str, problem: str = "") -> str | None:
    text = QInputDialog.getText(
        parent, QCoreApplication.translate("SignIn", "Encrypted database"),
        (problem + "\n\n" if problem else "")
        + QCoreApplication.translate("SignIn", "The database %1 is encrypted. Enter its passphrase:").replace("%1", path),
        QLineEdit.EchoMode.Password)
    passphrase, ok = text
    return passphrase if ok else None


def open_gate(paths, database: str | None, parent: QWidget | None = None):
    """The database opened for sign-in, asking for the passphrase of an encrypted one. None: cancelled."""
    from desktop.services.auth import open_for_sign_in
    from desktop.services.security_encryption import PassphraseRequired, remember_passphrase

    problem = ""
    while True:
        try:
            return open_for_sign_in(paths, database)
        except PassphraseRequired as exc:
            path = str(exc.params.get("path", ""))
            passphrase = ask_passphrase(parent, path, problem)
            if passphrase is None:
                return None
            try:
                remember_passphrase(path, passphrase)
                problem = ""
            except UserError as wrong:
                problem = message_for(wrong)


def first_admin(gate, parent: QWidget | None = None):
    """The first administrator: through the first-run wizard when it is built, else a small dialog."""
    try:
        wizard = importlib.import_module(WIZARD_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name is None or not WIZARD_MODULE.startswith(exc.name):
            raise
        wizard = None
    if wizard is not None and hasattr(wizard, "run_first_admin"):
        return wizard.run_first_admin(gate, parent)
    from desktop.ui.security.first_admin_dialog import FirstAdminDialog

    dialog = FirstAdminDialog(gate, parent)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


def sign_in(paths, database: str | None = None, *, username: str = "", hint: str = "",
            meanwhile: Callable[[], object] | None = None, parent: QWidget | None = None):
    """Services for the person who signed in, or None when they quit. Raises UserError when the
    database cannot be opened. `meanwhile` runs while the first password is checked."""
    gate = open_gate(paths, database, parent)
    if gate is None:
        return None
    try:
        if gate.needs_first_admin():
            actor = first_admin(gate, parent)
        else:
            from desktop.ui.security.sign_in_dialog import SignInDialog

            dialog = SignInDialog(gate, username=username or "", hint=hint, database=gate.database_description(),
                                  meanwhile=meanwhile, parent=parent)
            actor = dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
    except BaseException:
        gate.close()
        raise
    if actor is None:
        gate.close()
        return None
    return gate.start_session(actor)



