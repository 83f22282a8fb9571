"""The window interprets through the real llama-server (Settings: "use the server, fall back to this computer"):
the picture is read ahead on the server, the answer streams, a follow-up continues there, and the study records
where each answer was computed; with the server gone, the same window answers on this computer and says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pulse_desktop.core.bundle.importer import import_bundle
from pulse_desktop.core.events import Message, Token
from pulse_desktop.core.storage import Store
from pulse_desktop.gui.services import default_services
from pulse_desktop.gui.settings import AppSettings, save_settings
from tests.gui.conftest import make_window  # noqa: F401 - a fixture
from tests.gui.helpers import accept_warnings
from tests.server.conftest import free_port
from tests.support.paths import ECG_IMAGES

pytestmark = pytest.mark.slow


def interpret(qtbot, window, question: str | None = None) -> list[object]:
    seen: list[object] = []
    window.study.run_event.connect(seen.append)
    if question is None:
        window.prompter.script("open_file", ECG_IMAGES / "ecg00019.bmp")
        qtbot.mouseClick(window.start_page.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.current_page == "review", timeout=120000)
        accept_warnings(window)
        window.review_page.patient_form.name.setText("Abena Owusu")
        qtbot.mouseClick(window.review_page.interpret_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClicks(window.interpret_page.question_edit, question)
        qtbot.keyClick(window.interpret_page.question_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.study.busy, timeout=300000)
    return seen


def computed_on(window) -> dict[int, str]:
    with Store.open() as store:
        return store.computed_on(window.study.session.study_id)


def test_window_through_the_server_then_falls_back(qtbot, make_window, tiny_server,  # noqa: F811
                                                  tiny_bundle_f32_flat):
    import_bundle(tiny_bundle_f32_flat)
    save_settings(AppSettings(threads=1, gpu_layers=0, server_url=tiny_server, server_use="server_then_local"))
    window = make_window(services=default_services())
    seen = interpret(qtbot, window)
    session = window.study.session
    assert session.answered, window.study.last_error
    assert session.interpretation == "".join(e.text for e in seen if isinstance(e, Token)).strip()
    seen = interpret(qtbot, window, "Is the rhythm regular?")
    follow_up = session.turns[1]  # the tiny model may babble to the end of the context: recorded as such
    assert follow_up.answer and (follow_up.complete or follow_up.reason == "context full"), window.study.last_error
    where = computed_on(window)
    assert set(where) == {0, 1} and all(w.startswith(tiny_server + " ") for w in where.values())

    dead = f"http://127.0.0.1:{free_port()}"
    save_settings(AppSettings(threads=1, gpu_layers=0, server_url=dead, server_use="server_then_local"))
    other = make_window(services=default_services())
    seen = interpret(qtbot, other)
    assert other.study.session.answered, other.study.last_error
    assert any(isinstance(e, Message) and "cannot be reached" in e.text for e in seen)
    assert computed_on(other) == {0: "this computer"}
