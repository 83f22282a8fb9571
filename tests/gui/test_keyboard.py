"""A whole study with the keyboard alone: every step is a key event sent to the widget that has the focus
(``QTest.keyClick``/``keyClicks``), never a mouse click or a call into the window.

New study (Ctrl+N), open a picture (Ctrl+O, then Qt's own file dialog: the path typed, Enter), review (Space
ticks the quality warning that has the focus, Tab walks the patient's details in order), Interpret
(Ctrl+Enter), a follow-up question (Ctrl+L, typed, Enter), the report edited (Tab to the editor), confirmed
(Ctrl+Shift+C, the name typed into Qt's input dialog, Enter) and saved (Ctrl+S, the PDF's path typed into the
save dialog, Enter). What is not real: the engine is the fast fake one (the GUI tests' rule) and the dialogs
are Qt's own widgets rather than the platform's native ones (the offscreen platform has none); the dialogs
are reached and answered by keys like everything else. As a window manager would, the test gives a new
dialog the keyboard, and the main window again after it (the offscreen platform has no window manager).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from pulse_desktop.gui.main_window import MainWindow
from pulse_desktop.gui.prompts import Prompter
from pulse_desktop.gui.services import default_services
from tests.gui.fakes import FakeEngine
from tests.gui.helpers import ScriptedPrompter, install_fake_bundle
from tests.support.paths import ECG_IMAGES

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), k, modifiers)
    QApplication.processEvents()


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)
    QApplication.processEvents()


def tab_to(name: str, limit: int = 40) -> list[str]:
    """Press Tab until the control called ``name`` has the focus; the names passed on the way."""
    passed = []
    for _ in range(limit):
        if focused().objectName() == name:
            return passed
        passed.append(focused().objectName() or type(focused()).__name__)
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}: {passed}")


def answer_dialog_with(keys: Callable[[], None], give_up_s: float = 30.0) -> None:
    """When the next modal dialog opens (its own event loop) and has the keyboard, press ``keys`` in it. A
    dialog that never gets there is rejected after ``give_up_s``, so that the test fails instead of hanging."""
    deadline = time.monotonic() + give_up_s
    shown_before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}  # not another test's

    def poll() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
                       and w.isModal() and id(w) not in shown_before), None)
        focus = QApplication.focusWidget()
        if dialog is not None and focus is not None and focus.window() is dialog:
            keys()
            return
        if time.monotonic() > deadline:
            if dialog is not None:
                dialog.reject()
            return
        if dialog is not None and QApplication.activeWindow() is not dialog:
            dialog.activateWindow()  # a window manager gives a new dialog the keyboard; offscreen has none
        QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def back_from_dialog(window: QWidget, qtbot) -> None:
    """The dialog has closed: the main window is active again, as a window manager makes it (the offscreen
    platform has none, so the test activates it; no control's focus is touched)."""
    qtbot.waitUntil(lambda: not [d for d in window.findChildren(QDialog) if d.isVisible()], timeout=10000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


@pytest.fixture
def window(qtbot, tmp_path):
    install_fake_bundle(tmp_path, name="tiny-test-bundle")
    engine = FakeEngine(crops=2, prefill_chunks=4, chunk_s=0.002, token_s=0.001)
    w = MainWindow(default_services().with_changes(open_engine=lambda bundle, settings: engine), Prompter())
    w.resize(1280, 820)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    yield w
    w.prompter = ScriptedPrompter().script("save_discard_cancel", "discard").script("yes_no", True)
    w.close()
    w.deleteLater()


@pytest.mark.timeout(300)
def test_a_whole_study_with_the_keyboard_alone(window, qtbot, tmp_path):
    assert window.current_page == "start"
    assert focused() is window.start_page.capture_button  # the page's first control

    key(Qt.Key.Key_N, CTRL)  # new study
    assert window.current_page == "start"
    picture = ECG_IMAGES / "ecg00030.jpg"

    def type_path(path: Path) -> Callable[[], None]:
        def keys() -> None:
            type_text(str(path))
            key(Qt.Key.Key_Return)
        return keys

    answer_dialog_with(type_path(picture))
    key(Qt.Key.Key_O, CTRL)  # File > Open: the file dialog, answered by keys
    back_from_dialog(window, qtbot)
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=60000)
    assert window.study.session.image_name == picture.name

    review, form = window.review_page, window.review_page.patient_form
    warnings = [f.name for f in window.study.session.unaccepted_warnings]
    assert warnings, "the picture should have a quality warning to accept"
    for name in warnings:  # the focus starts on the first warning's box: Space accepts it
        assert focused().objectName() == f"override_{name}"
        key(Qt.Key.Key_Space)
        key(Qt.Key.Key_Tab)
    assert window.study.session.unaccepted_warnings == ()
    assert focused() is form.name  # the warnings come before the patient's details in the Tab order
    type_text("Amina Salim")
    key(Qt.Key.Key_Tab)
    assert focused() is form.patient_id
    type_text("P-0042")
    key(Qt.Key.Key_Tab)
    assert focused() is form.birth_date
    type_text("1961-04-12")
    key(Qt.Key.Key_Tab)
    assert focused() is form.age
    key(Qt.Key.Key_Tab)
    assert focused() is form.sex
    key(Qt.Key.Key_Down)  # the first choice after the empty one
    key(Qt.Key.Key_Tab)
    assert focused() is form.indication
    type_text("chest pain")
    key(Qt.Key.Key_Tab)
    assert focused() is review.question
    tab_to("interpretButton")
    patient = window.study.session.patient
    assert (patient.name, patient.patient_id, patient.date_of_birth, patient.sex) == \
        ("Amina Salim", "P-0042", "1961-04-12", "female")

    key(Qt.Key.Key_Return, CTRL)  # Interpret
    qtbot.waitUntil(lambda: window.current_page == "interpret", timeout=10000)
    qtbot.waitUntil(lambda: not window.study.busy and window.study.session.answered, timeout=60000)
    qtbot.waitUntil(lambda: focused() is window.interpret_page.conversation, timeout=5000)

    key(Qt.Key.Key_L, CTRL)  # a follow-up question
    assert focused() is window.interpret_page.question_edit
    type_text("Any sign of ischaemia?")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.study.busy and len(window.study.session.turns) == 2, timeout=60000)
    assert window.study.session.turns[1].question == "Any sign of ischaemia?"
    qtbot.waitUntil(lambda: focused() is window.interpret_page.question_edit, timeout=5000)  # back to ask more

    editor = window.interpret_page.confirm.editor
    tab_to("reportEditor")
    key(Qt.Key.Key_End, CTRL)
    type_text(" Reviewed by keyboard.")
    assert window.study.session.report_text.endswith(" Reviewed by keyboard.")
    key(Qt.Key.Key_Tab)  # Tab leaves the editor instead of typing a tab character
    assert focused() is not editor and "\t" not in editor.toPlainText()

    def type_name() -> None:
        type_text("Dr. Amaka Obi")
        key(Qt.Key.Key_Return)

    answer_dialog_with(type_name)
    key(Qt.Key.Key_C, CTRL | SHIFT)  # Confirm: Qt's input dialog asks the clinician's name
    back_from_dialog(window, qtbot)
    qtbot.waitUntil(lambda: window.study.session.confirmed, timeout=10000)
    assert window.study.session.confirmed_by == "Dr. Amaka Obi"

    target = tmp_path / "keyboard-report.pdf"
    answer_dialog_with(type_path(target))
    key(Qt.Key.Key_S, CTRL)  # Save PDF: the save dialog, answered by keys
    back_from_dialog(window, qtbot)
    qtbot.waitUntil(lambda: window.report.last_pdf is not None, timeout=60000)
    assert window.report.last_pdf == target and target.stat().st_size > 1000
    text = "".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Amina Salim" in text and "Dr. Amaka Obi" in text and "Reviewed by keyboard." in text


