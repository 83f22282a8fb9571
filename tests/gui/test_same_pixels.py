"""Same file, same settings: ``pulse-desktop interpret`` and the window feed the model identical pixels.

Both routes run for real (the CLI in-process, the window through its widgets and jobs); only the engine is
swapped for one that records the array it is given, so the test is about what reaches the model.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from pulse_desktop.cli import interpret_study
from pulse_desktop.cli.main import main
from tests.gui.helpers import install_fake_bundle, open_for_review
from tests.gui.photos import tilted_photo
from tests.study.engines import RecordingEngine
from tests.support.paths import ecg_image_files


def cli_pixels(monkeypatch, capsys, path, *extra):
    engine = RecordingEngine()
    monkeypatch.setattr(interpret_study, "open_engine", lambda bundle, settings: engine)
    code = main(["interpret", str(path), "--accept-warnings-by", "Dr Test", "--json", *extra])
    out, err = capsys.readouterr()
    assert code == 0, err
    return engine.images[0], json.loads(out)


def window_pixels(qtbot, make_window, path, original=False):
    engine = RecordingEngine()
    window = make_window(engine)
    open_for_review(qtbot, window, path)  # accepts the warnings, as --accept-warnings-by does
    if original:
        qtbot.mouseClick(window.review_page.original_radio, Qt.MouseButton.LeftButton)
    window.review_page.request_interpret()
    qtbot.waitUntil(lambda: not window.study.busy, timeout=60000)
    assert window.study.session.answered
    return engine.images[0], window.study.session


@pytest.mark.parametrize("which", ["scan", "scan-jpeg", "photo"])
def test_the_cli_and_the_window_read_identical_pixels(qtbot, make_window, monkeypatch, capsys, tmp_path, which):
    install_fake_bundle(tmp_path)
    files = ecg_image_files()
    path = {"scan": files[0], "scan-jpeg": next(f for f in files if f.suffix.lower() in (".jpg", ".jpeg")),
            "photo": None}[which] or tilted_photo(tmp_path / "tilted.jpg")
    from_cli, data = cli_pixels(monkeypatch, capsys, path)
    from_window, session = window_pixels(qtbot, make_window, path)
    assert from_cli.shape == from_window.shape
    np.testing.assert_array_equal(from_cli, from_window)
    assert data["picture"]["read"] == session.picture_read
    assert data["picture"]["size"] == [from_window.shape[1], from_window.shape[0]]
    assert [c["name"] for c in data["quality"]["checks"]] == [f.name for f in session.review.findings]
    if which == "photo":
        assert data["picture"]["read"] == "straightened"


def test_as_is_sends_the_file_s_pixels(monkeypatch, capsys, tmp_path):
    from PIL import Image

    install_fake_bundle(tmp_path)
    path = tilted_photo(tmp_path / "tilted.jpg")
    pixels, data = cli_pixels(monkeypatch, capsys, path, "--as-is")
    np.testing.assert_array_equal(pixels, np.asarray(Image.open(path).convert("RGB")))
    assert data["picture"]["read"] == "as-is" and data["quality"] is None
