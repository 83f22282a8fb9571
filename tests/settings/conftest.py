"""The settings tests reuse the GUI tests' window fixture."""

from tests.gui.conftest import make_window  # noqa: F401 - a fixture
