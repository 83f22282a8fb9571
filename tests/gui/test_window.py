"""The window's edges: bad files, drop, paste, settings and geometry, shortcuts, closing during work."""

from __future__ import annotations

import time

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox

from pulse_desktop.gui.settings import load_settings
from tests.gui.helpers import install_fake_bundle, open_for_review
from tests.support.paths import ecg_image_files


def test_bad_file_gets_reason_and_hint_and_the_window_keeps_working(qtbot, make_window, tmp_path):
    window = make_window()
    bad = tmp_path / "notes.png"
    bad.write_text("this is not an image")
    window.prompter.script("open_file", bad)
    window.actions["open"].trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "errorDialog")), timeout=10000)
    box = window.findChildren(QMessageBox, "errorDialog")[0]
    assert "notes.png" in box.text() and box.informativeText()
    assert window.current_page == "models"  # nothing changed (no bundle installed: set-up page)
    box.close()
    window.prompter.script("open_file", ecg_image_files()[1])
    window.actions["open"].trigger()
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=30000)


def test_drop_a_file_opens_it(qtbot, make_window):
    window = make_window()
    path = ecg_image_files()[2]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=30000)
    assert window.study.session.image_name == path.name


def test_paste_an_image_with_ctrl_v(qtbot, make_window, tmp_path):
    install_fake_bundle(tmp_path)
    window = make_window()
    assert window.current_page == "start"
    image = QImage(str(ecg_image_files()[0]))
    QGuiApplication.clipboard().setImage(image)
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None, timeout=5000)
    window.start_page.open_button.setFocus()
    qtbot.keyClick(window.start_page.open_button, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=30000)
    assert window.study.session.original.size == (image.width(), image.height())


def test_settings_are_saved_and_geometry_restored(qtbot, make_window):
    window = make_window()
    window.actions["settings"].trigger()
    dialog = window.settings_dialog
    dialog.facility.setText("Hôpital de district, Cardiologie")
    dialog.paper.setCurrentText("Letter")
    dialog.threads.setValue(1)
    dialog.accept()
    saved = load_settings()
    assert saved.facility_name == "Hôpital de district, Cardiologie"
    assert saved.paper_size == "Letter" and saved.threads == 1
    assert window.app_settings == saved
    size = (window.minimumSizeHint().width() + 3, 517)  # within the offscreen screen (800x600)
    window.resize(*size)
    window.close()
    again = make_window()
    assert (again.width(), again.height()) == size


def test_every_main_action_has_a_shortcut(make_window):
    window = make_window()
    for name in ("new", "open", "capture", "interpret", "cancel", "follow_up", "confirm", "save_pdf", "print",
                 "history", "models", "settings", "quit"):
        assert not window.actions[name].shortcut().isEmpty(), name


def test_closing_during_an_interpretation_cancels_cleanly(qtbot, make_window, tmp_path):
    install_fake_bundle(tmp_path)
    window = make_window()
    engine = window.engine_for_test
    engine.prefill_chunks, engine.chunk_s = 500, 0.05  # 25 s unless cancelled
    open_for_review(qtbot, window, ecg_image_files()[0])
    window.review_page.request_interpret()
    qtbot.waitUntil(lambda: window.interpret_page.progress._stage == "prefill", timeout=10000)
    window.prompter.script("yes_no", False)
    window.close()
    assert window.isVisible() and window.study.busy  # "no": keep working
    window.prompter.script("yes_no", True)
    window.prompter.script("save_discard_cancel", "discard")
    t0 = time.monotonic()
    window.close()
    print(f"closing took {time.monotonic() - t0:.2f} s")  # a figure; the 25-s job was cancelled (below)
    assert window._closed and not window.study.busy
    assert window.jobs.active == []
    assert engine.closed
    assert not window.study.session.turns[0].complete
