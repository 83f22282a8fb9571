"""The app's settings file (``paths.settings_path()``, JSON): the one place that reads and writes it.

What the clinician chooses, shared by the window and the command line: the report's facility and paper, the
default question, the model bundle, GPU layers and threads, read-ahead, the camera, the language. Window
geometry and the like stay in the GUI (a separate file).

Reading never fails: a missing file gives the defaults; a damaged file, a value of the wrong type or out of
range, and a key this version does not know each give a *problem* (a sentence naming the file and saying what
to do) and the default for what could not be used. The window and the CLI show the problems.
Writing validates first (:class:`SettingsError` for a bad value), keeps keys this version does not know, keeps a
damaged file's text as ``settings.json.damaged`` rather than overwriting it, and is atomic (temporary file in
the same folder, flushed, then renamed over the old one).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from pulse_desktop.core import paths
from pulse_desktop.core.errors import PulseError

DEFAULT_QUESTION = "Please write a clinical report based on this ECG image."
PAPER_SIZES = ("A4", "Letter")
CONTRASTS = ("", "high", "normal")  # "" = as the system asks
TEXT_SCALES = (100, 125, 150, 175, 200)  # per cent of the system's text size
# "local": this computer only; "server_then_local": the server, this computer when it fails; "server": only it
SERVER_USES = ("local", "server_then_local", "server")
DAMAGED_SUFFIX = ".damaged"
_LANGUAGE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$")


class SettingsError(PulseError):
    """A settings value cannot be saved (wrong type or out of range)."""

    exit_code = 2


@dataclass(frozen=True)
class Settings:
    facility_name: str = ""
    facility_logo: str = ""  # path to a PNG/JPEG, "" for none
    paper_size: str = "A4"  # one of PAPER_SIZES
    default_question: str = DEFAULT_QUESTION
    default_bundle: str = ""  # installed bundle name; "" = the registry's choice
    gpu_layers: int = -1  # -1 = automatic (from free GPU memory), 0 = CPU only, N = that many layers
    threads: int = 0  # 0 = automatic
    read_ahead: bool = True  # load the model and read the picture while the clinician reviews it
    camera_index: int = 0
    auto_capture: bool = True
    language: str = ""  # "" = the system's language; else a locale name such as "fr" or "pt_BR"
    text_scale: int = 100  # the window's text size, per cent of the system's (100 to 200)
    contrast: str = ""  # one of CONTRASTS: "" follows the system, "high" is white on black
    # the clinic's interpretation server (docs/clinic-server.md); "" = none
    server_url: str = ""  # https://HOST:PORT
    server_api_key: str = ""
    server_fingerprint: str = ""  # the pinned sha256 of its TLS certificate (AA:BB:...)
    server_use: str = "local"  # one of SERVER_USES

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


@dataclass(frozen=True)
class LoadedSettings:
    """What :func:`read_settings` found: the settings to use, and a sentence for each thing it could not use."""

    settings: Settings
    path: Path
    problems: tuple[str, ...] = ()
    damaged: bool = False  # the file exists but is not a JSON object

    def message(self) -> str:
        """All problems as one text for a dialog or stderr; "" when there are none."""
        return "\n".join(self.problems)


# ----- the schema: how each key is checked ---------------------------------------------------------------

def _whole(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _check_str(name: str, value: Any) -> tuple[Any, str]:
    if not isinstance(value, str):
        return None, "text"
    if name == "paper_size":
        for paper in PAPER_SIZES:
            if value.strip().lower() in (paper.lower(), f"us {paper.lower()}"):
                return paper, ""
        return None, f"one of {', '.join(PAPER_SIZES)}"
    if name == "default_question":
        return (value, "") if value.strip() else (None, "a question that is not empty")
    if name == "language":
        text = value.strip()
        return (text, "") if text == "" or _LANGUAGE.match(text) else (None, 'a language code such as "fr", '
                                                                          'or "" for the system language')
    if name == "contrast":
        return (value, "") if value in CONTRASTS else (None, '"high", "normal", or "" for the system\'s choice')
    if name == "server_use":
        return (value, "") if value in SERVER_USES else (None, f"one of {', '.join(SERVER_USES)}")
    if name == "server_url":
        text = value.strip()
        ok = text == "" or re.match(r"^https?://[^\s/]+(:\d+)?/?$", text)
        return (text.rstrip("/"), "") if ok else (None, 'an address such as "https://10.0.0.5:8443", or ""')
    if name == "server_fingerprint":
        hexed = "".join(c for c in value.lower() if c in "0123456789abcdef")
        return (value.strip(), "") if value.strip() == "" or len(hexed) == 64 else \
            (None, "a sha256 fingerprint (64 hexadecimal digits, colons allowed), or \"\"")
    return value, ""


_INT_RANGES = {"gpu_layers": (-1, 10_000), "threads": (0, 4096), "camera_index": (0, 63), "text_scale": (100, 200)}
_INT_MEANING = {"gpu_layers": "a whole number, -1 for automatic", "threads": "a whole number, 0 for automatic",
                "text_scale": "a percentage from 100",
                "camera_index": "a whole number from 0"}


def _check(name: str, value: Any, default: Any) -> tuple[Any, str]:
    """(the usable value, "") or (None, what was expected)."""
    if isinstance(default, bool):
        return (value, "") if isinstance(value, bool) else (None, "true or false")
    if isinstance(default, int):
        low, high = _INT_RANGES.get(name, (-(2**31), 2**31))
        number = _whole(value)
        if number is None or not low <= number <= high:
            return None, f"{_INT_MEANING.get(name, 'a whole number')} (at most {high})"
        return number, ""
    return _check_str(name, value)


def _from_dict(data: dict[str, Any], path: Path) -> tuple[Settings, list[str]]:
    defaults = Settings()
    values: dict[str, Any] = {}
    problems: list[str] = []
    known = {f.name for f in fields(Settings)}
    for f in fields(Settings):
        if f.name not in data:
            continue
        default = getattr(defaults, f.name)
        value, expected = _check(f.name, data[f.name], default)
        if expected:
            problems.append(f"Settings file {path}: \"{f.name}\" is {json.dumps(data[f.name], ensure_ascii=False)}, "
                            f"expected {expected}; using {json.dumps(default, ensure_ascii=False)}. "
                            "Change it in Settings, or correct the file.")
        else:
            values[f.name] = value
    unknown = sorted(k for k in data if k not in known)
    if unknown:
        problems.append(f"Settings file {path}: unknown key{'s' if len(unknown) > 1 else ''} "
                        f"{', '.join(json.dumps(k) for k in unknown)} ignored (kept in the file). "
                        "Check the spelling if you added it by hand.")
    return replace(defaults, **values), problems


# ----- reading and writing ----------------------------------------------------------------------------------

def _read_raw(path: Path) -> tuple[dict[str, Any] | None, str]:
    """(the JSON object, "") or (None, why it cannot be used); ({}, "") when there is no file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, ""
    except UnicodeDecodeError:
        return None, "it is not UTF-8 text"
    except OSError as exc:
        return None, f"it cannot be read ({exc.strerror or exc})"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"it is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
    if not isinstance(data, dict):
        return None, "it is not a JSON object ({...})"
    return data, ""


