"""The quality gate: non-ECGs doubted (overridable), blank pictures blocked, blur, glare, shadow, resolution, cut-off and rotation flagged at the
documented levels; overrides only for warnings, and recorded."""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
import pytest
from PIL import Image

from pulse_desktop.core.errors import QualityBlockedError
from pulse_desktop.core.imaging.intake import check_picture
from pulse_desktop.core.imaging.quality import NOT_AN_ECG, THRESHOLDS, QualityReport
from tests.imaging.non_ecg import blank_page, natural_scene, text_page
from tests.support.ecg_paper import load_ptbxl_record, place_paper, render_ecg_paper, simulate_photo

PHOTO = (1600, 1200)


@pytest.fixture(scope="module")
def paper() -> Image.Image:
    return render_ecg_paper(load_ptbxl_record(2)[0], px_per_mm=10.0)[0]


def _report(image, corners=None) -> QualityReport:
    return check_picture(image, corners)[1]


def _finding(report: QualityReport, name: str):
    return next(f for f in report.findings if f.name == name)


def _photo(paper, **fx) -> Image.Image:
    corners = place_paper(PHOTO, paper.size, rotate_deg=3, tilt=(0.05, 0.0))
    return simulate_photo(paper, corners, PHOTO, noise_sigma=3, jpeg_quality=85, **fx)[0]


@pytest.mark.parametrize("make", [text_page, natural_scene, lambda: natural_scene(3)],
                         ids=["text page", "scene", "another scene"])
def test_non_ecg_pictures_are_doubted_but_can_be_overridden(make) -> None:
    report = _report(make())
    assert not report.is_ecg and report.usable and not report.accepted
    doubts = [f for f in report.findings if f.message.startswith(NOT_AN_ECG)]
    assert doubts and all(f.level == "warning" and "say so" in f.advice for f in doubts)
    stated = report.with_override("Dr A. Mensah", reason="it is an ECG on unusual paper")
    assert stated.accepted and stated.ecg_stated_by == "Dr A. Mensah"
    assert {f.name for f in doubts} <= set(stated.to_dict()["override"]["findings"])


def test_a_blank_picture_blocks_with_its_reason() -> None:
    report = _report(blank_page())
    assert not report.is_ecg and not report.usable
    assert _finding(report, "trace").level == "blocking" and "blank" in _finding(report, "trace").message
    with pytest.raises(QualityBlockedError, match="blank"):
        report.raise_if_blocked()


def test_grid_without_a_trace_is_doubted() -> None:
    grid_only, _ = render_ecg_paper(load_ptbxl_record(0)[0], px_per_mm=6.0, draw_trace=False, header="")
    report = _report(grid_only)
    assert _finding(report, "grid").level == "ok"
    assert _finding(report, "trace").level == "warning" and not report.is_ecg and report.usable


def test_good_photo_passes_every_check(paper) -> None:
    report = _report(_photo(paper))
    assert report.is_ecg and report.usable and report.method == "paper"
    assert [f.name for f in report.findings if f.level != "ok"] == []


@pytest.mark.parametrize("sigma_px,grade", [(0.0, "ok"), (1.8, "warning"), (3.6, "severe")])
def test_blur_is_flagged_at_the_documented_levels(paper, sigma_px: float, grade: str) -> None:
    # the paper is photographed at about 4.5 px/mm: 1.8 px is 0.4 mm of blur, 3.6 px 0.8 mm; blur never blocks
    finding = _finding(_report(_photo(paper, blur_sigma_px=sigma_px)), "sharpness")
    assert finding.level == ("ok" if grade == "ok" else "warning"), finding
    warn, severe = THRESHOLDS["sharpness"]
    assert (finding.value >= warn) == (grade != "ok") and (finding.value >= severe) == (grade == "severe")
    assert ("very blurred" in finding.message) == (grade == "severe")


@pytest.mark.parametrize("glare,grade", [(None, "ok"), ((0.5, 0.4, 0.06, 1.0), "warning"),
                                         ((0.5, 0.4, 0.11, 1.0), "severe")])
def test_glare_is_flagged_at_the_documented_levels(paper, glare, grade: str) -> None:
    finding = _finding(_report(_photo(paper, glare=glare)), "glare")
    assert finding.level == ("ok" if grade == "ok" else "warning"), finding  # glare never blocks
    if grade != "ok":
        assert "reflection" in finding.message and "lamp" in finding.advice
        assert ("large part" in finding.message) == (grade == "severe")


