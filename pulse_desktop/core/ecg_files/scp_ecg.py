"""SCP-ECG (EN 1064, ISO 11073-91064, ANSI/AAMI EC71) files: the rhythm data of sections 0, 2, 3, 4, 5, 6.

Layout read here (all little-endian):

* the record: CRC-CCITT (2 bytes) over the rest, record length (4), then sections; each section has a
  16-byte header (CRC, id, length, version, protocol, 6 reserved) and its data;
* section 0: pointers (id u16, length u32, 1-based byte index u32) to the other sections;
* section 2: Huffman tables; absent means the data are plain int16, the number 19999 means the standard's
  default table (19 codes: 0, ±1 to ±8, then 8-bit and 16-bit escapes); otherwise the tables are given,
  each code as prefix bits, total bits, table mode (0 = switch to the table numbered by the base value),
  base value and its code stored bit-reversed;
* section 3: number of leads, flags (bit 0: reference beat subtracted), then per lead its first and last
  sample numbers and the lead's code (1 = I, 2 = II, 3-8 = V1-V6, 61-64 = III, aVR, aVL, aVF, 65 = -aVR);
* section 6: amplitude unit (nV), sample interval (µs), difference coding (0 none, 1 first, 2 second),
  bimodal flag, per-lead byte counts, then each lead's data;
* sections 4 and 5 (only when section 3 says the reference beat was subtracted): the QRS positions and the
  reference beat type 0, added back to the residual over each type-0 beat's subtraction zone.

Refused with a message: bimodal compression (the decimated rhythm would need the protected zones and the
standard's interpolation), a checksum that does not match, sections that run past the end of the file.
Section 1 (patient data) is not read: the report takes the patient from the user.
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

from pulse_desktop.core.ecg_files.recording import RawRecording
from pulse_desktop.core.errors import UnreadableInputError

_HINT = "Export the ECG again as SCP-ECG without bimodal compression, or as HL7 aECG XML or DICOM."
_DEFAULT_TABLE_MARK = 19999

LEAD_CODES: dict[int, str] = {
    1: "I", 2: "II", 3: "V1", 4: "V2", 5: "V3", 6: "V4", 7: "V5", 8: "V6", 9: "V7", 10: "V2R", 11: "V3R",
    12: "V4R", 13: "V5R", 14: "V6R", 15: "V7R", 16: "X", 17: "Y", 18: "Z", 61: "III", 62: "aVR", 63: "aVL",
    64: "aVF", 65: "-aVR", 66: "V8", 67: "V9", 68: "V8R", 69: "V9R",
}

# (prefix bits, total bits, table mode, base value, prefix code as a '0'/'1' string)
_Code = tuple[int, int, int, int, str]


def _default_table() -> list[_Code]:
    table: list[_Code] = [(1, 1, 1, 0, "0")]
    for k in range(1, 9):  # +k is k ones then 00, -k is k ones then 01
        table.append((k + 2, k + 2, 1, k, "1" * k + "00"))
        table.append((k + 2, k + 2, 1, -k, "1" * k + "01"))
    table.append((10, 18, 1, 0, "1111111110"))
    table.append((10, 26, 1, 0, "1111111111"))
    return table


def crc_ccitt(data: bytes) -> int:
    """CRC-CCITT as SCP-ECG uses it: polynomial 0x1021, start 0xFFFF, no reflection."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def read_scp(path: Path) -> RawRecording:
    data = path.read_bytes()
    name = path.name
    if len(data) < 6 + 16 or data[16:22] != b"SCPECG":
        raise UnreadableInputError(f"{name} is not an SCP-ECG file (no SCP-ECG pointer section).", _HINT)
    crc, length = struct.unpack_from("<HI", data, 0)
    if length > len(data):
        raise UnreadableInputError(f"{name} is cut short: it holds {len(data)} of its {length} bytes.", _HINT)
    if crc_ccitt(data[2:length]) != crc:
        raise UnreadableInputError(f"{name} is damaged: its checksum does not match its contents.", _HINT)
    sections = _pointers(data[:length], name)
    for needed in (3, 6):
        if needed not in sections:
            raise UnreadableInputError(f"{name} holds no {'lead definition' if needed == 3 else 'rhythm data'} "
                                       f"(SCP-ECG section {needed}).", _HINT)
    tables = _huffman_tables(sections.get(2))
    leads, ref_subtracted = _lead_definition(sections[3], name)
    avm_nv, interval_us, diff, bimodal = struct.unpack_from("<HHBB", sections[6], 0)
    if bimodal:
        raise UnreadableInputError(f"{name} uses SCP-ECG bimodal compression, which PULSE does not read.", _HINT)
    if avm_nv == 0 or interval_us == 0:
        raise UnreadableInputError(f"{name}: the rhythm data give no amplitude unit or sampling interval.", _HINT)
    n_samples = [end - start + 1 for _, start, end in leads]
    rhythm = _decode_leads(sections[6], 6, len(leads), n_samples, tables, diff, name)
    notes = []
    if ref_subtracted:
        _add_reference_beat(rhythm, sections, tables, avm_nv, interval_us, name)
        notes.append("The SCP-ECG rhythm data were stored as residuals; the reference beat was added back.")
    n = min(len(r) for r in rhythm)
    if n < max(n_samples):
        notes.append(f"Some leads hold fewer samples than the file announces; {n} samples per lead are used.")
    names = [code_name for code_name, _, _ in leads]
    samples = np.stack([np.asarray(r[:n], np.float64) for r in rhythm]) * (avm_nv * 1e-6)
    return RawRecording(tuple(names), samples, 1e6 / interval_us, "SCP-ECG", tuple(notes))


