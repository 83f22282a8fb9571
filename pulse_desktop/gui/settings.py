"""The app's settings: what the clinician chooses (shared with the CLI) and what the window remembers.

* :class:`AppSettings` lives in ``paths.settings_path()`` (JSON), the file the core also reads: the bundle
  registry reads ``default_bundle``, the report (``core.report.ReportSettings``) ``facility_name``,
  ``facility_logo`` and ``paper_size``. Saving merges into the file, so keys written by other parts of the
  app are kept.
* Window state (geometry, splitters, last folder, measured speeds) lives in a ``QSettings`` INI file in
  ``paths.data_home()``, so that ``PULSE_HOME`` moves everything.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from pulse_desktop.core import paths

DEFAULT_QUESTION = "Please write a clinical report based on this ECG image."
PAPER_SIZES = ("A4", "Letter")
WINDOW_STATE_FILE = "window-state.ini"


@dataclass(frozen=True)
class AppSettings:
    facility_name: str = ""
    facility_logo: str = ""  # path to a PNG/JPEG, "" for none
    paper_size: str = "A4"  # "A4" or "Letter"
    default_question: str = DEFAULT_QUESTION
    default_bundle: str = ""  # installed bundle name; "" = the registry's choice
    gpu_layers: int = -1  # -1 = automatic (from free GPU memory), 0 = CPU only, N = that many layers
    threads: int = 0  # 0 = automatic
    read_ahead: bool = True  # load the model and read the picture while the clinician reviews it
    camera_index: int = 0
    auto_capture: bool = True

    def with_changes(self, **changes: Any) -> AppSettings:
        return replace(self, **changes)


def _coerce(name: str, value: Any, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            return bool(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, str):
            return str(value)
    except (TypeError, ValueError):
        return default
    return default


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def load_settings() -> AppSettings:
    """The saved settings; missing or damaged values fall back to the defaults (never an error)."""
    data = _read_json(paths.settings_path())
    defaults = AppSettings()
    values = {f.name: _coerce(f.name, data[f.name], getattr(defaults, f.name))
              for f in fields(AppSettings) if f.name in data}
    settings = replace(defaults, **values)
    if settings.paper_size not in PAPER_SIZES:
        settings = replace(settings, paper_size="A4")
    if not settings.default_question.strip():
        settings = replace(settings, default_question=DEFAULT_QUESTION)
    return settings


def save_settings(settings: AppSettings) -> None:
    """Merge ``settings`` into the settings file atomically (write a temp file, then rename)."""
    path = paths.settings_path()
    paths.ensure_dir(path.parent)
    data = _read_json(path)
    data.update(asdict(settings))
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def window_state() -> QSettings:
    """QSettings for window geometry and the like, stored under the data folder (PULSE_HOME when set)."""
    path = paths.data_home() / WINDOW_STATE_FILE
    paths.ensure_dir(path.parent)
    return QSettings(str(path), QSettings.Format.IniFormat)
