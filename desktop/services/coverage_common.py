"""Helpers the coverage service modules share: the kabupaten the office serves, NIK masking, and
reaching another area's service when that area is built."""

from __future__ import annotations

import importlib
import logging
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.identifiers import mask_nik
from desktop.domain.roles import allowed
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.models.core import OfficeProfile
from desktop.models.coverage import CoverageFigure
from desktop.services.context import AppContext

log = logging.getLogger(__name__)


def office_regencies(session: Session) -> list[str]:
    office = session.scalar(select(OfficeProfile).where(OfficeProfile.deleted_at.is_(None)).limit(1))
    return list(office.regencies or ()) if office is not None else []


def office_name(session: Session) -> str:
    office = session.scalar(select(OfficeProfile).where(OfficeProfile.deleted_at.is_(None)).limit(1))
    return office.name if office is not None else ""


def known_regencies(session: Session) -> list[str]:
    """The office's kabupaten/kota first (in its order), then any other that has figures."""
    names = office_regencies(session)
    extra = session.scalars(
        select(CoverageFigure.regency).where(CoverageFigure.deleted_at.is_(None)).distinct()
    ).all()
    for name in sorted(extra):
        if name not in names:
            names.append(name)
    return names


def _key(name: str) -> str:
    name = re.sub(r"^(kabupaten|kab\.?|kota)\s+", "", " ".join(name.split()).lower())
    return re.sub(r"[^a-z0-9]", "", name)


def resolve_regency(text: str, known: list[str], *, required: bool = True) -> str:
    """"banyumas", "Kab. Banyumas" -> "Kabupaten Banyumas" when the office serves it.

    With no office profile yet, any name is accepted as typed; with one, a kabupaten the office
    does not serve is refused (a typo would otherwise start a new, empty kabupaten).
    """
    name = " ".join(text.split())
    if not name:
        if required:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The kabupaten/kota is required."))
        return ""
    for k in known:
        if k.lower() == name.lower():
            return k
    matches = [k for k in known if _key(k) == _key(name) and (k.lower().startswith("kota") ==
                                                              name.lower().startswith("kota"))]
    if len(matches) == 1:
        return matches[0]
    if known:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "\u201c{name}\u201d is not a kabupaten/kota this office "
                                          "serves ({known})."), name=name, known=", ".join(known))
    return name


def show_nik(ctx: AppContext, nik: str) -> str:
    """The NIK in full for roles that may see personal data, masked for the others (UU PDP)."""
    return nik if allowed(ctx.actor.role, "personal.view_full") else mask_nik(nik)


def area_service(ctx: AppContext, module: str, cls: str):
    """Another area's service on the same context, or None while that area is not built.

    Only a missing module of that area itself counts as "not built"; any other import error is a
    bug and is raised.
    """
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module.startswith(exc.name):
            return None
        raise
    factory = getattr(mod, cls, None)
    return factory(ctx) if factory is not None else None
