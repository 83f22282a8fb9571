"""The autouse guard really blocks the network and really allows loopback."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import NetworkDenied


def test_non_loopback_connection_is_refused(deny_network):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkDenied):
            sock.connect(("93.184.216.34", 80))
    finally:
        sock.close()
    assert deny_network == [("93.184.216.34", 80)]
    deny_network.clear()  # recorded as it should be; do not fail this test for it


def test_loopback_is_allowed():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.create_connection(server.getsockname(), timeout=5)
    conn, _ = server.accept()
    client.sendall(b"ping")
    assert conn.recv(4) == b"ping"
    for s in (conn, client, server):
        s.close()
