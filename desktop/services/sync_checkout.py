"""A laptop's working set, and checking it out from the office database.

The working set is chosen by kabupaten or by officer (or everything). Which rows belong to it is
found from column names, so a new area table needs no code here:

- a table with a `kabupaten`/`regency` column (by kabupaten) or an `officer` column (by officer) is
  a root: its rows whose column matches belong, and so do the rows this laptop created (`origin`);
- a table with a foreign key to a root (or to such a child) follows its parents: a row belongs when
  a parent it points to belongs;
- parents that rows of the set point to belong too (a laptop never holds a row whose parent it lacks);
- every other table is reference data and travels whole (and so do the office, signatories, users,
  settings and holidays, whatever columns they have).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.sync_catalog import ALWAYS_WHOLE, BOTH, SCOPE_COLUMNS, SyncTable, catalog


@dataclass(frozen=True)
class Scope:
    by: str  # all | kabupaten | officer
    value: str = ""

    @classmethod
    def parse(cls, text: str) -> Scope:
        """"kabupaten=Banyumas", "officer=hendra" or "all"."""
        text = (text or "").strip()
        if text in ("", "all"):
            return cls("all")
        key, _, value = text.partition("=")
        key, value = key.strip().lower(), value.strip()
        if key in ("regency", "kab"):
            key = "kabupaten"
        if key not in SCOPE_COLUMNS or not value:
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "Choose the working set as kabupaten=NAME or officer=USERNAME (not \"{text}\")."),
                text=text)
        return cls(key, value)

    @classmethod
    def from_json(cls, data: dict | None) -> Scope:
        data = data or {}
        return cls(data.get("by", "all"), data.get("value", ""))

    def to_json(self) -> dict:
        return {"by": self.by, "value": self.value}

    def describe(self) -> str:
        return "all" if self.by == "all" else f"{self.by}={self.value}"


@dataclass(frozen=True)
class Plan:
    """How each synced table is filtered for a scope kind."""

    roots: dict[str, str]  # table -> the column that names its kabupaten/officer
    scoped: tuple[str, ...]  # roots and their children, parents first

    def is_scoped(self, table: str) -> bool:
        return table in self.scoped


def plan(by: str) -> Plan:
    columns = SCOPE_COLUMNS.get(by, ())
    shared = [t for t in catalog() if t.direction == BOTH and t.name not in ALWAYS_WHOLE]
    roots: dict[str, str] = {}
    for t in shared:
        col = next((c for c in columns if c in t.table.c), None)
        if col is not None:
            roots[t.name] = col
    scoped = set(roots)
    grew = True
    while grew:
        grew = False
        for t in shared:
            if t.name not in scoped and any(p in scoped and p != t.name for _c, p in t.parents()):
                scoped.add(t.name)
                grew = True
    return Plan(roots, tuple(t.name for t in catalog() if t.name in scoped))


def _matches(column, by: str, value: str):
    v = value.strip().lower()
    if by == "kabupaten":
        for prefix in ("kabupaten ", "kab. ", "kab ", "kota "):
            v = v.removeprefix(prefix)
        options = [v, f"kabupaten {v}", f"kab. {v}", f"kab {v}", f"kota {v}"]
        return func.lower(func.trim(column)).in_(options)
    return func.lower(func.trim(column)) == v


def scope_ids(session: Session, scope: Scope, device: str) -> dict[str, set[str]]:
    """Scoped table -> ids of its rows in the working set (tables not named travel whole)."""
    if scope.by == "all":
        return {}
    p = plan(scope.by)
    tables = {t.name: t for t in catalog()}
    ids: dict[str, set[str]] = {}
    links: dict[str, list[tuple[str, str, str]]] = {}  # child table -> (child id, parent table, parent id)
    for name in p.scoped:
        st = tables[name]
        fks = [(c, parent) for c, parent in st.parents() if parent in p.scoped]
        cols = [st.table.c.id, st.table.c.origin] + [st.table.c[c] for c, _p in fks]
        root_col = st.table.c[p.roots[name]] if name in p.roots else None
        if root_col is not None:
            cols.append(_matches(root_col, scope.by, scope.value).label("in_scope"))
        chosen: set[str] = set()
        child_links = []
        for row in session.execute(select(*cols)):
            rid = str(row[0])
            hit = row[1] == device or (root_col is not None and bool(row[-1]))
            for k, (_c, parent) in enumerate(fks):
                ref = row[2 + k]
                if ref is None:
                    continue
                ref = str(ref)
                child_links.append((rid, parent, ref))
                if parent != name and ref in ids.get(parent, ()):
                    hit = True
            if hit:
                chosen.add(rid)
        ids[name] = chosen
        links[name] = child_links
    # Self-references (a renewal pointing to the agreement it renews) and parents of chosen rows.
    grew = True
    while grew:
        grew = False
        for name in reversed(p.scoped):
            for rid, parent, ref in links[name]:
                if rid in ids[name] and ref not in ids[parent]:
                    ids[parent].add(ref)
                    grew = True
    return ids


def scoped_tables(scope: Scope) -> tuple[str, ...]:
    return () if scope.by == "all" else plan(scope.by).scoped


def count_in_scope(session: Session, st: SyncTable, ids: dict[str, set[str]]) -> int:
    from desktop.services.sync_changes import count_rows

    return len(ids[st.name]) if st.name in ids else count_rows(session, st)
