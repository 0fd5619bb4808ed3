"""Helpers for the letter engine's tests: the demo office profile and typical requests."""

from __future__ import annotations

import random

import pytest
from letters_helpers import NIK, pdf_pages, pdf_text, receipt, teguran  # noqa: E402,F401


@pytest.fixture
def office_services(services):
    """The admin's services with the Purwokerto office profile and its signatories."""
    from desktop.services.demo import office

    office.build(services, random.Random(1), services.ctx.today())
    return services


