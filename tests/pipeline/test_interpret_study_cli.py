"""`pulse-desktop interpret IMAGE --patient-name ... --pdf OUT.pdf` records a study and writes its report
(through the study workflow: checked first, warnings accepted by name)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pypdf import PdfReader

from tests.support.paths import REPO, ecg_image_files


def _cli(*args, home):
    env = dict(os.environ, PULSE_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "pulse_desktop", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=900)


def test_interpret_records_a_study_and_writes_its_report(tiny_bundle_f32_flat, pulse_home, tmp_path):
    assert _cli("models", "import", str(tiny_bundle_f32_flat), home=pulse_home).returncode == 0
    pdf = tmp_path / "report.pdf"
    result = _cli("interpret", str(ecg_image_files()[2]), "--patient-name", "Ana <Díaz> & Co",
                  "--patient-id", "H-204", "--sex", "female", "--dob", "1961-03-02", "--max-new-tokens", "8",
                  "--accept-warnings-by", "Dr Test",
                  "--pdf", str(pdf), "--json", home=pulse_home)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Ana <Díaz> & Co" in text and "H-204" in text and "UNCONFIRMED" in text
    assert summary["study_id"] in text
    listed = json.loads(_cli("studies", "list", "--json", home=pulse_home).stdout)
    ids = [s.get("study_id") or s.get("id") for s in (listed if isinstance(listed, list) else listed["studies"])]
    assert summary["study_id"] in ids
    shown = _cli("studies", "show", summary["study_id"], "--json", home=pulse_home)
    assert shown.returncode == 0 and summary["answer"] in shown.stdout


def test_a_blocked_picture_is_saved_but_not_interpreted(tiny_bundle_f32_flat, pulse_home, tmp_path):
    from PIL import Image

    assert _cli("models", "import", str(tiny_bundle_f32_flat), home=pulse_home).returncode == 0
    blank = tmp_path / "blank page.png"
    Image.new("RGB", (1400, 1000), "white").save(blank)
    result = _cli("interpret", str(blank), "--patient-name", "Blank", "--pdf", str(tmp_path / "x.pdf"),
                  home=pulse_home)
    assert result.returncode == 3, result.stderr
    assert "not interpreted" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()
    assert "Blank" in _cli("studies", "list", home=pulse_home).stdout
