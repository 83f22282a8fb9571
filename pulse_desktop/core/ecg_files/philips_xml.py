"""Philips (Sierra) ECG XML, versions 1.03 to 1.04.x: ``parsedwaveforms`` in Base64, plain or XLI-compressed.

XLI, as documented by the MIT-licensed sierra-ecg-tools project: one chunk per lead, each an 8-byte header
(int32 little-endian byte count, 2 bytes, int16 first value) then LZW with fixed 10-bit codes (most
significant bit first; codes above 1022 end the chunk). The decompressed bytes hold the high bytes of all
16-bit values, then all the low bytes; the values are second differences, undone with the header's first
value. Leads III, aVR, aVL and aVF are stored as residuals against I and II and are rebuilt here. Amplitudes:
``signalresolution`` (1.03) or ``signalcharacteristics/resolution`` (1.04) µV per unit (5 µV when absent, said).
"""

from __future__ import annotations

import base64
import binascii
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np

from pulse_desktop.core.ecg_files.recording import RawRecording
from pulse_desktop.core.ecg_files.safe_xml import local
from pulse_desktop.core.errors import UnreadableInputError

_HINT = "Export the ECG from the Philips system again (XML 1.03 or 1.04), or as DICOM."
_STD12 = ("I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6")


def _find(root: ET.Element, name: str) -> ET.Element | None:
    return next((el for el in root.iter() if local(el.tag) == name), None)


