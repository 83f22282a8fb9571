"""The PySide6 window: the only package that imports Qt."""

from pulse_desktop.gui import qt_compat as _qt_compat  # noqa: F401  (applies PySide6 work-arounds first)
