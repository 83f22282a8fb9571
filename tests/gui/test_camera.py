"""The camera flow fed by a video file: live preview with the paper outline, exactly one auto-capture when
the sheet lies still, manual capture with Space; the captured frame goes to review like an opened file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pulse_desktop.gui.camera_feed import CameraFrame
from tests.gui.photos import moving_then_still_video


@pytest.fixture(scope="module")
def video(tmp_path_factory):
    return moving_then_still_video(tmp_path_factory.mktemp("video") / "strip.avi", moving=12, still=30)


def test_auto_capture_from_a_video(qtbot, make_window, video):
    window = make_window()
    page = window.capture_page
    frames: list[CameraFrame] = []
    window.show_page("capture")
    page.start(str(video), auto=True)
    page.job.event.connect(frames.append)
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=120000)
    assert page.job is None  # the camera stopped after the capture
    assert any(f.corners for f in frames)  # the outline was drawn on the preview
    assert frames[0].frame_size == (1280, 960) and frames[0].image.width() <= 960
    session = window.study.session
    assert session.original.size == (1280, 960)
    assert session.image_name == "strip.avi.png"
    # exactly one capture: it came once the sheet was still (after the moving frames), not at the first frame
    assert 12 <= len(frames) < 42
    assert session.review is not None and session.review.corners is not None
    assert page.last_capture.automatic


def test_manual_capture_with_space(qtbot, make_window, video):
    window = make_window()
    page = window.capture_page
    window.show_page("capture")
    page.start(str(video), auto=False)
    qtbot.waitUntil(lambda: page.frames_seen >= 3, timeout=60000)
    window.activateWindow()
    page.preview.setFocus()
    qtbot.keyClick(page.preview, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=60000)
    assert window.study.session.original.size == (1280, 960)
    assert page.last_capture is not None and not page.last_capture.automatic


def test_a_missing_camera_is_a_clear_error(qtbot, make_window):
    from PySide6.QtWidgets import QMessageBox

    window = make_window()
    window.show_page("capture")
    window.capture_page.start(7)  # no camera 7 on a build machine
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "errorDialog")), timeout=30000)
    box = window.findChildren(QMessageBox, "errorDialog")[0]
    assert "Camera 7" in box.text() and box.informativeText()
