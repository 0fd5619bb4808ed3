"""Bad files for every importer (compliance employers, coverage figures/workers/Perisai, PLKK
partners): random bytes, wrong types, formulas, huge cells, wrong encodings and a million rows.
Each import answers with a report or a UserError that says what is wrong; nothing crashes, and a
refused import leaves the database exactly as it was.

The sync bundle reader has its own cases in test_fuzz_sync_bundle.py.
"""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.errors import UserError
from desktop.io import compliance_import, coverage_import, plkk_import
from desktop.models.core import AuditEvent
from tests.security.conftest import write_xlsx

HEADINGS = sorted({a[0] for a in compliance_import.ALIASES.values()}
                  | {c.label for c in plkk_import.COLUMNS}
                  | {c.label for cols in coverage_import.COLUMNS.values() for c in cols})

FUZZ = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                         HealthCheck.too_slow])

CELL = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from(["=1/0", "=HYPERLINK(\"http://x\")", "+SUM(A1:A9)", "@cmd", "-2+3", "=cmd|' /C calc'!A0",
                     "3302011204850003", "01.234.567.8-901.000", "Banyumas", "2026-10", "Oktober 2026",
                     "12/31/2026", "31/12/2026", "Rp1.500.000,00", "1,5", "NaN", "inf", "-0", "TRUE", "\u0000\u0001",
                     "x" * 40_000]),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)),
)
HEADER = st.lists(st.one_of(st.sampled_from(HEADINGS), st.text(max_size=12)), min_size=1, max_size=14)


def _imports(services):
    """Every importer of every area, as an import a clerk would start (not dry runs: they write)."""
    return {
        "compliance": lambda p: services.compliance.import_employers(p),
        "coverage figures": lambda p: services.coverage.import_file("figures", p),
        "coverage workers": lambda p: services.coverage.import_file("workers", p),
        "coverage perisai": lambda p: services.coverage.import_file("perisai", p),
        "plkk": lambda p: services.plkk.import_partners(p, dry_run=False),
    }


def _events(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent))


def run_all(services, db, path) -> dict[str, str]:
    """Run every importer on `path`; only UserError may escape, and a refusal changes nothing."""
    outcomes = {}
    for name, start in _imports(services).items():
        before = _events(db)
        try:
            start(path)
        except UserError as exc:
            assert str(exc), name
            assert _events(db) == before, f"{name} refused the file but changed the database"
            outcomes[name] = "refused"
        else:
            outcomes[name] = "imported"
    return outcomes


def _xlsx_value(v):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(v, str):  # Excel itself cannot hold control characters
        return ILLEGAL_CHARACTERS_RE.sub("", v)
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return str(v)
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, date):
        return v.isoformat()
    return v


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".xlsx", ".csv", ".xls", ".ods", ".txt"]))
def test_random_bytes(clerk_sqlite, tmp_path, data, suffix):
    services, db = clerk_sqlite
    path = tmp_path / f"acak{suffix}"
    path.write_bytes(data)
    run_all(services, db, path)


@FUZZ
@given(header=HEADER, rows=st.lists(st.lists(CELL, max_size=14), max_size=12))
def test_workbooks_with_wrong_types_formulas_and_huge_cells(clerk_sqlite, tmp_path, header, rows):
    from openpyxl import Workbook

    services, db = clerk_sqlite
    wb = Workbook()
    ws = wb.active
    ws.append([_xlsx_value(h) for h in header])
    for row in rows:
        ws.append([_xlsx_value(v) for v in row])  # a text starting with "=" is written as a formula
    path = tmp_path / "isian.xlsx"
    wb.save(path)
    run_all(services, db, path)


@FUZZ
@given(header=HEADER, rows=st.lists(st.lists(CELL, max_size=14), max_size=12),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "shift_jis"]),
       delimiter=st.sampled_from([",", ";", "\t", "|"]))
def test_csv_files_in_every_encoding(clerk_sqlite, tmp_path, header, rows, encoding, delimiter):
    services, db = clerk_sqlite
    lines = [delimiter.join(str(h) for h in header)]
    lines += [delimiter.join("" if v is None else str(v) for v in row) for row in rows]
    path = tmp_path / "isian.csv"
    path.write_bytes("\n".join(lines).encode(encoding, errors="replace"))
    run_all(services, db, path)


def test_a_good_file_still_imports_after_all_that(clerk_sqlite, tmp_path):
    services, db = clerk_sqlite
    path = write_xlsx(tmp_path / "mitra.xlsx", [
        [c.label for c in plkk_import.COLUMNS[:4]],
        ["P0001", "Klinik Pratama Sehat", "Klinik Pratama", "Banyumas"],
    ])
    report, _changes = services.plkk.import_partners(path, dry_run=False)
    assert _events(db) > 2


def test_an_excel_file_with_a_password_or_a_macro_name_is_refused_politely(clerk_sqlite, tmp_path):
    services, db = clerk_sqlite
    for name, content in (("makro.xlsm", b"PK\x03\x04" + b"\x00" * 200), ("lama.xls", b"\xd0\xcf\x11\xe0" + b"\x00" * 600),
                          ("kosong.xlsx", b""), ("gambar.xlsx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)):
        path = tmp_path / name
        path.write_bytes(content)
        assert set(run_all(services, db, path).values()) == {"refused"}


@pytest.mark.slow
def test_a_million_rows(clerk_sqlite, million_rows_xlsx):
    """A workbook of a million rows (generated once per session, in seconds): the employer and the
    partner importers (two different readers) read it through and report, or refuse it with a
    message; a dry run writes nothing. (Each read takes a while: the test is marked slow.)"""
    services, db = clerk_sqlite
    before = _events(db)
    dry_runs = {
        "compliance": lambda p: services.compliance.import_dry_run(p),
        "plkk": lambda p: services.plkk.import_partners(p, dry_run=True),
    }
    for name, start in dry_runs.items():
        try:
            report = start(million_rows_xlsx)
        except UserError as exc:
            assert str(exc), name
        else:
            assert report is not None, name
    assert _events(db) == before  # a dry run writes nothing
