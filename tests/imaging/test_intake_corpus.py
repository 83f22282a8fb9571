"""A small fixed subset of the intake corpus (the benchmark, tests/support/bench_intake.py, runs all of it):
ECGs on every kind of paper are taken for ECGs, near misses are doubted, and sideways pages are turned."""

from __future__ import annotations

import numpy as np
import pytest

from pulse_desktop.core.imaging.intake import check_picture
from pulse_desktop.core.imaging.rectify import straighten
from tests.support.ecg_paper import load_ptbxl_record
from tests.support.intake_corpus import make_item
from tests.support.intake_corpus_paper import STYLES, render_styled_paper

ECGS = ["scan: black on grey-green#0", "scan: black#0", "scan: green#0", "scan: blue dots#0",
        "scan: thermal faded#0", "scan: monitor grey trace#1", "photo: glare#1", "photo: fills the frame#0",
        "close-up: two or three leads#2", "close-up: two or three leads#6"]
NON_ECGS = ["graph paper with a curve#0", "spreadsheet chart#2", "blank grid paper#0", "EEG chart#0",
            "typed letter#0", "printed form#0"]


def _item(name: str):
    category, index = name.rsplit("#", 1)
    return make_item(category, int(index))


@pytest.mark.parametrize("name", ECGS)
def test_ecgs_on_any_paper_are_taken_for_ecgs(name: str) -> None:
    item = _item(name)
    _, report = check_picture(item.image)
    assert report.is_ecg and report.usable, (item.description, [f for f in report.findings if f.level != "ok"])


@pytest.mark.parametrize("name", NON_ECGS)
def test_near_misses_are_doubted_not_blocked(name: str) -> None:
    _, report = check_picture(_item(name).image)
    assert not report.is_ecg and report.usable and not report.accepted


@pytest.fixture(scope="module")
def page() -> np.ndarray:
    return np.asarray(render_styled_paper(load_ptbxl_record(11)[0], STYLES["pink"], px_per_mm=5.0))


@pytest.mark.parametrize("quarter,turn", [(1, 90), (3, 270)])
def test_a_sideways_page_is_turned_and_the_turn_can_be_undone(page: np.ndarray, quarter: int, turn: int) -> None:
    sideways = np.ascontiguousarray(np.rot90(page, quarter))  # counter-clockwise quarter turns
    result, report = check_picture(sideways)
    assert result.turn == turn and result.method == "turned" and report.is_ecg
    assert np.array_equal(result.array, page)  # exactly the upright page
    assert any("turned by" in n for n in report.notes)
    h, w = sideways.shape[:2]
    corners = np.array(result.corners)  # where the output's corners lie in the sideways picture
    assert corners.min() >= -0.5 and corners[:, 0].max() <= w + 0.5 and corners[:, 1].max() <= h + 0.5
    undone = straighten(sideways, turn=0)
    assert undone.turn == 0 and undone.method == "unchanged" and np.array_equal(undone.array, sideways)


def test_an_upright_page_is_not_turned(page: np.ndarray) -> None:
    result = straighten(page)
    assert result.turn == 0 and result.method == "unchanged" and np.array_equal(result.array, page)
    with pytest.raises(ValueError):
        straighten(page, turn=45)