def alt_letters(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> the texts that use it, among the menus and the visible buttons, group boxes and labels
    with a buddy (what Alt+letter reaches on the page shown)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    texts = [a.text() for a in window.menuBar().actions()]
    for w in window.findChildren(QWidget):
        if w.isVisibleTo(window):
            if isinstance(w, QAbstractButton) or isinstance(w, QLabel) and w.buddy() is not None:
                texts.append(w.text())
            elif isinstance(w, QGroupBox):
                texts.append(w.title())
    found: dict[str, list[str]] = {}
    for text in texts:
        if match := re.search(r"&([^&])", text):
            found.setdefault(match.group(1).lower(), []).append(text)
    return found


@pytest.mark.parametrize("language", ["en", "fr", "es", "pt", "ar", "hi", "sw"])
def test_alt_letters_on_the_review_page_are_unique(language, qapp, make_window, qtbot, tmp_path):
    """On the busiest page, each Alt+letter reaches one control (a shared letter only cycles the focus)."""
    from pulse_desktop.gui.translations import install_translators
    from tests.gui.helpers import open_for_review

    install_translators(qapp, language)
    try:
        install_fake_bundle(tmp_path, name="tiny-test-bundle")
        window = make_window()
        window.refresh_models()
        open_for_review(qtbot, window, ECG_IMAGES / "ecg00030.jpg", accept=False)
        letters = alt_letters(window)
        assert len(letters) >= 12, letters  # the menus, the two views, the six patient fields
        assert {k: v for k, v in letters.items() if len(v) > 1} == {}
    finally:
        install_translators(qapp, "en")


@pytest.mark.timeout(300)
def test_the_paper_corners_move_with_the_keyboard(window, qtbot):
    """Original view (Alt+O), Tab to the picture, 2 chooses the top-right corner, Shift+Left three times moves
    it 30 screen pixels left; on release the study is straightened again with the new corners."""
    answer_dialog_with(lambda: (type_text(str(ECG_IMAGES / "ecg00030.jpg")), key(Qt.Key.Key_Return)))
    key(Qt.Key.Key_O, CTRL)
    back_from_dialog(window, qtbot)
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=60000)
    canvas = window.review_page.canvas
    key(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # the button's Alt letter clicks it (after a flash)
    qtbot.waitUntil(lambda: window.review_page.original_radio.isChecked() and canvas.corners() is not None,
                    timeout=5000)
    tab_to("imageCanvas")
    before, shown = window.study.session.review.corners, canvas.corners()
    key(Qt.Key.Key_2)
    assert canvas.chosen_corner == 1
    for _ in range(3):
        key(Qt.Key.Key_Left, SHIFT)
    qtbot.waitUntil(lambda: window.study.session.review.corners != before, timeout=60000)
    after = window.study.session.review.corners
    moved = shown[1][0] - after[1][0]
    assert abs(moved - 30 / canvas.zoom) < 1.0, (moved, canvas.zoom)
    assert after[1][1] == pytest.approx(shown[1][1], abs=1e-3)
    for index in (0, 2, 3):  # the other corners stay where the canvas shows them
        assert after[index] == pytest.approx(shown[index], abs=1e-3)
    key(Qt.Key.Key_Escape)
    assert canvas.chosen_corner is None
