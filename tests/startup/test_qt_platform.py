"""Start as a new user on a Linux desktop that lacks a library Qt's xcb plugin needs (libxcb-cursor0 on a fresh
Ubuntu): Qt itself aborts (exit 134); the app says which package is missing and how to install it, and
`selftest` loads the platform plugin for real (in a child process) instead of only finding its file.

The missing library is real, without uninstalling anything: a copy of this install's xcb plugin whose
dependency ``libxcb-cursor.so.0`` is renamed ``libxcb-cursor.so.9`` (a library no system has), placed where Qt
looks first (QT_QPA_PLATFORM_PLUGIN_PATH), with the real Qt libraries beside it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pulse_desktop.gui import qt_libraries
from pulse_desktop.gui.qt_libraries import diagnose, package_for, startup_problem
from pulse_desktop.gui.qt_probe import load_platform_in_child, qt_check
from tests.support.paths import REPO

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb and ldd are Linux's")

MISSING = "libxcb-cursor.so.9"


@pytest.fixture
def broken_xcb(tmp_path, monkeypatch) -> Path:
    """A platforms folder whose xcb plugin needs a library this system lacks; Qt is pointed at it."""
    from PySide6.QtCore import QLibraryInfo

    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)).parent
    real = qt / "plugins" / "platforms" / "libqxcb.so"
    data = real.read_bytes()
    assert data.count(b"libxcb-cursor.so.0") == 1  # Qt >= 6.5 links it (the library Ubuntu lacks by default)
    platforms = tmp_path / "qt" / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (platforms / "libqxcb.so").write_bytes(data.replace(b"libxcb-cursor.so.0", MISSING.encode()))
    (tmp_path / "qt" / "lib").symlink_to(qt / "lib")  # the plugin's RUNPATH, $ORIGIN/../../lib, finds Qt's own
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("QT_QPA_PLATFORM_PLUGIN_PATH", str(platforms))
    monkeypatch.setenv("DISPLAY", ":99")  # a display is said to exist: the library is what stops Qt here
    return platforms


def _app(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pulse_desktop", *args], cwd=REPO, env=dict(os.environ),
                          capture_output=True, text=True, timeout=180)


def test_each_library_maps_to_its_debian_package():
    assert package_for("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert package_for("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert package_for("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert package_for("libEGL.so.1") == "libegl1"
    assert package_for("libunheard-of.so.1") is None


def test_the_diagnosis_names_the_missing_library_its_package_and_the_command(broken_xcb):
    found = diagnose("xcb", [broken_xcb])
    assert found.plugin == broken_xcb / "libqxcb.so" and not found.ok
    assert MISSING in found.missing and "libxcb-cursor0" in found.packages
    assert found.install_command.startswith("sudo apt-get install ") and "libxcb-cursor0" in found.install_command
    assert "libxcb-cursor0" in startup_problem()


def test_without_the_check_qt_really_aborts(broken_xcb):
    child = load_platform_in_child("xcb")
    assert not child.ok and child.exit_code == -6, child  # SIGABRT: the shell's exit 134
    assert "platform plugin" in child.last_words


def test_the_app_explains_instead_of_aborting(broken_xcb):
    done = _app()
    assert done.returncode == 3, (done.returncode, done.stderr[-2000:])
    assert "libxcb-cursor0" in done.stderr and "sudo apt-get install" in done.stderr
    assert "no Qt platform plugin could be initialized" not in done.stderr  # Qt never got to abort


def test_selftest_fails_naming_the_package(broken_xcb):
    done = _app("selftest", "--json")
    assert done.returncode == 1, done.stdout[-2000:]
    qt = {c["name"]: c for c in json.loads(done.stdout)["checks"]}["qt"]
    assert qt["ok"] is False and qt["essential"] is True
    assert MISSING in qt["data"]["missing_libraries"] and "libxcb-cursor0" in qt["data"]["install_command"]
    assert "sudo apt-get install" in qt["detail"]


def test_selftest_catches_a_plugin_that_fails_to_load_even_when_its_libraries_look_fine(broken_xcb, monkeypatch):
    monkeypatch.setattr(qt_libraries, "missing_libraries", lambda library: ())  # the library check sees nothing
    check = qt_check()
    assert check.ok is False and check.data["loaded"] is False and check.data["probe_exit_code"] == -6
    assert "could not start its platform plugin" in check.detail


def test_selftest_loads_the_plugin_for_real_when_it_can(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    check = qt_check()
    assert check.ok, check.detail
    assert check.data["loaded"] is True and check.data["loaded_platform"] == "offscreen"


def test_a_session_without_a_display_is_told_so(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.setattr(qt_libraries, "missing_libraries", lambda library: ())
    assert "no graphical display" in startup_problem()
