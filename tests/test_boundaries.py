"""The design's boundaries, enforced: import-linter contracts and ruff."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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


@pytest.mark.slow  # a minute or two without mypy's cache
def test_the_core_type_checks():
    """mypy on pulse_desktop/core with the settings in pyproject.toml ([tool.mypy])."""
    result = subprocess.run([_tool("mypy")], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_a_type_error_in_the_core_is_caught(tmp_path):
    """The type check can fail: a core module with a wrong type is caught."""
    offender = REPO / "pulse_desktop" / "core" / "_type_probe_offender.py"
    offender.write_text("def half(x: int) -> int:\n    return x / 2  # deliberately wrong\n")
    try:
        result = subprocess.run([_tool("mypy"), "--cache-dir", str(tmp_path / "cache"), str(offender)], cwd=REPO,
                                capture_output=True, text=True, timeout=600)
    finally:
        offender.unlink()
    assert result.returncode != 0 and "_type_probe_offender.py:2: error" in result.stdout, result.stdout
