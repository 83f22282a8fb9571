"""The Linux package, unpacked into a temporary root and run with the network denied.

Builds the frozen app with installer/build.py (about 2 minutes here), unpacks the .deb with dpkg-deb, and
runs the frozen binary inside `unshare -rn` (a new network namespace with no interfaces): selftest,
interpret on a real ECG image with the tiny bundle writing a PDF, and the window starting and quitting.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from pypdf import PdfReader

from tests.support.paths import REPO, ecg_image_files

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux package")]


def _require(tool: str) -> str:
    path = shutil.which(tool)
    assert path, f"{tool} is needed to test the Linux package"
    return path


@pytest.fixture(scope="module")
def installed_root(tmp_path_factory):
    _require("dpkg-deb")
    build_dir = tmp_path_factory.mktemp("build")
    # this venv's llama.cpp is the default native build (the README's install): allowed here, for this machine
    result = subprocess.run([sys.executable, str(REPO / "installer" / "build.py"), "--allow-single-cpu-build",
                             "--allow-cpu-only"],
                            cwd=REPO,
                            env={**os.environ, "PULSE_BUILD_DIR": str(build_dir)},
                            capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    report = json.loads((build_dir / "packages" / "build-report.json").read_text())
    assert report["llama_cpu_build"] in ("single", "portable")
    debs = [name for name in report["packages"] if name.endswith(".deb")]
    assert len(debs) == 1
    root = tmp_path_factory.mktemp("debroot")
    subprocess.run(["dpkg-deb", "-x", str(build_dir / "packages" / debs[0]), str(root)], check=True)
    print(f"frozen build: {report}")
    return root


def _run_offline(root, args, home, **env_extra):
    binary = root / "opt" / "pulse-desktop" / "pulse-desktop"
    assert os.access(binary, os.X_OK)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "PULSE_HOME": str(home / "pulse"),
           "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **env_extra}
    return subprocess.run([_require("unshare"), "-rn", str(binary), *args], env=env,
                          capture_output=True, text=True, timeout=600)


def test_package_layout(installed_root):
    assert (installed_root / "usr" / "bin" / "pulse-desktop").is_symlink()
    desktop = (installed_root / "usr/share/applications/pulse-desktop.desktop").read_text()
    assert "Exec=pulse-desktop" in desktop
    assert (installed_root / "usr/share/icons/hicolor/256x256/apps/pulse-desktop.png").is_file()
    internal = installed_root / "opt" / "pulse-desktop" / "_internal"
    assert not (internal / "torch").exists() and not (internal / "transformers").exists()
    assert not (internal / "tests").exists()


def test_selftest_passes_offline(installed_root, tmp_path):
    result = _run_offline(installed_root, ["selftest", "--json"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    names = {c["name"]: c["ok"] for c in report["checks"]}
    assert names["llama_cpp"] and names["onnxruntime"] and names["qt"]


def test_window_starts_and_quits_offline(installed_root, tmp_path):
    result = _run_offline(installed_root, [], tmp_path, PULSE_QUIT_AFTER_MS="1500")
    assert result.returncode == 0, result.stdout + result.stderr


def test_interpret_writes_a_pdf_offline(installed_root, tmp_path, tiny_bundle_f32_flat):
    import_result = _run_offline(installed_root, ["models", "import", str(tiny_bundle_f32_flat)], tmp_path)
    assert import_result.returncode == 0, import_result.stdout + import_result.stderr
    pdf = tmp_path / "report.pdf"
    image = ecg_image_files()[0]
    result = _run_offline(installed_root, ["interpret", str(image), "--patient-name", "Frozen Test",
                                           "--patient-id", "FZ-1", "--max-new-tokens", "8",
                                           "--accept-warnings-by", "Dr Frozen",
                                           "--pdf", str(pdf)], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Frozen Test" in text and "UNCONFIRMED" in text
