"""Straightening: synthetic photos with known truth, clean pictures left alone, every real image."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from pulse_desktop.core.imaging.grid_angle import estimate_grid_angles
from pulse_desktop.core.imaging.intake import check_picture
from pulse_desktop.core.imaging.rectify import straighten
from tests.support.ecg_paper import PAPER_MM, load_ptbxl_record, place_paper, render_ecg_paper, simulate_photo
from tests.support.paths import ecg_image_files

#: Stated tolerances (docs/image-quality.md): corners within 0.5 % of the paper's diagonal in the photo;
#: grid scale within 1.5 % of the truth; squares square within 1.5 %.
CORNER_TOL = 0.005
SCALE_TOL = 0.015

PHOTO = (1600, 1200)
CASES = {
    "flat": dict(place=dict(), fx=dict()),
    "turned 10": dict(place=dict(rotate_deg=10), fx=dict(noise_sigma=3, jpeg_quality=85)),
    "turned -25, small": dict(place=dict(rotate_deg=-25, fill=0.7), fx=dict(shading=0.4, jpeg_quality=80)),
    "keystone": dict(place=dict(tilt=(0.15, 0.0)), fx=dict(blur_sigma_px=1.5, noise_sigma=4)),
    "keystone both ways, lamp": dict(place=dict(tilt=(0.1, 0.08), rotate_deg=5, offset=(0.05, 0.02)),
                                     fx=dict(shading=0.5, colour_cast=(1.0, 0.93, 0.8), blur_sigma_px=1.2,
                                             noise_sigma=4, jpeg_quality=80, glare=(0.55, 0.45, 0.03, 0.6))),
    "fills the frame": dict(place=dict(fill=0.95), fx=dict(shading=0.5, jpeg_quality=85)),
    "far away, 40 degrees": dict(place=dict(fill=0.55, rotate_deg=40), fx=dict(noise_sigma=2, jpeg_quality=90)),
}


@pytest.fixture(scope="module")
def paper() -> tuple[Image.Image, object]:
    return render_ecg_paper(load_ptbxl_record(7)[0], px_per_mm=8.0)


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_photo_of_the_whole_sheet_is_straightened_to_the_truth(paper, case: str) -> None:
    img, _ = paper
    spec = CASES[case]
    corners = place_paper(PHOTO, img.size, **spec["place"])
    photo, truth = simulate_photo(img, corners, PHOTO, seed=hash(case) % 1000, **spec["fx"])
    result = straighten(photo)
    assert result.method == "paper"
    got, want = np.array(result.corners), np.array(truth.corners)
    diag = np.hypot(*(want[2] - want[0]))
    assert np.abs(got - want).max() <= CORNER_TOL * diag, (got, want)
    w, h = result.image.size
    true_x, true_y = w / PAPER_MM[0], h / PAPER_MM[1]  # the output is exactly the paper
    assert abs(true_x / true_y - 1) <= SCALE_TOL, "grid squares are not square"
    assert result.px_per_mm == pytest.approx(true_x, rel=SCALE_TOL)
    assert result.lighting_corrected
    paper_white = np.percentile(np.asarray(result.image)[h // 20: -h // 20, w // 20: -w // 20], 75, axis=(0, 1))
    assert (paper_white > 225).all(), f"paper not evened out to white: {paper_white}"


@pytest.mark.parametrize("place", [dict(fill=1.3, tilt=(0.1, 0.0)), dict(fill=1.3, tilt=(0.06, 0.04), rotate_deg=-2),
                                   dict(fill=1.25, tilt=(0.0, 0.1))], ids=["keystone", "keystone+turn", "sideways"])
def test_photo_filling_the_frame_is_straightened_from_its_grid(paper, place: dict) -> None:
    img, _ = paper
    corners = place_paper(PHOTO, img.size, **place)
    photo, truth = simulate_photo(img, corners, PHOTO, shading=0.2, noise_sigma=2, jpeg_quality=90, seed=5)
    result = straighten(photo)
    assert result.method == "grid"
    angles = estimate_grid_angles(np.asarray(result.image))
    assert abs(angles.rotation_deg) < 0.3 and abs(angles.shear_deg) < 0.3
    # output -> paper through the truth: a uniform scale, the same along x and y
    to_paper = np.linalg.inv(np.array(truth.homography)) @ np.linalg.inv(np.array(result.homography))
    w, h = result.image.size
    pts = np.array([[w * 0.25, h * 0.25, 1], [w * 0.75, h * 0.25, 1], [w * 0.25, h * 0.75, 1]]) @ to_paper.T
    pts = pts[:, :2] / pts[:, 2:]
    sx, sy = (pts[1, 0] - pts[0, 0]) / (w * 0.5), (pts[2, 1] - pts[0, 1]) / (h * 0.5)
    assert sx == pytest.approx(sy, rel=SCALE_TOL)
    assert result.px_per_mm == pytest.approx(8.0 / sx, rel=SCALE_TOL)


def test_clean_render_is_left_exactly_as_it_is(paper) -> None:
    img, truth = paper
    result = straighten(img)
    assert result.method == "unchanged" and not result.lighting_corrected and not result.changed
    assert np.array_equal(np.asarray(result.image), np.asarray(img))
    assert result.px_per_mm == pytest.approx(truth.px_per_mm, rel=0.005)


def test_turned_scan_is_rotated_back(paper) -> None:
    img, truth = paper
    turned = img.rotate(-3.0, resample=Image.BICUBIC, expand=True, fillcolor=(255, 255, 255))
    result = straighten(turned)
    assert result.method == "rotated"
    assert abs(estimate_grid_angles(np.asarray(result.image)).rotation_deg) < 0.2
    assert result.px_per_mm == pytest.approx(truth.px_per_mm, rel=0.01)


def test_user_corners_override_detection(paper) -> None:
    img, _ = paper
    corners = place_paper(PHOTO, img.size, rotate_deg=7, tilt=(0.1, 0.0))
    photo, truth = simulate_photo(img, corners, PHOTO, seed=2)
    shuffled = [truth.corners[i] for i in (2, 0, 3, 1)]  # any order
    result = straighten(photo, shuffled)
    assert result.method == "manual"
    assert np.allclose(result.corners, truth.corners, atol=0.5)
    for bad in ([(0, 0), (10, 0), (10, 10)], [(0, 0), (1, 0), (1, 1), (0, 1)],
                [(0, 0), (1600, 1200), (1600, 0), (np.nan, 5)]):
        with pytest.raises(ValueError):
            straighten(photo, bad)


REAL = ecg_image_files()
CLEAN = [p for p in REAL if int(p.stem[3:]) <= 25 or p.stem == "ecg00054"]  # scans, screenshots, exports


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_every_real_image_is_an_ecg_and_straightens(path) -> None:
    with Image.open(path) as im:
        image = im.convert("RGB")
    result, report = check_picture(image)
    assert report.is_ecg, [f for f in report.findings if f.level != "ok"]
    assert report.usable, report.blocking
    assert result.px_per_mm is not None and 2.0 <= result.px_per_mm <= 16.0
    assert result.turn == 0  # every real page is upright: none may be turned
    page_mm = result.image.size[0] / result.px_per_mm
    assert 180 <= page_mm <= 400, f"implausible page width {page_mm:.0f} mm"  # photos: plus filled wedges
    if path in CLEAN:  # a clean scan or render is never resampled
        assert result.method == "unchanged" and not result.lighting_corrected
        assert np.array_equal(np.asarray(result.image), np.asarray(image))
