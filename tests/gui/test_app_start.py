"""The README's first command opens the window: `pulse-desktop` with no arguments starts the GUI, shows the
first-run Models screen on a fresh data folder, and quits cleanly (PULSE_QUIT_AFTER_MS, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.support.paths import REPO


def test_pulse_desktop_opens_the_window_and_quits(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PULSE_HOME=str(tmp_path), PULSE_QUIT_AFTER_MS="1500")
    done = subprocess.run([sys.executable, "-m", "pulse_desktop"], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert (tmp_path / "window-state.ini").is_file()  # the window closed through its own close path
    assert (tmp_path / "logs" / "pulse-desktop.log").is_file()
