"""ECG XML files: HL7 aECG (FDA annotated ECG) and GE MUSE RestingECG, told apart by their root element.

* HL7 aECG: the first ``series`` of rhythm waveforms; each ``sequence`` coded MDC_ECG_LEAD_* with
  ``SLIST_PQ`` values (origin + scale × digits, unit from ``scale``); the sampling interval is the
  ``increment`` of the time sequence.
* GE MUSE: the ``Waveform`` of type Rhythm; each ``LeadData`` holds base64 little-endian int16 samples with
  ``LeadAmplitudeUnitsPerBit`` (µV per unit); 8 leads (I, II, V1-V6) are usual, the other limb leads are
  derived by the preparation step.
Philips (Sierra) XML: :mod:`pulse_desktop.core.ecg_files.philips_xml`.
"""

from __future__ import annotations

import base64
import binascii
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np

from pulse_desktop.core.ecg_files.recording import RawRecording
from pulse_desktop.core.ecg_files.safe_xml import local, parse_xml
from pulse_desktop.core.errors import UnreadableInputError

_UNIT_TO_MV = {"uv": 1e-3, "mv": 1.0, "v": 1e3, "nv": 1e-6}
_TIME_TO_S = {"s": 1.0, "ms": 1e-3, "us": 1e-6}


def read_ecg_xml(path: Path) -> RawRecording:
    root = parse_xml(path)
    kind = local(root.tag)
    if kind == "AnnotatedECG":
        return _read_aecg(root, path)
    if kind == "RestingECG":
        return _read_muse(root, path)
    if kind == "restingecgdata":
        from pulse_desktop.core.ecg_files.philips_xml import read_philips

        return read_philips(root, path)
    raise UnreadableInputError(f"{path.name} is XML but not an ECG format PULSE reads (root element '{kind}').",
                               "PULSE reads HL7 aECG and GE MUSE XML, DICOM, WFDB and EDF files.")


def _children(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el if local(c.tag) == name]


def _first(el: ET.Element, path: str) -> ET.Element | None:
    for part in path.split("/"):
        found = _children(el, part)
        if not found:
            return None
        el = found[0]
    return el


def _read_aecg(root: ET.Element, path: Path) -> RawRecording:
    for series in root.iter():
        if local(series.tag) != "series":
            continue
        for seq_set in (c for c in series.iter() if local(c.tag) == "sequenceSet"):
            names, leads, step = [], [], None
            for comp in _children(seq_set, "component"):
                seq = _first(comp, "sequence")
                if seq is None:
                    continue
                code_el, value = _first(seq, "code"), _first(seq, "value")
                if code_el is None or value is None:
                    continue
                code = code_el.get("code", "")
                if code.startswith("TIME_"):
                    inc = _first(value, "increment")
                    if inc is not None:
                        unit = inc.get("unit", "s").lower()
                        step = float(inc.get("value", "0")) * _TIME_TO_S.get(unit, 1.0)
                    continue
                digits = _first(value, "digits")
                if digits is None or not (digits.text or "").strip():
                    continue
                scale_el, origin_el = _first(value, "scale"), _first(value, "origin")
                unit = (scale_el.get("unit", "uV") if scale_el is not None else "uV").lower()
                if unit not in _UNIT_TO_MV:
                    raise UnreadableInputError(f"{path.name}: lead {code} is in '{unit}', not a voltage.",
                                               "Export the ECG again.")
                scale = float(scale_el.get("value", "1")) if scale_el is not None else 1.0
                origin = float(origin_el.get("value", "0")) if origin_el is not None else 0.0
                vals = np.array((digits.text or "").split(), dtype=np.float64)
                leads.append((origin + scale * vals) * _UNIT_TO_MV[unit])
                names.append(code)
            if leads:
                if not step or step <= 0:
                    raise UnreadableInputError(f"{path.name}: the sampling interval is missing.",
                                               "Export the ECG again.")
                n = min(x.size for x in leads)
                note = () if all(x.size == n for x in leads) else (
                    f"Leads of unequal length; the common first {n} samples are used.",)
                return RawRecording(tuple(names), np.stack([x[:n] for x in leads]), 1.0 / step, "HL7 aECG XML", note)
    raise UnreadableInputError(f"{path.name} is an HL7 aECG file without waveforms.", "Export the ECG again.")


def _read_muse(root: ET.Element, path: Path) -> RawRecording:
    waveforms = _children(root, "Waveform")
    if not waveforms:
        raise UnreadableInputError(f"{path.name} is a GE MUSE file without waveforms.",
                                   "Export the ECG from MUSE with its waveforms.")
    chosen = next((w for w in waveforms if (_text(w, "WaveformType") or "").lower() == "rhythm"), waveforms[-1])
    fs = float(_text(chosen, "SampleBase") or 0)
    exponent = float(_text(chosen, "SampleExponent") or 0)
    fs *= 10 ** exponent
    names, leads = [], []
    for lead in _children(chosen, "LeadData"):
        name = _text(lead, "LeadID") or ""
        units_per_bit = float(_text(lead, "LeadAmplitudeUnitsPerBit") or 4.88)
        unit = (_text(lead, "LeadAmplitudeUnits") or "MICROVOLTS").upper()
        to_mv = 1.0 if unit.startswith("MILLI") else 1e-3
        try:
            raw = base64.b64decode((_text(lead, "WaveFormData") or "").replace("\n", ""), validate=False)
        except (binascii.Error, ValueError) as exc:
            raise UnreadableInputError(f"{path.name}: the data of lead {name} is damaged.",
                                       "Export the ECG again.") from exc
        vals = np.frombuffer(raw[: len(raw) // 2 * 2], "<i2").astype(np.float64)
        names.append(name)
        leads.append(vals * units_per_bit * to_mv)
    if not leads:
        raise UnreadableInputError(f"{path.name}: the rhythm waveform holds no leads.", "Export the ECG again.")
    n = min(x.size for x in leads)
    return RawRecording(tuple(names), np.stack([x[:n] for x in leads]), fs, "GE MUSE XML")


def _text(el: ET.Element, name: str) -> str | None:
    found = _children(el, name)
    return found[0].text.strip() if found and found[0].text else None
