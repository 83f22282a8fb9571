"""The window's view of the settings: the clinician's choices come from the core, window state is the GUI's own.

* :class:`AppSettings` is :class:`pulse_desktop.core.settings.Settings`; the core module alone reads and
  writes ``settings.json`` (typed, validated, atomic, damaged files reported) for the window and the CLI alike.
* Window state (geometry, splitters, last folder, measured speeds) lives in a ``QSettings`` INI file in
  ``paths.data_home()``, so that ``PULSE_HOME`` moves everything.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from pulse_desktop.core import paths
from pulse_desktop.core.settings import (
    DEFAULT_QUESTION,
    PAPER_SIZES,
    LoadedSettings,
    SettingsError,
    load_settings,
    read_settings,
    save_settings,
)
from pulse_desktop.core.settings import Settings as AppSettings

WINDOW_STATE_FILE = "window-state.ini"

__all__ = ["DEFAULT_QUESTION", "PAPER_SIZES", "WINDOW_STATE_FILE", "AppSettings", "LoadedSettings", "SettingsError",
           "load_settings", "read_settings", "save_settings", "window_state"]


def window_state() -> QSettings:
    """QSettings for window geometry and the like, stored under the data folder (PULSE_HOME when set)."""
    path = paths.data_home() / WINDOW_STATE_FILE
    paths.ensure_dir(path.parent)
    return QSettings(str(path), QSettings.Format.IniFormat)
