"""Emitting signals from Python many times must not wear out the reference count of True."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QObject, Signal

import pulse_desktop.gui  # noqa: F401  (installs the work-around when needed)
from pulse_desktop.gui.qt_compat import emit_loses_a_reference


class Emitter(QObject):
    value = Signal(object)
    flag = Signal(bool)


def test_emits_leave_true_alone(qtbot):
    emitter = Emitter()
    got = []
    emitter.value.connect(got.append)
    before = sys.getrefcount(True)
    for i in range(5000):
        emitter.value.emit(i)
        emitter.flag.emit(True)
    assert len(got) == 5000
    assert abs(sys.getrefcount(True) - before) < 50
    assert not emit_loses_a_reference()


def test_a_long_stream_of_emits_does_not_abort_the_interpreter():
    """50 000 emits in a fresh interpreter (more than True's reference count there): exits cleanly."""
    code = ("import pulse_desktop.gui\n"
            "from PySide6.QtCore import QObject, Signal, QCoreApplication\n"
            "app = QCoreApplication([])\n"
            "class E(QObject):\n    s = Signal(int)\n"
            "e = E()\nfor i in range(50000):\n    e.s.emit(i)\nprint('ok')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]
