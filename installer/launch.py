"""The frozen program's entry point (PyInstaller): `Cabang` is the `cabang` command.

    Cabang                      opens the program (first start: the set-up wizard)
    Cabang demo --db X ...      every subcommand of `cabang`
    Cabang --self-test          checks that the build carries what it needs, prints JSON, exit 0/1

The self-test imports the heavy libraries that load only on demand in normal use (pandas,
ReportLab, psycopg, openpyxl, calamine), opens the bundled resources (fonts, the Indonesian
translation, icons, help, migrations), renders a PDF page with QtPdf and a chart with QtCharts,
and imports every module of the `desktop` package that the build collected. CI runs it on the
built folder, so a missing hidden import fails the build instead of a clerk's afternoon.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import traceback


def _streams() -> None:
    # A windowed Windows build has no console: print() and logging must not fail on None.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def _check(results: dict, name: str, fn) -> None:
    started = time.perf_counter()
    try:
        detail = fn()
        results[name] = {"ok": True, "detail": detail, "ms": round((time.perf_counter() - started) * 1000)}
    except BaseException as exc:  # noqa: BLE001 - every failure is reported, none stops the others
        results[name] = {"ok": False, "detail": f"{type(exc).__name__}: {exc}",
                         "trace": traceback.format_exc(limit=6)}


def _heavy_modules() -> str:
    import argon2
    import holidays
    import num2words
    import numpy
    import openpyxl
    import pandas
    import psycopg
    import python_calamine
    import reportlab
    from reportlab.pdfgen.canvas import Canvas  # noqa: F401

    frame = pandas.DataFrame({"a": [1, 2]})
    assert int(frame["a"].sum()) == 3
    from datetime import date

    new_year = date(2026, 1, 1)  # the holiday names come from the package's locale files
    assert holidays.country_holidays("ID", years=2026, language="id")[new_year] == "Tahun Baru Masehi"
    assert holidays.country_holidays("ID", years=2026, language="en_US")[new_year] == "New Year's Day"
    assert num2words.num2words(12, lang="id") == "dua belas"
    argon2.PasswordHasher().hash("x")
    del python_calamine
    return (f"pandas {pandas.__version__}, numpy {numpy.__version__}, reportlab {reportlab.Version}, "
            f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), openpyxl {openpyxl.__version__}")


def _resources() -> str:
    from desktop.config import FONTS_DIR, ICONS_DIR, RESOURCES, TRANSLATIONS_DIR

    fonts = sorted(p.name for p in FONTS_DIR.glob("*.ttf"))
    assert fonts, f"no fonts in {FONTS_DIR}"
    qm = TRANSLATIONS_DIR / "cabang_id.qm"
    assert qm.is_file() and qm.stat().st_size > 1000, f"no compiled translation at {qm}"
    icons = list(ICONS_DIR.glob("*.svg"))
    assert len(icons) > 20, f"only {len(icons)} icons in {ICONS_DIR}"
    guide = RESOURCES / "help" / "panduan.md"
    assert guide.is_file(), f"no user guide at {guide}"
    return f"{len(fonts)} fonts, {len(icons)} icons, {qm.name} {qm.stat().st_size} bytes"


def _migrations() -> str:
    from desktop.models.migrate import MIGRATIONS, head_revision

    versions = sorted(p.name for p in (MIGRATIONS / "versions").glob("*.py"))
    return f"head {head_revision()} ({len(versions)} migrations in {MIGRATIONS})"


def _module_names() -> list[str]:
    """The modules the build collected (its manifest), or, from source, every module file."""
    from pathlib import Path

    manifest = Path(getattr(sys, "_MEIPASS", "")) / "desktop_modules.txt"
    if getattr(sys, "frozen", False):
        return [line.strip() for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    root = Path(__file__).resolve().parent.parent
    names = []
    for path in sorted((root / "desktop").rglob("*.py")):
        rel = path.relative_to(root).with_suffix("")
        if "migrations" in rel.parts or rel.name == "__main__":
            continue
        names.append(".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts))
    return names


def _desktop_modules() -> str:
    import importlib

    from desktop.ui.pages import PAGES

    names = _module_names()
    missing_pages = [p.module for p in PAGES if p.module not in names]
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - name every module that does not import
            failed.append(f"{name}: {type(exc).__name__}: {exc}")
    assert not failed, "; ".join(failed)
    assert len(names) > 30, f"only {len(names)} modules of the desktop package were found"
    built = [p.module for p in PAGES if p.module not in missing_pages]
    return f"{len(names)} modules; pages built: {len(built)} of {len(PAGES)}"


def _qt(results: dict) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])

    def translation() -> str:
        from PySide6.QtCore import QCoreApplication

        from desktop.ui import i18n

        i18n.install(app, "id")
        text = QCoreApplication.translate("Pages", "Benefits & Scholarships")
        assert text == "Santunan & Beasiswa", text
        return text

    def pdf() -> str:
        from PySide6.QtCore import QSize
        from PySide6.QtPdf import QPdfDocument
        from reportlab.pdfgen.canvas import Canvas

        path = os.path.join(tempfile.mkdtemp(prefix="cabang-selftest-"), "page.pdf")
        canvas = Canvas(path)
        canvas.drawString(72, 720, "Cabang")
        canvas.save()
        doc = QPdfDocument()
        status = doc.load(path)
        assert status == QPdfDocument.Error.None_, f"QtPdf cannot load a PDF: {status}"
        image = doc.render(0, QSize(200, 280))
        assert not image.isNull(), "QtPdf rendered nothing"
        doc.close()
        return f"{doc.pageCount() if doc.pageCount() else 1} page rendered"

    def charts() -> str:
        from PySide6.QtCharts import QChart, QChartView, QPieSeries

        series = QPieSeries()
        series.append("a", 1)
        chart = QChart()
        chart.addSeries(series)
        view = QChartView(chart)
        view.resize(200, 150)
        assert not view.grab().isNull()
        return "chart drawn"

    def icon() -> str:
        from PySide6.QtGui import QIcon

        from desktop.config import ICONS_DIR

        pixmap = QIcon(str(ICONS_DIR / "cabang.png")).pixmap(64, 64)
        assert not pixmap.isNull(), "the program icon does not load"
        return "cabang.png"

    _check(results, "translation", translation)
    _check(results, "qtpdf", pdf)
    _check(results, "qtcharts", charts)
    _check(results, "icon", icon)


def _postgres() -> str:
    url = os.environ.get("CABANG_TEST_PG_URL", "")
    import psycopg

    if not url:
        return f"driver {psycopg.pq.__impl__} loaded (no CABANG_TEST_PG_URL to connect to)"
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        version = conn.execute(text("SHOW server_version")).scalar()
    engine.dispose()
    return f"connected, server {version}"


def self_test() -> int:
    results: dict = {"frozen": bool(getattr(sys, "frozen", False)), "executable": sys.executable}
    checks: dict = {}
    _check(checks, "heavy_modules", _heavy_modules)
    _check(checks, "resources", _resources)
    _check(checks, "migrations", _migrations)
    _check(checks, "desktop_modules", _desktop_modules)
    _check(checks, "postgresql", _postgres)
    _qt(checks)
    results["checks"] = checks
    results["ok"] = all(c["ok"] for c in checks.values())
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0 if results["ok"] else 1


def main() -> int:
    _streams()
    if sys.argv[1:2] == ["--self-test"]:
        return self_test()
    from desktop.cli import main as cabang

    return cabang(sys.argv[1:])


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
