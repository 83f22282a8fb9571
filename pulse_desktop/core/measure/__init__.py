"""Intervals, rate and axes from a digital recording: ``measure(recording) -> Measurements``.

A value that cannot be measured is ``None`` with the reason in ``Measurements.reasons``; never a guess.
"""

from __future__ import annotations

from pulse_desktop.core.measure.measure_recording import measure, measure_array
from pulse_desktop.core.measure.result import FIELDS, METHOD, VERSION, Measurements

__all__ = ["FIELDS", "METHOD", "VERSION", "Measurements", "measure", "measure_array"]
