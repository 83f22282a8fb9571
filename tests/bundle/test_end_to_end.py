"""The real path: bundles made by pulse-quantize (tests/support/bundles.py), imported, verified, altered,
and `models convert` running the real converter as a child process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from pulse_desktop.core import paths
from pulse_desktop.core.bundle.manifest import manifest_sha256, read_manifest
from pulse_desktop.core.bundle.registry import list_bundles, resolve_bundle
from pulse_desktop.core.errors import BundleError
from tests.bundle.fake_bundles import flip_byte
from tests.support.paths import REPO
from tests.support.signals import sigint_as_in_a_terminal


def models(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pulse_desktop", "models", *args], cwd=REPO, env=dict(os.environ),
                          capture_output=True, text=True, timeout=300)


def test_real_tiny_bundle_import_list_verify_and_a_flipped_byte(tiny_bundle_q8, pulse_home):
    manifest = read_manifest(tiny_bundle_q8)
    imported = models("import", str(tiny_bundle_q8), "--name", "tiny-q8")
    assert imported.returncode == 0, imported.stderr
    installed = paths.bundles_dir() / "tiny-q8"
    assert manifest_sha256(installed) == manifest_sha256(tiny_bundle_q8)

    (entry,) = json.loads(models("list", "--json").stdout)["bundles"]
    assert entry["kind"] == "test" and entry["label"] == "ok, not a clinical model"
    assert entry["quantization"] == "Q8_0" and entry["valid"] is True
    assert entry["validation"]["language_model"]["top1_agreement"] == manifest.validation["language_model"][
        "top1_agreement"]
    assert "top1_agreement" in models("list").stdout

    assert models("verify", "tiny-q8").returncode == 0
    bundle = resolve_bundle("tiny-q8")
    assert bundle.manifest.language_model.file.endswith(".gguf")

    gguf = installed / manifest.language_model.file
    flip_byte(gguf, gguf.stat().st_size // 2)
    bad = models("verify", "tiny-q8")
    assert bad.returncode == 4
    assert f"{manifest.language_model.file}: sha256 differs" in bad.stderr
    with pytest.raises(BundleError, match=manifest.language_model.file):
        resolve_bundle("tiny-q8")  # what loading does: refused, naming the file


def test_models_convert_runs_the_real_converter_and_imports(tiny_checkpoint_flat, pulse_home):
    result = models("convert", str(tiny_checkpoint_flat), "--quant", "Q8_0", "--vision", "fp32",
                    "--name", "tiny-converted")
    assert result.returncode == 0, result.stderr
    assert "Converted and imported 'tiny-converted'" in result.stdout
    assert "validate: done in" in result.stderr and "Conversion took" in result.stderr
    (bundle,) = list_bundles()
    assert bundle.name == "tiny-converted" and bundle.usable and bundle.kind == "test"
    assert bundle.manifest.name == "tiny-converted"
    assert bundle.manifest.source["path"] == str(tiny_checkpoint_flat.resolve())
    assert models("verify", "tiny-converted").returncode == 0
    assert sorted(p.name for p in paths.bundles_dir().iterdir()) == ["tiny-converted"]


def test_converter_failure_reaches_the_user(tmp_path, pulse_home):
    not_llava = tmp_path / "plain-llama"
    not_llava.mkdir()
    (not_llava / "config.json").write_text(json.dumps({"architectures": ["LlamaForCausalLM"],
                                                       "model_type": "llama"}))
    result = models("convert", str(not_llava), "--quant", "Q8_0", "--vision", "fp32")
    assert result.returncode == 4, result.stderr
    assert "Error:" in result.stderr and "What to do:" in result.stderr
    assert result.stderr.count("LlamaForCausalLM") == 1  # shown once, not echoed from the converter's stderr
    assert not paths.bundles_dir().exists() or list(paths.bundles_dir().iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_ctrl_c_during_a_real_conversion_leaves_nothing(tiny_checkpoint_flat, pulse_home):
    proc = subprocess.Popen([sys.executable, "-m", "pulse_desktop", "models", "convert", str(tiny_checkpoint_flat),
                             "--quant", "Q8_0", "--vision", "fp32"], cwd=REPO, env=dict(os.environ),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=sigint_as_in_a_terminal)
    try:
        for line in proc.stderr:
            if line.startswith("language_model:"):  # the converter is writing the GGUF
                os.kill(proc.pid, signal.SIGINT)
                break
        _out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    deadline = time.monotonic() + 10
    while paths.bundles_dir().exists() and list(paths.bundles_dir().iterdir()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert list(paths.bundles_dir().iterdir()) == []
