"""The sync's raw reads and writes (desktop/services/sync_raw.py) agree with SQLAlchemy's column types:
every synced table reads to the same JSON values, and writing rows back stores exactly what SQLAlchemy
stored (timestamps, ids, JSON null, booleans, bytes, money), on SQLite and PostgreSQL."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime


def _office_with_data(office):
    from desktop.domain.money import Money
    from desktop.services.compliance_views import CaseView, EmployerView
    from desktop.services.demo import office as demo_office

    demo_office.build(office, random.Random(1), office.ctx.today())
    employer, _ = office.compliance.save_employer(EmployerView(
        None, 0, "PT Nilai Tepi", npp="21000123", kabupaten="Banyumas", address="Jalan Raya 1",
        reported_wages=Money.rupiah(12_500_000), estimate_date=date(2026, 2, 1)))
    office.compliance.save_case(CaseView(None, 0, employer.id, "pds_tk", officer="hendra", workers_unregistered=3,
                                         arrears=Money(1), programmes_missing=("JP", "JKP")))
    from desktop.services.letters import LetterRequest, Recipient

    fields = {"nama_perusahaan": "PT Nilai Tepi", "npp": "21000123", "rujukan": "kunjungan petugas",
              "jenis_ketidakpatuhan": "PDS TK", "tenaga_kerja_belum_terdaftar": 3, "tunggakan": Money.rupiah(1),
              "batas_waktu": date(2026, 12, 4), "narahubung": "Hendra", "telepon_narahubung": "(0281) 636010"}
    office.letters.issue(LetterRequest("teguran_1", fields, Recipient("Pimpinan PT Nilai Tepi", "Jalan Raya 1",
                                                                      "Purwokerto")))


def _stored(db, tables) -> dict:
    """Each table's rows exactly as the database holds them (SQLite: the stored values; PostgreSQL: their text)."""
    from desktop.services.sync_raw import _q

    out = {}
    with db.read() as session:
        conn = session.connection()
        pg = conn.dialect.name == "postgresql"
        for st in tables:
            cols = ", ".join(f"CAST({_q(c)} AS TEXT)" if pg else _q(c) for c in st.columns)
            out[st.name] = sorted((tuple(r) for r in conn.exec_driver_sql(f"SELECT {cols} FROM {_q(st.name)}")),
                                  key=repr)
    return out


def test_raw_reads_and_writes_match_sqlalchemy_on_every_synced_table(hub, office):
    from sqlalchemy import update

    from desktop.models.compliance import Employer
    from desktop.models.core import OfficeProfile
    from desktop.models.sync_catalog import catalog
    from desktop.services import sync_raw
    from desktop.services.sync_changes import read_all

    _office_with_data(office)
    with hub.write("admin") as session:  # values at the edges: bytes, a whole second, JSON null
        session.execute(update(OfficeProfile).values(logo_png=b"\x89PNG\x00\xff"))
        session.execute(update(Employer).values(updated_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
                                                deleted_at=datetime(2026, 1, 2, 3, 4, 5, 600, tzinfo=UTC)))
    tables = [st for st in catalog() if st.name != "audit_event"]  # its hash chain forbids updates
    with hub.read() as session:
        reference = {st.name: read_all(session, st) for st in tables}
        for st in tables:
            rows = reference[st.name]
            assert sync_raw.read_rows(session, st, list(rows)) == rows, st.name
    filled = {name for name, rows in reference.items() if rows}
    assert {"office_profile", "app_user", "cmp_employer", "cmp_case", "letter_issued", "letter_template"} <= filled
    before = _stored(hub, tables)
    with hub.write("admin") as session:
        for st in tables:
            rows = list(reference[st.name].values())
            if rows and st.is_record:
                assert sync_raw.update_rows(session, st, tuple(c for c in st.columns if c != "id"), rows)
    assert _stored(hub, tables) == before
    referred = {p for st in tables for _c, p in st.parents()}
    leaves = [st for st in tables if reference[st.name] and st.name not in referred]
    with hub.write("admin") as session:  # and inserts: rows removed and written again are the same rows
        for st in leaves:
            if sync_raw.raw(session.connection(), st).insertable:
                rows = list(reference[st.name].values())
                sync_raw.delete_rows(session, st, [r["id"] for r in rows])
                assert sync_raw.insert_rows(session, st, rows)
    assert len(leaves) >= 3
    assert _stored(hub, tables) == before
