"""SCP-ECG: the real sample file (a Mortara ELI 250 recording from the C# ECG Toolkit) and the layouts it
does not use, written by tests/digital/scp_writer.py from real LUDB signals."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pulse_desktop.core.ecg_files import STANDARD_LEADS, is_digital_ecg_file, read_recording
from pulse_desktop.core.errors import UnreadableInputError
from pulse_desktop.core.measure import measure
from tests.digital.scp_writer import write_scp
from tests.digital.wfdb_files import STANDARD, ludb_signals

DATA = Path(__file__).resolve().parents[1] / "data" / "digital"
SCP = DATA / "scp_ecg_example.scp"


def test_real_scp_file_equals_the_same_recording_in_hl7_aecg():
    # The toolkit's Example.scp holds the very recording of the HL7 aECG implementation guide's example
    # (both from the same Mortara cart): default Huffman table, second differences, 2.5-uV units.
    rec = read_recording(SCP)
    assert rec.source_format == "SCP-ECG" and rec.source_fs_hz == 500 and all(rec.present)
    assert rec.samples_mv.shape == (12, 5000) and rec.notes == ()
    aecg = read_recording(DATA / "hl7_aecg_example.xml")
    np.testing.assert_allclose(rec.samples_mv, aecg.samples_mv, atol=1e-9)
    np.testing.assert_allclose(rec.lead("III"), rec.lead("II") - rec.lead("I"), atol=1e-9)
    m = measure(rec)
    assert 60 < m.heart_rate_bpm < 85 and m.p_waves_present and m.rhythm_regular


def test_scp_is_recognised_by_name_and_by_content(tmp_path):
    assert is_digital_ecg_file(SCP)
    renamed = tmp_path / "export.bin"
    renamed.write_bytes(SCP.read_bytes())
    assert is_digital_ecg_file(renamed)
    assert read_recording(renamed).source_format == "SCP-ECG"


def test_damaged_and_cut_scp_files_are_refused(tmp_path):
    data = bytearray(SCP.read_bytes())
    data[20000] ^= 0x40
    (tmp_path / "flip.scp").write_bytes(bytes(data))
    with pytest.raises(UnreadableInputError, match="checksum"):
        read_recording(tmp_path / "flip.scp")
    (tmp_path / "cut.scp").write_bytes(SCP.read_bytes()[:20000])
    with pytest.raises(UnreadableInputError, match="cut short"):
        read_recording(tmp_path / "cut.scp")
    (tmp_path / "junk.scp").write_bytes(b"\0" * 300)
    with pytest.raises(UnreadableInputError, match="not an SCP-ECG file"):
        read_recording(tmp_path / "junk.scp")


def _counts(uv: float) -> np.ndarray:
    return np.round(ludb_signals(3) * 1000 / uv).astype(np.int64)


@pytest.mark.parametrize(("coding", "diff"), [("none", 0), ("default", 1), ("default", 2), ("custom", 2),
                                              ("custom", 0)])
def test_scp_codings_decode_exactly(tmp_path, coding, diff):
    counts = _counts(5.0)
    rec = read_recording(write_scp(tmp_path / "a.scp", counts, STANDARD, coding=coding, diff=diff))
    np.testing.assert_allclose(rec.samples_mv, counts * 0.005, atol=1e-9)


def test_scp_reference_beat_is_added_back(tmp_path):
    counts = _counts(5.0)
    beat = counts[:, 900:1300].copy()  # any 400-sample shape: what matters is that it is added back exactly
    zones = [(1000, 1100, 1250), (2500, 2600, 2750)]
    path = write_scp(tmp_path / "r.scp", counts, STANDARD, reference=(beat, 100, zones))
    rec = read_recording(path)
    np.testing.assert_allclose(rec.samples_mv, counts * 0.005, atol=1e-9)
    assert any("reference beat was added back" in n for n in rec.notes)


def test_scp_lead_codes_and_other_rates(tmp_path):
    counts = _counts(5.0)
    names = ["I", "II", "V1", "V2", "V3", "V4", "V5", "V6", "III", "-aVR", "aVL", "X"]
    order = [STANDARD.index(n.lstrip("-")) if n != "X" else 0 for n in names]
    data = counts[order]
    data[9] = -data[9]
    rec = read_recording(write_scp(tmp_path / "c.scp", data[:, ::2], names, interval_us=4000))
    assert rec.source_fs_hz == 250
    np.testing.assert_allclose(rec.lead("aVR")[::2], counts[3, ::2] * 0.005, atol=0.01)
    assert any("X" in n and "left out" in n for n in rec.notes)
    assert rec.present == (True,) * 12 and rec.lead_names == STANDARD_LEADS


def test_scp_bimodal_and_bad_crc_are_refused_with_a_message(tmp_path):
    counts = _counts(5.0)
    with pytest.raises(UnreadableInputError, match="bimodal"):
        read_recording(write_scp(tmp_path / "b.scp", counts, STANDARD, bimodal=True))
    with pytest.raises(UnreadableInputError, match="checksum"):
        read_recording(write_scp(tmp_path / "k.scp", counts, STANDARD, corrupt_crc=True))
