"""The audit trail as an administrator reads it: who did what, from which device, with before and
after; filtered, exported to Excel (the export itself recorded), and tampering detected."""

from __future__ import annotations

from datetime import timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from desktop.errors import PermissionDenied
from desktop.models.core import AuditEvent
from desktop.services import audit
from desktop.services.paging import PageRequest


def test_every_change_names_user_device_and_before_after(services):
    user, _ = services.users.create("rina", "Rina Wulandari", "clerk")
    services.users.update(user.id, user.version, full_name="Rina W.")
    rows = services.audit.page(PageRequest(filters={"entity": "user", "action": "update"})).rows
    assert len(rows) == 1
    event = rows[0]
    assert event.user == "admin" and event.device == "test-device"
    assert '"Rina Wulandari"' in event.before and '"Rina W."' in event.after


def test_filters_by_user_action_entity_and_date(services, as_role):
    services.users.create("bagus", "Bagus Prasetyo", "clerk")
    head = as_role("head", "antony")
    head.settings.set("ui.idle_lock_minutes", 25)
    by_head = services.audit.page(PageRequest(limit=100, filters={"user": "antony"})).rows
    assert by_head and all(r.user == "antony" for r in by_head)
    assert {r.entity for r in by_head} == {"setting"}
    today = by_head[0].at.astimezone().date()
    assert services.audit.page(PageRequest(filters={"from": today, "to": today})).total >= 3
    assert services.audit.page(PageRequest(filters={"to": today - timedelta(days=1)})).total == 0
    choices = services.audit.choices()
    assert {"admin", "antony"} <= set(choices["user"]) and "update" in choices["action"]


def test_personal_data_exports_and_prints_are_recorded(services, db):
    with db.write("rina") as session:
        audit.personal_data_access(session, "heirs of claim", 3, action="print")
        audit.personal_data_access(session, "beneficiary list", 120, action="export", target="penerima-2026-11.xlsx")
    rows = services.audit.page(PageRequest(filters={"entity": audit.PERSONAL_DATA}, sort_key="seq")).rows
    assert [(r.action, r.user) for r in rows] == [("print", "rina"), ("export", "rina")]
    assert '"count": 120' in rows[1].after and "penerima-2026-11.xlsx" in rows[1].after
    with db.write("rina") as session, pytest.raises(ValueError):
        audit.personal_data_access(session, "x", 1, action="delete")


def test_export_to_excel_keeps_text_as_text_and_is_itself_audited(services, tmp_path):
    services.users.create("sari", "=HYPERLINK(\"http://x\",\"klik\")", "clerk")
    out = tmp_path / "jejak.xlsx"
    count = services.audit.export_xlsx(out, {"entity": "user"})
    assert count >= 2
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "No." and len(rows) == count + 1
    cells = [c for row in rows for c in row if isinstance(c, str)]
    assert any(c.startswith('{"active": true') and "=HYPERLINK" in c for c in cells)
    # the formula stayed a string value, not a formula
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
    exports = services.audit.page(PageRequest(filters={"action": "export"})).rows
    assert exports and "audit trail" in exports[0].summary and "jejak.xlsx" in exports[0].after


def test_only_admin_and_head_read_the_trail(as_role):
    for role in ("clerk", "supervisor", "field_officer"):
        with pytest.raises(PermissionDenied):
            as_role(role, f"{role[:4]}x").audit.page(PageRequest())
    assert as_role("head", "antony").audit.page(PageRequest()).total >= 1


def test_tampering_is_detected(services, db):
    services.users.create("diyah", "Diyah Lestari", "supervisor")
    count, problems = services.audit.verify()
    assert count >= 2 and not problems
    with db.write("intruder") as session:
        session.execute(update(AuditEvent).where(AuditEvent.seq == 2).values(summary="nothing happened"))
    _count, problems = services.audit.verify()
    assert [p.seq for p in problems] == [2]


def test_sign_in_events_are_in_the_trail(services, db, paths):
    from desktop.services.auth import NOBODY, AuthService
    from desktop.services.context import AppContext

    services.users.create("hendra", "Hendra", "field_officer", password="jalan-jalan-ke-banjarnegara")
    gate = AuthService(AppContext(db=db, actor=NOBODY, paths=paths))
    gate.sign_in("hendra", "jalan-jalan-ke-banjarnegara")
    rows = services.audit.page(PageRequest(filters={"action": "sign_in"})).rows
    assert [(r.user, r.summary) for r in rows] == [("hendra", "hendra")]
