"""Pages the wrong way round, by the cues (core/imaging/orientation.py, calibration_pulse.py): calibration
pulses are found pointing up on upright pages of every paper style and down turned by 180 degrees, never the
wrong way; upright pages are never turned; turned pages of many styles, layouts and resolutions, and real
pages turned, are set right exactly."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from pulse_desktop.core.imaging.calibration_pulse import count_pulses
from pulse_desktop.core.imaging.rectify import straighten
from pulse_desktop.core.imaging.trace_detect import remove_grid, working_copy
from tests.support.ecg_paper import load_ptbxl_record
from tests.support.intake_corpus import make_item
from tests.support.intake_corpus_paper import STYLES, render_styled_paper
from tests.support.paths import ECG_IMAGES


def _resid(page: np.ndarray, ppm: float) -> tuple[np.ndarray, float]:
    dark, work_ppm = working_copy(page, ppm)
    return remove_grid(dark, work_ppm), work_ppm


def _render(record: int, style: str, ppm: float, layout: str, calibration: bool = True) -> np.ndarray:
    return np.asarray(render_styled_paper(load_ptbxl_record(record)[0], STYLES[style], px_per_mm=ppm,
                                          layout=layout, calibration=calibration))


@pytest.mark.parametrize("record,style,ppm,layout", [
    (1, "red", 4.0, "3x4+1"), (2, "thermal", 6.0, "6x2"), (4, "black on grey-green", 8.0, "12x1"),
    (5, "blue dots", 10.0, "3x4"), (6, "monitor grey trace", 5.0, "3x4+1"), (8, "green", 3.2, "6x2"),
])
def test_calibration_pulses_point_up_on_an_upright_page_and_down_turned(record: int, style: str, ppm: float,
                                                                         layout: str) -> None:
    page = _render(record, style, ppm, layout)
    resid, work_ppm = _resid(page, ppm)
    rows = {"3x4+1": 4, "3x4": 3, "6x2": 6, "12x1": 12}[layout]
    upright = count_pulses(resid, work_ppm)
    turned = count_pulses(np.ascontiguousarray(resid[::-1, ::-1]), work_ppm)
    assert upright.up >= max(2, rows // 2) and upright.down == 0, upright  # enough to decide, never the wrong way
    assert turned.down >= max(2, rows // 2) and turned.up == 0, turned


@pytest.mark.parametrize("record", range(8))
def test_without_calibration_no_beat_is_taken_for_a_pulse_pointing_down(record: int) -> None:
    # a QRS, a fast rhythm's R waves or a lead label must not pass for a pulse: the cue that weighs most
    page = _render(record, "red", 5.0, ["3x4+1", "6x2", "12x1", "3x4"][record % 4], calibration=False)
    resid, work_ppm = _resid(page, 5.0)
    assert count_pulses(resid, work_ppm).down == 0


# scanned corpus pages of every kind: random records, layouts, 3-12 px/mm, inks, labels, header, pulses or not
UPRIGHT_ITEMS = [(f"scan: {style}", i) for style in STYLES for i in (0, 1)]


@pytest.mark.parametrize("category,index", UPRIGHT_ITEMS)
def test_an_upright_page_is_never_turned(category: str, index: int) -> None:
    item = make_item(category, index)
    assert straighten(item.image).turn == 0, item.description


@pytest.mark.parametrize("record,style,ppm,layout,quarters", [
    (3, "red", 4.5, "3x4+1", 2), (7, "pink", 7.0, "6x2", 1), (9, "thermal faded", 5.5, "3x4", 3),
    (10, "black", 9.0, "12x1", 2), (12, "blue", 3.5, "3x4+1", 1), (13, "orange", 6.0, "6x2", 3),
    (14, "red trace on grey grid", 8.0, "3x4", 2), (15, "major lines only", 5.0, "12x1", 1),
])
def test_a_turned_page_is_set_right(record: int, style: str, ppm: float, layout: str, quarters: int) -> None:
    page = _render(record, style, ppm, layout)
    turned = np.ascontiguousarray(np.rot90(page, quarters))  # counter-clockwise quarter turns
    result = straighten(turned)
    assert result.turn == 90 * quarters
    assert np.array_equal(result.array, page)


@pytest.mark.parametrize("name", ["ecg00001.png", "ecg00012.jpg", "ecg00015.png", "ecg00024.jpg"])
@pytest.mark.parametrize("quarters", [1, 2, 3])
def test_a_real_page_turned_is_set_right(name: str, quarters: int) -> None:
    with Image.open(ECG_IMAGES / name) as im:
        page = np.asarray(im.convert("RGB"))
    assert straighten(page).turn == 0
    assert straighten(np.ascontiguousarray(np.rot90(page, quarters))).turn == 90 * quarters
