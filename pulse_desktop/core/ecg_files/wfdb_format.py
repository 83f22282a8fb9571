"""A small reader of PhysioNet WFDB records (header ``.hea`` + signal file), no third-party package.

Signal formats 16, 212, 80, 61, 24 and 32 (all of PTB-XL, LUDB, MIT-BIH and most PhysioNet ECG databases);
multi-segment records and the compressed FLAC formats (508/516/524) are refused with a clear message.
Samples equal to the format's "no data" value become NaN. Gain 0 means 200 ADC units per unit (the
WFDB default). Units ``uV``/``mV``/``V`` are converted to millivolts; others are refused.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from pulse_desktop.core.ecg_files.recording import RawRecording
from pulse_desktop.core.errors import UnreadableInputError

_HINT = "Open the record's .hea file with its signal (.dat) file beside it, as exported by the cart or PhysioNet."
_MAX_SAMPLES = 50_000_000
_UNIT_TO_MV = {"mv": 1.0, "uv": 1e-3, "µv": 1e-3, "μv": 1e-3, "v": 1e3, "nu": None}
_SIGNAL = re.compile(
    r"^(?P<file>\S+)\s+(?P<fmt>\d+)(?:x\d+)?(?::\d+)?(?:\+\d+)?"
    r"(?:\s+(?P<gain>[-+\d.eE]+)(?:\((?P<base>-?\d+)\))?(?:/(?P<units>\S+))?"
    r"(?:\s+(?P<adcres>\d+)(?:\s+(?P<adczero>-?\d+)(?:\s+(?P<init>-?\d+)(?:\s+(?P<cksum>-?\d+)"
    r"(?:\s+(?P<bsize>\d+)(?:\s+(?P<desc>.*))?)?)?)?)?)?)?\s*$"
)


def read_wfdb(path: str | Path) -> RawRecording:
    """Read ``path`` (the .hea file, or the .dat beside one) into millivolts."""
    hea = Path(path).with_suffix(".hea")
    try:
        text = hea.read_text(encoding="latin-1")
    except OSError as exc:
        raise UnreadableInputError(f"Cannot read the WFDB header {hea.name}: {exc.strerror or exc}.", _HINT) from exc
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        raise UnreadableInputError(f"{hea.name} is empty: it is not a WFDB header.", _HINT)
    rec = lines[0].split()
    if len(rec) < 2 or "/" in rec[0]:
        if len(rec) >= 2 and "/" in rec[0]:
            raise UnreadableInputError(f"{hea.name} is a multi-segment WFDB record, which is not supported.",
                                       "Export a single-segment record.")
        raise UnreadableInputError(f"{hea.name} does not start with a WFDB record line.", _HINT)
    try:
        n_sig = int(rec[1])
        fs = float(rec[2].split("/")[0].split("(")[0]) if len(rec) > 2 else 250.0
        n_samp = int(rec[3]) if len(rec) > 3 else 0
    except ValueError as exc:
        raise UnreadableInputError(f"{hea.name}: the record line '{lines[0]}' is not valid WFDB.", _HINT) from exc
    if n_sig < 1 or len(lines) < 1 + n_sig:
        raise UnreadableInputError(f"{hea.name} declares {n_sig} signals but describes {len(lines) - 1}.", _HINT)
    if not 0 < fs <= 1e6:
        raise UnreadableInputError(f"{hea.name}: sampling frequency {fs} Hz is not plausible.", _HINT)
    specs = []
    for ln in lines[1:1 + n_sig]:
        m = _SIGNAL.match(ln)
        if not m:
            raise UnreadableInputError(f"{hea.name}: cannot read the signal line '{ln}'.", _HINT)
        specs.append(m.groupdict())
    notes: list[str] = []
    groups: dict[str, list[int]] = {}
    for i, s in enumerate(specs):
        if "/" in s["file"] or "\\" in s["file"] or s["file"] in (".", ".."):
            raise UnreadableInputError(f"{hea.name} points to a signal file outside its folder ({s['file']}).",
                                       "Keep the .hea and .dat files together and open the .hea file.")
        groups.setdefault(s["file"], []).append(i)
    columns: list[np.ndarray | None] = [None] * n_sig
    formats = set()
    for fname, idx in groups.items():
        fmts = {int(specs[i]["fmt"]) for i in idx}
        if len(fmts) != 1:
            raise UnreadableInputError(f"{hea.name}: signals in {fname} mix formats {sorted(fmts)}.", _HINT)
        fmt = fmts.pop()
        formats.add(fmt)
        data = _read_file(hea.parent / fname, fmt, len(idx), n_samp, hea.name)
        for col, i in enumerate(idx):
            columns[i] = data[:, col]
    n = min(c.size for c in columns if c is not None)
    if n_samp and n < n_samp:
        notes.append(f"The signal file is shorter than its header says ({n} of {n_samp} samples): it was cut short.")
    if n == 0:
        raise UnreadableInputError(f"{hea.name}: the signal file holds no samples.", _HINT)
    out = np.empty((n_sig, n), np.float64)
    names = []
    for i, s in enumerate(specs):
        gain = float(s["gain"]) if s["gain"] else 200.0
        if gain == 0:
            gain = 200.0
        base = int(s["base"]) if s["base"] is not None else int(s["adczero"] or 0)
        unit = (s["units"] or "mV").strip().lower()
        scale = _UNIT_TO_MV.get(unit)
        if scale is None:
            raise UnreadableInputError(f"{hea.name}: signal {i + 1} is in '{s['units']}', not a voltage.",
                                       "Export the ECG leads in volts, millivolts or microvolts.")
        column = columns[i]
        assert column is not None  # every signal belongs to a file that was read
        adc = column[:n]
        out[i] = np.where(np.isnan(adc), np.nan, (adc - base) / gain * scale)
        names.append((s["desc"] or f"signal {i + 1}").strip())
    fmt_text = "/".join(str(f) for f in sorted(formats))
    return RawRecording(tuple(names), out, fs, f"WFDB (format {fmt_text})", tuple(notes))


def _read_file(path: Path, fmt: int, n_sig: int, n_samp: int, hea_name: str) -> np.ndarray:
    """[n, n_sig] float64 ADC values, NaN for the format's invalid-sample code."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableInputError(f"{hea_name}: cannot read its signal file {path.name}: {exc.strerror or exc}.",
                                   _HINT) from exc
    if len(raw) > _MAX_SAMPLES * 4:
        raise UnreadableInputError(f"{path.name} is too large ({len(raw) >> 20} MB) for one ECG.", _HINT)
    if fmt == 16 or fmt == 61:
        usable = len(raw) // (2 * n_sig) * 2 * n_sig
        vals = np.frombuffer(raw[:usable], "<i2" if fmt == 16 else ">i2").astype(np.float64)
        bad = -32768
    elif fmt == 80:
        vals = np.frombuffer(raw[: len(raw) // n_sig * n_sig], np.uint8).astype(np.float64) - 128
        bad = -128
    elif fmt == 24:
        usable = len(raw) // (3 * n_sig) * 3 * n_sig
        b = np.frombuffer(raw[:usable], np.uint8).reshape(-1, 3).astype(np.int32)
        v = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        vals = np.where(v >= 1 << 23, v - (1 << 24), v).astype(np.float64)
        bad = -(1 << 23)
    elif fmt == 32:
        usable = len(raw) // (4 * n_sig) * 4 * n_sig
        vals = np.frombuffer(raw[:usable], "<i4").astype(np.float64)
        bad = -(1 << 31)
    elif fmt == 212:
        vals = _unpack_212(raw)
        bad = -2048
    else:
        raise UnreadableInputError(f"{hea_name}: WFDB signal format {fmt} is not supported.",
                                   "Convert the record to format 16 (e.g. with wfdb's wrsamp).")
    n = vals.size // n_sig
    if n_samp:
        n = min(n, n_samp)
    vals = vals[: n * n_sig].reshape(n, n_sig)
    return np.where(vals == bad, np.nan, vals)


def _unpack_212(raw: bytes) -> np.ndarray:
    """Two 12-bit two's-complement samples in three bytes."""
    b = np.frombuffer(raw[: len(raw) // 3 * 3], np.uint8).reshape(-1, 3).astype(np.int32)
    s0 = b[:, 0] | ((b[:, 1] & 0x0F) << 8)
    s1 = b[:, 2] | ((b[:, 1] & 0xF0) << 4)
    out = np.stack([s0, s1], 1).ravel()
    return np.where(out >= 2048, out - 4096, out).astype(np.float64)
