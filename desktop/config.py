"""Where Cabang keeps its files, and the per-machine settings that are not in the database.

Business settings (office profile, letter numbering, deadlines) live in the database so that they
travel with the data; this module only knows the things a machine needs before it can open one.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Cabang"
APP_AUTHOR = "BPJSTK"

ENV_DATA_DIR = "CABANG_DATA_DIR"
ENV_DB_URL = "CABANG_DB_URL"


def _resources_root() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "_resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"


RESOURCES = _resources_root()
FONTS_DIR = RESOURCES / "fonts"
ICONS_DIR = RESOURCES / "icons"
TRANSLATIONS_DIR = RESOURCES / "translations"


@dataclass(frozen=True)
class Paths:
    data: Path
    logs: Path
    backups: Path
    documents: Path
    settings: Path | None = None  # where machine.json is; None: in `data`

    @classmethod
    def default(cls) -> Paths:
        """The user's folders, or the data folder chosen at the first run (machine.json's `data_folder`)."""
        override = os.environ.get(ENV_DATA_DIR)
        if override:
            data = Path(override)
            logs = data / "logs"
        else:
            data = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
            logs = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
        paths = cls(data=data, logs=logs, backups=data / "backups", documents=data / "documents")
        chosen = load_machine(paths).get("data_folder")
        return paths.moved_to(chosen) if chosen else paths

    def moved_to(self, folder: Path | str) -> Paths:
        """Everything the program stores (database, backups, logs, documents) in `folder`; the machine's
        settings file stays where the program looks for it at start."""
        root = Path(folder).expanduser()
        return Paths(data=root, logs=root / "logs", backups=root / "backups", documents=root / "documents",
                     settings=self.settings or self.data)

    def ensure(self) -> Paths:
        for p in (self.data, self.logs, self.backups, self.documents):
            p.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def default_database(self) -> Path:
        return self.data / "cabang.sqlite"

    @property
    def machine_file(self) -> Path:
        return (self.settings or self.data) / "machine.json"


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def database_url(paths: Paths, explicit: str | None = None) -> str:
    """The database to open: the command line, then the environment, then the machine's file."""
    if explicit:
        return explicit if "://" in explicit else sqlite_url(explicit)
    env = os.environ.get(ENV_DB_URL)
    if env:
        return env
    stored = load_machine(paths).get("database_url")
    return stored or sqlite_url(paths.default_database)


def load_machine(paths: Paths) -> dict:
    try:
        return json.loads(paths.machine_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_machine(paths: Paths, **values: object) -> None:
    data = load_machine(paths)
    data.update(values)
    paths.machine_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = paths.machine_file.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")
    tmp.replace(paths.machine_file)


def device_id(paths: Paths) -> str:
    """A stable id for this installation; every record it creates carries it as `origin`."""
    data = load_machine(paths)
    if "device_id" not in data:
        data["device_id"] = uuid.uuid4().hex[:12]
        try:
            save_machine(paths, device_id=data["device_id"])
        except OSError:
            pass  # a read-only profile still works; the id just changes next start
    return data["device_id"]
