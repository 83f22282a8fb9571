"""Write small WFDB records (format 16) for the bad-input tests, and where LUDB is."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from tests.support.paths import LUDB  # noqa: F401 - where LUDB is: tests/data/ludb, or the shared set


def write_wfdb(folder: Path, name: str, signals_mv: np.ndarray, fs: float,
               leads: Sequence[str] | None = None, gain: float = 1000.0, units: str = "mV") -> Path:
    """Write ``signals_mv`` [n_leads, n] as ``name``.hea/.dat (format 16, ``gain`` ADC units per ``units``)."""
    sig = np.atleast_2d(np.asarray(signals_mv, np.float64))
    n_leads, n = sig.shape
    leads = list(leads or [f"lead{i}" for i in range(n_leads)])
    adc = np.clip(np.round(sig * gain), -32767, 32767).astype("<i2")
    (folder / f"{name}.dat").write_bytes(adc.T.tobytes())
    lines = [f"{name} {n_leads} {fs:g} {n}"]
    lines += [f"{name}.dat 16 {gain:g}/{units} 16 0 0 0 0 {lead}" for lead in leads]
    hea = folder / f"{name}.hea"
    hea.write_text("\n".join(lines) + "\n", encoding="ascii")
    return hea


def ludb_signals(record: int = 1) -> np.ndarray:
    """LUDB record ``record`` as [12, 5000] mV (I, II, III, aVR, aVL, aVF, V1-V6), read independently."""
    hea = (LUDB / f"{record}.hea").read_text().splitlines()
    n_sig = int(hea[0].split()[1])
    raw = np.fromfile(LUDB / f"{record}.dat", "<i2").reshape(-1, n_sig).T.astype(float)
    out = []
    for i, line in enumerate(hea[1:1 + n_sig]):
        gain_field = line.split()[2]
        gain = float(gain_field.split("(")[0])
        base = int(gain_field.split("(")[1].split(")")[0])
        out.append((raw[i] - base) / gain)
    return np.asarray(out)


STANDARD = ("I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6")
