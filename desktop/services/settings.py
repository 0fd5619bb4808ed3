"""Business settings that belong to the office's data: declared once with type and default.

Where domain.md marks a rule as unconfirmed, it is a setting here with the documented default,
and the Admin page shows it with its label.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.core import OfficeHoliday, Setting
from desktop.services import audit
from desktop.services.context import Area, Changes, Service

if TYPE_CHECKING:
    from desktop.domain.workdays import WorkCalendar


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: object
    kind: type
    label: str
    minimum: int | None = None
    maximum: int | None = None


SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        SettingSpec("compliance.warning_working_days", 10, int,
                    QT_TRANSLATE_NOOP("Setting", "Working days each written warning runs (PP 86/2013)"), 1, 60),
        SettingSpec("receipt.meterai_enabled", True, bool,
                    QT_TRANSLATE_NOOP("Setting", "Print a meterai box on receipts above the threshold")),
        SettingSpec("receipt.meterai_threshold_sen", 500_000_000, int,
                    QT_TRANSLATE_NOOP("Setting", "Meterai needed above this amount (sen; UU 10/2020: more than Rp5.000.000)"),
                    0, None),
        SettingSpec("plkk.expiry_warning_days", 90, int,
                    QT_TRANSLATE_NOOP("Setting", "Flag agreements ending within this many days"), 1, 365),
        SettingSpec("ui.idle_lock_minutes", 15, int,
                    QT_TRANSLATE_NOOP("Setting", "Lock the screen after this many idle minutes"), 1, 480),
        SettingSpec("security.lockout_minutes", 15, int,
                    QT_TRANSLATE_NOOP("Setting", "Minutes an account stays locked after 5 wrong passwords"), 1, 1440),
    )
}


class SettingsService(Service):
    def get(self, key: str) -> object:
        spec = SPECS[key]
        with self.ctx.read() as session:
            row = session.scalar(select(Setting).where(Setting.key == key, Setting.deleted_at.is_(None)))
        return spec.default if row is None else spec.kind(row.value)

    def all(self) -> dict[str, object]:
        with self.ctx.read() as session:
            stored = {r.key: r.value for r in session.scalars(select(Setting).where(Setting.deleted_at.is_(None)))}
        return {k: (s.kind(stored[k]) if k in stored else s.default) for k, s in SPECS.items()}

    def set(self, key: str, value: object) -> Changes:
        self.ctx.require("settings.edit")
        spec = SPECS.get(key)
        if spec is None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Unknown setting {key}."), key=key)
        if not isinstance(value, spec.kind) or (spec.kind is int and isinstance(value, bool)):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The value for {key} has the wrong type."), key=key)
        if spec.kind is int and (
            (spec.minimum is not None and value < spec.minimum) or (spec.maximum is not None and value > spec.maximum)
        ):
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The value for {key} must be between {low} and {high}."),
                key=key, low=spec.minimum, high=spec.maximum if spec.maximum is not None else "∞",
            )
        with self.ctx.write() as session:
            row = session.scalar(select(Setting).where(Setting.key == key))
            before = None if row is None else row.value
            if row is None:
                row = Setting(key=key, value=value)
                session.add(row)
            else:
                row.value = value
                row.deleted_at = None
            session.flush()
            audit.record(session, "update", "setting", row.id, summary=key,
                         before={"value": before}, after={"value": value})
        return Changes.of(Area.SETTINGS)

    # ---- the office's own closed days (cuti bersama) ----------------------------------------

    def office_holidays(self) -> list[tuple[date, str]]:
        with self.ctx.read() as session:
            rows = session.scalars(
                select(OfficeHoliday).where(OfficeHoliday.deleted_at.is_(None)).order_by(OfficeHoliday.day)
            )
            return [(r.day, r.name) for r in rows]

    def add_office_holiday(self, day: date, name: str = "Cuti bersama") -> Changes:
        self.ctx.require("settings.edit")
        with self.ctx.write() as session:
            row = session.scalar(select(OfficeHoliday).where(OfficeHoliday.day == day))
            if row is not None and row.deleted_at is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "{day} is already in the list."), day=day.isoformat())
            if row is None:
                row = OfficeHoliday(day=day, name=name)
                session.add(row)
            else:
                row.deleted_at, row.name = None, name
            session.flush()
            audit.record(session, "create", "office_holiday", row.id, summary=f"{day} {name}")
        return Changes.of(Area.SETTINGS)

    def calendar(self) -> WorkCalendar:
        """Indonesia's public holidays plus this office's cuti bersama."""
        # The holidays package behind it is needed for deadlines only, not at every start.
        from desktop.domain.workdays import WorkCalendar

        return WorkCalendar(cuti_bersama=[d for d, _ in self.office_holidays()])