def test_a_white_patch_on_a_scan_is_not_glare(paper) -> None:
    a = np.array(paper)
    h, w = a.shape[:2]
    a[h // 3: h // 3 + h // 5, w // 3: w // 3 + w // 5] = 255  # the scanner lost the grid here
    report = _report(Image.fromarray(a))
    assert _finding(report, "glare").level == "ok" and report.accepted


def test_deep_shadow_warns_strongly_and_soft_shading_does_not(paper) -> None:
    assert _finding(_report(_photo(paper, shading=0.5)), "shadow").level == "ok"
    photo = np.asarray(_photo(paper)).astype(np.float32)
    ramp = np.clip((np.arange(PHOTO[0]) - 700) / 60.0, 0, 1)  # a hand's shadow over the right half
    photo *= (1.0 - 0.88 * ramp)[None, :, None]
    finding = _finding(_report(Image.fromarray(photo.astype(np.uint8))), "shadow")
    assert finding.level == "warning" and finding.value >= THRESHOLDS["shadow"][1] and "deep" in finding.message


@pytest.mark.parametrize("ppm,level", [(1.2, "blocking"), (2.0, "warning"), (3.0, "ok")])
def test_resolution_levels(ppm: float, level: str) -> None:
    img, _ = render_ecg_paper(load_ptbxl_record(5)[0], px_per_mm=ppm)
    finding = _finding(_report(img), "resolution")
    assert finding.level == level and finding.value == pytest.approx(ppm, rel=0.02)


def test_cut_off_paper(paper) -> None:
    a = np.asarray(paper)
    cut = _finding(_report(Image.fromarray(a[:, : int(a.shape[1] * 0.9)])), "cut_off")
    assert cut.level == "warning" and "right" in cut.message
    half = _finding(_report(Image.fromarray(a[:, : int(a.shape[1] * 0.4)])), "cut_off")
    assert half.level == "warning" and "cut off" in half.message  # a close-up of a few leads may be intended


def test_residual_rotation_from_misplaced_corners(paper) -> None:
    corners = np.array(place_paper(PHOTO, paper.size, rotate_deg=3))
    photo, _ = simulate_photo(paper, tuple(map(tuple, corners)), PHOTO, seed=3)
    centre, a = corners.mean(axis=0), np.radians(3)
    turned = (corners - centre) @ np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]]).T + centre
    finding = _finding(_report(photo, turned), "rotation")
    assert finding.level == "warning" and finding.value == pytest.approx(3.0, abs=0.3)
    assert _finding(_report(photo, corners), "rotation").level == "ok"


def test_overrides_only_for_warnings_and_recorded(paper) -> None:
    a = np.asarray(paper)
    report = _report(Image.fromarray(a[:, : int(a.shape[1] * 0.9)]))
    assert report.usable and not report.accepted and [f.name for f in report.unresolved_warnings] == ["cut_off"]
    when = datetime(2025, 3, 1, 9, 30, tzinfo=timezone.utc)
    accepted = report.with_override("Dr A. Mensah", ["cut_off"], reason="rhythm strip complete", when=when)
    assert accepted.accepted and accepted.override.who == "Dr A. Mensah"
    assert accepted.override.when == "2025-03-01T09:30:00+00:00" and accepted.override.findings == ("cut_off",)
    assert report.override is None  # the report itself is unchanged (frozen)
    assert accepted.to_dict()["override"]["findings"] == ["cut_off"]
    with pytest.raises(ValueError):
        report.with_override("Dr A. Mensah", ["grid"])  # not a warning
    with pytest.raises(ValueError):
        report.with_override("  ")
    blocked = _report(blank_page())
    with pytest.raises(QualityBlockedError):
        blocked.with_override("Dr A. Mensah")


def _odd(kind: str, w: int, h: int) -> np.ndarray:
    rng = np.random.default_rng(w * 7 + h)
    if kind == "noise":
        return rng.integers(0, 256, (h, w, 3), dtype=np.uint8)
    if kind == "flat":
        return np.full((h, w, 3), 255, np.uint8)
    a = np.full((h, w, 3), 40, np.uint8)  # a bright box on a dark ground: a "sheet" with nothing on it
    a[h // 4: 3 * h // 4, w // 4: 3 * w // 4] = 250
    return a


@pytest.mark.parametrize("w,h", [(100, 100), (3000, 100), (101, 257), (640, 480)])
@pytest.mark.parametrize("kind", ["noise", "flat", "box"])
def test_odd_pictures_never_crash_and_are_not_ecgs(kind: str, w: int, h: int) -> None:
    result, report = check_picture(_odd(kind, w, h))
    assert not report.is_ecg and not report.accepted
    if kind == "flat":
        assert not report.usable  # blank
    assert result.image.mode == "RGB" and min(result.image.size) >= 16
    assert len(report.corners) == 4
