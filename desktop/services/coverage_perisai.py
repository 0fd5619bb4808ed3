"""Perisai agents (Penggerak Jaminan Sosial Indonesia) and their monthly figures: participants
acquired, contributions collected, and how many of those acquired are still active."""

from __future__ import annotations

import uuid
from dataclasses import replace

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop.domain.coverage import Month
from desktop.domain.identifiers import parse_nik
from desktop.domain.money import Money
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.coverage import PerisaiAgent, PerisaiMonth
from desktop.services import audit
from desktop.services.context import Area, Changes, Service, get_for_update, get_live, snapshot
from desktop.services.coverage_common import known_regencies, resolve_regency, show_nik
from desktop.services.coverage_views import AgentInput, AgentMonthView, AgentView, PerisaiSummary
from desktop.services.paging import Page, PageRequest, fetch_page

ALL = PageRequest()


def _totals_stmt():
    return (select(PerisaiMonth.agent_id, func.sum(PerisaiMonth.acquired), func.sum(PerisaiMonth.still_active),
                   func.sum(PerisaiMonth.contributions), func.max(PerisaiMonth.period))
            .where(PerisaiMonth.deleted_at.is_(None)).group_by(PerisaiMonth.agent_id))


def as_money(value: object) -> Money:
    """A SUM over a money column: Money (typed), a plain integer of sen, or None for no rows."""
    if isinstance(value, Money):
        return value
    return Money(int(value or 0))


def month_view(row: PerisaiMonth, agent_name: str) -> AgentMonthView:
    return AgentMonthView(id=row.id, version=row.version, agent_id=row.agent_id, agent_name=agent_name,
                          month=Month.of(row.period), acquired=row.acquired, contributions=row.contributions,
                          still_active=row.still_active)


def write_agent_month(session: Session, agent: PerisaiAgent, month: Month, acquired: int, contributions: Money,
                      still_active: int) -> tuple[PerisaiMonth, bool]:
    """Add or replace the agent's figures for a month; returns the row and whether it replaced one."""
    row = session.scalar(select(PerisaiMonth).where(PerisaiMonth.agent_id == agent.id,
                                                    PerisaiMonth.period == month.first_day,
                                                    PerisaiMonth.deleted_at.is_(None)))
    replaced = row is not None
    before = snapshot(row) if row is not None else {}
    if row is None:
        row = PerisaiMonth(agent_id=agent.id, period=month.first_day, contributions=Money.zero())
        session.add(row)
    row.acquired, row.contributions, row.still_active = acquired, contributions, still_active
    session.flush()
    old, new = audit.diff(before, snapshot(row))
    if not replaced or new:
        audit.record(session, "update" if replaced else "create", "cov_agent_month", row.id,
                     summary=f"{agent.name} {month.iso()}", before=old or None, after=new)
    return row, replaced


def check_month_figures(acquired: int, still_active: int, contributions: Money) -> None:
    if acquired < 0 or still_active < 0 or contributions.sen < 0:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The monthly figures cannot be negative."))
    if still_active > acquired:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Still active ({active}) cannot be more than acquired "
                                          "({acquired})."), active=still_active, acquired=acquired)


