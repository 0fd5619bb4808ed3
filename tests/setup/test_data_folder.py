"""The data folder chosen at the first run holds everything the program stores: the database, its
backups, the log and the documents (letters' archive copies, exports); only the machine's own
settings file stays where the program looks for it at start."""

from __future__ import annotations

import json
import logging
import logging.handlers

from setup_helpers import click, fill_admin, fill_office


def _files(folder) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_the_chosen_data_folder_holds_the_database_backups_logs_and_documents(app_ui, paths, tmp_path,
                                                                                monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.config import Paths
    from desktop.ui.app import setup_logging
    from desktop.ui.setup.wizard import FirstRunWizard, open_after_first_run

    monkeypatch.setenv("CABANG_DATA_DIR", str(paths.data))  # where this installation keeps machine.json
    folder = tmp_path / "D" / "Data Cabang"

    def drive() -> None:
        wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible())
        click(wizard, "Next")
        wizard.folder_page.folder.setText(str(folder))
        click(wizard, "Next")
        fill_office(wizard.office_page)
        click(wizard, "Next")
        fill_admin(wizard.admin_page)
        click(wizard, "Next")
        click(wizard, "Finish")

    QTimer.singleShot(0, drive)
    services = open_after_first_run(paths)
    try:
        assert services.database_description() == str(folder / "cabang.sqlite")
        backup = services.backup.backup()
        assert backup.parent == folder / "backups"
        assert services.ctx.document_dir() == folder / "documents"
    finally:
        services.close()
    machine = json.loads(paths.machine_file.read_text(encoding="utf-8"))
    assert machine["data_folder"] == str(folder)

    # The next start: every folder of the program is in the chosen one; machine.json stays put.
    again = Paths.default()
    assert (again.data, again.backups, again.logs, again.documents) == (
        folder, folder / "backups", folder / "logs", folder / "documents")
    assert again.machine_file == paths.machine_file
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging(again)
        logging.getLogger("cabang").warning("the log goes to the data folder")
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
        for handler in before:
            if handler not in root.handlers:
                root.addHandler(handler)
    assert "the log goes to the data folder" in (folder / "logs" / "cabang.log").read_text(encoding="utf-8")
    # Nothing but the machine's settings in the default folders.
    assert _files(paths.data) == ["machine.json"]
    assert _files(paths.backups) == _files(paths.documents) == _files(paths.logs) == []


def test_without_a_chosen_folder_the_default_folders_are_used(paths, monkeypatch):
    from desktop.config import Paths, save_machine

    monkeypatch.setenv("CABANG_DATA_DIR", str(paths.data))
    save_machine(Paths.default(), mode="office", database_url="postgresql+psycopg://cabang@server/cabang")
    default = Paths.default()
    assert default.data == paths.data and default.backups == paths.data / "backups"
    assert default.machine_file == paths.data / "machine.json"
