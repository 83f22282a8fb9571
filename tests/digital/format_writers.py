"""Write real LUDB signals into HL7 aECG, GE MUSE and EDF+ files, as carts and archives lay them out."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from pathlib import Path

import numpy as np

MDC = {"I": "MDC_ECG_LEAD_I", "II": "MDC_ECG_LEAD_II", "III": "MDC_ECG_LEAD_III", "aVR": "MDC_ECG_LEAD_AVR",
       "aVL": "MDC_ECG_LEAD_AVL", "aVF": "MDC_ECG_LEAD_AVF", "V1": "MDC_ECG_LEAD_V1", "V2": "MDC_ECG_LEAD_V2",
       "V3": "MDC_ECG_LEAD_V3", "V4": "MDC_ECG_LEAD_V4", "V5": "MDC_ECG_LEAD_V5", "V6": "MDC_ECG_LEAD_V6"}


def write_aecg(path: Path, sig_mv: np.ndarray, fs: float, leads: Sequence[str], scale_uv: float = 5.0) -> Path:
    comps = [f"""<component><sequence><code code="TIME_ABSOLUTE" codeSystem="2.16.840.1.113883.5.4"/>
<value xsi:type="GLIST_TS"><head value="20260101120000.000"/><increment value="{1.0 / fs:g}" unit="s"/></value>
</sequence></component>"""]
    for name, x in zip(leads, sig_mv, strict=True):
        digits = " ".join(str(int(v)) for v in np.round(x * 1000.0 / scale_uv))
        comps.append(f"""<component><sequence><code code="{MDC[name]}" codeSystem="2.16.840.1.113883.6.24"/>
<value xsi:type="SLIST_PQ"><origin value="0" unit="uV"/><scale value="{scale_uv:g}" unit="uV"/>
<digits>{digits}</digits></value></sequence></component>""")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<AnnotatedECG xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<id root="2.16.840.1.113883.3.1"/><code code="93000" codeSystem="2.16.840.1.113883.6.12"/>
<component><series><code code="RHYTHM" codeSystem="2.16.840.1.113883.5.4"/>
<component><sequenceSet>{''.join(comps)}</sequenceSet></component></series></component></AnnotatedECG>
"""
    path.write_text(xml, encoding="utf-8")
    return path


def write_muse(path: Path, sig_mv: np.ndarray, fs: float, leads: Sequence[str], uv_per_bit: float = 4.88) -> Path:
    parts = []
    for name, x in zip(leads, sig_mv, strict=True):
        data = base64.b64encode(np.round(x * 1000.0 / uv_per_bit).astype("<i2").tobytes()).decode()
        parts.append(f"""<LeadData><LeadByteCountTotal>{2 * x.size}</LeadByteCountTotal>
<LeadSampleCountTotal>{x.size}</LeadSampleCountTotal><LeadAmplitudeUnitsPerBit>{uv_per_bit}</LeadAmplitudeUnitsPerBit>
<LeadAmplitudeUnits>MICROVOLTS</LeadAmplitudeUnits><LeadID>{name}</LeadID><WaveFormData>{data}</WaveFormData></LeadData>""")
    xml = f"""<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE RestingECG SYSTEM "restecg.dtd">
<RestingECG><MuseInfo><MuseVersion>9.0.9.18167</MuseVersion></MuseInfo>
<Waveform><WaveformType>Median</WaveformType><SampleBase>500</SampleBase></Waveform>
<Waveform><WaveformType>Rhythm</WaveformType><WaveformStartTime>0</WaveformStartTime>
<NumberofLeads>{len(leads)}</NumberofLeads><SampleType>CONTINUOUS_SAMPLES</SampleType>
<SampleBase>{int(fs)}</SampleBase><SampleExponent>0</SampleExponent>{''.join(parts)}</Waveform></RestingECG>
"""
    path.write_text(xml, encoding="latin-1")
    return path


def write_edf(path: Path, sig_mv: np.ndarray, fs: float, leads: Sequence[str]) -> Path:
    n_sig, n = sig_mv.shape
    per_rec = int(fs)  # 1-s data records
    n_rec = n // per_rec
    pmin, pmax = -32.768, 32.767  # mV
    head = "0".ljust(8) + "X X X X".ljust(80) + "Startdate 01-JAN-2026 X X X".ljust(80)
    head += "01.01.26" + "12.00.00" + str(256 * (n_sig + 1)).ljust(8) + "EDF+C".ljust(44)
    head += str(n_rec).ljust(8) + "1".ljust(8) + str(n_sig).ljust(4)
    fields = [[f"ECG {x}".ljust(16) for x in leads], ["AgAgCl electrode".ljust(80)] * n_sig, ["mV".ljust(8)] * n_sig,
              [f"{pmin}".ljust(8)] * n_sig, [f"{pmax}".ljust(8)] * n_sig, ["-32768".ljust(8)] * n_sig,
              ["32767".ljust(8)] * n_sig, ["HP:0.05Hz".ljust(80)] * n_sig, [str(per_rec).ljust(8)] * n_sig,
              ["".ljust(32)] * n_sig]
    head += "".join("".join(f) for f in fields)
    digital = np.round((sig_mv[:, : n_rec * per_rec] - pmin) * 65535 / (pmax - pmin) - 32768).astype("<i2")
    body = digital.reshape(n_sig, n_rec, per_rec).transpose(1, 0, 2).tobytes()
    path.write_bytes(head.encode("ascii") + body)
    return path
