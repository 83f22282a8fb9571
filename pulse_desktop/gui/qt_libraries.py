"""Before Qt starts: can its platform plugin load here? If not, which system package is missing.

On a Linux desktop Qt's ``xcb`` plugin needs system libraries that pip cannot install (``libxcb-cursor0`` and
others). When one is missing Qt prints a generic message and aborts the process (exit 134), and nothing of
ours can catch it. So the launcher asks first: ``ldd`` on the plugin the app is about to load lists the
libraries the loader cannot find; each maps to its Debian/Ubuntu package and the command that installs it.
Nothing here imports Qt's GUI (finding the plugin folder needs at most QtCore).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# The Debian/Ubuntu package of each library Qt's Linux platform plugins (xcb, wayland, offscreen) load.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so": "libxcb-cursor0",
    "libxcb-icccm.so": "libxcb-icccm4",
    "libxcb-image.so": "libxcb-image0",
    "libxcb-keysyms.so": "libxcb-keysyms1",
    "libxcb-randr.so": "libxcb-randr0",
    "libxcb-render-util.so": "libxcb-render-util0",
    "libxcb-render.so": "libxcb-render0",
    "libxcb-shape.so": "libxcb-shape0",
    "libxcb-shm.so": "libxcb-shm0",
    "libxcb-sync.so": "libxcb-sync1",
    "libxcb-xfixes.so": "libxcb-xfixes0",
    "libxcb-xinerama.so": "libxcb-xinerama0",
    "libxcb-xinput.so": "libxcb-xinput0",
    "libxcb-xkb.so": "libxcb-xkb1",
    "libxcb-glx.so": "libxcb-glx0",
    "libxcb-util.so": "libxcb-util1",
    "libxcb.so": "libxcb1",
    "libX11-xcb.so": "libx11-xcb1",
    "libX11.so": "libx11-6",
    "libxkbcommon-x11.so": "libxkbcommon-x11-0",
    "libxkbcommon.so": "libxkbcommon0",
    "libSM.so": "libsm6",
    "libICE.so": "libice6",
    "libEGL.so": "libegl1",
    "libGL.so": "libgl1",
    "libOpenGL.so": "libopengl0",
    "libGLX.so": "libglx0",
    "libfontconfig.so": "libfontconfig1",
    "libfreetype.so": "libfreetype6",
    "libdbus-1.so": "libdbus-1-3",
    "libglib-2.0.so": "libglib2.0-0",
    "libgthread-2.0.so": "libglib2.0-0",
    "libwayland-client.so": "libwayland-client0",
    "libwayland-cursor.so": "libwayland-cursor0",
    "libwayland-egl.so": "libwayland-egl1",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_PLUGIN_FILES = {"wayland": ("wayland-generic", "wayland-egl", "wayland")}


@dataclass(frozen=True)
class PluginDiagnosis:
    """What keeps one platform plugin from loading."""

    platform: str
    plugin: Path | None  # None: no plugin file for this platform in this install
    missing: tuple[str, ...] = ()  # libraries the loader cannot find (sonames)
    packages: tuple[str, ...] = ()  # their system packages, where known

    @property
    def ok(self) -> bool:
        return self.plugin is not None and not self.missing

    @property
    def install_command(self) -> str:
        return f"sudo apt-get install {' '.join(self.packages)}" if self.packages else ""

    def message(self) -> str:
        if self.plugin is None:
            return (f"Qt's {self.platform!r} platform plugin is not part of this install. "
                    "Reinstall PULSE Desktop (pip install --force-reinstall PySide6-Essentials).")
        if not self.missing:
            return f"Qt's {self.platform!r} platform plugin can load ({self.plugin})."
        text = (f"Qt's {self.platform!r} platform plugin cannot load: the system lacks "
                f"{', '.join(self.missing)}.")
        if self.packages:
            text += (f" Install the package{'s' if len(self.packages) > 1 else ''} "
                     f"{', '.join(self.packages)} (Debian, Ubuntu): {self.install_command}")
        else:
            text += " Install the system package that provides it, or reinstall PULSE Desktop."
        return text


def package_for(soname: str) -> str | None:
    """The Debian/Ubuntu package of ``soname`` (``libxcb-cursor.so.0`` -> ``libxcb-cursor0``), if known."""
    stem = soname.split(".so")[0] + ".so"
    return DEBIAN_PACKAGES.get(stem)


def _is_qt_own(soname: str) -> bool:
    return soname.startswith(("libQt6", "libpyside6", "libshiboken6", "libicu"))


def candidate_platforms() -> list[str]:
    """The platform plugins Qt will try, in order (``QT_QPA_PLATFORM``, else what Qt picks by itself)."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [p.split(":")[0] for p in chosen.split(";") if p.split(":")[0]]
    if sys.platform == "win32":
        return ["windows"]
    if sys.platform == "darwin":
        return ["cocoa"]
    wayland = os.environ.get("XDG_SESSION_TYPE") == "wayland" or bool(os.environ.get("WAYLAND_DISPLAY"))
    return ["wayland", "xcb"] if wayland else ["xcb"]


