"""The command line says when settings.json cannot be used (stderr warning naming the file; selftest's
"settings" check), and goes on with the defaults."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.support.paths import REPO


def _run(args, home):
    env = dict(os.environ, PULSE_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "pulse_desktop", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_damaged_settings_file_is_named_on_stderr_and_the_command_still_runs(pulse_home):
    (pulse_home / "settings.json").write_text("{not json", encoding="utf-8")
    done = _run(["models", "list"], pulse_home)
    assert done.returncode == 0, done.stderr
    assert "Warning: The settings file" in done.stderr and str(pulse_home / "settings.json") in done.stderr


def test_selftest_reports_the_settings_file(pulse_home):
    (pulse_home / "settings.json").write_text(json.dumps({"gpu_layers": "many"}), encoding="utf-8")
    done = _run(["selftest", "--json"], pulse_home)
    checks = {c["name"]: c for c in json.loads(done.stdout)["checks"]}
    assert checks["settings"]["ok"] is False and checks["settings"]["essential"] is False
    assert '"gpu_layers"' in checks["settings"]["detail"]
    assert done.stderr.count("Warning:") == 0  # selftest says it once, as a check
    (pulse_home / "settings.json").write_text(json.dumps({"gpu_layers": 0}), encoding="utf-8")
    checks = {c["name"]: c for c in json.loads(_run(["selftest", "--json"], pulse_home).stdout)["checks"]}
    assert checks["settings"]["ok"] is True
