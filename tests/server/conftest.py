"""The real llama-server (built by `pulse-desktop server build`) serving the tiny F32 bundle, for the module.

Skipped, saying why, only when no llama-server is built on this machine; under CI (CI=true) that is a failure,
since CI builds it first (.ci/run: `pulse-desktop server build` when absent).
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from pulse_desktop.core.server.build import find_llama_server
from pulse_desktop.core.server.launch import (
    ServeOptions,
    server_command,
    start_process,
    stop_process,
    wait_ready,
)
from pulse_desktop.core.server.mmproj_store import default_checkpoint
from quantize.mmproj_match import mmproj_for_bundle
from tests.conftest import in_ci

NOT_BUILT = ("llama-server is not built on this machine: run `pulse-desktop server build` (about 17 minutes on "
             "2 cores, once; CI runs it before the tests)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_llama_server(bundle: Path, folder: Path, parallel: int = 2, threads: int = 1):
    """(process, url, log file) of a llama-server on loopback serving ``bundle``."""
    binary = find_llama_server("cpu") or find_llama_server()
    if binary is None:
        if in_ci():
            pytest.fail(NOT_BUILT)
        pytest.skip(NOT_BUILT)
    mmproj = folder / "mmproj-f32.gguf"
    if not mmproj.is_file():
        mmproj_for_bundle(default_checkpoint(bundle), bundle, mmproj, "f32")
    options = ServeOptions(host="127.0.0.1", port=free_port(), parallel=parallel, threads=threads)
    log = folder / f"llama-server-{options.port}.log"
    process = start_process(server_command(binary, bundle, mmproj, options), log)
    url = f"http://127.0.0.1:{options.port}"
    try:
        wait_ready(process, url, timeout=120)
    except BaseException:
        stop_process(process)
        raise
    return process, url, log


@pytest.fixture(scope="module")
def tiny_server(tiny_bundle_f32_flat, tmp_path_factory):
    process, url, log = start_llama_server(tiny_bundle_f32_flat, tmp_path_factory.mktemp("llama_server"))
    yield url
    stop_process(process)
