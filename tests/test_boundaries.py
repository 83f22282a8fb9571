"""The design's boundaries, enforced: import-linter contracts and ruff."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.paths import REPO


def _tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def test_import_contracts_hold():
    result = subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout and "KEPT" in result.stdout


def test_a_qt_import_in_core_breaks_the_contracts(tmp_path):
    """The contracts can fail: a core module that imports PySide6 is caught."""
    offender = REPO / "pulse_desktop" / "core" / "_contract_probe_offender.py"
    offender.write_text("import PySide6.QtCore  # deliberately wrong\n")
    try:
        result = subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=REPO, capture_output=True, text=True)
    finally:
        offender.unlink()
    assert result.returncode != 0
    assert "core never imports Qt" in result.stdout and "BROKEN" in result.stdout


def test_ruff_is_clean():
    result = subprocess.run([_tool("ruff"), "check", "pulse_desktop", "quantize", "tests", "installer"],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
