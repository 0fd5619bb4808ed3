"""About Cabang: versions of the program and the libraries under it."""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

import desktop
from desktop.services.app import Services


def versions(services: Services | None = None) -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    info = {"Cabang": desktop.__version__, "Python": sys.version.split()[0], "Qt": qVersion(),
            "PySide6": PySide6.__version__, "OS": platform.platform()}
    for dist in ("SQLAlchemy", "alembic", "reportlab", "pandas", "holidays", "num2words", "psycopg"):
        try:
            info[dist] = version(dist)
        except PackageNotFoundError:
            info[dist] = "-"
    if services is not None:
        info["Database"] = services.database_description()
        info["Schema"] = services.schema_revision()
    return info


def show_about(parent: QWidget, services: Services) -> QMessageBox:
    rows = "".join(f"<tr><td>{k}</td><td>&nbsp;{v}</td></tr>" for k, v in versions(services).items())
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About Cabang"))
    box.setTextFormat(box.textFormat().RichText)
    box.setText(f"<h3>Cabang {desktop.__version__}</h3><p>"
                + QCoreApplication.translate("About", "The desk of a BPJS Ketenagakerjaan branch office.") + f"</p><table>{rows}</table>")
    box.open()
    return box
