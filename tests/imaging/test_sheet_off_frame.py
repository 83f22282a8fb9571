"""A sheet that runs off the frame but shows a stretch of each of its four sides (turned on the table, held
close): straightened from those sides, its corners off the frame found where they meet."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from pulse_desktop.core.imaging.intake import check_picture
from pulse_desktop.core.imaging.paper_detect import detect_paper
from tests.support.ecg_paper import load_ptbxl_record, place_paper, simulate_photo
from tests.support.intake_corpus_paper import STYLES, render_styled_paper

PHOTO = (2000, 1500)
CORNER_TOL = 0.005  # of the sheet's diagonal, as for a whole sheet (docs/image-quality.md)
#: (style, how the sheet lies): each has all four corners, or all but one, outside the frame
CASES = {
    "grey grid, turned 23, keystoned, lamp": ("grey", dict(fill=0.87, rotate_deg=23, tilt=(-0.06, -0.13)), 0.35),
    "thermal, turned -19, keystoned": ("thermal", dict(fill=0.89, rotate_deg=-19, tilt=(-0.01, 0.16)), 0.3),
    "grey-green, turned 32, close": ("black on grey-green", dict(fill=1.1, rotate_deg=32, tilt=(0.02, -0.02)), 0.2),
}


def _photo(case: str) -> tuple[np.ndarray, np.ndarray, float]:
    style, place, shading = CASES[case]
    page = render_styled_paper(load_ptbxl_record(3)[0], STYLES[style], px_per_mm=6.5, layout="3x4+1")
    corners = place_paper(PHOTO, page.size, **place)
    photo, truth = simulate_photo(page, corners, PHOTO, shading=shading, exposure=0.8, noise_sigma=2,
                                  jpeg_quality=88, seed=11)
    return np.asarray(photo), np.array(truth.corners), page.size[0] / page.size[1]


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_a_sheet_running_off_the_frame_is_straightened_from_its_four_sides(case: str) -> None:
    photo, truth, aspect = _photo(case)
    h, w = photo.shape[:2]
    off = [(x < 0 or x > w or y < 0 or y > h) for x, y in truth]
    assert sum(off) >= 3, "the case must cut the sheet's corners off"
    paper = detect_paper(photo)
    assert paper is not None and paper.edges_seen and not paper.whole_sheet_visible and paper.touches
    result, report = check_picture(photo)
    assert result.method == "paper"
    diag = np.hypot(*(truth[2] - truth[0]))
    assert np.abs(np.array(result.corners) - truth).max() <= CORNER_TOL * diag, (result.corners, truth)
    assert result.image.size[0] / result.image.size[1] == pytest.approx(aspect, rel=0.03)
    assert report.is_ecg and report.usable, [f for f in report.findings if f.level != "ok"]


def test_a_sheet_running_off_a_whole_side_is_left_to_its_grid() -> None:
    """Three sides seen: the fourth is the frame, not the sheet; its grid straightens it, as before."""
    page = render_styled_paper(load_ptbxl_record(3)[0], STYLES["red"], px_per_mm=6.5, layout="3x4+1")
    corners = place_paper(PHOTO, page.size, fill=0.85, rotate_deg=4, tilt=(0.05, 0.0), offset=(0.2, 0.0))
    photo, _ = simulate_photo(page, corners, PHOTO, noise_sigma=2, seed=3)
    paper = detect_paper(np.asarray(photo))
    assert paper is None or not paper.edges_seen
    result, report = check_picture(Image.fromarray(np.asarray(photo)))
    assert result.method in ("grid", "rotated") and report.is_ecg
