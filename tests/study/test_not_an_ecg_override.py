"""No dead end: a picture the app doubts ("This does not look like an ECG") is interpreted once a clinician
states that it is one, by name; the study records the override and the report says who stated it."""

from __future__ import annotations

import json

import pytest

from pulse_desktop.cli import interpret_study
from pulse_desktop.cli.main import main
from pulse_desktop.core.storage import Store
from tests.imaging.non_ecg import text_page
from tests.study.drive import installed_bundle
from tests.study.engines import ANSWER, RecordingEngine


@pytest.fixture
def engine(tmp_path, monkeypatch):
    installed_bundle(tmp_path)
    engine = RecordingEngine()
    monkeypatch.setattr(interpret_study, "open_engine", lambda bundle, settings: engine)
    return engine


def test_stated_to_be_an_ecg_by_name_on_the_record_and_the_report(engine, capsys, tmp_path):
    from pypdf import PdfReader

    picture = tmp_path / "doubted.png"
    text_page(3).save(picture)  # a page the checks doubt: no grid, no trace, but not blank
    code = main(["interpret", str(picture), "--json"])
    out, err = capsys.readouterr()
    assert code == 3 and engine.images == [] and "does not look like an ECG" in err + out

    report = tmp_path / "report.pdf"
    code = main(["interpret", str(picture), "--json", "--accept-warnings-by", "Dr Amina Obi",
                 "--patient-name", "Test Patient", "--pdf", str(report)])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert data["answer"] == ANSWER and data["quality"]["accepted_by"] == "Dr Amina Obi"
    assert {"grid", "trace"} & set(data["quality"]["accepted_warnings"])
    with Store.open() as store:
        study = store.get(data["study_id"])
    assert not study.quality.is_ecg and study.quality.override.who == "Dr Amina Obi"
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(report)).pages)
    assert "The picture may not be an ECG. Stated to be an ECG by Dr Amina Obi" in text
