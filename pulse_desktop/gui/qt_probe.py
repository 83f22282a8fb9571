"""The Qt part of `selftest`: PySide6's version and the platform plugins this install can use."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pulse_desktop.core.selftest import Check


def _default_platform() -> str:
    if os.environ.get("QT_QPA_PLATFORM"):
        return os.environ["QT_QPA_PLATFORM"].split(":")[0]
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "cocoa"
    return "wayland" if os.environ.get("WAYLAND_DISPLAY") else "xcb"


def qt_check() -> Check:
    try:
        import PySide6.QtCore
        from PySide6.QtCore import QLibraryInfo, qVersion
    except Exception as exc:
        return Check("qt", False, True, f"PySide6 (Qt) cannot be loaded: {exc!s}")
    pyside_version = getattr(PySide6.QtCore, "__version__", None) or qVersion()  # frozen builds lack the top one
    plugin_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    plugins = sorted(p.stem.removeprefix("libq").removeprefix("q") for p in plugin_dir.glob("*")) \
        if plugin_dir.is_dir() else []
    wanted = _default_platform()
    ok = wanted in plugins
    detail = f"PySide6 {pyside_version} (Qt {qVersion()}), platform plugin {wanted!r}" + \
        ("" if ok else f" not found among {plugins}")
    return Check("qt", ok, True, detail, {"pyside6": pyside_version, "qt": qVersion(),
                                          "platform_plugin": wanted, "platform_plugins": plugins})
