"""The slow tier: every module tests/conftest.py lists still exists, and `-m "not slow"` leaves them out."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import SLOW_MODULES
from tests.support.paths import REPO


def test_every_listed_slow_module_exists():
    missing = [name for name in SLOW_MODULES if not (REPO / name).is_file()]
    assert not missing, f"tests/conftest.py SLOW_MODULES lists files that are gone: {missing}"


def test_the_quick_loop_leaves_the_slow_modules_out():
    listed = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-m", "not slow",
                             "tests/gui/test_screenshots.py", "tests/test_tiers.py"],
                            cwd=REPO, capture_output=True, text=True, timeout=300,
                            env={k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"})
    names = [line for line in listed.stdout.splitlines() if "::" in line]
    assert names and all(n.startswith("tests/test_tiers.py::") for n in names), listed.stdout[-2000:]


def _pytest_without_torch(ci: str) -> subprocess.CompletedProcess:
    code = ("import sys; sys.modules['torch'] = None; import pytest; "
            "raise SystemExit(pytest.main(['-q', '-p', 'no:cacheprovider', "
            "'tests/test_tiers.py::test_every_listed_slow_module_exists']))")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS")}  # not CI's junit file
    if ci:
        env["CI"] = ci
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=300)


def test_in_ci_a_missing_torch_stops_the_run_instead_of_skipping():
    stopped = _pytest_without_torch("true")
    assert stopped.returncode != 0 and "CI: torch" in stopped.stdout + stopped.stderr, stopped.stdout[-2000:]
    assert _pytest_without_torch("").returncode == 0  # outside CI the fidelity tests may skip
