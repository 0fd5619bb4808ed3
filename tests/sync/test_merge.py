"""Two laptops and the office edit the same records: one-sided changes merge, the same field changed
on both sides becomes a conflict that keeps both values, and every side ends with the same data."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.errors import PermissionDenied, UserError


def _user(services, username):
    return services.users.get(username)


def test_checkout_copies_the_office_and_nothing_is_pending(hub, office, make_laptop, sx):
    office.users.create("hendra", "Hendra Kusuma", "field_officer", regency="Banyumas")
    office.settings.add_office_holiday(date(2026, 12, 24), "Cuti bersama Natal")
    laptop = make_laptop("lap-a")
    sx.assert_same(hub, laptop)
    assert sx.pending(laptop) == 0
    assert sx.on(laptop).users.get("hendra").regency == "Banyumas"


def test_different_fields_changed_on_each_side_merge(hub, office, make_laptop, sx):
    office.users.create("hendra", "Hendra", "field_officer")
    a, b = make_laptop("lap-a"), make_laptop("lap-b")
    on_a, on_b = sx.on(a), sx.on(b)
    u = _user(office, "hendra")
    office.users.update(u.id, u.version, full_name="Hendra Kusuma")  # the office: the name
    u = _user(on_a, "hendra")
    on_a.users.update(u.id, u.version, regency="Banyumas")  # laptop A: the kabupaten
    u = _user(on_b, "hendra")
    on_b.users.update(u.id, u.version, role="supervisor")  # laptop B: the role
    sx.sync(a, hub)
    sx.sync(b, hub)
    sx.sync(a, hub)
    merged = _user(office, "hendra")
    assert (merged.full_name, merged.regency, merged.role) == ("Hendra Kusuma", "Banyumas", "supervisor")
    assert sx.conflicts(hub) == []
    sx.assert_same(hub, a, b)
    assert sx.pending(a) == sx.pending(b) == 0


def test_same_field_on_both_laptops_is_a_conflict_that_keeps_both_values(hub, office, make_laptop, sx):
    office.users.create("hendra", "Hendra", "field_officer")
    a, b = make_laptop("lap-a"), make_laptop("lap-b")
    for laptop, name in ((a, "Hendra Kusuma"), (b, "Hendra Kusumawardana")):
        s = sx.on(laptop)
        u = _user(s, "hendra")
        s.users.update(u.id, u.version, full_name=name)
    first = sx.sync(a, hub)
    second = sx.sync(b, hub)
    sx.sync(a, hub)
    assert (first.conflicts, second.conflicts) == (0, 1)
    [c] = sx.conflicts(hub)
    assert (c.table, c.field, c.record) == ("app_user", "full_name", "Hendra Kusuma")
    assert (c.hub_value, c.laptop_value, c.base_value) == ("Hendra Kusuma", "Hendra Kusumawardana", "Hendra")
    assert (c.device, c.laptop_user) == ("lap-b", "admin")
    assert _user(office, "hendra").full_name == "Hendra Kusuma"  # the office's value until someone decides
    sx.assert_same(hub, a, b)

    office.sync.resolve(c.id, "laptop")
    sx.sync(a, hub)
    sx.sync(b, hub)
    assert _user(sx.on(a), "hendra").full_name == "Hendra Kusumawardana"
    assert sx.conflicts(hub) == []
    [settled] = sx.conflicts(hub, include_resolved=True)
    assert (settled.resolution, settled.resolved_by) == ("laptop", "admin")
    sx.assert_same(hub, a, b)


def test_a_custom_value_settles_a_conflict_and_only_supervisors_may(hub, office, make_laptop, sx, as_role):
    office.users.create("hendra", "Hendra", "field_officer")
    a = make_laptop("lap-a")
    s = sx.on(a)
    u = _user(s, "hendra")
    s.users.update(u.id, u.version, full_name="Hendra K.")
    u = _user(office, "hendra")
    office.users.update(u.id, u.version, full_name="Hendra Kusuma")
    sx.sync(a, hub)
    [c] = office.sync.list_conflicts()
    with pytest.raises(PermissionDenied):
        as_role("clerk", "rina").sync.resolve(c.id, "laptop")
    as_role("supervisor", "sri").sync.resolve(c.id, "custom", "Hendra Kusuma Wardana")
    with pytest.raises(UserError):
        office.sync.resolve(c.id, "hub")  # settled already
    sx.sync(a, hub)
    assert _user(sx.on(a), "hendra").full_name == "Hendra Kusuma Wardana"
    sx.assert_same(hub, a)


def test_delete_on_one_side_and_edit_on_the_other_is_a_conflict_and_nothing_is_lost(hub, office, make_laptop, sx):
    office.settings.add_office_holiday(date(2026, 12, 24), "Cuti bersama")
    a = make_laptop("lap-a")
    from sqlalchemy import select, update

    from desktop.models.core import OfficeHoliday
    from desktop.models.types import utcnow

    with a.write("admin") as session:  # the laptop renames the day
        row = session.scalar(select(OfficeHoliday))
        row.name = "Cuti bersama Natal 2026"
    with hub.write("admin") as session:  # the office removes it (soft delete)
        session.execute(update(OfficeHoliday).values(deleted_at=utcnow(), version=OfficeHoliday.version + 1))
    result = sx.sync(a, hub)
    assert result.conflicts == 1
    [c] = sx.conflicts(hub)
    assert (c.field, c.kind, c.laptop_value) == ("deleted_at", "delete", None)
    assert c.hub_value is not None
    state = sx.table_state(hub)["office_holiday"]
    [row] = state.values()
    assert row["deleted_at"] is not None  # the office's decision stands for now...
    assert row["name"] == "Cuti bersama Natal 2026"  # ...and the laptop's edit is not lost
    sx.assert_same(hub, a)
    office.sync.resolve(c.id, "laptop")  # bring it back
    sx.sync(a, hub)
    assert sx.on(a).settings.office_holidays() == [(date(2026, 12, 24), "Cuti bersama Natal 2026")]
    sx.assert_same(hub, a)


def test_laptop_delete_against_office_edit_keeps_the_office_row(hub, office, make_laptop, sx):
    office.settings.add_office_holiday(date(2026, 12, 24), "Cuti bersama")
    a = make_laptop("lap-a")
    from sqlalchemy import select

    from desktop.models.core import OfficeHoliday
    from desktop.models.types import utcnow

    with a.write("admin") as session:
        session.scalar(select(OfficeHoliday)).deleted_at = utcnow()
    with hub.write("admin") as session:
        session.scalar(select(OfficeHoliday)).name = "Cuti bersama Natal"
    sx.sync(a, hub)
    [c] = sx.conflicts(hub)
    assert (c.field, c.hub_value) == ("deleted_at", None) and c.laptop_value is not None
    assert sx.on(a).settings.office_holidays() == [(date(2026, 12, 24), "Cuti bersama Natal")]
    office.sync.resolve(c.id, "laptop")
    sx.sync(a, hub)
    assert sx.on(a).settings.office_holidays() == []
    sx.assert_same(hub, a)


def test_a_record_removed_for_good_on_a_laptop_goes_unless_the_office_changed_it(hub, office, make_laptop, sx):
    office.settings.add_office_holiday(date(2026, 12, 24), "Natal")
    office.settings.add_office_holiday(date(2026, 12, 31), "Tahun baru")
    a = make_laptop("lap-a")
    from sqlalchemy import delete, select

    from desktop.models.core import OfficeHoliday

    with a.write("admin") as session:
        session.execute(delete(OfficeHoliday))  # both removed on the laptop
    with hub.write("admin") as session:  # the office renamed one meanwhile
        session.scalar(select(OfficeHoliday).where(OfficeHoliday.day == date(2026, 12, 31))).name = "Cuti tahun baru"
    sx.sync(a, hub)
    days = [d for d, _n in office.settings.office_holidays()]
    assert days == [date(2026, 12, 31)]
    [c] = sx.conflicts(hub)
    assert (c.kind, c.laptop_value) == ("delete", "removed")
    sx.assert_same(hub, a)  # the laptop has the office's row back


def test_the_same_key_created_on_two_laptops_becomes_one_record_with_a_conflict(hub, office, make_laptop, sx):
    a, b = make_laptop("lap-a"), make_laptop("lap-b")
    sx.on(a).settings.set("warning_days", 10) if "warning_days" in sx.on(a).settings.all() else None
    key = next(iter(sx.on(a).settings.all()))
    values = {a: 3, b: 4}
    for laptop, value in values.items():
        s = sx.on(laptop)
        current = s.settings.get(key)
        s.settings.set(key, type(current)(value) if not isinstance(current, bool) else bool(value % 2))
    sx.sync(a, hub)
    sx.sync(b, hub)
    sx.sync(a, hub)
    rows = [r for r in sx.table_state(hub)["setting"].values() if r["key"] == key]
    assert len(rows) == 1
    found = sx.conflicts(hub)
    assert [(c.kind, c.field) for c in found] == [("duplicate", "value")] or isinstance(values[a], bool)
    sx.assert_same(hub, a, b)