def plugin_folders() -> list[Path]:
    """Where Qt looks for platform plugins: ``QT_QPA_PLATFORM_PLUGIN_PATH``, then the install's own folder."""
    folders = [Path(p) for p in os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p]
    folders += [Path(p) / "platforms" for p in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    try:
        from PySide6.QtCore import QLibraryInfo

        folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms")
    except Exception:  # noqa: BLE001 - no PySide6: the selftest's Qt check says so
        pass
    return folders


def plugin_file(platform: str, folders: list[Path] | None = None) -> Path | None:
    for folder in folders if folders is not None else plugin_folders():
        for stem in _PLUGIN_FILES.get(platform, (platform,)):
            for name in (f"libq{stem}.so", f"q{stem}.dll", f"libq{stem}.dylib"):
                if (folder / name).is_file():
                    return folder / name
    return None


def missing_libraries(library: Path) -> tuple[str, ...]:
    """The libraries ``library`` needs that the loader cannot find (Linux, via ``ldd``); () elsewhere."""
    ldd = shutil.which("ldd")
    if not sys.platform.startswith("linux") or ldd is None:
        return ()
    try:
        done = subprocess.run([ldd, str(library)], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return ()
    return tuple(dict.fromkeys(_NOT_FOUND.findall(done.stdout + done.stderr)))


def diagnose(platform: str, folders: list[Path] | None = None) -> PluginDiagnosis:
    plugin = plugin_file(platform, folders)
    if plugin is None:
        return PluginDiagnosis(platform, None)
    missing = missing_libraries(plugin)
    packages = tuple(dict.fromkeys(p for p in map(package_for, missing) if p))
    return PluginDiagnosis(platform, plugin, missing, packages)


def no_display(platform: str) -> bool:
    """True when ``platform`` needs a display server this session does not have (an SSH login, say)."""
    if platform == "xcb":
        return not os.environ.get("DISPLAY")
    if platform == "wayland":
        return not os.environ.get("WAYLAND_DISPLAY")
    return False


def startup_problem() -> str:
    """Why the window cannot open here, said before Qt would abort; "" when nothing is known to be wrong.

    Only system libraries count (a missing Qt library of our own is left to Qt to report), and only when every
    platform Qt would try fails (on a Wayland session Qt falls back to xcb)."""
    if not sys.platform.startswith("linux"):
        return ""
    diagnoses = [diagnose(p) for p in candidate_platforms()]
    unusable = [d for d in diagnoses if d.plugin is None or any(not _is_qt_own(m) for m in d.missing)]
    blocked = [d for d in unusable if d.missing]
    if len(unusable) < len(diagnoses) or not blocked:
        if diagnoses and all(no_display(d.platform) for d in diagnoses):
            return ("PULSE Desktop cannot open its window: this session has no graphical display (neither DISPLAY "
                    "nor WAYLAND_DISPLAY is set, as in an SSH login). Start it from the desktop; the command line "
                    "works here: pulse-desktop --help.")
        return ""
    lines = ["PULSE Desktop cannot open its window: a system library that Qt needs is missing."]
    lines += [d.message() for d in blocked]
    lines.append("The command line works without it: pulse-desktop --help. "
                 "`pulse-desktop selftest` checks again after installing.")
    return "\n".join(lines)
