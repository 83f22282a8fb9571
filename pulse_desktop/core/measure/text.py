"""Measurements as plain-text lines, for the command line (``measure``, ``studies show``)."""

from __future__ import annotations

from pulse_desktop.core.measure.result import Measurements

UNITS = {"heart_rate_bpm": "bpm", "rr_ms": "ms", "p_ms": "ms", "pr_ms": "ms", "qrs_ms": "ms", "qt_ms": "ms",
         "qtc_ms": "ms", "qtc_fridericia_ms": "ms", "p_axis_deg": "°", "qrs_axis_deg": "°", "t_axis_deg": "°"}
LABELS = {"heart_rate_bpm": "Heart rate", "rr_ms": "RR", "p_ms": "P duration", "pr_ms": "PR", "qrs_ms": "QRS",
          "qt_ms": "QT", "qtc_ms": "QTc (Bazett)", "qtc_fridericia_ms": "QTc (Fridericia)",
          "p_axis_deg": "P axis", "qrs_axis_deg": "QRS axis", "t_axis_deg": "T axis"}


def measurement_lines(m: Measurements, extra_notes: tuple[str, ...] = ()) -> list[str]:
    """One line per value ("not measured: reason" where there is none), the rhythm facts, the notes and who
    measured it; ``extra_notes`` (e.g. the recording's) come before the measurement notes."""
    d = m.to_dict()
    lines = []
    for key, label in LABELS.items():
        value = d[key]
        shown = f"{value} {UNITS[key]}" if value is not None else f"not measured: {m.reasons.get(key, '')}"
        lines.append(f"{label:<17} {shown}")
    rhythm = {True: "regular", False: "irregular", None: "unknown"}[m.rhythm_regular]
    p = {True: "present", False: "not found", None: "unknown"}[m.p_waves_present]
    lines.append(f"{'Rhythm':<17} {rhythm}; P waves {p}; {m.beats_detected} beats ({m.beats_used} in the median beat)")
    lines.extend(f"Note: {note}" for note in (*extra_notes, *m.notes))
    lines.append(f"Measured by PULSE Desktop from the digital recording (method {m.version}: {m.method}); "
                 "computer measurements, to be confirmed by a clinician.")
    return lines
