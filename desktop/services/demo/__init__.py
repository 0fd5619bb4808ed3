"""`cabang demo`: a fictional but realistic Purwokerto branch office (Banyumas, Purbalingga,
Banjarnegara), deterministic from a seed and the demo's "today".

Each area adds its data in its own module here (`build(services, rng, today) -> dict of counts`),
in the order below, so that later areas can refer to what earlier ones made.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable

from desktop.services.app import Services

BUILDERS = (
    "desktop.services.demo.office",
    "desktop.services.demo.security",  # the demo password for every account
    "desktop.services.demo.letters",
    "desktop.services.demo.plkk",
    "desktop.services.demo.compliance",
    "desktop.services.demo.benefits",
    "desktop.services.demo.coverage",
)


def build_demo(services: Services, *, seed: int = 2024,
               progress: Callable[[str], None] = lambda _t: None) -> dict[str, int]:
    today = services.ctx.today()
    counts: dict[str, int] = {}
    for name in BUILDERS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # that area is not built yet
        progress(name.rsplit(".", 1)[-1])
        # One generator per area, seeded from the area's name: adding data to one area does not
        # reshuffle the others.
        rng = random.Random(f"{seed}:{name}")
        counts.update(module.build(services, rng, today))
    return counts
