"""``pulse-desktop server start``: llama-server with a bundle's language model and projector, as the
desktop's local engine runs them, with the slots, context and security a clinic needs.

What the command line holds, and why:

* ``-m`` the bundle's GGUF, ``--mmproj`` its F32 projector (mmproj_store), ``--alias`` ``NAME@sha256:HASH``
  (the bundle manifest's sha256, which workstations compare with theirs);
* ``-np N -c N*n_ctx``: N slots of the bundle's full context each, continuous batching (the default);
* ``--override-kv tokenizer.ggml.add_space_prefix=bool:false``: tokenized as the local engine tokenizes
  (request_body writes the dummy-prefix spaces itself);
* ``-fa off`` and, for an F32 bundle, an F32 KV cache: the local engine's CPU settings;
* ``--no-webui``, and the media marker fixed through ``LLAMA_MEDIA_MARKER`` (also reported by ``/props``);
* ``--api-key-file`` and ``--ssl-cert-file``/``--ssl-key-file``: required unless it listens on loopback only.
"""

from __future__ import annotations

import ipaddress
import os
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from pulse_desktop.core.bundle.manifest import Manifest, manifest_sha256, read_manifest
from pulse_desktop.core.remote.request_body import check_servable
from pulse_desktop.core.server.errors import ServerConfigError

MEDIA_MARKER = "<__pulse_image__>"


@dataclass(frozen=True)
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 8080
    parallel: int = 1
    api_key_file: Path | None = None
    tls_cert: Path | None = None
    tls_key: Path | None = None
    threads: int | None = None
    gpu_layers: int = 0  # 0: CPU; a GPU build: 999 puts every layer on the GPU
    flash_attn: bool = False
    extra: tuple[str, ...] = field(default_factory=tuple)


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_security(options: ServeOptions) -> None:
    """Beyond this computer, only with an API key and TLS (what travels is a patient's ECG)."""
    if (options.tls_cert is None) != (options.tls_key is None):
        raise ServerConfigError("TLS needs both a certificate and its key.", "Give --tls-cert and --tls-key.")
    for path in (options.api_key_file, options.tls_cert, options.tls_key):
        if path is not None and not Path(path).is_file():
            raise ServerConfigError(f"{path} does not exist.", "Give an existing file.")
    if options.api_key_file is not None and not read_api_key(options.api_key_file):
        raise ServerConfigError(f"{options.api_key_file} holds no key.", "Write one key on its first line.")
    if is_loopback(options.host):
        return
    missing = [what for what, given in (("an API key (--api-key-file)", options.api_key_file),
                                        ("TLS (--tls-cert/--tls-key, or --self-signed)", options.tls_cert))
               if given is None]
    if missing:
        raise ServerConfigError(
            f"The server would listen on {options.host}, beyond this computer, without {' and '.join(missing)}.",
            "Give both, or listen on 127.0.0.1 only.")


def read_api_key(path: Path) -> str:
    lines = [ln.strip() for ln in Path(path).read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines[0] if lines else ""


def served_alias(manifest: Manifest, manifest_hash: str) -> str:
    return f"{manifest.name}@sha256:{manifest_hash}"


def alias_hash(alias: str) -> str:
    """The manifest sha256 an alias carries ("" when it carries none)."""
    _, sep, digest = alias.rpartition("@sha256:")
    return digest if sep else ""


def server_command(binary: Path, bundle_dir: Path, mmproj: Path, options: ServeOptions) -> list[str]:
    manifest = read_manifest(bundle_dir)
    check_servable(manifest)
    n_ctx = manifest.language_model.n_ctx
    command = [str(binary), "-m", str(bundle_dir / manifest.language_model.file), "--mmproj", str(mmproj),
               "--alias", served_alias(manifest, manifest_sha256(bundle_dir)),
               "--host", options.host, "--port", str(options.port),
               "-np", str(options.parallel), "-c", str(options.parallel * n_ctx),
               "--override-kv", "tokenizer.ggml.add_space_prefix=bool:false",
               "-fa", "on" if options.flash_attn else "off", "-ngl", str(options.gpu_layers),
               "--no-webui", "--metrics"]
    if options.gpu_layers == 0:
        command.append("--no-mmproj-offload")
    if manifest.language_model.quantization.upper() == "F32":
        command += ["-ctk", "f32", "-ctv", "f32"]
    if options.threads:
        command += ["-t", str(options.threads)]
    if options.api_key_file is not None:
        command += ["--api-key-file", str(options.api_key_file)]
    if options.tls_cert is not None and options.tls_key is not None:
        command += ["--ssl-cert-file", str(options.tls_cert), "--ssl-key-file", str(options.tls_key)]
    return command + list(options.extra)


def server_environment() -> dict[str, str]:
    return {**os.environ, "LLAMA_MEDIA_MARKER": MEDIA_MARKER}


def start_process(command: list[str], log_file: Path | None = None) -> subprocess.Popen:
    """Start llama-server (its output to ``log_file``, else inherited)."""
    out = open(log_file, "ab") if log_file is not None else None  # noqa: SIM115 - handed to the child
    try:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT if out else None,
                                env=server_environment())
    finally:
        if out is not None:
            out.close()


def wait_ready(process: subprocess.Popen, url: str, timeout: float = 120.0, api_key: str = "",
               fingerprint: str = "") -> None:
    """Until ``/health`` answers 200 (the model is loaded); raises if the process ends first."""
    from pulse_desktop.core.remote.client import ServerAddress, ServerClient
    from pulse_desktop.core.server.errors import ServerError

    client = ServerClient(ServerAddress(url, api_key, fingerprint, timeout=5.0))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerConfigError(f"llama-server ended while starting (exit code {process.returncode}).",
                                    "See its log.")
        try:
            if client.get_json("/health").get("status") == "ok":
                return
        except ServerError:
            pass
        time.sleep(0.25)
    raise ServerConfigError(f"llama-server did not become ready within {timeout:g} s.", "See its log.")


def stop_process(process: subprocess.Popen, grace: float = 10.0) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
