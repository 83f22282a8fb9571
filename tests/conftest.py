"""Every test: no network beyond loopback, and nothing written outside temp dirs.

Also: in CI (``CI`` set to true, as .ci/run and CI services do) the run stops at once when torch,
transformers or scikit-learn is missing, so that the fidelity and scorer tests cannot skip silently; and the summary ends with
the real data sets the tests used (tests/data, plus the shared sets when present).
"""

from __future__ import annotations

import importlib.util
import ipaddress
import os
import socket
import sys
from pathlib import Path

import pytest

pytest_plugins = ["tests.support.bundles"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["LANGUAGE"] = "en"  # "the system's language" (window and report) is English unless a test says otherwise

try:  # pytest-qt's -v header reads PySide6.__version__, which PySide6-Essentials lacks (INTERNALERROR otherwise)
    import PySide6
    import PySide6.QtCore

    if not hasattr(PySide6, "__version__"):
        PySide6.__version__ = PySide6.QtCore.__version__
except ImportError:
    pass


# The independent references of the fidelity tests (torch, transformers) and of the ECGBench scorer (sklearn)
REFERENCE_PACKAGES = ("torch", "transformers", "sklearn")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def missing_references() -> list[str]:
    missing = []
    for name in REFERENCE_PACKAGES:
        try:
            found = sys.modules[name] if name in sys.modules else importlib.util.find_spec(name)
        except (ImportError, ValueError):
            found = None
        if found is None:
            missing.append(name)
    return missing


def pytest_sessionstart(session) -> None:
    missing = missing_references() if in_ci() else []
    if missing:
        raise pytest.UsageError(
            f"CI: {', '.join(missing)} is not installed, so the tests that compare with it would be skipped. "
            "Install the test extra (pip install -e '.[test]'); outside CI (CI unset) they are skipped.")


# The slow tier: `pytest -m "not slow"` is the quick loop for a developer; .ci/run runs everything. Whole modules
# are listed here (tests/test_tiers.py checks that each still exists); single tests carry @pytest.mark.slow.
SLOW_MODULES = {
    "tests/installer/test_frozen_app.py": "builds the frozen app with PyInstaller",
    "tests/engine/test_fidelity.py": "torch/transformers reference on every image",
    "tests/engine/test_cli_interpret.py": "interpret end to end in child processes with the real engine (45 s)",
    "tests/engine/test_gui_shape.py": "the window's engine holder on the real engine",
    "tests/quantize/test_parity.py": "torch/transformers reference",
    "tests/quantize/test_convert.py": "end-to-end conversions with validation",
    "tests/quantize/test_convert_repo_id.py": "download and conversion",
    "tests/bundle/test_end_to_end.py": "conversion, import, verify; the converter as a child process",
    "tests/bundle/test_cli_models.py": "the models commands as child processes on real bundles (35 s)",
    "tests/gui/test_screenshots.py": "drives every screen on real data",
    "tests/gui/test_flow_real.py": "the window with the real engine",
}


def pytest_collection_modifyitems(config, items) -> None:
    root = Path(str(config.rootpath))
    for item in items:
        try:
            where = Path(str(item.path)).relative_to(root).as_posix()
        except ValueError:
            continue
        if where in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


def pytest_terminal_summary(terminalreporter) -> None:
    from tests.support.paths import data_summary

    terminalreporter.write_sep("-", "real test data")
    terminalreporter.write_line(data_summary())


def _is_loopback(address) -> bool:
    if not isinstance(address, tuple):  # AF_UNIX paths and the like
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        try:
            return all(ipaddress.ip_address(info[4][0]).is_loopback
                       for info in socket.getaddrinfo(host, None))
        except OSError:
            return False


class NetworkDenied(RuntimeError):
    pass


@pytest.fixture(autouse=True)
def deny_network(monkeypatch):
    """Any connection to a non-loopback address fails the test."""
    attempts: list[object] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded_connect(self, address):
        if not _is_loopback(address):
            attempts.append(address)
            raise NetworkDenied(f"test tried to reach the network: {address!r}")
        return real_connect(self, address)

    def guarded_connect_ex(self, address):
        if not _is_loopback(address):
            attempts.append(address)
            raise NetworkDenied(f"test tried to reach the network: {address!r}")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    yield attempts
    if attempts:
        pytest.fail(f"test tried to reach the network: {attempts!r}")


@pytest.fixture(autouse=True)
def pulse_home(tmp_path_factory, monkeypatch):
    """PULSE_HOME points at a fresh temp dir for every test."""
    home = tmp_path_factory.mktemp("pulse_home")
    monkeypatch.setenv("PULSE_HOME", str(home))
    return home
