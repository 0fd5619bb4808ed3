"""Copy diagnostics: what support needs to understand a problem, and no personal data.

Versions, the folders in use, the database (never its password), the schema version, the mode of
this computer, the screen and language, and the last log lines. NIK-like and account-like numbers
in the log are masked (the log handler masks them already; this is a second net for older lines),
and the home folder is written as ~ so the Windows account name does not travel either.
"""

from __future__ import annotations

import re
import sys
from collections import deque
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.config import Paths, load_machine
from desktop.domain.security_masking import mask_personal_numbers

LOG_LINES = 50
_NPWP = re.compile(r"(?<!\d)\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}(?!\d)")
_EMAIL = re.compile(r"(?<![/\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")  # not user@host in a URL


def mask(text: str) -> str:
    """NIKs, account numbers, NPWPs and e-mail addresses hidden; the home folder written as ~."""
    text = mask_personal_numbers(text)
    text = _NPWP.sub("**.***.***.*-***.***", text)
    text = _EMAIL.sub("<e-mail>", text)
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
    return text


def last_log_lines(paths: Paths, count: int = LOG_LINES) -> list[str]:
    log = paths.logs / "cabang.log"
    try:
        with log.open(encoding="utf-8", errors="replace") as fh:
            return [line.rstrip("\n") for line in deque(fh, maxlen=count)]
    except OSError:
        return []


def diagnostics_text(services, paths: Paths | None = None) -> str:
    from desktop.services.setup import newest_schema
    from desktop.ui.about import versions

    paths = paths or services.ctx.paths
    info = versions(services)
    machine = load_machine(paths)
    screen = QGuiApplication.primaryScreen()
    lines = [f"Cabang diagnostics, {datetime.now().astimezone().isoformat(timespec='seconds')}", "", "[versions]"]
    lines += [f"{k}: {v}" for k, v in info.items() if k not in ("Database", "Schema")]
    lines += ["", "[database]",
              f"database: {services.database_description()}",
              f"schema: {services.schema_revision() or '-'} (newest known: {newest_schema()})",
              f"mode: {machine.get('mode', '-')}",
              f"signed-in role: {services.actor.role}",
              "", "[folders]",
              f"data: {paths.data}", f"logs: {paths.logs}", f"backups: {paths.backups}",
              f"documents: {paths.documents}", f"machine settings: {paths.machine_file}",
              f"program: {sys.executable} (frozen: {'yes' if getattr(sys, 'frozen', False) else 'no'})",
              "", "[screen and language]",
              f"platform: {QGuiApplication.platformName()}",
              f"screen: {screen.size().width()}x{screen.size().height()} @ {screen.devicePixelRatio():g}x"
              if screen is not None else "screen: -",
              f"language: {QLocale().name()}",
              "", f"[log: the last {LOG_LINES} lines]"]
    log_lines = last_log_lines(paths)
    lines += log_lines or [QCoreApplication.translate("Diagnostics", "(the log is empty)")]
    return mask("\n".join(lines)) + "\n"


def copy_diagnostics(window: QMainWindow) -> str:
    text = diagnostics_text(window.services)
    QApplication.clipboard().setText(text)
    window.statusBar().showMessage(
        QCoreApplication.translate("Diagnostics", "Diagnostics copied to the clipboard (no personal data). "
                                                  "Paste them into a message to the administrator."), 10_000)
    return text
