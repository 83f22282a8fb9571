"""The clinician's writes (edit, confirmation, export) run off the GUI thread, in order; a refused write is
shown and undone on screen, and nothing typed is lost."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from pulse_desktop.core.errors import StorageError
from pulse_desktop.core.storage import Store
from tests.gui.fakes import ANSWER
from tests.gui.helpers import install_fake_bundle, open_for_review
from tests.support.paths import ecg_image_files


@pytest.fixture
def answered(qtbot, make_window, tmp_path):
    install_fake_bundle(tmp_path)
    window = make_window()
    open_for_review(qtbot, window, ecg_image_files()[0])
    window.review_page.request_interpret()
    qtbot.waitUntil(lambda: not window.study.busy and window.study.session.answered, timeout=30000)
    return window


def test_edit_and_confirm_are_written_off_the_gui_thread_in_order(qtbot, answered, monkeypatch):
    window, calls = answered, []
    for name in ("edit_turn", "confirm"):
        real = getattr(Store, name)

        def spy(self, *args, _real=real, _name=name, **kwargs):
            calls.append((_name, threading.get_ident()))
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(Store, name, spy)
    window.study.edit(ANSWER + " Normal ECG.")
    window.prompter.script("text", "Dr. Obi")
    window.actions["confirm"].trigger()  # the pending edit is written first, then the confirmation
    assert window.study.session.confirmed_by == "Dr. Obi"
    qtbot.waitUntil(lambda: not window.study.writing, timeout=10000)
    assert [name for name, _ in calls] == ["edit_turn", "confirm"]
    assert all(thread != threading.get_ident() for _, thread in calls)
    with Store.open() as store:
        stored = store.get(window.study.session.study_id)
    assert stored.status == "confirmed" and stored.turns[0].edited_text == ANSWER + " Normal ECG."


def test_a_refused_confirmation_is_shown_and_undone(qtbot, answered, monkeypatch):
    window = answered

    def refuse(self, study_id, clinician):
        raise StorageError("The disk is full.", "Free some space, then confirm again.")

    monkeypatch.setattr(Store, "confirm", refuse)
    window.prompter.script("text", "Dr. Obi")
    window.actions["confirm"].trigger()
    qtbot.waitUntil(lambda: not window.study.writing, timeout=10000)
    qtbot.waitUntil(lambda: not window.study.session.confirmed, timeout=5000)
    boxes = window.findChildren(QMessageBox, "errorDialog")
    assert boxes and "disk is full" in boxes[0].text()
    assert window.actions["confirm"].isEnabled()  # it can be confirmed again
    with Store.open() as store:
        assert store.get(window.study.session.study_id).status == "interpreted"


def test_a_refused_edit_keeps_the_study_unsaved_and_the_text_on_screen(qtbot, answered, monkeypatch):
    window = answered

    def refuse(self, *args, **kwargs):
        raise StorageError("The disk is full.", "Free some space.")

    monkeypatch.setattr(Store, "edit_turn", refuse)
    window.study.edit(ANSWER + " Edited.")
    window.study.save_now()
    qtbot.waitUntil(lambda: not window.study.writing, timeout=10000)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "errorDialog")), timeout=5000)
    session = window.study.session
    assert session.unsaved and session.edited_text == ANSWER + " Edited."  # asked about when closing
    assert window.windowTitle().startswith("* ")
