"""`pulse-desktop selftest` reports the install and fails when something essential is missing."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.support.paths import REPO


def _run(args, env_extra=None, pythonpath_first=None):
    env = dict(os.environ)
    env.update(env_extra or {})
    if pythonpath_first:
        env["PYTHONPATH"] = os.pathsep.join([str(pythonpath_first), str(REPO)])
    return subprocess.run([sys.executable, "-m", "pulse_desktop", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def test_version():
    result = _run(["--version"])
    assert result.returncode == 0
    assert result.stdout.startswith("pulse-desktop ")


def test_selftest_json_reports_every_field(pulse_home):
    result = _run(["selftest", "--json"])
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    checks = {c["name"]: c for c in report["checks"]}
    assert set(checks) >= {"python", "llama_cpp", "onnxruntime", "data_folder", "bundles", "qt"}
    assert checks["python"]["data"]["version"].count(".") == 2
    assert checks["llama_cpp"]["data"]["gpu_backend"] in {"none", "CUDA", "Metal", "Vulkan", "ROCm", "SYCL"}
    assert isinstance(checks["llama_cpp"]["data"]["gpu_offload"], bool)
    assert "CPUExecutionProvider" in checks["onnxruntime"]["data"]["providers"]
    assert checks["qt"]["data"]["qt"].startswith("6.")
    assert checks["qt"]["data"]["platform_plugin"] == "offscreen"
    assert checks["data_folder"]["data"]["path"] == str(pulse_home)
    assert checks["bundles"]["data"]["installed"] == []


def test_selftest_fails_naming_onnxruntime_when_it_cannot_be_imported(tmp_path):
    blocker = tmp_path / "onnxruntime"
    blocker.mkdir()
    (blocker / "__init__.py").write_text("raise ImportError('onnxruntime is broken in this test')\n")
    result = _run(["selftest"], pythonpath_first=tmp_path)
    assert result.returncode != 0
    assert "onnxruntime" in result.stdout and "FAIL" in result.stdout


def test_no_arguments_would_open_the_gui_and_help_lists_commands():
    result = _run(["--help"])
    assert result.returncode == 0
    assert "selftest" in result.stdout