class PerisaiMixin(Service):
    def save_agent(self, inp: AgentInput, *, record: tuple[uuid.UUID, int] | None = None
                   ) -> tuple[AgentView, Changes]:
        self.ctx.require("coverage.edit")
        if not inp.name.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The agent's name is required."))
        with self.ctx.write() as session:
            if record is None:
                row = PerisaiAgent(name="", nik="")
                session.add(row)
                before: dict = {}
            else:
                row = get_for_update(session, PerisaiAgent, record[0], record[1], what="cov_agent")
                before = snapshot(row)
            nik = row.nik if record is not None and "*" in inp.nik else parse_nik(inp.nik, today=self.ctx.today()).nik
            clash = session.scalar(select(PerisaiAgent.name).where(PerisaiAgent.nik == nik, PerisaiAgent.id != row.id,
                                                                   PerisaiAgent.deleted_at.is_(None)))
            if clash:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "NIK {nik} already belongs to agent {name}."),
                                nik=show_nik(self.ctx, nik), name=clash)
            inp = replace(inp, regency=resolve_regency(inp.regency, known_regencies(session), required=False))
            row.name, row.nik, row.regency = inp.name.strip(), nik, inp.regency
            row.phone, row.active = inp.phone.strip(), inp.active
            session.flush()
            old, new = audit.diff(before, snapshot(row))
            audit.record(session, "create" if not before else "update", "cov_agent", row.id, summary=row.name,
                         before=old or None, after=new)
            view = self._agent_views(session, [row])[0]
        return view, Changes.of(Area.COVERAGE)

    def save_agent_month(self, agent_id: uuid.UUID, month: Month, acquired: int, contributions: Money,
                         still_active: int) -> tuple[AgentMonthView, Changes]:
        """Enter (or correct) one agent's figures for one month."""
        self.ctx.require("coverage.edit")
        check_month_figures(acquired, still_active, contributions)
        if month > Month.of(self.ctx.today()):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The month {month} is in the future."), month=month.label())
        with self.ctx.write() as session:
            agent = get_live(session, PerisaiAgent, agent_id, what="cov_agent")
            row, _ = write_agent_month(session, agent, month, acquired, contributions, still_active)
            view = month_view(row, agent.name)
        return view, Changes.of(Area.COVERAGE)

    def agent(self, agent_id: uuid.UUID) -> AgentView:
        with self.ctx.read() as session:
            return self._agent_views(session, [get_live(session, PerisaiAgent, agent_id, what="cov_agent")])[0]

    def list_agents(self, request: PageRequest = ALL) -> Page[AgentView]:
        """Agents with their totals; filters: regency, active."""
        stmt = select(PerisaiAgent).where(PerisaiAgent.deleted_at.is_(None))
        if request.filters.get("regency"):
            stmt = stmt.where(PerisaiAgent.regency == request.filters["regency"])
        if request.filters.get("active") is not None:
            stmt = stmt.where(PerisaiAgent.active.is_(bool(request.filters["active"])))
        sort = {"name": PerisaiAgent.name, "regency": PerisaiAgent.regency, "active": PerisaiAgent.active}
        with self.ctx.read() as session:
            page = fetch_page(session, stmt, request, sort_columns=sort,
                              search_columns=[PerisaiAgent.name, PerisaiAgent.nik, PerisaiAgent.regency],
                              tiebreak=PerisaiAgent.name, to_row=lambda r: r[0])
            return Page(self._agent_views(session, page.rows), page.total, page.offset)

    def _agent_views(self, session: Session, rows: list[PerisaiAgent]) -> list[AgentView]:
        totals = {aid: (a, s, c, p) for aid, a, s, c, p in
                  session.execute(_totals_stmt().where(PerisaiMonth.agent_id.in_([r.id for r in rows])))}
        views = []
        for r in rows:
            acquired, active, contributions, last = totals.get(r.id, (0, 0, 0, None))
            views.append(AgentView(id=r.id, version=r.version, name=r.name, nik=show_nik(self.ctx, r.nik),
                                   regency=r.regency, phone=r.phone, active=r.active, acquired=int(acquired or 0),
                                   still_active=int(active or 0), contributions=as_money(contributions),
                                   last_month=Month.of(last) if last else None))
        return views

    def agent_months(self, request: PageRequest = ALL) -> Page[AgentMonthView]:
        """Monthly figures; filters: agent_id."""
        stmt = (select(PerisaiMonth, PerisaiAgent.name).join(PerisaiAgent, PerisaiAgent.id == PerisaiMonth.agent_id)
                .where(PerisaiMonth.deleted_at.is_(None), PerisaiAgent.deleted_at.is_(None)))
        if request.filters.get("agent_id"):
            stmt = stmt.where(PerisaiMonth.agent_id == request.filters["agent_id"])
        sort = {"month": PerisaiMonth.period, "month_label": PerisaiMonth.period, "agent_name": PerisaiAgent.name,
                "acquired": PerisaiMonth.acquired, "still_active": PerisaiMonth.still_active,
                "contributions": PerisaiMonth.contributions}
        with self.ctx.read() as session:
            return fetch_page(session, stmt, request, sort_columns=sort, search_columns=[PerisaiAgent.name],
                              tiebreak=PerisaiMonth.period, to_row=lambda r: month_view(r[0], r[1]))

    def perisai_summary(self, first: Month | None = None, last: Month | None = None) -> PerisaiSummary:
        """Totals over the months from first to last (all months by default), and the share of the
        participants acquired that is still active."""
        with self.ctx.read() as session:
            stmt = (select(PerisaiMonth.period, func.sum(PerisaiMonth.acquired), func.sum(PerisaiMonth.still_active),
                           func.sum(PerisaiMonth.contributions))
                    .join(PerisaiAgent, PerisaiAgent.id == PerisaiMonth.agent_id)
                    .where(PerisaiMonth.deleted_at.is_(None), PerisaiAgent.deleted_at.is_(None))
                    .group_by(PerisaiMonth.period).order_by(PerisaiMonth.period))
            if first is not None:
                stmt = stmt.where(PerisaiMonth.period >= first.first_day)
            if last is not None:
                stmt = stmt.where(PerisaiMonth.period <= last.first_day)
            months = [(Month.of(p), int(a or 0), int(s or 0), as_money(c)) for p, a, s, c in session.execute(stmt)]
            agents, active = session.execute(
                select(func.count(), func.sum(case((PerisaiAgent.active.is_(True), 1), else_=0)))
                .where(PerisaiAgent.deleted_at.is_(None))).one()
        return PerisaiSummary(
            agents=int(agents or 0), active_agents=int(active or 0), acquired=sum(m[1] for m in months),
            still_active=sum(m[2] for m in months), contributions=sum((m[3] for m in months), Money.zero()),
            first=months[0][0] if months else None, last=months[-1][0] if months else None,
            by_month=tuple((m, a, s) for m, a, s, _ in months))

