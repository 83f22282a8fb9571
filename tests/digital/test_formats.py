"""DICOM (a real file), HL7 aECG, GE MUSE and EDF+ (real LUDB signals written in each), hostile XML."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pulse_desktop.core.ecg_files import STANDARD_LEADS, is_digital_ecg_file, read_recording
from pulse_desktop.core.errors import UnreadableInputError
from pulse_desktop.core.measure import measure
from tests.digital.format_writers import write_aecg, write_edf, write_muse
from tests.digital.wfdb_files import STANDARD, ludb_signals

DATA = Path(__file__).resolve().parents[1] / "data" / "digital"


def test_dicom_12_lead_waveform_real_file():
    rec = read_recording(DATA / "waveform_ecg.dcm")
    assert rec.source_format == "DICOM 12-lead ECG waveform" and rec.source_fs_hz == 1000
    assert all(rec.present) and rec.samples_mv.shape == (12, 5000)
    assert any("RHYTHM" in n for n in rec.notes) and any("1000 Hz" in n for n in rec.notes)
    # Einthoven holds in the file: III = II - I (to within the 1.25 uV quantisation and resampling)
    np.testing.assert_allclose(rec.lead("III"), rec.lead("II") - rec.lead("I"), atol=0.01)
    m = measure(rec)
    assert 40 < m.heart_rate_bpm < 120 and 60 < m.qrs_ms < 130 and 300 < m.qt_ms < 500
    assert is_digital_ecg_file(DATA / "waveform_ecg.dcm")


def test_hl7_aecg(tmp_path):
    sig = ludb_signals(3)
    rec = read_recording(write_aecg(tmp_path / "a.xml", sig, 500, STANDARD))
    assert rec.source_format == "HL7 aECG XML" and all(rec.present)
    np.testing.assert_allclose(rec.samples_mv, sig, atol=0.003)  # 5-uV steps


def test_hl7_aecg_at_another_rate(tmp_path):
    sig = ludb_signals(3)[:, ::2]  # 250 Hz
    rec = read_recording(write_aecg(tmp_path / "a.xml", sig, 250, STANDARD))
    assert rec.source_fs_hz == 250 and rec.samples_mv.shape == (12, 5000)


def test_ge_muse_eight_leads_derive_the_other_limb_leads(tmp_path):
    sig = ludb_signals(3)
    eight = [0, 1, 6, 7, 8, 9, 10, 11]
    path = write_muse(tmp_path / "m.xml", sig[eight], 500, [STANDARD[i] for i in eight])
    rec = read_recording(path)
    assert rec.source_format == "GE MUSE XML" and all(rec.present)
    np.testing.assert_allclose(rec.lead("V3"), sig[8], atol=0.003)
    np.testing.assert_allclose(rec.lead("aVF"), sig[1] - sig[0] / 2, atol=0.005)
    assert any("Derived" in n and "III" in n for n in rec.notes)


def test_edf_plus(tmp_path):
    sig = ludb_signals(3)
    rec = read_recording(write_edf(tmp_path / "e.edf", sig, 500, STANDARD))
    assert rec.source_format == "EDF+" and all(rec.present)
    np.testing.assert_allclose(rec.samples_mv, sig, atol=0.002)


def test_edf_cut_short_is_said_and_garbage_refused(tmp_path):
    path = write_edf(tmp_path / "e.edf", ludb_signals(3), 500, STANDARD)
    path.write_bytes(path.read_bytes()[: 256 * 13 + 12 * 500 * 2 * 6 + 99])
    rec = read_recording(path)
    assert any("cut short" in n for n in rec.notes) and rec.samples_mv.shape == (12, 3000)
    bad = tmp_path / "b.edf"
    bad.write_bytes(b"0       " + b"x" * 300)
    with pytest.raises(UnreadableInputError):
        read_recording(bad)


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<AnnotatedECG xmlns="urn:hl7-org:v3">&lol4;</AnnotatedECG>"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><RestingECG><MuseInfo>&xxe;</MuseInfo></RestingECG>"""


@pytest.mark.parametrize("text", [BILLION_LAUGHS, EXTERNAL])
def test_xml_entities_are_refused(tmp_path, text):
    path = tmp_path / "evil.xml"
    path.write_text(text)
    with pytest.raises(UnreadableInputError, match="entities"):
        read_recording(path)


