"""`pulse-desktop server start` for real: the projector written from the bundle's checkpoint and recorded, TLS
with a self-signed certificate, an API key; `server check` with the pinned fingerprint and the key, and the
refusals a workstation sees with a wrong key or a wrong pin (real llama-server built with OpenSSL)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from pulse_desktop.cli.main import main
from pulse_desktop.core import paths
from pulse_desktop.core.server.build import find_llama_server
from pulse_desktop.core.server.mmproj_store import find_projector
from pulse_desktop.core.server.tls import fingerprint_of
from tests.conftest import in_ci
from tests.server.conftest import NOT_BUILT, free_port


def test_start_with_tls_and_key_then_check(tiny_bundle_f32_flat, tmp_path, capsys):
    if find_llama_server() is None:
        pytest.fail(NOT_BUILT) if in_ci() else pytest.skip(NOT_BUILT)
    key = tmp_path / "key.txt"
    key.write_text("clinic-key-123\n")
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "pulse_desktop", "server", "start", "--bundle",
                                str(tiny_bundle_f32_flat), "--port", str(port), "--api-key-file", str(key),
                                "--self-signed", "--threads", "1"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=os.environ.copy())
    try:
        lines: list[str] = []
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and process.poll() is None:
            line = process.stdout.readline()
            lines.append(line)
            if line.startswith("Serving "):
                break
        assert any(line.startswith("Serving ") for line in lines), "".join(lines)
        cert = paths.data_home() / "server" / "tls" / "server-cert.pem"
        fingerprint = fingerprint_of(cert)
        assert any(fingerprint in line for line in lines)  # printed for the workstations
        assert find_projector(tiny_bundle_f32_flat) is not None  # written once, recorded
        url = f"https://127.0.0.1:{port}"
        capsys.readouterr()
        assert main(["server", "check", url, "--api-key-file", str(key), "--fingerprint", fingerprint,
                     "--bundle", str(tiny_bundle_f32_flat)]) == 0
        assert "equals the local bundle" in capsys.readouterr().out
        wrong = tmp_path / "wrong.txt"
        wrong.write_text("guess\n")
        assert main(["server", "check", url, "--api-key-file", str(wrong), "--fingerprint", fingerprint]) == 8
        assert "refused the API key" in capsys.readouterr().err
        assert main(["server", "check", url, "--api-key-file", str(key), "--fingerprint", "AB" * 32]) == 8
        assert "certificate" in capsys.readouterr().err
    finally:
        process.terminate()
        process.wait(30)
