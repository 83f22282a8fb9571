"""EDF and EDF+ (European Data Format): a 256-byte header, 256 bytes per signal, then data records of
little-endian int16. Physical value = (digital - dmin) × (pmax - pmin) / (dmax - dmin) + pmin. EDF+
annotation signals are skipped; EDF+D (discontinuous) is read as if continuous, and said.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from pulse_desktop.core.ecg_files.recording import RawRecording
from pulse_desktop.core.errors import UnreadableInputError

_HINT = "Export the ECG again as EDF or EDF+."
_DIM_TO_MV = {"uv": 1e-3, "mv": 1.0, "v": 1e3}


def read_edf(path: Path) -> RawRecording:
    data = path.read_bytes()
    if len(data) < 256 or not data[:8].strip() == b"0":
        raise UnreadableInputError(f"{path.name} is not an EDF file (bad header).", _HINT)
    try:
        head = data[:256].decode("ascii")
        n_header = int(head[184:192])
        reserved = head[192:236].strip()
        n_records = int(head[236:244])
        duration = float(head[244:252])
        ns = int(head[252:256])
    except (UnicodeDecodeError, ValueError) as exc:
        raise UnreadableInputError(f"{path.name}: the EDF header cannot be read.", _HINT) from exc
    if ns < 1 or n_header != 256 * (ns + 1) or len(data) < n_header:
        raise UnreadableInputError(f"{path.name}: the EDF header is inconsistent or cut short.", _HINT)
    sig = data[256:n_header].decode("latin-1")

    def field(offset: int, width: int) -> list[str]:
        base = offset * ns
        return [sig[base + i * width: base + (i + 1) * width].strip() for i in range(ns)]

    labels = field(0, 16)
    dims = field(16 + 80, 8)
    pmin, pmax = (np.array([float(v) for v in field(o, 8)]) for o in (16 + 80 + 8, 16 + 80 + 16))
    dmin, dmax = (np.array([float(v) for v in field(o, 8)]) for o in (16 + 80 + 24, 16 + 80 + 32))
    per_record = np.array([int(v) for v in field(16 + 80 + 40 + 80, 8)])
    notes = []
    rec_samples = int(per_record.sum())
    available = (len(data) - n_header) // (2 * rec_samples) if rec_samples else 0
    if n_records < 0 or n_records > available:
        if n_records > available:
            notes.append(f"The file holds {available} of its {n_records} data records: it was cut short.")
        n_records = available
    if n_records == 0 or duration <= 0:
        raise UnreadableInputError(f"{path.name} holds no data.", _HINT)
    if reserved.startswith("EDF+D"):
        notes.append("EDF+D (discontinuous) file read as one continuous recording.")
    raw = np.frombuffer(data[n_header:n_header + 2 * rec_samples * n_records], "<i2")
    raw = raw.reshape(n_records, rec_samples)
    keep = [i for i, lab in enumerate(labels) if lab != "EDF Annotations"]
    rates = {per_record[i] for i in keep}
    if len(rates) != 1:
        fastest = max(rates)
        notes.append("Signals with other sampling rates than the fastest were left out.")
        keep = [i for i in keep if per_record[i] == fastest]
    starts = np.concatenate([[0], np.cumsum(per_record)])
    names, leads = [], []
    for i in keep:
        digital = raw[:, starts[i]:starts[i + 1]].reshape(-1).astype(np.float64)
        span = dmax[i] - dmin[i]
        if span == 0:
            raise UnreadableInputError(f"{path.name}: signal {labels[i]} has no digital range.", _HINT)
        phys = (digital - dmin[i]) * (pmax[i] - pmin[i]) / span + pmin[i]
        unit = dims[i].lower().replace("µ", "u")
        if unit not in _DIM_TO_MV:
            notes.append(f"Signal {labels[i]} in '{dims[i]}' left out (not a voltage).")
            continue
        names.append(labels[i].replace("ECG", "").strip() or labels[i])
        leads.append(phys * _DIM_TO_MV[unit])
    if not leads:
        raise UnreadableInputError(f"{path.name} holds no voltage signals.", _HINT)
    fs = float(per_record[keep[0]]) / duration
    return RawRecording(tuple(names), np.stack(leads), fs, "EDF+" if reserved.startswith("EDF+") else "EDF",
                        tuple(notes))