def read_philips(root: ET.Element, path: Path) -> RawRecording:
    waves = _find(root, "parsedwaveforms")
    rate_el = _find(root, "samplingrate")
    if waves is None or rate_el is None or not (waves.text or "").strip():
        raise UnreadableInputError(f"{path.name} is a Philips ECG file without waveforms.", _HINT)
    notes = []
    fs = float((rate_el.text or "0").strip())
    characteristics = _find(root, "signalcharacteristics")
    res_el = _find(root, "signalresolution")
    if res_el is None and characteristics is not None:  # 1.04 names it <resolution>
        res_el = next((c for c in characteristics if local(c.tag) == "resolution"), None)
    res_text = (res_el.text or "").strip() if res_el is not None else ""
    uv_per_unit = float(res_text) if res_text else 0.0
    if uv_per_unit <= 0:
        uv_per_unit = 5.0
        notes.append("The file gives no signal resolution; 5 µV per unit (the Philips default) assumed.")
    if waves.get("dataencoding", "Base64") != "Base64":
        raise UnreadableInputError(f"{path.name}: waveform encoding {waves.get('dataencoding')} is not supported.",
                                   _HINT)
    try:
        data = base64.b64decode("".join((waves.text or "").split()), validate=False)
    except (binascii.Error, ValueError) as exc:
        raise UnreadableInputError(f"{path.name}: the waveform data is damaged.", _HINT) from exc
    labels = _labels(root, waves)
    method = waves.get("compressmethod", waves.get("compression", "Uncompressed"))
    if method == "XLI":
        leads = [_undo_deltas(*_xli_chunk(data, off)) for off in _chunk_offsets(data)]
    elif method in ("Uncompressed", ""):
        n = int(float(waves.get("durationperchannel", "0")) * fs / 1000.0)
        flat = np.frombuffer(data[: len(data) // 2 * 2], "<i2").astype(np.int64)
        if n <= 0 or flat.size < n:
            raise UnreadableInputError(f"{path.name}: the waveform data is shorter than declared.", _HINT)
        leads = [flat[i * n:(i + 1) * n] for i in range(min(len(labels), flat.size // n))]
    else:
        raise UnreadableInputError(f"{path.name}: waveform compression '{method}' is not supported.", _HINT)
    if len(leads) < len(labels):
        labels = labels[: len(leads)]
    leads = leads[: len(labels)]  # further chunks (e.g. pacing channels) have no lead label
    if not leads:
        raise UnreadableInputError(f"{path.name}: no lead could be decoded.", _HINT)
    n = min(x.size for x in leads)
    sig = np.stack([x[:n] for x in leads]).astype(np.int64)
    if labels[:6] == list(_STD12[:6]):
        _rebuild_limb_leads(sig)
    mv = sig.astype(np.float64) * uv_per_unit * 1e-3
    version = _find(root, "documentversion")
    fmt = f"Philips XML {version.text.strip() if version is not None and version.text else ''}".strip()
    return RawRecording(tuple(labels), mv, fs, fmt + (" (XLI)" if method == "XLI" else ""), tuple(notes))


def _labels(root: ET.Element, waves: ET.Element) -> list[str]:
    given = waves.get("leadlabels", "").split()
    if given:
        count = int(waves.get("numberofleads", str(len(given))))
        return given[:count]
    channels = _find(root, "numberchannelsallocated")
    count = int((channels.text or "12").strip()) if channels is not None else 12
    return [(_STD12[i] if i < 12 else f"channel {i + 1}") for i in range(count)]


def _chunk_offsets(data: bytes) -> list[int]:
    offsets, off = [], 0
    while off + 8 <= len(data):
        size = int.from_bytes(data[off:off + 4], "little", signed=True)
        if size <= 0 or off + 8 + size > len(data):
            if off + 8 + max(size, 0) > len(data):
                raise UnreadableInputError("The Philips waveform data is cut short.", _HINT)
            break
        offsets.append(off)
        off += 8 + size
    return offsets


def _xli_chunk(data: bytes, off: int) -> tuple[np.ndarray, int]:
    size = int.from_bytes(data[off:off + 4], "little", signed=True)
    first = int.from_bytes(data[off + 6:off + 8], "little", signed=True)
    out = _lzw10(data[off + 8:off + 8 + size])
    if len(out) % 2:
        out.append(0)
    half = len(out) // 2
    b = np.frombuffer(bytes(out), np.uint8).astype(np.int32)
    values = ((b[:half] << 8) | b[half:]).astype(np.uint16).astype(np.int16).astype(np.int64)
    return values, first


def _lzw10(chunk: bytes) -> bytearray:
    """LZW with fixed 10-bit codes, most significant bit first; the dictionary grows to code 1022."""
    max_code = (1 << 10) - 2
    table: dict[int, bytes] = {i: bytes([i]) for i in range(256)}
    next_code = 256
    out = bytearray()
    previous = b""
    acc, nbits, pos = 0, 0, 0
    n = len(chunk)
    while True:
        while nbits < 10 and pos < n:
            acc = (acc << 8) | chunk[pos]
            pos += 1
            nbits += 8
        if nbits < 10:
            break
        nbits -= 10
        code = (acc >> nbits) & 0x3FF
        acc &= (1 << nbits) - 1
        if code > max_code:
            break
        if code in table:
            entry = table[code]
        elif previous:
            entry = previous + previous[:1]
        else:
            raise UnreadableInputError("The Philips waveform data is damaged (bad LZW code).", _HINT)
        out += entry
        if previous and next_code <= max_code:
            table[next_code] = previous + entry[:1]
            next_code += 1
        previous = entry
    return out


def _undo_deltas(values: np.ndarray, first: int) -> np.ndarray:
    """Second differences back to samples, wrapping at 16 bits as the format does."""
    out = values.copy()
    if out.size < 3:
        return out
    x, y, last = int(out[0]), int(out[1]), first
    for i in range(2, out.size):
        z = ((2 * y - x - last + 32768) % 65536) - 32768
        last = int(values[i]) - 64
        out[i] = z
        x, y = y, z
    return out


def _rebuild_limb_leads(sig: np.ndarray) -> None:
    """III, aVR, aVL, aVF are stored as residuals from the values derived from I and II."""
    i, ii = sig[0], sig[1]
    sig[2] = ii - i - sig[2]
    sig[3] = -sig[3] - np.floor_divide(i + ii, 2)
    sig[4] = np.floor_divide(i - sig[2], 2) - sig[4]
    sig[5] = np.floor_divide(ii + sig[2], 2) - sig[5]