@pytest.mark.parametrize("text,match", [
    ("<AnnotatedECG><component>", "not well-formed"),
    ("<restingecgdata><waveforms/></restingecgdata>", "Philips ECG file without waveforms"),
    ("<html><body>hello</body></html>", "not an ECG format"),
    ("<RestingECG><Waveform><WaveformType>Rhythm</WaveformType></Waveform></RestingECG>", "no leads"),
    ('<AnnotatedECG xmlns="urn:hl7-org:v3"></AnnotatedECG>', "without waveforms"),
])
def test_bad_xml_gets_a_clear_message(tmp_path, text, match):
    path = tmp_path / "x.xml"
    path.write_text(text)
    with pytest.raises(UnreadableInputError, match=match):
        read_recording(path)


def test_truncated_dicom_is_refused(tmp_path):
    path = tmp_path / "cut.dcm"
    path.write_bytes((DATA / "waveform_ecg.dcm").read_bytes()[:5000])
    with pytest.raises(UnreadableInputError):
        read_recording(path)


def test_lead_order_follows_names_not_position(tmp_path):
    sig = ludb_signals(3)
    order = list(reversed(range(12)))
    rec = read_recording(write_aecg(tmp_path / "r.xml", sig[order], 500, [STANDARD[i] for i in order]))
    np.testing.assert_allclose(rec.lead("I"), sig[0], atol=0.003)
    assert rec.lead_names == STANDARD_LEADS


# Philips XML samples from sierra-ecg-tools (MIT); sample values at index 2750 as its own tests state them
PHILIPS = [("philips_1_03_129DYPRG.xml", "Philips XML 1.03 (XLI)", [-9, -17, -7, 13, -1, -12, 0, -1, -3, -4, -7, -6]),
           ("philips_1_04_ZZDEMOPTONLY.xml", "Philips XML 1.04 (XLI)",
            [-11, -54, -43, 33, 16, -50, 7, -4, -14, -41, -35, -33])]


@pytest.mark.parametrize("name,fmt,midpoints", PHILIPS)
def test_philips_xml_xli_decodes_to_the_reference_values(name, fmt, midpoints):
    from pulse_desktop.core.ecg_files.philips_xml import read_philips
    from pulse_desktop.core.ecg_files.safe_xml import parse_xml

    raw = read_philips(parse_xml(DATA / name), DATA / name)
    assert raw.source_format == fmt and raw.fs_hz == 500 and raw.samples_mv.shape == (12, 5500)
    assert [round(v / 0.005) for v in raw.samples_mv[:, 2750]] == midpoints  # 5 uV per unit
    rec = read_recording(DATA / name)
    assert all(rec.present) and any("first 10 s" in n for n in rec.notes)


def test_philips_measurements_agree_with_the_carts_own():
    """The 1.04 demo file carries the Philips cart's measurements: HR 84, PR 144, QRS 84, QT 352, axes 81/78/67."""
    m = measure(read_recording(DATA / "philips_1_04_ZZDEMOPTONLY.xml"))
    assert abs(m.heart_rate_bpm - 84) <= 4 and abs(m.pr_ms - 144) <= 20 and abs(m.qrs_ms - 84) <= 25
    assert abs(m.qt_ms - 352) <= 40
    assert abs(m.p_axis_deg - 81) <= 15 and abs(m.qrs_axis_deg - 78) <= 15 and abs(m.t_axis_deg - 67) <= 15


def test_damaged_philips_data_is_refused(tmp_path):
    text = (DATA / "philips_1_03_129DYPRG.xml").read_text(encoding="latin-1")
    start = text.index("<parsedwaveforms")
    body = text.index(">", start) + 1
    cut = tmp_path / "cut.xml"
    cut.write_text(text[:body] + text[body:body + 3000] + text[text.index("</parsedwaveforms>"):],
                   encoding="latin-1")
    with pytest.raises(UnreadableInputError):
        read_recording(cut)


def test_hl7_aecg_real_example():
    """The HL7 aECG implementation guide's example (as shipped by FDA's aecg-python, CC0): 12 leads, 10 s at
    500 Hz, 2.5 uV per digit; its own annotations give PR 148, QRS 120, QT 420 ms, axes P 44, QRS -61, T 86."""
    rec = read_recording(DATA / "hl7_aecg_example.xml")
    assert rec.source_format == "HL7 aECG XML" and rec.source_fs_hz == 500 and all(rec.present)
    assert rec.notes == ()
    m = measure(rec)
    assert abs(m.pr_ms - 148) <= 20 and abs(m.qrs_ms - 120) <= 30 and abs(m.qt_ms - 420) <= 60
    assert abs(m.qrs_axis_deg - (-61)) <= 20 and abs(m.p_axis_deg - 44) <= 20 and abs(m.t_axis_deg - 86) <= 20
