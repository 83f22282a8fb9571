"""The WFDB reader on real LUDB records, format 212 bytes, and what prepare() does with odd recordings."""

from __future__ import annotations

import numpy as np
import pytest

from pulse_desktop.core.ecg_files import STANDARD_LEADS, is_digital_ecg_file, read_recording
from pulse_desktop.core.ecg_files.wfdb_format import _unpack_212
from pulse_desktop.core.errors import UnreadableInputError
from tests.digital.wfdb_files import LUDB, STANDARD, ludb_signals, write_wfdb


def test_reads_a_ludb_record_in_millivolts():
    rec = read_recording(LUDB / "1.hea")
    assert rec.samples_mv.shape == (12, 5000)
    assert rec.fs_hz == 500 and rec.source_fs_hz == 500
    assert rec.source_format == "WFDB (format 16)"
    assert rec.lead_names == STANDARD_LEADS and all(rec.present)
    np.testing.assert_allclose(rec.samples_mv, ludb_signals(1), atol=1e-9)
    assert rec.notes == ()
    assert is_digital_ecg_file(LUDB / "1.hea") and is_digital_ecg_file(LUDB / "1.dat")


def test_format_212_unpacks_two_12_bit_samples_in_three_bytes():
    # 171 and -5: byte0 = low 8 bits of 171, byte1 = high nibble of -5 | high nibble of 171, byte2 = low 8 of -5
    assert _unpack_212(bytes([0xAB, 0xF0, 0xFB])).tolist() == [171.0, -5.0]
    assert _unpack_212(bytes([0x00, 0x08, 0x00])).tolist() == [-2048.0, 0.0]


def test_format_212_record_reads(tmp_path):
    samples = np.array([[100, -100, 2047, -2047], [0, 1, -1, 500]])  # 2 leads x 4 samples, ADC units
    flat = samples.T.ravel() & 0xFFF
    out = bytearray()
    for a, b in zip(flat[::2], flat[1::2], strict=True):
        out += bytes([a & 0xFF, ((b >> 8) << 4) | (a >> 8), b & 0xFF])
    (tmp_path / "r.dat").write_bytes(bytes(out))
    (tmp_path / "r.hea").write_text("r 2 250 4\nr.dat 212 200/mV 12 0 0 0 0 I\nr.dat 212 200/mV 12 0 0 0 0 II\n")
    from pulse_desktop.core.ecg_files.wfdb_format import read_wfdb

    raw = read_wfdb(tmp_path / "r.hea")
    np.testing.assert_allclose(raw.samples_mv, samples / 200.0)


def test_missing_leads_are_derived_or_blank_and_said(tmp_path):
    sig = ludb_signals(1)
    hea = write_wfdb(tmp_path, "two", sig[[0, 1]], 500, ["I", "II"])
    rec = read_recording(hea)
    np.testing.assert_allclose(rec.lead("III"), sig[1] - sig[0], atol=2e-3)
    assert not rec.present[6] and np.isnan(rec.lead("V1")).all()
    assert any("Derived" in n for n in rec.notes) and any("V1" in n and "missing" in n for n in rec.notes)


def test_one_lead_is_accepted_with_the_rest_blank(tmp_path):
    rec = read_recording(write_wfdb(tmp_path, "one", ludb_signals(1)[1:2], 500, ["II"]))
    assert rec.present == tuple(lead == "II" for lead in STANDARD_LEADS)


def test_fifteen_leads_keep_the_twelve_and_say_so(tmp_path):
    sig = ludb_signals(1)
    hea = write_wfdb(tmp_path, "fifteen", np.vstack([sig, sig[:3]]), 500, list(STANDARD) + ["vx", "vy", "vz"])
    rec = read_recording(hea)
    assert all(rec.present)
    assert any("vx, vy, vz" in n for n in rec.notes)


@pytest.mark.parametrize("fs", [100.0, 10_000.0])
def test_other_rates_are_resampled_to_500_hz(tmp_path, fs):
    sig = ludb_signals(1)
    t_src = np.arange(int(10 * fs)) / fs
    resampled_in = np.stack([np.interp(t_src, np.arange(5000) / 500, x) for x in sig])
    rec = read_recording(write_wfdb(tmp_path, "r", resampled_in, fs, STANDARD))
    assert rec.samples_mv.shape == (12, 5000) and rec.source_fs_hz == fs
    assert any(f"from {fs:g} Hz" in n for n in rec.notes)
    # the shape survives: lead II correlates with the original
    assert np.corrcoef(rec.lead("II"), sig[1])[0, 1] > 0.9


