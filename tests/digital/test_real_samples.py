"""Real GE MUSE XML and EDF files (tests/data/digital/README.md credits them)."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import numpy as np

from pulse_desktop.core.ecg_files import is_digital_ecg_file, read_recording
from pulse_desktop.core.ecg_files.edf_format import read_edf
from pulse_desktop.core.ecg_files.xml_formats import read_ecg_xml
from pulse_desktop.core.measure import measure

DATA = Path(__file__).resolve().parents[1] / "data" / "digital"
MUSE = DATA / "ge_muse_guangxi_sinus.xml"
EDF = DATA / "edf_contec_ecg90a.edf"


def _muse_rhythm_checksums() -> dict[str, int]:
    """Lead -> the cart's CRC32 of the lead's bytes, for the Rhythm waveform (the second Waveform)."""
    text = MUSE.read_text(encoding="utf-8")
    rhythm = text[text.index("<WaveformType>Rhythm</WaveformType>"):]
    leads = re.findall(r"<LeadID>(\w+)</LeadID>.*?<LeadDataCRC32>(\d+)</LeadDataCRC32>", rhythm, re.S)
    return {lead: int(crc) for lead, crc in leads}


def test_real_ge_muse_file_decodes_to_the_carts_own_checksums():
    raw = read_ecg_xml(MUSE)
    assert raw.fs_hz == 500 and raw.samples_mv.shape == (8, 5000)
    crcs = _muse_rhythm_checksums()
    assert sorted(crcs) == sorted(raw.lead_names)
    for name, mv in zip(raw.lead_names, raw.samples_mv, strict=True):
        counts = np.round(mv * 1000 / 4.88).astype("<i2")  # LeadAmplitudeUnitsPerBit 4.88 uV
        assert zlib.crc32(counts.tobytes()) == crcs[name], name
    # and the checksum does see a change: one count off in one lead no longer matches
    bad = np.round(raw.samples_mv[0] * 1000 / 4.88).astype("<i2")
    bad[100] += 1
    assert zlib.crc32(bad.tobytes()) != crcs[raw.lead_names[0]]


def test_real_ge_muse_file_opens_and_measures_like_the_cart_where_it_should():
    rec = read_recording(MUSE)
    assert rec.source_format == "GE MUSE XML" and all(rec.present) and is_digital_ecg_file(MUSE)
    assert any("Derived" in n for n in rec.notes)
    m = measure(rec)
    # the cart (GE MUSE 9, file's RestingECGMeasurements): rate 97, PR 122, axes P 31 / QRS 63 / T 49
    assert abs(m.heart_rate_bpm - 97) <= 2 and m.rhythm_regular and m.p_waves_present
    assert abs(m.pr_ms - 122) <= 15  # at 97 bpm the P wave sits close to the previous T wave
    assert abs(m.qrs_axis_deg - 63) <= 15 and abs(m.t_axis_deg - 49) <= 15


def test_real_edf_file_from_a_contec_cart():
    raw = read_edf(EDF)
    assert raw.fs_hz == 800 and raw.samples_mv.shape == (12, 37855) and raw.source_format == "EDF"
    s = raw.samples_mv
    step = 2000 / 65535  # physical range 2000 mV over the digital range
    np.testing.assert_allclose(s[2], s[1] - s[0], atol=step * 0.51)  # Einthoven holds in the file
    rec = read_recording(EDF)
    assert rec.source_fs_hz == 800 and rec.samples_mv.shape == (12, 5000)
    assert any("first 10 s" in n for n in rec.notes) and any("Resampled from 800 Hz" in n for n in rec.notes)
    assert any("Flat leads" in n and "V1" in n for n in rec.notes)  # chest electrodes not connected
    m = measure(rec)
    assert m.heart_rate_bpm is not None and m.qrs_ms is not None
    assert m.p_ms is not None or m.reasons["p_ms"]  # measured, or null with a reason
