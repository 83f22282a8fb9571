"""Blurred photos of a whole sheet: the page's aspect comes back right though the grid is misread.

On these photos the 1-mm lines are blurred away on one axis only, so the grid's period is read from the
1-mm lines one way and from the 5-mm lines (by a harmonic) the other; "squares made square" then
stretched a correctly found sheet by 8 to 27 % (issue 20). The paper's edges decide instead.
"""

from __future__ import annotations

import numpy as np
import pytest

from pulse_desktop.core.imaging.grid_scale import AxisScale, GridScale
from pulse_desktop.core.imaging.rectify import _sheet_grid_factor, straighten
from tests.support.bench_intake import ASPECT_TARGET, CORNER_TARGET, restoration_error
from tests.support.intake_corpus import make_item


@pytest.mark.parametrize("category, index", [("photo: blur", 29), ("photo: blur", 32), ("photo: perspective", 9)])
def test_blurred_whole_sheet_is_restored_to_its_true_aspect(category: str, index: int) -> None:
    made = make_item(category, index)
    assert made.edges_visible and made.paper_aspect
    result = straighten(made.image)
    assert result.method == "paper"
    aspect, corner = restoration_error(result.corners, result.turn, result.image.size, made.paper_corners,
                                       made.paper_aspect)
    assert aspect <= ASPECT_TARGET, f"aspect off by {aspect:.1%}"
    assert corner <= CORNER_TARGET, f"corners off by {corner:.2%} of the diagonal"


def _grid(x_ppmm: float, x_minor: bool, y_ppmm: float, y_minor: bool) -> GridScale:
    return GridScale(AxisScale(x_ppmm, 20.0, x_minor), AxisScale(y_ppmm, 20.0, y_minor), "dark")


def test_a_grid_read_from_different_lines_on_each_axis_does_not_stretch_the_sheet() -> None:
    letter = (1697, 1312)  # a landscape US Letter sheet as its edges give it, seen square-on
    quad = np.array([[0.0, 0.0], [1697.0, 0.0], [1697.0, 1312.0], [0.0, 1312.0]])
    assert _sheet_grid_factor(_grid(6.07, True, 6.60, False), letter, quad) is None  # 1.29: already Letter
    assert _sheet_grid_factor(_grid(6.07, True, 6.07 * 1.3, True), letter, quad) is None  # beyond foreshortening
    factor = _sheet_grid_factor(_grid(6.07, True, 6.07 * 1.05, True), letter, quad)  # a consistent grid still rules
    assert factor is not None and abs(factor * 1.05 - 1.0) < 0.01
    tilted = np.array([[100.0, 0.0], [1597.0, 0.0], [1697.0, 1312.0], [0.0, 1312.0]])  # top 12 % shorter
    factor = _sheet_grid_factor(_grid(6.07, True, 6.07 * 1.05, False), letter, tilted)  # the grid knows better
    assert factor is not None and abs(factor * 1.05 - 1.0) < 0.01
