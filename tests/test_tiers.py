"""The slow tier: every module tests/conftest.py lists still exists, and `-m "not slow"` leaves them out."""

from __future__ import annotations

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
                            cwd=REPO, capture_output=True, text=True, timeout=300)
    names = [line for line in listed.stdout.splitlines() if "::" in line]
    assert names and all(n.startswith("tests/test_tiers.py::") for n in names), listed.stdout[-2000:]
