"""GUI tests: offscreen Qt, and a window built with the services under test."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def make_window(qtbot):
    """Build MainWindows (fake engine unless told otherwise); each is closed at the end, discarding work."""
    from pulse_desktop.gui.main_window import MainWindow
    from pulse_desktop.gui.services import default_services
    from tests.gui.fakes import FakeEngine
    from tests.gui.helpers import ScriptedPrompter

    made = []

    def build(engine=None, services=None, show=True):
        engine = engine or FakeEngine()
        services = services or default_services().with_changes(open_engine=lambda bundle, settings: engine)
        window = MainWindow(services, ScriptedPrompter())
        window.engine_for_test = engine
        if show:
            window.show()
        made.append(window)
        return window

    yield build
    for window in made:
        if not window._closed:
            window.prompter.script("save_discard_cancel", "discard")
            window.prompter.script("yes_no", True)
            window.close()
        window.deleteLater()

