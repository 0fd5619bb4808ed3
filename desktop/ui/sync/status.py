"""The sync state in the status bar: on a laptop the last sync (office time zone) and the changes not
yet sent; at the office the database and the conflicts waiting for a supervisor."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from desktop.domain.dates import format_timestamp_id
from desktop.services.app import Services

if TYPE_CHECKING:  # the sync service loads every table: only when the state is read
    from desktop.services.sync import SyncStatus

translate = QCoreApplication.translate


def status_text(status: SyncStatus) -> tuple[str, str]:
    """(label text, tooltip) for a sync status."""
    if status.role == "laptop":
        when = (format_timestamp_id(status.last_sync_at, status.time_zone) if status.last_sync_at
                else translate("SyncStatus", "never"))
        text = (translate("SyncStatus", "Last sync: %1").replace("%1", when) + " · "
                + translate("SyncStatus", "%n change(s) to send", "", status.pending))
        tip = translate("SyncStatus", "Field laptop %1, working set %2. Sync… (Ctrl+Shift+S) sends and receives.")
        return text, tip.replace("%1", status.device).replace("%2", status.scope)
    if status.server or status.devices:
        text = translate("SyncStatus", "Office database")
        if status.devices:
            text += " · " + translate("SyncStatus", "%n laptop(s)", "", status.devices)
        if status.open_conflicts:
            text += " · " + translate("SyncStatus", "%n conflict(s) to settle", "", status.open_conflicts)
        return text, translate("SyncStatus", "Laptops sync with this database. Conflicts… (Ctrl+Shift+K) lists "
                                             "what waits for a supervisor.")
    return (translate("SyncStatus", "Sync: not set up (single workstation)"),
            translate("SyncStatus", "This computer works with its own database. File → Office database connection… "
                                    "joins the office server."))


def refresh_sync_label(label: QLabel, services: Services) -> None:
    try:
        status = services.sync.status()
    except Exception as exc:  # the status bar must never take the window down; the log has it
        show_sync_status(label, None, exc)
    else:
        show_sync_status(label, status)


def show_sync_status(label: QLabel, status: SyncStatus | None, error: BaseException | None = None) -> None:
    """Put `status` in the label; without one (it could not be read) say so, and log `error`."""
    if status is None:
        logging.getLogger("cabang.ui").error("sync status", exc_info=error)
        text, tip = translate("SyncStatus", "Sync: state unknown"), ""
    else:
        text, tip = status_text(status)
    label.setText(text)
    label.setToolTip(tip)
    label.setAccessibleName(text)
