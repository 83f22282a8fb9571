"""`pulse-desktop interpret` drives the study workflow: straightened and checked by default, blocked with exit 3
and the findings, warnings accepted only by name (recorded), bad options refused with exit 2."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from pulse_desktop.cli import interpret_study
from pulse_desktop.cli.main import main
from pulse_desktop.core.storage import Store
from tests.study.drive import installed_bundle
from tests.study.engines import ANSWER, RecordingEngine
from tests.support.paths import ecg_image_files


@pytest.fixture
def engine(tmp_path, monkeypatch):
    installed_bundle(tmp_path)
    engine = RecordingEngine()
    monkeypatch.setattr(interpret_study, "open_engine", lambda bundle, settings: engine)
    return engine


def run(capsys, *argv):
    code = main(["interpret", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("option, value, words", [
    ("--question", "", "question is empty"),
    ("--question", "   ", "question is empty"),
    ("--max-new-tokens", "-5", "--max-new-tokens must be 1 or more"),
    ("--max-new-tokens", "0", "--max-new-tokens must be 1 or more"),
    ("--threads", "-2", "--threads must be 0"),
    ("--accept-warnings-by", "  ", "needs the name"),
])
def test_bad_options_are_refused_with_a_clear_message(capsys, option, value, words):
    code, out, err = run(capsys, ecg_image_files()[0], option, value)
    assert code == 2 and words in err and "What to do:" in err and "Traceback" not in err and out == ""


def test_a_blank_page_is_blocked_with_its_findings(engine, capsys, tmp_path):
    blank = tmp_path / "blank.png"
    Image.new("RGB", (1400, 1000), "white").save(blank)
    code, out, err = run(capsys, blank, "--json", "--accept-warnings-by", "Dr Obi")
    assert code == 3 and engine.images == []
    data = json.loads(out)
    assert data["quality"]["usable"] is False and "error" in data
    assert any(c["level"] == "blocking" for c in data["quality"]["checks"])
    assert "[blocking]" in err and "What to do" in err


def _with_warnings():
    """A real picture from the shared data whose check gives warnings and no blocking finding."""
    from pulse_desktop.core.study.picture import open_file

    for path in ecg_image_files():
        review = open_file(path).review
        if review.warnings and not review.blocked:
            return path, review
    pytest.fail("no shared picture has quality warnings only: the test needs one")


def test_warnings_need_a_name_which_is_recorded(engine, capsys, tmp_path):
    path, review = _with_warnings()
    code, out, err = run(capsys, path, "--json")
    assert code == 3 and engine.images == [] and "--accept-warnings-by" in err
    code, out, err = run(capsys, path, "--json", "--accept-warnings-by", "Dr Obi", "--patient-name", "Ana",
                         "--pdf", tmp_path / "r.pdf")
    assert code == 0, err
    data = json.loads(out)
    assert data["answer"] == ANSWER and data["quality"]["accepted_by"] == "Dr Obi"
    assert data["quality"]["accepted_warnings"] == sorted(f.name for f in review.warnings)
    with Store.open() as store:
        study = store.get(data["study_id"])
    assert study.quality.override.who == "Dr Obi" and study.turns[0].answer == ANSWER
    assert (tmp_path / "r.pdf").is_file()


def test_a_picture_straightened_by_default_and_as_is_on_request(engine, capsys):
    import numpy as np

    path = ecg_image_files()[0]
    code, out, _ = run(capsys, path, "--json", "--accept-warnings-by", "Dr Obi")
    assert code == 0
    data = json.loads(out)
    assert data["picture"]["read"] in ("straightened", "original") and data["quality"]["checks"]
    code, out, _ = run(capsys, path, "--json", "--as-is")
    assert code == 0
    data = json.loads(out)
    assert data["picture"]["read"] == "as-is" and data["quality"] is None
    np.testing.assert_array_equal(engine.images[-1], np.asarray(Image.open(path).convert("RGB")))


def test_corners_straighten_there_as_the_window_s_handles_do(engine, capsys):
    from pulse_desktop.core.study.picture import review_picture

    path = ecg_image_files()[0]
    w, h = Image.open(path).size
    corners = [(w * 0.05, h * 0.05), (w * 0.95, h * 0.04), (w * 0.96, h * 0.95), (w * 0.04, h * 0.96)]
    text = ",".join(f"{v:.0f}" for point in corners for v in point)
    code, out, err = run(capsys, path, "--json", "--accept-warnings-by", "Dr Obi", "--corners", text)
    assert code == 0, err
    data = json.loads(out)
    assert data["picture"]["read"] == "straightened"
    expected = review_picture(Image.open(path).convert("RGB"), [(round(x), round(y)) for x, y in corners])
    import numpy as np

    np.testing.assert_array_equal(engine.images[-1], np.asarray(expected.straightened))
    code, _, err = run(capsys, path, "--corners", "0,0,1,1,2,2,3,3", "--accept-warnings-by", "Dr Obi")
    assert code == 2 and "corners" in err and "Traceback" not in err
