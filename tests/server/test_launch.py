"""`server start`'s command line and its refusals, the self-signed certificate and its fingerprint."""

from __future__ import annotations

import ssl

import pytest

from pulse_desktop.cli.main import main
from pulse_desktop.core.bundle.manifest import manifest_sha256, read_manifest
from pulse_desktop.core.remote.client import certificate_fingerprint, format_fingerprint
from pulse_desktop.core.server.errors import ServerConfigError
from pulse_desktop.core.server.launch import (
    ServeOptions,
    alias_hash,
    check_security,
    is_loopback,
    served_alias,
    server_command,
)
from pulse_desktop.core.server.tls import fingerprint_of, make_self_signed


def test_loopback_only_without_key_and_tls(tmp_path):
    key = tmp_path / "key.txt"
    key.write_text("s3cret\n")
    check_security(ServeOptions(host="127.0.0.1"))
    check_security(ServeOptions(host="localhost"))
    for host in ("0.0.0.0", "192.168.1.20", "::", "clinic-gpu.local"):
        assert not is_loopback(host)
        with pytest.raises(ServerConfigError, match="API key.*TLS"):
            check_security(ServeOptions(host=host))
        with pytest.raises(ServerConfigError, match="TLS"):
            check_security(ServeOptions(host=host, api_key_file=key))
    cert, pem_key = make_self_signed(tmp_path / "tls", ["clinic-gpu.local", "192.168.1.20"])
    with pytest.raises(ServerConfigError, match="API key"):
        check_security(ServeOptions(host="0.0.0.0", tls_cert=cert, tls_key=pem_key))
    check_security(ServeOptions(host="0.0.0.0", api_key_file=key, tls_cert=cert, tls_key=pem_key))
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    with pytest.raises(ServerConfigError, match="no key"):
        check_security(ServeOptions(api_key_file=empty))


def test_self_signed_fingerprint_is_the_ders_sha256(tmp_path):
    cert, key = make_self_signed(tmp_path, ["localhost"])
    der = ssl.PEM_cert_to_DER_cert(cert.read_text())
    assert fingerprint_of(cert) == format_fingerprint(certificate_fingerprint(der))
    assert len(fingerprint_of(cert).split(":")) == 32
    assert (key.stat().st_mode & 0o077) == 0


def test_command_serves_the_bundle_with_its_hash(tiny_bundle_f32_flat, tmp_path):
    options = ServeOptions(host="127.0.0.1", port=8111, parallel=3, threads=2)
    command = server_command(tmp_path / "llama-server", tiny_bundle_f32_flat, tmp_path / "mmproj.gguf", options)
    manifest = read_manifest(tiny_bundle_f32_flat)
    after = dict(zip(command[1::2], command[2::2], strict=False))
    assert command[command.index("-m") + 1].endswith(manifest.language_model.file)
    assert command[command.index("-c") + 1] == str(3 * manifest.language_model.n_ctx)
    assert command[command.index("-np") + 1] == "3"
    alias = command[command.index("--alias") + 1]
    assert alias == served_alias(manifest, manifest_sha256(tiny_bundle_f32_flat))
    assert alias_hash(alias) == manifest_sha256(tiny_bundle_f32_flat)
    assert "tokenizer.ggml.add_space_prefix=bool:false" in command
    assert ["-ctk", "f32", "-ctv", "f32"] == command[command.index("-ctk"):command.index("-ctk") + 4]
    assert after.get("-fa") == "off" and "--no-webui" in command


def test_unpad_bundle_is_not_served(tiny_bundle_f32_unpad, tmp_path):
    with pytest.raises(ServerConfigError, match="spatial_unpad"):
        server_command(tmp_path / "llama-server", tiny_bundle_f32_unpad, tmp_path / "m.gguf", ServeOptions())


def test_cli_refuses_to_listen_beyond_this_computer_unprotected(tiny_bundle_f32_flat, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("PULSE_LLAMA_SERVER", str(tmp_path / "llama-server"))
    (tmp_path / "llama-server").write_text("")
    code = main(["server", "start", "--bundle", str(tiny_bundle_f32_flat), "--host", "0.0.0.0", "--dry-run"])
    assert code == 8
    assert "without an API key" in capsys.readouterr().err
