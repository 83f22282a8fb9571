"""`pulse-desktop interpret FILE` with a digital ECG file (real engine, tiny bundle): the rendered page is read,
the JSON carries the measurements, the study is recorded with them, and `studies confirm` + `studies report`
give the confirmed PDF with the measurement block."""

from __future__ import annotations

import json

from pypdf import PdfReader

from pulse_desktop.cli.main import main
from pulse_desktop.core.bundle.importer import import_bundle
from pulse_desktop.core.ecg_files import read_recording
from pulse_desktop.core.measure import measure
from pulse_desktop.core.storage import Store
from tests.support.paths import REPO

SAMPLE = REPO / "tests" / "data" / "digital" / "hl7_aecg_example.xml"


def _run(capsys, *argv):
    code = main([*map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def _text(pdf) -> str:
    return " ".join(" ".join((p.extract_text() or "") for p in PdfReader(pdf).pages).split())


def test_interpret_a_digital_file_to_a_confirmed_report(tiny_bundle_f32_flat, capsys, tmp_path):
    import_bundle(tiny_bundle_f32_flat)
    code, out, err = _run(capsys, "interpret", SAMPLE, "--json", "--patient-name", "Cli Carla", "--gpu-layers", "0",
                          "--max-new-tokens", "8", "--accept-warnings-by", "Dr Test", "--pdf", tmp_path / "a.pdf")
    assert code == 0, err
    data = json.loads(out)
    expected = measure(read_recording(SAMPLE)).to_dict()
    assert data["picture"]["read"] == "rendered" and data["picture"]["size"] == [2200, 1700]
    assert data["measurements"] == expected and data["quality"]["is_ecg"] is True
    assert "measured by PULSE Desktop from the digital recording" in _text(tmp_path / "a.pdf")
    with Store.open() as store:
        assert store.get(data["study_id"]).measurements == expected

    assert _run(capsys, "studies", "confirm", data["study_id"], "--by", "Dr Test")[0] == 0
    code, out, err = _run(capsys, "studies", "report", data["study_id"], "--pdf", tmp_path / "b.pdf")
    assert code == 0, err
    text = _text(tmp_path / "b.pdf")
    assert "measured by PULSE Desktop from the digital recording" in text and "Dr Test" in text
    assert f"{expected['qrs_ms']} ms" in text and "UNCONFIRMED" not in text

    code, out, err = _run(capsys, "studies", "show", data["study_id"])  # the text view prints them too
    assert code == 0, err
    assert "Measured from the digital recording:" in out and f"QRS               {expected['qrs_ms']} ms" in out
    assert f"Heart rate        {expected['heart_rate_bpm']} bpm" in out and "Status: confirmed" in out


def test_human_output_says_what_was_measured(tiny_bundle_f32_flat, capsys):
    import_bundle(tiny_bundle_f32_flat)
    code, out, err = _run(capsys, "interpret", SAMPLE, "--gpu-layers", "0", "--max-new-tokens", "4",
                          "--accept-warnings-by", "Dr Test")
    assert code == 0, err
    assert "Measured from the digital recording" in err and "picture rendered" in err


def test_a_damaged_digital_file_is_refused_with_a_hint(tiny_bundle_f32_flat, capsys, tmp_path):
    import_bundle(tiny_bundle_f32_flat)
    bad = tmp_path / "cut.xml"
    bad.write_bytes(SAMPLE.read_bytes()[:4000])
    code, out, err = _run(capsys, "interpret", bad)
    assert code == 2 and "What to do" in err and "Traceback" not in err
    assert _run(capsys, "studies", "confirm", "20990101-XXXXX", "--by", "Dr Test")[0] != 0
