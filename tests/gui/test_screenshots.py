"""A screenshot of each main screen. The README shows them from docs/screenshots/; this test writes them
there when asked (``PULSE_SCREENSHOTS_DIR=docs/screenshots``), else into a temporary folder, so that a
plain test run never changes the checkout.

The window is driven through its real widgets on real data (a phone photo from the shared ECG images, a
synthetic video for the camera). The engine is the fake one: the tiny test model's words are random, so
the answer in these pictures is stand-in text (the README says so). Each picture is checked to be a real,
non-blank render.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pulse_desktop.core.events import Progress
from pulse_desktop.gui.image_convert import qimage_to_ndarray
from pulse_desktop.gui.main_window import MainWindow
from pulse_desktop.gui.services import default_services
from pulse_desktop.gui.views.settings_dialog import SettingsDialog
from tests.gui.fakes import FakeEngine
from tests.gui.helpers import ScriptedPrompter, accept_warnings, install_fake_bundle
from tests.gui.photos import moving_then_still_video
from tests.support.paths import ECG_IMAGES, REPO

SIZE = (1280, 820)
SHOTS: Path = REPO / "docs" / "screenshots"


@pytest.fixture(autouse=True)
def shots_folder(tmp_path):
    global SHOTS
    wanted = os.environ.get("PULSE_SCREENSHOTS_DIR")
    SHOTS = (REPO / wanted) if wanted else tmp_path / "screenshots"
    yield SHOTS


def save(widget, name: str) -> None:
    QApplication.processEvents()
    image = widget.grab().toImage()
    pixels = qimage_to_ndarray(image)
    assert pixels.std() > 10, f"{name} looks blank"
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert image.save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def window(qtbot, tmp_path):
    prompter = ScriptedPrompter()
    engine = FakeEngine(crops=5, prefill_chunks=60, chunk_s=0.08, token_s=0.01)
    w = MainWindow(default_services().with_changes(open_engine=lambda b, s: engine), prompter)
    w.engine = engine
    w.resize(*SIZE)
    w.show()
    yield w
    prompter.script("save_discard_cancel", "discard")
    prompter.script("yes_no", True)
    w.close()
    w.deleteLater()


def test_screenshots_of_main_screens(qtbot, window, tmp_path):
    save(window, "01-first-run-models")
    install_fake_bundle(tmp_path, name="tiny-test-bundle")
    window.refresh_models()
    window.show_page("start")
    save(window, "02-new-study")

    video = moving_then_still_video(tmp_path / "strip.avi", moving=6, still=40)
    window.show_page("capture")
    window.capture_page.start(str(video), auto=False)
    qtbot.waitUntil(lambda: window.capture_page.frames_seen >= 14, timeout=60000)
    save(window, "03-capture")
    window.capture_page.stop()

    window.prompter.script("open_file", ECG_IMAGES / "ecg00030.jpg")
    window.actions["open"].trigger()
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=60000)
    form = window.review_page.patient_form
    form.name.setText("Ana Müller")
    form.patient_id.setText("P-0042")
    form.birth_date.setText("1961-04-12")
    form.sex.setCurrentIndex(1)
    form.indication.setText("Chest pain since this morning")
    save(window, "04-review")
    accept_warnings(window)

    seen = []
    window.study.run_event.connect(seen.append)
    qtbot.mouseClick(window.review_page.interpret_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(e, Progress) and e.stage == "prefill" and e.fraction > 0.4
                                for e in seen), timeout=60000)
    window.interpret_page.progress._update_eta()
    save(window, "05-interpreting")
    window.engine.chunk_s = 0.001
    qtbot.waitUntil(lambda: not window.study.busy, timeout=60000)
    qtbot.keyClicks(window.interpret_page.question_edit, "Is there an acute infarct?")
    qtbot.keyClick(window.interpret_page.question_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.study.busy and window.study.session.turns[-1].complete, timeout=60000)
    editor = window.interpret_page.confirm.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Compared with 2024: unchanged.")
    save(window, "06-answer-and-edit")
    window.prompter.script("text", "Dr. Amaka Obi")
    window.report.confirm()
    save(window, "07-confirmed")

    window.show_page("history")
    save(window, "08-history")
    window.show_page("models")
    save(window, "09-models")
    dialog = SettingsDialog(window.app_settings, window.services, window)
    dialog.show()
    save(dialog, "10-settings")
    dialog.close()
    assert len(list(SHOTS.glob("*.png"))) >= 10
