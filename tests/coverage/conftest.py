"""Fixtures of the coverage tests; the helpers live in coverage_helpers.py."""

from __future__ import annotations

import pytest
from coverage_helpers import make_office


@pytest.fixture
def office(services):
    make_office(services)
    return services
