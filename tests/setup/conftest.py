"""The wizard under test."""

from __future__ import annotations

import pytest


@pytest.fixture
def wizard(app_ui, qtbot, paths):
    from desktop.ui.setup.wizard import FirstRunWizard

    w = FirstRunWizard(paths)
    qtbot.addWidget(w)
    w.show()
    return w
