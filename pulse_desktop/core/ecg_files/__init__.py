"""Digital ECG files in: one :class:`Recording` whatever the format.

    rec = read_recording("record.hea")      # or .xml, .dcm, .edf ...
    rec.samples_mv                          # [12, 5000] float mV, STANDARD_LEADS order, NaN = lead missing
    rec.notes                               # what was assumed, resampled, derived or cut

``is_digital_ecg_file(path)`` says whether ``read_recording`` should be tried (by name and first bytes).
"""

from __future__ import annotations

from pulse_desktop.core.ecg_files.dispatch import is_digital_ecg_file, read_recording
from pulse_desktop.core.ecg_files.recording import STANDARD_LEADS, RawRecording, Recording

__all__ = ["STANDARD_LEADS", "RawRecording", "Recording", "is_digital_ecg_file", "read_recording"]
