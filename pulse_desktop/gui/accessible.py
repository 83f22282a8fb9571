"""What a screen reader says about a control: its accessible name and description, set in one call.

Every string passed here is already translated (``self.tr(...)`` at the call site, so that lupdate files it
under the view's context). A control that shows its own text (a button, a check box) or has a buddy label
needs only a description; the rest get a name too. ``tests/gui/test_accessibility.py`` walks every screen
and dialog and fails on an interactive control without a name or a description.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def describe(widget: W, description: str, name: str = "") -> W:
    """Give ``widget`` an accessible description (what it does) and, when given, a name (what it is)."""
    if name:
        widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget
