"""Translations: English source strings, Indonesian by default, English selectable.

The .ts files in resources/translations are the source; `pyside6-lrelease` compiles them into
cabang_id.qm (the build and the tests do it when the .qm is missing or older than a .ts).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop.config import TRANSLATIONS_DIR

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"
_installed: list[QTranslator] = []


def ts_files(lang: str = "id") -> list[Path]:
    return sorted((TRANSLATIONS_DIR / lang).glob("*.ts"))


def qm_path(lang: str = "id") -> Path:
    return TRANSLATIONS_DIR / f"cabang_{lang}.qm"


def compile_translations(lang: str = "id") -> Path:
    """(Re)build the .qm from the .ts files when it is missing or stale."""
    qm = qm_path(lang)
    sources = ts_files(lang)
    if not sources:
        return qm
    if qm.exists() and qm.stat().st_mtime >= max(s.stat().st_mtime for s in sources):
        return qm
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    cmd = [str(lrelease) if lrelease.exists() else "pyside6-lrelease", *map(str, sources), "-qm", str(qm)]
    subprocess.run(cmd, check=True, capture_output=True)
    return qm


def current_language() -> str:
    lang = QSettings().value("ui/language", DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    QSettings().setValue("ui/language", lang)


def install(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the translators for `lang` (default: the saved choice). Returns the language used."""
    lang = lang or current_language()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Indonesia))
        return lang
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    qm = qm_path(lang)
    try:
        compile_translations(lang)  # rebuilt only when a .ts is newer than the .qm
    except (OSError, subprocess.CalledProcessError):
        pass  # a frozen build ships the .qm; a source tree without lrelease shows English
    ours = QTranslator(app)
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator(app)  # Qt's own dialogs (Cancel, OK, Yes) in Indonesian
    if qt_base.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return lang
