"""Where the app keeps its data: the user data folder (platformdirs), overridable with PULSE_HOME."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "PULSE Desktop"
APP_AUTHOR = "PULSE"


def data_home() -> Path:
    """The root of everything the app writes: bundles, studies, settings, logs."""
    override = os.environ.get("PULSE_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def bundles_dir() -> Path:
    return data_home() / "bundles"


def studies_dir() -> Path:
    return data_home() / "studies"


def database_path() -> Path:
    return studies_dir() / "studies.sqlite3"


def settings_path() -> Path:
    return data_home() / "settings.json"


def logs_dir() -> Path:
    override = os.environ.get("PULSE_HOME")
    if override:
        return Path(override).expanduser() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def ensure_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
