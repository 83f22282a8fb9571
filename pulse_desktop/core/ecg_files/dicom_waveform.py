"""DICOM 12-lead ECG Waveform Storage (and General ECG) through pydicom.

The first multiplex group labelled RHYTHM (else the first group with the most samples) is read; the median
beat groups some carts add are ignored. Channel sensitivity, its correction factor, baseline and units
(uV/mV) come from the channel definitions.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from pulse_desktop.core.ecg_files.recording import RawRecording
from pulse_desktop.core.errors import UnreadableInputError

_HINT = "Export the ECG from the cart or archive as a DICOM 12-lead ECG waveform object."
_UNITS_TO_MV = {"uv": 1e-3, "mv": 1.0, "v": 1e3}


def read_dicom_ecg(path: Path) -> RawRecording:
    try:
        import pydicom
        from pydicom.errors import InvalidDicomError
    except ImportError as exc:
        raise UnreadableInputError(f"{path.name} is a DICOM file, and DICOM support (pydicom) is not installed.",
                                   "Reinstall PULSE Desktop, or export the ECG as HL7 aECG or WFDB.") from exc

    try:
        ds = pydicom.dcmread(str(path))
    except (InvalidDicomError, OSError, EOFError, ValueError) as exc:
        raise UnreadableInputError(f"{path.name} is not a readable DICOM file ({exc}).", _HINT) from exc
    groups = list(ds.get("WaveformSequence", []))
    if not groups:
        raise UnreadableInputError(f"{path.name} is a DICOM file without an ECG waveform (it may be an image).",
                                   _HINT)
    index = _rhythm_group(groups)
    group = groups[index]
    fs = float(group.SamplingFrequency)
    raw = np.asarray(ds.waveform_array(index), np.float64)  # [samples, channels], sensitivity applied
    names, scales = [], []
    for k, ch in enumerate(group.ChannelDefinitionSequence):
        source = ch.ChannelSourceSequence[0] if "ChannelSourceSequence" in ch else None
        names.append(str(source.CodeMeaning) if source is not None else f"channel {k + 1}")
        unit = "uv"
        if "ChannelSensitivityUnitsSequence" in ch:
            unit = str(ch.ChannelSensitivityUnitsSequence[0].CodeValue).lower()
        if unit not in _UNITS_TO_MV:
            raise UnreadableInputError(f"{path.name}: channel {names[-1]} is in '{unit}', not a voltage.", _HINT)
        scales.append(_UNITS_TO_MV[unit])
    samples = raw.T * np.asarray(scales)[:, None]
    label = str(group.get("MultiplexGroupLabel", "")).strip()
    notes = (f"DICOM waveform group '{label or index + 1}' of {len(groups)} read.",) if len(groups) > 1 else ()
    return RawRecording(tuple(_lead_name(n) for n in names), samples, fs, "DICOM 12-lead ECG waveform", notes)


def _rhythm_group(groups: list) -> int:
    for i, g in enumerate(groups):
        if "RHYTHM" in str(g.get("MultiplexGroupLabel", "")).upper():
            return i
    return max(range(len(groups)), key=lambda i: int(groups[i].NumberOfWaveformSamples))


def _lead_name(meaning: str) -> str:
    """'Lead I (Einthoven)' -> 'I'; 'Lead aVR' -> 'aVR'."""
    text = meaning.replace("(Einthoven)", "").replace("(Goldberger)", "").strip()
    return text[5:].strip() if text.lower().startswith("lead ") else text
