"""`pulse-desktop models ...` as a user runs it: exit codes, messages, and what ends up on disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pulse_desktop.core import paths
from tests.bundle.fake_bundles import flip_byte, make_fake_bundle
from tests.support.paths import REPO


def models(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pulse_desktop", "models", *args], cwd=REPO, env=dict(os.environ),
                          capture_output=True, text=True, timeout=120, input=stdin)


def test_full_cycle_import_list_verify_alter_remove(tmp_path, pulse_home):
    src = make_fake_bundle(tmp_path / "src", name="tiny-fake", sizes={"model.gguf": 40_000, "vision.onnx": 900})

    empty = models("list")
    assert empty.returncode == 0 and "No model bundle is installed" in empty.stdout

    imported = models("import", str(src))
    assert imported.returncode == 0, imported.stderr
    assert "Imported 'tiny-fake'" in imported.stdout and "not a clinical model" in imported.stdout
    assert "import: 100%" in imported.stderr  # progress goes to stderr

    listed = models("list")
    assert listed.returncode == 0
    row = next(line for line in listed.stdout.splitlines() if line.startswith("tiny-fake"))
    assert "test" in row and "Q8_0" in row and "ok, not a clinical model" in row
    assert "top1_agreement 0.99" in listed.stdout

    as_json = json.loads(models("list", "--json").stdout)
    (entry,) = as_json["bundles"]
    assert entry["name"] == "tiny-fake" and entry["clinical"] is False and entry["valid"] is True
    assert entry["size"] > 40_900 and entry["validation"]["language_model"]["mean_kl"] == 0.002

    ok = models("verify", "tiny-fake")
    assert ok.returncode == 0 and "intact" in ok.stdout

    flip_byte(paths.bundles_dir() / "tiny-fake" / "model.gguf", 12_345)
    bad = models("verify", "tiny-fake")
    assert bad.returncode == 4
    assert "model.gguf" in bad.stderr and "sha256 differs" in bad.stderr
    error_lines = [line for line in bad.stderr.splitlines() if not line.startswith("verify:")]
    assert not any("vision.onnx" in line for line in error_lines)
    assert models("verify", "tiny-fake", "--quick").returncode == 4

    refused = models("remove", "tiny-fake", stdin="")
    assert refused.returncode == 1 and "--yes" in refused.stderr
    removed = models("remove", "tiny-fake", "--yes")
    assert removed.returncode == 0 and "Removed 'tiny-fake'" in removed.stdout
    assert not (paths.bundles_dir() / "tiny-fake").exists()


def test_missing_file_and_unknown_name(tmp_path, pulse_home):
    src = make_fake_bundle(tmp_path / "src", name="b")
    assert models("import", str(src)).returncode == 0
    (paths.bundles_dir() / "b" / "vision.onnx").unlink()
    result = models("verify", "b")
    assert result.returncode == 4 and "vision.onnx: missing" in result.stderr
    assert "BROKEN: vision.onnx is missing" in models("list").stdout
    unknown = models("verify", "nope")
    assert unknown.returncode == 4 and "No installed model bundle is called 'nope'" in unknown.stderr
    assert "Installed: b" in unknown.stderr


def test_import_errors_exit_4_with_a_hint(tmp_path, pulse_home):
    src = make_fake_bundle(tmp_path / "src", name="weak", valid=False)
    refused = models("import", str(src))
    assert refused.returncode == 4
    assert "did not pass its validation" in refused.stderr and "--allow-invalid" in refused.stderr
    forced = models("import", str(src), "--allow-invalid", "--name", "weak-forced")
    assert forced.returncode == 0, forced.stderr
    assert "used by your override" in models("list").stdout
    clash = models("import", str(src), "--allow-invalid", "--name", "weak-forced")
    assert clash.returncode == 4 and "already installed" in clash.stderr
    nothing = models("import", str(tmp_path / "nowhere"))
    assert nothing.returncode == 4 and "No bundle folder" in nothing.stderr
    plain = tmp_path / "plain"
    plain.mkdir()
    not_bundle = models("import", str(plain))
    assert not_bundle.returncode == 4 and "No manifest.json" in not_bundle.stderr


def test_verify_by_path_outside_the_data_folder(tmp_path, pulse_home):
    src = make_fake_bundle(tmp_path / "src", name="b")
    assert models("verify", str(src)).returncode == 0
    (src / "extra.bin").write_bytes(b"x")
    result = models("verify", str(src))
    assert result.returncode == 4 and "extra.bin: not listed in the manifest" in result.stderr
