"""A thin grey trace photographed out of focus is still found, and a curve on graph paper, photographed just
as out of focus or sharp, is still not taken for an ECG (trace_detect, step 6: the residual at grid line
crossings, and a faint level that counts only curves the regular levels do not already show;
docs/image-quality.md, "Trace detection")."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from pulse_desktop.core.imaging.intake import check_picture
from tests.support import intake_corpus_damage as dmg
from tests.support.ecg_paper import load_ptbxl_record, place_paper, simulate_photo
from tests.support.intake_corpus import make_item
from tests.support.intake_corpus_nonecg import graph_paper_with_curve
from tests.support.intake_corpus_paper import STYLES, render_styled_paper, with_trace

BLUR_PX = 2.0  # Gaussian defocus of the photo: the ink of a 0.1-mm grey line falls to about 0.05


def _photographed(paper: np.ndarray, seed: int) -> np.ndarray:
    """``paper`` photographed on a table, out of focus by BLUR_PX, with sensor noise and JPEG."""
    size = (1600, 1200)
    corners = place_paper(size, (paper.shape[1], paper.shape[0]), fill=0.86, tilt=(0.02, 0.02))
    photo, _ = simulate_photo(Image.fromarray(paper), corners, size, exposure=0.85, shading=0.1,
                              blur_sigma_px=BLUR_PX, noise_sigma=2.0, seed=seed)
    return dmg.jpeg(np.asarray(photo), 85)


@pytest.mark.parametrize("record,layout,style", [(118, "6x2", "green"), (3, "3x4+1", "grey"),
                                                 (7, "3x4", "red")])
def test_a_faint_blurred_trace_is_found(record: int, layout: str, style: str) -> None:
    thin_grey = with_trace(STYLES[style], (105, 105, 105), 0.1)
    page = np.asarray(render_styled_paper(load_ptbxl_record(record)[0], thin_grey, px_per_mm=6.0, layout=layout,
                                          page="a4", header=False))
    _, report = check_picture(_photographed(page, record))
    trace = next(f for f in report.findings if f.name == "trace")
    assert report.is_ecg and trace.level == "ok", [f for f in report.findings if f.level != "ok"]


def _not_an_ecg(picture: np.ndarray) -> None:
    _, report = check_picture(picture)
    trace = next(f for f in report.findings if f.name == "trace")
    assert not report.is_ecg and trace.level == "warning", (trace.value, report.findings)


@pytest.mark.parametrize("seed", range(3))
def test_a_curve_on_graph_paper_blurred_alike_is_not_an_ecg(seed: int) -> None:
    _not_an_ecg(_photographed(graph_paper_with_curve(np.random.default_rng(seed), (1700, 1250)), seed))


@pytest.mark.parametrize("index", [1, 13, 34])
def test_scraps_of_grid_on_a_dark_curve_are_not_qrs_spikes(index: int) -> None:
    """Graph paper whose faint level (its residual noise is low) shows scraps of grid lines touching the
    dark curve: taken for QRS spikes unless the faint level leaves curves the regular levels see alone."""
    _not_an_ecg(make_item("graph paper with a curve", index).image)
