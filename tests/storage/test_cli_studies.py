"""`pulse-desktop studies ...` through the real argument parser and store."""

from __future__ import annotations

import json

import pypdf
import pytest

from pulse_desktop.cli.main import main
from pulse_desktop.core.storage import Patient, Store
from tests.report.sample_study import PATIENT, make_sample_study


@pytest.fixture
def sid():
    with Store.open() as store:
        return make_sample_study(store)


def test_list_and_list_json(sid, capsys):
    with Store.open() as store:
        other = store.create_study(Patient(name="Ψ Other", patient_id="P-2"))
    assert main(["studies", "list"]) == 0
    out = capsys.readouterr().out
    assert sid in out and PATIENT.name in out and "Ψ Other" in out and "interpreted" in out
    assert main(["studies", "list", "--json", "--search", "ψ other"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["study_id"] for s in data["studies"]] == [other]
    assert data["studies"][0]["status"] == "draft"


def test_list_when_empty(capsys):
    assert main(["studies", "list"]) == 0
    assert "No studies." in capsys.readouterr().out


def test_show_text_and_json_accept_a_sloppily_typed_id(sid, capsys):
    assert main(["studies", "show", sid.lower()]) == 0
    out = capsys.readouterr().out
    assert PATIENT.name in out and "UNCONFIRMED" in out and "CRITICAL Acute myocardial infarction" in out
    assert main(["studies", "show", sid, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["patient"]["patient_id"] == PATIENT.patient_id
    assert data["turns"][0]["state"] == "complete" and data["incomplete"] is False
    assert set(data["image_paths"]) == {"original", "straightened"}
    assert [e["kind"] for e in data["events"]][0] == "created"


def test_report_writes_a_pdf_on_the_paper_asked(sid, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    assert main(["studies", "report", sid, "--pdf", str(out), "--paper", "letter", "--facility", "Ward 7 & <ICU>"]) == 0
    reader = pypdf.PdfReader(str(out))
    assert round(float(reader.pages[0].mediabox.height)) == 792
    text = reader.pages[0].extract_text()
    assert PATIENT.name in text and "Ward 7 & <ICU>" in text


def test_report_uses_the_settings_file(sid, tmp_path, pulse_home):
    (pulse_home / "settings.json").write_text(json.dumps({"facility_name": "Settings Clinic", "paper_size": "Letter"}))
    out = tmp_path / "r.pdf"
    assert main(["studies", "report", sid, "--pdf", str(out)]) == 0
    reader = pypdf.PdfReader(str(out))
    assert "Settings Clinic" in reader.pages[0].extract_text()
    assert round(float(reader.pages[0].mediabox.width)) == 612


def test_export(sid, tmp_path, capsys):
    assert main(["studies", "export", sid, str(tmp_path / "x")]) == 0
    names = sorted(p.name for p in (tmp_path / "x").iterdir())
    assert names == ["original.png", "report.pdf", "straightened.png", "study.json"]


def test_delete_asks_then_deletes(sid, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["studies", "delete", sid]) == 1
    assert "--yes" in capsys.readouterr().err
    assert main(["studies", "delete", sid, "--yes"]) == 0
    assert main(["studies", "show", sid]) == 7  # StorageError's exit code
    err = capsys.readouterr().err
    assert "no study" in err and "studies list" in err


def test_unknown_study_is_a_clear_error(capsys):
    assert main(["studies", "report", "20990101-XXXXX", "--pdf", "x.pdf"]) == 7
    assert "There is no study" in capsys.readouterr().err
