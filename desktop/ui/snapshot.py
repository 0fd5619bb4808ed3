"""Render every main page offscreen to PNG files (`cabang snapshot`): the README's screenshot and a
quick look at the pages without a screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.services.app import Services
from desktop.ui.pages import PAGES


def snapshot_pages(services: Services, out: Path, size: tuple[int, int], lang: str | None = None) -> list[Path]:
    from desktop.ui.app import make_app
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import wait_idle

    app = make_app(lang=lang)
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(services)
    window.resize(*size)
    window.show()
    files = []
    for i, spec in enumerate(PAGES):
        window.show_index(i)
        for _ in range(3):  # let layouts, charts and queued loads settle
            wait_idle(10_000)
            app.processEvents()
        path = out / f"{i + 1:02d}-{spec.key}.png"
        window.grab().save(str(path))
        files.append(path)
    window.close()
    QApplication.processEvents()
    return files
