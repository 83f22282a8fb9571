"""The PySide6 window: the only package that imports Qt."""

try:  # PySide6 work-arounds first, before any signal is emitted (see qt_compat)
    from pulse_desktop.gui import qt_compat as _qt_compat  # noqa: F401
except ImportError:  # PySide6 missing or broken: qt_probe.qt_check reports it (selftest), run_app fails clearly
    _qt_compat = None
