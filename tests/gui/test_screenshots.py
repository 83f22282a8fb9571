"""A screenshot of each main screen, saved under docs/screenshots/ (named in the README).

Made with the fake engine (its answer is stand-in text, said so in the README) so that the pictures show
the window as a clinician sees it; the checks make sure each picture is a real, non-blank render.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pulse_desktop.gui.image_convert import qimage_to_ndarray
from pulse_desktop.gui.main_window import MainWindow
from pulse_desktop.gui.services import default_services
from pulse_desktop.gui.views.settings_dialog import SettingsDialog
from tests.gui.fakes import FakeEngine
from tests.gui.helpers import ScriptedPrompter, accept_warnings, install_fake_bundle
from tests.support.paths import REPO, ecg_image_files

SHOTS = REPO / "docs" / "screenshots"
SIZE = (1280, 820)


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
    engine = FakeEngine(token_s=0.001)
    w = MainWindow(default_services().with_changes(open_engine=lambda b, s: engine), prompter)
    w.resize(*SIZE)
    w.show()
    yield w
    prompter.script("save_discard_cancel", "discard")
    w.close()
    w.deleteLater()


def test_screenshots_of_main_screens(qtbot, window, tmp_path):
    save(window, "01-first-run-models")
    install_fake_bundle(tmp_path)
    window.refresh_models()
    window.show_page("start")
    save(window, "02-new-study")

    window.prompter.script("open_file", ecg_image_files()[0])
    qtbot.mouseClick(window.start_page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=30000)
    accept_warnings(window)
    form = window.review_page.patient_form
    form.name.setText("Ana Müller")
    form.patient_id.setText("P-0042")
    form.birth_date.setText("1961-04-12")
    form.sex.setCurrentIndex(1)
    form.indication.setText("Chest pain since this morning")
    save(window, "03-review")

    engine_gate = window.study.engine
    qtbot.mouseClick(window.review_page.interpret_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.study.busy, timeout=20000)
    assert engine_gate.loaded
    window.prompter.script("text", "Dr. Amaka Obi")
    qtbot.keyClicks(window.interpret_page.question_edit, "Is there an acute infarct?")
    qtbot.keyClick(window.interpret_page.question_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.study.busy and window.study.session.turns[-1].complete, timeout=20000)
    save(window, "04-interpretation")
    window.report.confirm()
    save(window, "05-confirmed")

    window.show_page("history")
    save(window, "06-history")
    window.show_page("models")
    save(window, "07-models")
    dialog = SettingsDialog(window.app_settings, window.services, window)
    dialog.show()
    save(dialog, "08-settings")
    dialog.close()
