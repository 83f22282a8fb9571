"""The GUI tests' fixtures (offscreen Qt, windows on a fake engine), and a language fixture that installs a
translation for one test and puts English back afterwards."""

from __future__ import annotations

import os

import pytest

from tests.gui.conftest import make_window  # noqa: F401 - the GUI tests' window fixture

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def use_language(qapp):
    """Call with a language code: its translators are installed (and the layout direction set) until the
    end of the test."""
    from pulse_desktop.gui.translations import install_translators

    def use(language: str) -> None:
        install_translators(qapp, language)

    yield use
    install_translators(qapp, "en")
