"""Pages the wrong way round: rendered corpus pages turned by 90, 180 and 270 degrees are turned back
(core/imaging/orientation.py), an upright page never is, and a sheet photographed at a steep angle is
straightened (rectify._from_steep_grid)."""

from __future__ import annotations

import numpy as np
import pytest

from pulse_desktop.core.imaging.grid_angle import estimate_grid_angles
from pulse_desktop.core.imaging.intake import check_picture
from pulse_desktop.core.imaging.rectify import straighten
from pulse_desktop.core.imaging.trace_detect import measure_trace
from tests.support.ecg_paper import load_ptbxl_record, place_paper, simulate_photo
from tests.support.intake_corpus_paper import STYLES, render_styled_paper


def _page(record: int, style: str, layout: str = "3x4+1") -> np.ndarray:
    return np.asarray(render_styled_paper(load_ptbxl_record(record)[0], STYLES[style], px_per_mm=5.0, layout=layout))


@pytest.mark.parametrize("style", ["pink", "black"])
@pytest.mark.parametrize("quarters", [1, 2, 3])
def test_a_page_turned_any_way_is_turned_back_exactly(style: str, quarters: int) -> None:
    page = _page(11, style)  # a record whose T waves stand well above its P waves
    turned = np.ascontiguousarray(np.rot90(page, quarters))  # counter-clockwise quarter turns
    result, report = check_picture(turned)
    assert result.turn == 90 * quarters and report.is_ecg
    undone = straighten(turned, turn=0)
    assert undone.turn == 0 and undone.array.shape == turned.shape
    assert np.array_equal(result.array, np.rot90(undone.array, -quarters))  # the same picture, exactly turned
    assert any(f"turned by {90 * quarters} degrees" in note for note in report.notes)


@pytest.mark.parametrize("record,style,layout", [(0, "blue dots", "6x2"), (3, "pink", "3x4"), (7, "black", "12x1"),
                                                 (3, "green", "3x4+1"), (19, "thermal", "3x4+1")])
def test_an_upright_page_stays_and_a_sideways_one_is_set_right(record: int, style: str, layout: str) -> None:
    page = _page(record, style, layout)
    assert straighten(page).turn == 0
    for quarters in (1, 3):
        result = straighten(np.ascontiguousarray(np.rot90(page, quarters)))
        assert result.turn == 90 * quarters  # set right: the calibration pulses point up again
        assert result.image.size == (page.shape[1], page.shape[0])


def test_the_beats_read_forwards_on_upright_pages() -> None:
    # the cue behind turning a page by 180 degrees: the T wave after each QRS departs further than the P
    # wave before it; on most records the page-wide sum is positive upright and negative turned
    signs = []
    for record in range(8):
        page = _page(record, "red")
        upright = measure_trace(page, 5.0)
        backwards = measure_trace(np.ascontiguousarray(page[::-1, ::-1]), 5.0)
        signs.append((upright.beat_asymmetry > 0, backwards.beat_asymmetry < 0))
    assert sum(u for u, _ in signs) >= 6 and sum(b for _, b in signs) >= 6, signs


@pytest.mark.parametrize("style", ["red", "green", "black"])
@pytest.mark.parametrize("degrees", [18, -25, 33])
def test_a_sheet_filling_the_frame_at_a_steep_angle_is_straightened(style: str, degrees: float) -> None:
    page = render_styled_paper(load_ptbxl_record(5)[0], STYLES[style], px_per_mm=7.0)
    corners = place_paper((1600, 1200), page.size, fill=1.15, rotate_deg=degrees)  # the sheet runs off the frame
    photo, _ = simulate_photo(page, corners, (1600, 1200), shading=0.2, noise_sigma=2, seed=1)
    result, report = check_picture(np.asarray(photo))
    assert result.method in ("rotated", "grid") and report.is_ecg
    assert abs(estimate_grid_angles(result.array).rotation_deg) < 0.5