def test_rate_below_100_hz_is_refused(tmp_path):
    with pytest.raises(UnreadableInputError, match="50 Hz"):
        read_recording(write_wfdb(tmp_path, "r", ludb_signals(1)[:, ::10], 50, STANDARD))


def test_long_record_uses_the_first_10_s_and_says_so(tmp_path):
    sig = np.tile(ludb_signals(1), (1, 60))  # 10 min
    rec = read_recording(write_wfdb(tmp_path, "long", sig, 500, STANDARD))
    assert rec.samples_mv.shape == (12, 5000) and rec.window_s == (0.0, 10.0)
    assert any("600.0 s" in n and "first 10 s" in n for n in rec.notes)


def test_short_records_are_said_or_refused(tmp_path):
    sig = ludb_signals(1)
    rec = read_recording(write_wfdb(tmp_path, "five", sig[:, :2500], 500, STANDARD))
    assert rec.samples_mv.shape == (12, 2500) and any("only 5.0 s" in n for n in rec.notes)
    with pytest.raises(UnreadableInputError, match="2.0 s"):
        read_recording(write_wfdb(tmp_path, "two", sig[:, :1000], 500, STANDARD))


def test_flat_and_saturated_leads_are_said(tmp_path):
    sig = ludb_signals(1)
    sig[6] = 0.0
    sig[1] = np.clip(sig[1], -0.05, 0.05)
    rec = read_recording(write_wfdb(tmp_path, "odd", sig, 500, STANDARD))
    assert any("Flat" in n and "V1" in n for n in rec.notes)
    assert any("saturated" in n and "II" in n for n in rec.notes)


def test_all_flat_is_refused(tmp_path):
    with pytest.raises(UnreadableInputError, match="flat"):
        read_recording(write_wfdb(tmp_path, "flat", np.zeros((12, 5000)), 500, STANDARD))


@pytest.mark.parametrize("units", ["uV", "V"])
def test_absurd_gain_or_wrong_units_are_refused(tmp_path, units):
    # the same ADC numbers labelled microvolts (1000x too small) or volts (1000x too large)
    with pytest.raises(UnreadableInputError, match="gain or units"):
        read_recording(write_wfdb(tmp_path, "g", ludb_signals(1), 500, STANDARD, units=units))


def test_truncated_signal_file_is_said(tmp_path):
    hea = write_wfdb(tmp_path, "t", ludb_signals(1), 500, STANDARD)
    dat = tmp_path / "t.dat"
    dat.write_bytes(dat.read_bytes()[: 24 * 3000 + 7])
    rec = read_recording(hea)
    assert any("cut short" in n for n in rec.notes)


@pytest.mark.parametrize("header", ["", "garbage\n", "r 12 500 5000\nr.dat 16\n", "r x y\n",
                                    "r/2 2 500 100\n", "r 1 500 10\nr.dat 999 200/mV 12 0 0 0 0 I\n",
                                    "r 1 500 10\nr.dat 16 200/mmHg 12 0 0 0 0 I\n"])
def test_broken_headers_get_a_clear_error(tmp_path, header):
    (tmp_path / "r.hea").write_text(header)
    (tmp_path / "r.dat").write_bytes(b"\0" * 100)
    with pytest.raises(UnreadableInputError) as info:
        read_recording(tmp_path / "r.hea")
    assert info.value.hint


def test_missing_signal_file_and_unknown_files(tmp_path):
    (tmp_path / "r.hea").write_text("r 1 500 10\nr.dat 16 200/mV 12 0 0 0 0 I\n")
    with pytest.raises(UnreadableInputError, match="signal file"):
        read_recording(tmp_path / "r.hea")
    (tmp_path / "x.bin").write_bytes(b"\x01\x02" * 100)
    assert not is_digital_ecg_file(tmp_path / "x.bin")
    with pytest.raises(UnreadableInputError, match="not a digital ECG"):
        read_recording(tmp_path / "x.bin")
    with pytest.raises(UnreadableInputError, match="no file"):
        read_recording(tmp_path / "nothing.hea")