def read_settings(path: Path | None = None) -> LoadedSettings:
    """The saved settings with the problems found; never raises. ``path`` defaults to the data folder's file."""
    path = path or paths.settings_path()
    data, why = _read_raw(path)
    if data is None:
        problem = (f"The settings file {path} is damaged: {why}. The app is using the default settings. "
                   f"Correct the file, or delete it to start again; saving settings from the app keeps a copy "
                   f"of it as {path.name}{DAMAGED_SUFFIX}.")
        return LoadedSettings(Settings(), path, (problem,), damaged=True)
    settings, problems = _from_dict(data, path)
    return LoadedSettings(settings, path, tuple(problems))


def load_settings(path: Path | None = None) -> Settings:
    """The settings to use (defaults for anything missing or unusable); see :func:`read_settings` for why."""
    return read_settings(path).settings


def validate(settings: Settings) -> list[str]:
    """One sentence per value that could not be saved; empty when all are fine."""
    errors = []
    defaults = Settings()
    for f in fields(Settings):
        value = getattr(settings, f.name)
        _usable, expected = _check(f.name, value, getattr(defaults, f.name))
        if expected:
            errors.append(f"\"{f.name}\" is {value!r}, expected {expected}.")
    return errors


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write ``settings`` atomically, keeping keys this version does not know (see the module's text)."""
    errors = validate(settings)
    if errors:
        raise SettingsError("These settings cannot be saved: " + " ".join(errors), "Correct them and save again.")
    path = path or paths.settings_path()
    paths.ensure_dir(path.parent)
    data, _why = _read_raw(path)
    if data is None:  # damaged: keep its text for whoever wants to recover it
        os.replace(path, path.with_name(path.name + DAMAGED_SUFFIX))
        data = {}
    defaults = asdict(Settings())
    data.update({name: _check(name, value, defaults[name])[0] for name, value in asdict(settings).items()})
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as out:
            out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