def _pointers(data: bytes, name: str) -> dict[int, bytes]:
    """Section id -> the section's data (its 16-byte header left off); absent sections are left out."""
    _, sid, slen = struct.unpack_from("<HHI", data, 6)
    if sid != 0 or slen < 16 or 6 + slen > len(data):
        raise UnreadableInputError(f"{name}: the SCP-ECG pointer section is damaged.", _HINT)
    out: dict[int, bytes] = {}
    for off in range(6 + 16, 6 + slen - 9, 10):
        pid, plen, index = struct.unpack_from("<HII", data, off)
        if pid == 0 or plen == 0 or index == 0:
            continue
        start = index - 1
        if plen < 16 or start + plen > len(data):
            raise UnreadableInputError(f"{name}: SCP-ECG section {pid} runs past the end of the file.", _HINT)
        _, hid, hlen = struct.unpack_from("<HHI", data, start)
        if hid != pid:
            raise UnreadableInputError(f"{name}: SCP-ECG section {pid} is not where the pointers say.", _HINT)
        out[pid] = data[start + 16:start + min(plen, hlen)]
    return out


def _huffman_tables(section: bytes | None) -> list[list[_Code]] | None:
    """None when the data are not Huffman-coded (no section 2)."""
    if section is None:
        return None
    (count,) = struct.unpack_from("<H", section, 0)
    if count == _DEFAULT_TABLE_MARK:
        return [_default_table()]
    tables, off = [], 2
    for _ in range(count):
        (n_codes,) = struct.unpack_from("<H", section, off)
        off += 2
        table: list[_Code] = []
        for _ in range(n_codes):
            prefix, total, mode, base, code = struct.unpack_from("<BBBhI", section, off)
            off += 9
            if not 1 <= prefix <= 32 or total < prefix or total - prefix > 32:
                raise ValueError("an SCP-ECG Huffman code has impossible lengths")
            bits = format(code, "032b")[::-1][:prefix]  # stored least significant bit first
            table.append((prefix, total, mode, base, bits))
        tables.append(table)
    if not tables or not all(tables):
        raise ValueError("the SCP-ECG Huffman table section is empty")
    return tables


def _lead_definition(section: bytes, name: str) -> tuple[list[tuple[str, int, int]], bool]:
    n_leads, flags = section[0], section[1]
    if n_leads == 0 or len(section) < 2 + 9 * n_leads:
        raise UnreadableInputError(f"{name}: the SCP-ECG lead definition is empty or cut short.", _HINT)
    leads = []
    for i in range(n_leads):
        start, end, code = struct.unpack_from("<IIB", section, 2 + 9 * i)
        if start < 1 or end < start or end - start > 10_000_000:
            raise UnreadableInputError(f"{name}: SCP-ECG lead {i + 1} has impossible sample numbers.", _HINT)
        leads.append((LEAD_CODES.get(code, f"lead code {code}"), start, end))
    return leads, bool(flags & 1)


