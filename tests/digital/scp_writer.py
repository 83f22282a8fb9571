"""A small SCP-ECG writer for the tests: the layouts the real sample file does not cover (plain int16, first
differences, a custom Huffman table with a table switch, a subtracted reference beat, bimodal compression)."""

from __future__ import annotations

import struct
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from pulse_desktop.core.ecg_files.scp_ecg import crc_ccitt

CODES = {"I": 1, "II": 2, "V1": 3, "V2": 4, "V3": 5, "V4": 6, "V5": 7, "V6": 8, "III": 61, "aVR": 62,
         "aVL": 63, "aVF": 64, "-aVR": 65, "X": 16}


def _section(sid: int, body: bytes, reserved: bytes = b"\0" * 6) -> bytes:
    length = 16 + len(body)
    head = struct.pack("<HIBB", sid, length, 20, 20) + reserved
    return struct.pack("<H", crc_ccitt(head + body)) + head + body


def _default_code(v: int) -> str:
    if v == 0:
        return "0"
    if -8 <= v <= 8:
        return "1" * abs(v) + ("00" if v > 0 else "01")
    if -128 <= v <= 127:
        return "1111111110" + format(v & 0xFF, "08b")
    return "1111111111" + format(v & 0xFFFF, "016b")


def _pack_bits(bits: str) -> bytes:
    bits += "0" * (-len(bits) % 8)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))


def _differences(x: np.ndarray, diff: int) -> list[int]:
    if diff == 0:
        return [int(v) for v in x]
    if diff == 1:
        return [int(x[0])] + [int(v) for v in np.diff(x)]
    return [int(x[0]), int(x[1])] + [int(v) for v in x[2:] - 2 * x[1:-1] + x[:-2]]


def _encode(values: list[int], coding: str) -> bytes:
    if coding == "none":
        return np.asarray(values, "<i2").tobytes()
    if coding == "default":
        return _pack_bits("".join(_default_code(v) for v in values))
    # "custom": table 1 codes 0 as "0", any value as "10" + 16 bits, "11" switches to table 2; table 2 codes
    # every value as "1" + 16 bits and "0" switches back; the writer switches tables every 100 samples
    bits, table = [], 1
    for i, v in enumerate(values):
        if i and i % 100 == 0:
            bits.append("11" if table == 1 else "0")
            table = 2 if table == 1 else 1
        if table == 1:
            bits.append("0" if v == 0 else "10" + format(v & 0xFFFF, "016b"))
        else:
            bits.append("1" + format(v & 0xFFFF, "016b"))
    return _pack_bits("".join(bits))


def _custom_tables() -> bytes:
    def code(prefix: int, total: int, mode: int, base: int, bits: str) -> bytes:
        return struct.pack("<BBBhI", prefix, total, mode, base, int(bits[::-1], 2))

    t1 = [code(1, 1, 1, 0, "0"), code(2, 18, 1, 0, "10"), code(2, 2, 0, 2, "11")]
    t2 = [code(1, 17, 1, 0, "1"), code(1, 1, 0, 1, "0")]
    return struct.pack("<H", 2) + struct.pack("<H", 3) + b"".join(t1) + struct.pack("<H", 2) + b"".join(t2)


def write_scp(path: Path, counts: np.ndarray, leads: Sequence[str], *, avm_nv: int = 5000, interval_us: int = 2000,
              diff: int = 2, coding: str = "default", bimodal: bool = False,
              reference: tuple[np.ndarray, int, list[tuple[int, int, int]]] | None = None,
              corrupt_crc: bool = False) -> Path:
    """``counts``: int [n_leads, n] in units of ``avm_nv``. ``coding``: "none" (no section 2), "default"
    (the standard's table) or "custom". ``reference``: (beat counts [n_leads, m], beat fiducial index
    (0-based), [(start, fiducial, end) 0-based sample indices of type-0 beats]): the beat is subtracted from
    the rhythm over each zone and stored in sections 4 and 5."""
    counts = np.asarray(counts, np.int64)
    n_leads, n = counts.shape
    rhythm = counts.copy()
    sections: dict[int, bytes] = {}
    if coding != "none":
        body2 = struct.pack("<H", 19999) if coding == "default" else _custom_tables()
        sections[2] = _section(2, body2)
    flags = 0b100 | (n_leads << 3)
    if reference is not None:
        beat, fid, zones = reference
        flags |= 1
        for start, fiducial, end in zones:
            for k in range(start, end + 1):
                j = k - fiducial + fid
                if 0 <= j < beat.shape[1]:
                    rhythm[:, k] -= beat[:, j]
        ms = beat.shape[1] * interval_us // 1000
        body4 = struct.pack("<HHH", ms, fid + 1, len(zones))
        body4 += b"".join(struct.pack("<HIII", 0, s + 1, f + 1, e + 1) for s, f, e in zones)
        body4 += b"".join(struct.pack("<II", s + 1, e + 1) for s, _, e in zones)
        sections[4] = _section(4, body4)
        data5 = [_encode(_differences(b, 0), coding) for b in beat]
        body5 = struct.pack("<HHBB", avm_nv, interval_us, 0, 0) + struct.pack(f"<{n_leads}H", *map(len, data5))
        sections[5] = _section(5, body5 + b"".join(data5))
    body3 = struct.pack("<BB", n_leads, flags) + b"".join(struct.pack("<IIB", 1, n, CODES[name]) for name in leads)
    sections[3] = _section(3, body3)
    data6 = [_encode(_differences(x, diff), coding) for x in rhythm]
    body6 = struct.pack("<HHBB", avm_nv, interval_us, diff, int(bimodal)) + struct.pack(f"<{n_leads}H", *map(len, data6))
    sections[6] = _section(6, body6 + b"".join(data6))
    sections[1] = _section(1, bytes([2, 4, 0]) + b"X01\0" + bytes([255, 0, 0]))
    order = [1, 2, 3, 4, 5, 6]
    pointer_len = 16 + 10 * 12
    offset = 6 + pointer_len
    pointers, blobs = [], []
    for sid in range(12):
        if sid == 0:
            pointers.append(struct.pack("<HII", 0, pointer_len, 7))
        elif sid in sections and sid in order:
            pointers.append(struct.pack("<HII", sid, len(sections[sid]), offset + 1))
            blobs.append(sections[sid])
            offset += len(sections[sid])
        else:
            pointers.append(struct.pack("<HII", sid, 0, 0))
    section0 = _section(0, b"".join(pointers), b"SCPECG")
    body = section0 + b"".join(blobs)
    length = 6 + len(body)
    record = struct.pack("<I", length) + body
    crc = crc_ccitt(record)
    if corrupt_crc:
        crc ^= 0x5555
    path.write_bytes(struct.pack("<H", crc) + record)
    return path
