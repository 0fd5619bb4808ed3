"""The demo office's accounts get the published demo password, so `cabang demo --open` can sign in."""

from __future__ import annotations

import random
from datetime import date

from desktop.services.app import Services

DEMO_PASSWORD = "cabang-demo-2026"


def build(services: Services, rng: random.Random, today: date) -> dict[str, int]:
    usernames = [u.username for u in services.users.list() if u.active]
    services.auth.set_shared_password(usernames, DEMO_PASSWORD)
    return {}
