"""Every test: no network beyond loopback, and nothing written outside temp dirs."""

from __future__ import annotations

import ipaddress
import os
import socket

import pytest

pytest_plugins = ["tests.support.bundles"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

try:  # pytest-qt's -v header reads PySide6.__version__, which PySide6-Essentials lacks (INTERNALERROR otherwise)
    import PySide6
    import PySide6.QtCore

    if not hasattr(PySide6, "__version__"):
        PySide6.__version__ = PySide6.QtCore.__version__
except ImportError:
    pass


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
