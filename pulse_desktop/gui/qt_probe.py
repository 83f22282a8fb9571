"""The Qt part of `selftest`: PySide6's version, and whether the platform plugin really loads here.

The plugin is loaded in a child process (this same program with ``PULSE_QT_PROBE=1``), because a plugin that
cannot load makes Qt abort the whole process; the child's exit says what happened, and
:mod:`.qt_libraries` says which system package is missing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass

from pulse_desktop.core.selftest import Check
from pulse_desktop.gui.qt_libraries import candidate_platforms, diagnose, no_display, plugin_folders

PROBE_ENV = "PULSE_QT_PROBE"
PROBE_TIMEOUT_S = 60


@dataclass(frozen=True)
class ChildLoad:
    """How starting Qt's GUI went in a child process."""

    ok: bool
    platform: str  # the platform Qt started on ("" when it did not)
    exit_code: int  # negative: killed by that signal (-6: Qt aborted)
    last_words: str  # the last lines the child wrote to stderr


def probe_child_main() -> int:
    """In the child: start Qt's GUI on the platform Qt chooses, print it as JSON, exit."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(["pulse-desktop-qt-probe"])
    print(json.dumps({"platform": app.platformName()}), flush=True)
    return 0


def load_platform_in_child(platform: str | None = None, timeout_s: float = PROBE_TIMEOUT_S) -> ChildLoad:
    """Start Qt's GUI in a child process (on ``platform``, or where Qt chooses) and report how it went."""
    frozen = bool(getattr(sys, "frozen", False))
    command = [sys.executable] if frozen else [sys.executable, "-m", "pulse_desktop"]
    env = dict(os.environ, **{PROBE_ENV: "1"})
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        return ChildLoad(False, "", -9, f"Qt did not start within {timeout_s:.0f} s")
    except OSError as exc:
        return ChildLoad(False, "", -1, f"the check could not start: {exc}")
    last_words = "\n".join(line for line in done.stderr.strip().splitlines()[-3:])
    started = ""
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            try:
                started = str(json.loads(line).get("platform", ""))
            except ValueError:
                pass
    return ChildLoad(done.returncode == 0 and bool(started), started, done.returncode, last_words)


def _available_plugins() -> list[str]:
    names: set[str] = set()
    for folder in plugin_folders():
        if folder.is_dir():
            names.update(p.stem.removeprefix("lib").removeprefix("q") for p in folder.glob("*q*")
                         if p.suffix in (".so", ".dll", ".dylib"))
    return sorted(names)


def qt_check() -> Check:
    try:
        import PySide6.QtCore
        from PySide6.QtCore import qVersion
    except Exception as exc:
        return Check("qt", False, True, f"PySide6 (Qt) cannot be loaded: {exc!s}")
    pyside_version = getattr(PySide6.QtCore, "__version__", None) or qVersion()  # frozen builds lack the top one
    platforms = candidate_platforms()
    diagnoses = [diagnose(p) for p in platforms]
    data: dict = {"pyside6": pyside_version, "qt": qVersion(), "platform_plugin": platforms[0] if platforms else "",
                  "candidates": platforms, "platform_plugins": _available_plugins(),
                  "missing_libraries": sorted({m for d in diagnoses for m in d.missing}),
                  "install_command": next((d.install_command for d in diagnoses if d.install_command), "")}
    head = f"PySide6 {pyside_version} (Qt {qVersion()})"
    if diagnoses and not any(d.ok for d in diagnoses) and any(d.missing for d in diagnoses):
        return Check("qt", False, True, f"{head}: " + " ".join(d.message() for d in diagnoses), data)
    # otherwise Qt itself decides (a plugin we could not find may still load, e.g. in a frozen app)
    headless = all(no_display(p) for p in platforms)
    child = load_platform_in_child("offscreen" if headless else None)
    data.update(loaded=child.ok, loaded_platform=child.platform, probe_exit_code=child.exit_code)
    if not child.ok:
        why = child.last_words or f"exit code {child.exit_code}"
        hints = " ".join(d.message() for d in diagnoses if not d.ok)
        return Check("qt", False, True, f"{head}: Qt could not start its platform plugin ({why}). {hints}".strip(),
                     data)
    if headless:
        detail = (f"{head}, platform plugin {platforms[0]!r} has its libraries; no display in this session, "
                  f"so Qt was started on 'offscreen'")
    else:
        detail = f"{head}, platform plugin {child.platform!r} loaded"
    return Check("qt", True, True, detail, data)

