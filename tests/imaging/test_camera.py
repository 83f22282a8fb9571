"""Camera frames from a video file, and the auto-capture: exactly one picture once the sheet is still."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pulse_desktop.core.imaging.autocapture import AutoCapture
from pulse_desktop.core.imaging.camera import CameraUnavailableError, FrameSource
from pulse_desktop.core.imaging.intake import check_picture
from tests.imaging.capture_video import VideoTruth, write_strip_video


@pytest.fixture(scope="module")
def video(tmp_path_factory) -> tuple[Path, VideoTruth]:
    path = tmp_path_factory.mktemp("video") / "strip.avi"
    return path, write_strip_video(path)


def test_frames_come_out_as_rgb_at_the_recorded_size(video) -> None:
    path, truth = video
    with FrameSource(path) as src:
        assert src.size == truth.size and src.fps == pytest.approx(truth.fps)
        frames = list(src)
    assert len(frames) == truth.total_frames
    first = frames[0]
    assert first.image.shape == (truth.size[1], truth.size[0], 3) and first.image.dtype == np.uint8
    assert [f.index for f in frames[:3]] == [0, 1, 2] and frames[10].time_s == pytest.approx(10 / truth.fps)
    table = first.image[5, 5].astype(int)  # the table is written as brown in BGR: red > blue once converted
    assert table[0] > table[2]


def test_moving_then_still_strip_triggers_exactly_one_capture(video) -> None:
    path, truth = video
    states = []
    with FrameSource(path) as src:
        auto = AutoCapture(fps=src.fps)
        for frame in src:
            states.append(auto.update(frame.image))
    captured_at = [i for i, s in enumerate(states) if s.captured]
    assert len(captured_at) == 1 and len(auto.captures) == 1
    # about a second after the sheet came to rest (the first still frame still differs from the last moving one)
    assert truth.moving_frames + auto.needed - 1 <= captured_at[0] <= truth.moving_frames + auto.needed + 1
    assert all(s.corners is not None for s in states)
    assert all(s.hint == "Hold still." for s in states[1:truth.moving_frames])
    capture = auto.captures[0]
    assert capture.automatic and capture.image.shape == (truth.size[1], truth.size[0], 3)
    result, report = check_picture(capture.image)
    assert result.method == "paper" and report.is_ecg and report.usable


def test_a_sheet_that_never_rests_is_never_captured_but_manual_capture_works(video) -> None:
    path, truth = video
    with FrameSource(path) as src:
        auto = AutoCapture(fps=src.fps)
        frames = [f.image for f in src][: truth.moving_frames]
    assert not any(auto.update(f).captured for f in frames)
    manual = auto.capture_now(frames[-1])
    assert not manual.automatic and manual.corners is not None and auto.captures == [manual]


def test_missing_camera_and_bad_video(tmp_path) -> None:
    with pytest.raises(CameraUnavailableError, match="Camera 97"):
        FrameSource(97)
    with pytest.raises(CameraUnavailableError, match="no video file"):
        FrameSource(tmp_path / "nope.avi")
    junk = tmp_path / "junk.avi"
    junk.write_bytes(b"not a video at all" * 100)
    try:
        src = FrameSource(junk)
    except CameraUnavailableError:
        return  # refused at once
    with src:  # or opened by a lenient backend, but without a single frame
        assert src.read() is None
