"""High-DPI: at a fractional scale (150 %) the window renders at full device resolution, not upscaled."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.support.paths import REPO

SCRIPT = r"""
import json, sys
from pulse_desktop.gui.app import make_application
app = make_application([])
from PySide6.QtGui import QGuiApplication
from pulse_desktop.gui.main_window import MainWindow
window = MainWindow()
window.resize(1000, 700)
window.show()
app.processEvents()
shot = window.grab()
print(json.dumps({"ratio": shot.devicePixelRatio(), "size": [shot.width(), shot.height()],
                  "policy": QGuiApplication.highDpiScaleFactorRoundingPolicy().name}))
window.close()
"""


def test_window_renders_at_a_fractional_device_pixel_ratio(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="1.5", PULSE_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    import json

    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["policy"] == "PassThrough"
    assert abs(result["ratio"] - 1.5) < 1e-6
    assert result["size"] == [1500, 1050]  # physical pixels: every logical pixel drawn at 1.5x
