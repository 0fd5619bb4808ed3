"""Wizards under test. Each is deleted at once when its test ends: a QWizard left for a deferred
delete crashes Qt when the next test's app_ui fixture changes the style (a Qt bug, reproduced with
a bare QWizard), so the fixture does not leave that to qtbot."""

from __future__ import annotations

import pytest


@pytest.fixture
def make_wizard(app_ui, paths):
    import shiboken6

    from desktop.ui.setup.wizard import FirstRunWizard

    made = []

    def make(for_paths=None):
        w = FirstRunWizard(for_paths or paths)
        w.show()
        made.append(w)
        return w

    yield make
    for w in made:
        if shiboken6.isValid(w):
            w.close()
            shiboken6.delete(w)


@pytest.fixture
def wizard(make_wizard):
    return make_wizard()
