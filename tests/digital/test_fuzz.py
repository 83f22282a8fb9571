"""Damaged files never crash the readers: every cut or corrupted sample either reads or gets a clear error."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pulse_desktop.core.ecg_files import read_recording
from pulse_desktop.core.ecg_files.scp_ecg import crc_ccitt
from pulse_desktop.core.errors import UnreadableInputError
from pulse_desktop.core.measure import measure
from tests.digital.format_writers import write_edf, write_muse
from tests.digital.wfdb_files import LUDB, STANDARD, ludb_signals, write_wfdb

DATA = Path(__file__).resolve().parents[1] / "data" / "digital"


def _samples(tmp: Path) -> list[Path]:
    sig = ludb_signals(5)
    return [DATA / "waveform_ecg.dcm", DATA / "philips_1_03_129DYPRG.xml", DATA / "hl7_aecg_example.xml",
            DATA / "scp_ecg_example.scp", DATA / "ge_muse_guangxi_sinus.xml",
            write_muse(tmp / "m.xml", sig[[0, 1, 6, 7, 8, 9, 10, 11]], 500,
                       [STANDARD[i] for i in (0, 1, 6, 7, 8, 9, 10, 11)]),
            write_edf(tmp / "e.edf", sig, 500, STANDARD)]


def _damaged(data: bytes, rng: random.Random) -> list[bytes]:
    out = [data[: len(data) * k // 10] for k in (1, 3, 6, 9)]
    for _ in range(6):
        b = bytearray(data)
        for _ in range(rng.randint(1, 40)):
            i = rng.randrange(len(b))
            b[i] = rng.randrange(256)
        out.append(bytes(b))
    return out


def _read_or_refuse(path: Path) -> None:
    try:
        rec = read_recording(path)
    except UnreadableInputError as exc:
        assert exc.message and exc.hint
        return
    measure(rec)  # whatever was read can be measured without crashing


@pytest.mark.slow
def test_cut_and_corrupted_files_read_or_are_refused(tmp_path):
    rng = random.Random(17)
    for sample in _samples(tmp_path):
        data = sample.read_bytes()
        for k, bad in enumerate(_damaged(data, rng)):
            path = tmp_path / f"bad{k}{sample.suffix}"
            path.write_bytes(bad)
            _read_or_refuse(path)


@pytest.mark.slow
def test_corrupted_scp_with_a_valid_checksum_reads_or_is_refused(tmp_path):
    # the checksum stops random damage at the door; here it is recomputed so the parser itself meets it
    rng = random.Random(5)
    data = (DATA / "scp_ecg_example.scp").read_bytes()
    for k, bad in enumerate(_damaged(data, rng)[4:]):
        fixed = bytearray(bad)
        fixed[0:2] = crc_ccitt(bytes(fixed[2:])).to_bytes(2, "little")
        path = tmp_path / f"bad{k}.scp"
        path.write_bytes(bytes(fixed))
        _read_or_refuse(path)
    for start in (6, 6 + 16, 200, 250):  # damage the pointer and lead sections specifically
        fixed = bytearray(data)
        fixed[start:start + 12] = bytes(rng.randrange(256) for _ in range(12))
        fixed[0:2] = crc_ccitt(bytes(fixed[2:])).to_bytes(2, "little")
        path = tmp_path / f"ptr{start}.scp"
        path.write_bytes(bytes(fixed))
        _read_or_refuse(path)


def test_corrupted_wfdb_header_values_are_refused_or_read(tmp_path):
    hea = write_wfdb(tmp_path, "w", ludb_signals(5), 500, STANDARD)
    text = hea.read_text()
    for old, new in (("500", "0"), ("500", "-5"), ("1000/mV", "0/mV"), ("1000/mV", "nan/mV"), (" 16 ", " 8 "),
                     ("w 12", "w 99"), ("w.dat", "../../etc/none.dat")):
        hea.write_text(text.replace(old, new, 1))
        _read_or_refuse(hea)
    hea.write_text(text.replace("w.dat", "../w.dat"))
    with pytest.raises(UnreadableInputError, match="outside its folder"):
        read_recording(hea)


def test_random_bytes_with_ecg_names_are_refused(tmp_path):
    rng = random.Random(3)
    for name in ("x.xml", "x.dcm", "x.edf", "x.hea"):
        path = tmp_path / name
        path.write_bytes(bytes(rng.randrange(256) for _ in range(2000)))
        with pytest.raises(UnreadableInputError):
            read_recording(path)
    assert (LUDB / "1.hea").exists()
