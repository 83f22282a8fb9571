"""Review: straightened/original toggle, corner handles that re-straighten, zoom; the model reads the
picture chosen here."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from pulse_desktop.core.findings import Finding
from pulse_desktop.core.study.values import Review
from tests.gui.helpers import accept_warnings, install_fake_bundle, open_for_review
from tests.gui.photos import tilted_photo
from tests.support.paths import ECG_IMAGES


def open_photo(qtbot, window, path):
    open_for_review(qtbot, window, path, accept=False)


def test_toggle_and_drag_a_corner_straightens_again(qtbot, make_window, tmp_path):
    install_fake_bundle(tmp_path)
    window = make_window()
    open_photo(qtbot, window, tilted_photo(tmp_path / "tilted.jpg"))
    page, session = window.review_page, window.study.session
    assert session.review.straightened is not None  # a phone photo gets straightened
    assert page.straightened_radio.isChecked()
    assert page.canvas.corners() is None  # no handles on the straightened picture
    assert session.image_for_model() is session.review.straightened

    qtbot.mouseClick(page.original_radio, Qt.MouseButton.LeftButton)
    assert not session.use_straightened and session.image_for_model() is session.original
    corners = page.canvas.corners()
    assert corners is not None and len(corners) == 4
    before = session.review
    w, h = session.original.size
    page.canvas.move_corner(0, w * 0.10, h * 0.12)  # as a drag of the top-left handle ends
    qtbot.waitUntil(lambda: session.review is not before, timeout=60000)
    assert session.review.corners[0] == pytest.approx((w * 0.10, h * 0.12), abs=1.0)
    assert session.review.straightened is not None

    zoom = page.canvas.zoom
    page.canvas.zoom_by(2.0)
    assert page.canvas.zoom == pytest.approx(zoom * 2.0)
    window.actions["zoom_fit"].trigger()
    assert page.canvas.zoom == pytest.approx(zoom, rel=0.05)

    qtbot.mouseClick(page.straightened_radio, Qt.MouseButton.LeftButton)
    assert session.image_for_model() is session.review.straightened
    accept_warnings(window)
    qtbot.mouseClick(page.interpret_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.study.busy, timeout=20000)
    assert window.engine_for_test.images == [session.review.straightened]


def test_warnings_need_an_override_and_blocking_findings_stop(qtbot, make_window, tmp_path):
    install_fake_bundle(tmp_path)
    window = make_window()
    open_photo(qtbot, window, ECG_IMAGES / "ecg00001.png")
    study, page = window.study, window.review_page
    glare = Finding("glare", "warning", None, "Glare hides part of the trace.", "Avoid the lamp's reflection.")
    study.session.review = Review(study.session.review.straightened, study.session.review.corners, (glare,))
    study.session_changed.emit()
    assert not page.interpret_button.isEnabled() and "Accept" in page.reason.text()
    box = page.findChild(QCheckBox, "override_glare")
    assert box is not None
    box.setChecked(True)
    assert study.session.overrides == ("glare",) and page.interpret_button.isEnabled()

    blocked = Finding("not_ecg", "blocking", None, "This does not look like an ECG.", "Open an ECG image.")
    study.session.review = Review(None, None, (blocked,), is_ecg=False)
    study.session_changed.emit()
    assert not page.interpret_button.isEnabled()
    assert "cannot be interpreted" in page.reason.text()
