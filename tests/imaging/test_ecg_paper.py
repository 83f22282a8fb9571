"""The synthetic ECG paper renderer draws what its truth says."""

from __future__ import annotations

import numpy as np

from tests.support.ecg_paper import (
    GRID_MM,
    PAPER_MM,
    load_ptbxl_record,
    place_paper,
    render_ecg_paper,
    simulate_photo,
)


def test_render_matches_its_truth() -> None:
    signals, record = load_ptbxl_record(0)
    assert signals.shape == (12, 5000) and record["ptbxl_ecg_id"] > 0
    paper, truth = render_ecg_paper(signals, px_per_mm=6.0)
    a = np.asarray(paper).astype(int)
    assert paper.size == truth.size_px == (round(PAPER_MM[0] * 6), round(PAPER_MM[1] * 6))
    # a 5-mm line is red, the middle of a 1-mm square is white paper
    x_major = round((GRID_MM[0] + 25) * 6)
    y_mid = round((GRID_MM[1] + 2.5) * 6)
    assert a[y_mid, x_major, 0] > 180 and a[y_mid, x_major, 1] < 150
    assert (a[round((GRID_MM[1] + 1.5) * 6), round((GRID_MM[0] + 1.5) * 6)] > 240).all()
    # lead II's rhythm strip: the trace is drawn through each sample at 25 mm/s and 10 mm/mV
    strip = [b for b in truth.leads if b.name == "II" and b.t1_s - b.t0_s == 10.0][0]
    for i in (400, 1500, 3600):
        x = strip.x0_px + i / 500 * 25 * 6
        y = strip.baseline_px - signals[1, i] / 1000 * 10 * 6
        patch = a[int(y) - 3:int(y) + 4, int(x) - 1:int(x) + 2]
        assert patch.sum(axis=2).min() < 200, f"no trace at sample {i}"
    assert len(truth.leads) == 13


def test_photo_places_the_paper_at_the_truth_corners() -> None:
    paper, _ = render_ecg_paper(load_ptbxl_record(1)[0], px_per_mm=4.0)
    corners = place_paper((800, 600), paper.size, rotate_deg=8, tilt=(0.1, 0.05))
    photo, truth = simulate_photo(paper, corners, (800, 600), shading=0.2, noise_sigma=2, jpeg_quality=90)
    assert np.allclose(truth.corners, corners, atol=1e-3)
    a = np.asarray(photo).astype(int)
    assert a[5, 5].mean() < 120  # the table
    tl = np.array(corners[0])
    inside = tl + (np.array(corners[2]) - tl) * 0.03  # just inside the top-left corner: white margin
    assert a[int(inside[1]), int(inside[0])].mean() > 170
