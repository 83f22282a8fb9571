"""GUI tests: offscreen Qt, and a window built with the services under test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
