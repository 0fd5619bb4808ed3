"""Fixtures of the security tests: a clerk on a private SQLite database (fuzzing needs no server)
and a workbook of a million rows, written once per session straight as Office Open XML."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pytest


@pytest.fixture
def clerk_sqlite(tmp_path_factory):
    """Services acting as a clerk on a fresh migrated SQLite database; yields (services, db)."""
    from desktop.config import Paths
    from desktop.models.migrate import open_database
    from desktop.services.app import services_for
    from desktop.services.users import bootstrap_admin

    root = tmp_path_factory.mktemp("fuzz")
    paths = Paths(data=root / "data", logs=root / "logs", backups=root / "backups",
                  documents=root / "documents").ensure()
    db = open_database(f"sqlite:///{root / 'cabang.sqlite'}", device="fuzz")
    bootstrap_admin(db)
    services_for(db, paths).users.create("rina", "Rina", "clerk")
    yield services_for(db, paths, role="clerk", username="rina", today=date(2026, 11, 20)), db
    db.dispose()


def _cell(ref: str, value) -> str:
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def write_xlsx(path: Path, rows, sheet_name: str = "Sheet1") -> Path:
    """A minimal valid .xlsx (inline strings), streamed: a million rows in seconds, not minutes."""
    columns = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   f'<sheets><sheet name="{escape(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            chunk = []
            for r, row in enumerate(rows, start=1):
                cells = "".join(_cell(f"{columns[c]}{r}", v) for c, v in enumerate(row) if v is not None)
                chunk.append(f'<row r="{r}">{cells}</row>')
                if len(chunk) >= 5000:
                    fh.write("".join(chunk).encode("utf-8"))
                    chunk.clear()
            fh.write("".join(chunk).encode("utf-8"))
            fh.write(b"</sheetData></worksheet>")
    return path


MILLION = 1_000_000


@pytest.fixture(scope="session")
def million_rows_xlsx(tmp_path_factory) -> Path:
    """One workbook for the session: a header an importer knows, then a million employer-like rows."""
    path = tmp_path_factory.mktemp("million") / "sejuta-baris.xlsx"

    def rows():
        yield ["NPP", "Nama Perusahaan", "Jumlah TK", "Kabupaten", "Kode Faskes", "Nama Faskes"]
        for i in range(MILLION):
            yield [f"{10_000_000 + i}", f"PT Contoh {i}", i % 500, "Banyumas", f"F{i:07d}", f"Klinik {i}"]

    return write_xlsx(path, rows())
