"""Letter templates: the defaults in a fresh database, revisions, checks, and the editor's preview."""

from __future__ import annotations

import weakref
from collections.abc import Mapping, Sequence

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.letters import LetterTemplate
from desktop.services import audit
from desktop.services import letters_fill as fill
from desktop.services.context import Area, Changes
from desktop.services.letters_fill import FieldDef
from desktop.services.letters_types import FieldView, TemplateView

_ensured: weakref.WeakSet = weakref.WeakSet()


def ensure_default_templates(session: Session) -> int:
    """Add the default templates that are missing (idempotent, safe with two workstations)."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    from desktop.models.base import new_id
    from desktop.models.types import utcnow
    from desktop.services.letters_templates import TEMPLATES

    have = set(session.scalars(select(LetterTemplate.key).distinct()))
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    added = 0
    for t in TEMPLATES:
        if t.key in have:
            continue
        session.execute(insert(LetterTemplate).values(
            id=new_id(), created_at=utcnow(), created_by=session.info.get("actor", ""),
            origin=session.info.get("device", ""), key=t.key, revision=1, name=t.name, code=t.code,
            subject=t.subject, body=t.body, closing=t.closing, fields=[dict(f) for f in t.fields],
            number_format="", meterai_rule=t.meterai_rule, note="",
        ).on_conflict_do_nothing(index_elements=["key", "revision"]))
        added += 1
    return added


def ensure_templates_in(session: Session, db) -> None:
    """The default templates, added in the caller's transaction where missing; the database is
    remembered as having them only once that transaction has committed (a rollback takes them away)."""
    if db in _ensured:
        return
    from desktop.services.letters_templates import TEMPLATE_KEYS

    have = session.scalar(select(func.count(func.distinct(LetterTemplate.key)))) or 0
    if have < len(TEMPLATE_KEYS):
        ensure_default_templates(session)
    from sqlalchemy import event

    event.listen(session, "after_commit", lambda _s: _ensured.add(db), once=True)


def _latest_templates(session: Session) -> dict[str, LetterTemplate]:
    newest = (select(LetterTemplate.key, func.max(LetterTemplate.revision).label("rev"))
              .group_by(LetterTemplate.key).subquery())
    rows = session.scalars(select(LetterTemplate).join(
        newest, and_(LetterTemplate.key == newest.c.key, LetterTemplate.revision == newest.c.rev)))
    return {r.key: r for r in rows}


def _defs(row: LetterTemplate) -> list[FieldDef]:
    return [FieldDef.from_json(f) for f in row.fields or ()]


def template_view(row: LetterTemplate) -> TemplateView:
    return TemplateView(
        key=row.key, name=row.name, version=row.revision,
        fields=tuple(FieldView(f.name, f.label, f.kind, f.required, tuple(str(c["name"]) for c in f.columns))
                     for f in _defs(row)),
        code=row.code, subject=row.subject, body=row.body, closing=row.closing,
        number_format=row.number_format, meterai_rule=row.meterai_rule,
        field_defs=tuple(dict(f) for f in row.fields or ()),
    )


class TemplatesMixin:
    """The template side of LetterService."""

    def _ensure(self) -> None:
        db = self.ctx.db
        if db in _ensured:
            return
        with self.ctx.read() as session:
            count = session.scalar(select(func.count(func.distinct(LetterTemplate.key)))) or 0
        from desktop.services.letters_templates import TEMPLATE_KEYS

        if count < len(TEMPLATE_KEYS):
            with self.ctx.write() as session:
                ensure_default_templates(session)
        _ensured.add(db)  # after the commit: a write that rolled back has raised before this line

    def templates(self) -> list[TemplateView]:
        self._ensure()
        with self.ctx.read() as session:
            rows = _latest_templates(session)
        return sorted((template_view(r) for r in rows.values()), key=lambda t: t.name)

    def template(self, key: str) -> TemplateView:
        self._ensure()
        with self.ctx.read() as session:
            return template_view(self._template_row(session, key))

    def template_history(self, key: str) -> list[TemplateView]:
        with self.ctx.read() as session:
            rows = session.scalars(select(LetterTemplate).where(LetterTemplate.key == key)
                                   .order_by(LetterTemplate.revision.desc()))
            return [template_view(r) for r in rows]

    def _template_row(self, session: Session, key: str, revision: int | None = None) -> LetterTemplate:
        if revision is None:
            row = _latest_templates(session).get(key)
        else:
            row = session.scalar(select(LetterTemplate).where(LetterTemplate.key == key,
                                                              LetterTemplate.revision == revision))
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no letter template {key}."), key=key)
        return row

    def missing_fields(self, template: str, fields: Mapping[str, object]) -> list[str]:
        self._ensure()
        with self.ctx.read() as session:
            return fill.missing_fields(_defs(self._template_row(session, template)), fields)

    def save_template(self, key: str, *, base_version: int, name: str, subject: str, body: str, closing: str,
                      fields: Sequence[Mapping], code: str | None = None, number_format: str = "",
                      meterai_rule: str = "none", note: str = "") -> tuple[TemplateView, Changes]:
        """Save an edited template as its next revision (letters already issued keep theirs)."""
        self.ctx.require("templates.edit")
        self._ensure()
        defs = [FieldDef.from_json(f) for f in fields]
        problems = check_template(name, subject, body, closing, defs, number_format, meterai_rule)
        if problems:
            raise problems[0]
        with self.ctx.write() as session:
            current = self._template_row(session, key)
            if current.revision != base_version:
                from desktop.errors import StaleRecordError

                raise StaleRecordError("letter_template")
            row = LetterTemplate(key=key, revision=current.revision + 1, name=name.strip(),
                                 code=(code or current.code).strip(), subject=subject.strip(), body=body.strip("\n"),
                                 closing=closing.strip(), fields=[f.to_json() for f in defs],
                                 number_format=number_format.strip(), meterai_rule=meterai_rule, note=note)
            session.add(row)
            session.flush()
            audit.record(session, "update", "letter_template", row.id, summary=f"{key} r{row.revision}",
                         before={"revision": current.revision}, after={"revision": row.revision, "note": note})
            view = template_view(row)
        return view, Changes.of(Area.LETTERS)

    def sample_fields(self, template: str) -> dict[str, object]:
        """Example values for every field (the template editor's live preview)."""
        view = self.template(template)
        return sample_values(view)

    # ---- preview and issue ------------------------------------------------------------------------


def sample_values(view: TemplateView) -> dict[str, object]:
    from desktop.services.letters_fill import sample_value

    return {f["name"]: sample_value(FieldDef.from_json(f)) for f in view.field_defs}


def check_template(name: str, subject: str, body: str, closing: str, defs: Sequence[FieldDef],
                   number_format: str, meterai_rule: str) -> list[UserError]:
    """What is wrong with an edited template, as messages for the editor (empty: it can be saved)."""
    problems: list[UserError] = []
    if not name.strip():
        problems.append(UserError(QT_TRANSLATE_NOOP("UserError", "The template needs a name.")))
    if not subject.strip():
        problems.append(UserError(QT_TRANSLATE_NOOP("UserError", "The template needs a subject (Hal).")))
    if not body.strip():
        problems.append(UserError(QT_TRANSLATE_NOOP("UserError", "The template needs a body text.")))
    seen = set()
    for f in defs:
        if not f.name.isidentifier() or f.name != f.name.lower():
            problems.append(UserError(QT_TRANSLATE_NOOP(
                "UserError", "The field name \u201c{name}\u201d may only hold small letters, digits and _."), name=f.name))
        if f.kind not in fill.KINDS:
            problems.append(UserError(QT_TRANSLATE_NOOP("UserError", "The field {name} has an unknown kind {kind}."),
                                      name=f.name, kind=f.kind))
        if f.name in seen:
            problems.append(UserError(QT_TRANSLATE_NOOP("UserError", "The field {name} is defined twice."), name=f.name))
        seen.add(f.name)
    unknown = fill.unknown_placeholders("\n".join((subject, body, closing)), defs)
    if unknown:
        problems.append(UserError(QT_TRANSLATE_NOOP("UserError", "The text uses fields that are not defined: {names}."),
                                  names=", ".join(unknown)))
    if number_format.strip():
        try:
            fill.check_number_format(number_format.strip())
        except UserError as exc:
            problems.append(exc)
    if meterai_rule not in ("none", "threshold", "always"):
        problems.append(UserError(QT_TRANSLATE_NOOP("UserError", "Unknown meterai rule {rule}."), rule=meterai_rule))
    return problems