def _decode_leads(section: bytes, header_len: int, n_leads: int, n_samples: list[int],
                  tables: list[list[_Code]] | None, diff: int, name: str) -> list[np.ndarray]:
    counts = struct.unpack_from(f"<{n_leads}H", section, header_len)
    off = header_len + 2 * n_leads
    if off + sum(counts) > len(section):
        raise UnreadableInputError(f"{name}: the SCP-ECG signal data are cut short.", _HINT)
    out = []
    for count, n in zip(counts, n_samples, strict=True):
        chunk = section[off:off + count]
        off += count
        if tables is None:
            values = np.frombuffer(chunk[: 2 * (count // 2)], "<i2").astype(np.int64)[:n]
        else:
            values = _huffman_decode(chunk, tables, n)
        out.append(_undo_differences(values, diff, name))
    return out


def _huffman_decode(chunk: bytes, tables: list[list[_Code]], n: int) -> np.ndarray:
    bits = "".join(format(b, "08b") for b in chunk)
    lookups = [{(p, code): (p, t, m, b) for p, t, m, b, code in table} for table in tables]
    lengths = [sorted({p for p, *_ in table}) for table in tables]
    current, pos = 0, 0
    out: list[int] = []
    while len(out) < n and pos < len(bits):
        for p in lengths[current]:
            hit = lookups[current].get((p, bits[pos:pos + p]))
            if hit is not None:
                break
        else:
            raise ValueError("SCP-ECG Huffman data hold a code that is not in the table")
        _, total, mode, base = hit
        if mode == 0:
            if not 1 <= base <= len(tables):
                raise ValueError("SCP-ECG Huffman data switch to a table that does not exist")
            current, pos = base - 1, pos + p
            continue
        extra = total - p
        if extra:
            field = bits[pos + p:pos + total]
            if len(field) < extra:
                break
            value = int(field, 2)
            out.append(value - (1 << extra) if value >= 1 << (extra - 1) else value)
        else:
            out.append(base)
        pos += total
    return np.array(out, np.int64)


def _undo_differences(values: np.ndarray, diff: int, name: str) -> np.ndarray:
    if diff == 0:
        return values
    if diff == 1:
        return np.cumsum(values)
    if diff != 2:
        raise UnreadableInputError(f"{name}: unknown SCP-ECG difference coding {diff}.", _HINT)
    if len(values) < 2:
        return values
    # x[n] = d[n] + 2 x[n-1] - x[n-2] for n >= 2, x[0] = d[0], x[1] = d[1]: the steps x[n] - x[n-1] are a
    # running sum of d[2:] started at d[1] - d[0]
    steps = np.cumsum(np.concatenate([[values[1] - values[0]], values[2:]]))
    return np.concatenate([[values[0]], values[0] + np.cumsum(steps)])


def _add_reference_beat(rhythm: list[np.ndarray], sections: dict[int, bytes], tables: list[list[_Code]] | None,
                        avm_nv: int, interval_us: int, name: str) -> None:
    if 4 not in sections or 5 not in sections:
        raise UnreadableInputError(f"{name} stores residuals but lacks the reference beat (SCP-ECG sections 4 "
                                   "and 5).", _HINT)
    s4, s5 = sections[4], sections[5]
    ref_ms, ref_fiducial, n_qrs = struct.unpack_from("<HHH", s4, 0)
    ref_avm, ref_interval, ref_diff = struct.unpack_from("<HHB", s5, 0)
    if ref_interval != interval_us or ref_avm == 0:
        raise UnreadableInputError(f"{name}: the reference beat is sampled unlike the rhythm data.", _HINT)
    n_ref = int(round(ref_ms * 1000 / ref_interval))
    beats = _decode_leads(s5, 6, len(rhythm), [n_ref] * len(rhythm), tables, ref_diff, name)
    scale = ref_avm / avm_nv
    for k in range(n_qrs):
        kind, start, fiducial, end = struct.unpack_from("<HIII", s4, 6 + 14 * k)
        if kind != 0 or start < 1 or end < start:
            continue
        for lead, beat in zip(rhythm, beats, strict=True):
            idx = np.arange(start - 1, min(end, len(lead)))
            ref_idx = idx - (fiducial - 1) + (ref_fiducial - 1)
            ok = (ref_idx >= 0) & (ref_idx < len(beat))
            lead[idx[ok]] = lead[idx[ok]] + np.round(beat[ref_idx[ok]] * scale).astype(np.int64)
