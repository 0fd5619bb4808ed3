"""The body of a record dialog: its form above Save and Cancel (the Cakupan page's meeting,
commitment, agent, month, sponsorship and worker dialogs share it)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QVBoxLayout


def form_with_save_cancel(dialog: QDialog, form: QLayout) -> QDialogButtonBox:
    """Lay `form` out above Save and Cancel: Save calls `dialog.save()` (which validates, stores and
    accepts), Cancel rejects. Returns the buttons, so that the dialog can enable Save while valid."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons
