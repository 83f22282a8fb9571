"""Work-arounds for defects of the installed PySide6, each detected at start and applied only when present.

PySide6 6.12.0: ``SignalInstance.emit`` returns ``True`` without taking a reference to it, so every emit
from Python lowers the reference count of ``True`` by one. After some thousands of emits (an answer
streams one signal per token) the interpreter aborts with "bool_dealloc: deallocating True or False".
The patch adds the missing reference. It is applied only when a probe emit shows the defect, so a fixed
PySide6 is left untouched.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_Py_IncRef = ctypes.pythonapi.Py_IncRef
_Py_IncRef.argtypes = [ctypes.py_object]
_Py_IncRef.restype = None


class _Probe(QObject):
    ping = Signal()


def emit_loses_a_reference() -> bool:
    """True when ``SignalInstance.emit`` returns a result it holds no reference to (the 6.12.0 defect)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        for _ in range(lost):  # give back what the probe itself took
            _Py_IncRef(True)
    return lost >= 8


def fix_signal_emit_refcount() -> bool:
    """Patch ``SignalInstance.emit`` if it has the defect; True when patched (idempotent)."""
    if getattr(SignalInstance.emit, "_pulse_refcount_fix", False):
        return True
    if not emit_loses_a_reference():
        return False
    original = SignalInstance.emit

    def emit(self, *args):  # type: ignore[no-untyped-def]
        result = original(self, *args)
        _Py_IncRef(result)  # the reference that PySide6 did not take
        return result

    emit._pulse_refcount_fix = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True


fix_signal_emit_refcount()
