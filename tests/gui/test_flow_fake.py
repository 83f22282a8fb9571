"""The study flow through the real widgets, with the fake engine (fast): open, review, interpret with
streaming, follow-up, edit, confirm; cancel during prefill and decoding; Esc cancels."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from pulse_desktop.gui.main_window import MainWindow
from pulse_desktop.gui.services import default_services
from tests.gui.fakes import ANSWER, FOLLOW_UP_ANSWER, FakeEngine
from tests.gui.helpers import ScriptedPrompter, accept_warnings, install_fake_bundle
from tests.support.paths import ecg_image_files


@pytest.fixture
def engine():
    return FakeEngine()


@pytest.fixture
def window(qtbot, tmp_path, engine):
    install_fake_bundle(tmp_path)
    prompter = ScriptedPrompter()
    services = default_services().with_changes(open_engine=lambda bundle, settings: engine)
    w = MainWindow(services, prompter)  # closed below, not by qtbot (whose close comes first, unscripted)
    w.show()
    yield w
    prompter.script("save_discard_cancel", "discard")
    prompter.script("yes_no", True)
    w.close()
    assert w._closed
    w.deleteLater()


def open_image(qtbot, window, path=None):
    path = path or ecg_image_files()[0]
    window.prompter.script("open_file", path)
    qtbot.mouseClick(window.start_page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=30000)
    return path


def interpret(qtbot, window):
    rp = window.review_page
    rp.patient_form.name.setText("Ana Müller")  # QTest cannot type non-ASCII keys
    qtbot.keyClicks(rp.patient_form.patient_id, "P-0042")
    accept_warnings(window)
    assert rp.interpret_button.isEnabled(), rp.reason.text()
    qtbot.mouseClick(rp.interpret_button, Qt.MouseButton.LeftButton)
    assert window.current_page == "interpret"


def test_first_run_with_a_bundle_opens_new_study(window):
    assert window.current_page == "start"
    assert window.clinical_badge.text().startswith("NOT A CLINICAL MODEL")


def test_open_interpret_follow_up_edit_confirm(qtbot, window, engine):
    path = open_image(qtbot, window)
    assert window.study.session.image_name == path.name
    interpret(qtbot, window)
    ip = window.interpret_page
    qtbot.waitUntil(lambda: not window.study.busy, timeout=20000)
    session = window.study.session
    assert session.turns[0].answer == ANSWER and session.turns[0].complete
    assert ANSWER in ip.conversation.toPlainText()
    assert engine.asked == [window.app_settings.default_question]
    assert session.patient.name == "Ana Müller" and session.patient.patient_id == "P-0042"
    assert ip.progress.bar.value() == ip.progress.bar.maximum()
    assert "UNCONFIRMED" in ip.confirm.status.text()

    qtbot.keyClicks(ip.question_edit, "Is there an acute infarct?")
    qtbot.mouseClick(ip.ask_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.study.busy and len(session.turns) == 2, timeout=20000)
    qtbot.waitUntil(lambda: session.turns[1].complete, timeout=5000)
    assert engine.followed == ["Is there an acute infarct?"]
    assert session.turns[1].answer == FOLLOW_UP_ANSWER
    text = ip.conversation.toPlainText()
    assert ANSWER in text and FOLLOW_UP_ANSWER in text

    editor = ip.confirm.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Clinically: normal ECG.")
    assert session.edited_text == ANSWER + " Clinically: normal ECG."
    assert session.interpretation == ANSWER  # the model's words stay as they were
    assert ANSWER in ip.conversation.toPlainText()

    window.prompter.script("text", "Dr. Amaka Obi")
    qtbot.mouseClick(ip.confirm.confirm_button, Qt.MouseButton.LeftButton)
    assert session.confirmed_by == "Dr. Amaka Obi"
    assert "Confirmed by Dr. Amaka Obi" in ip.confirm.status.text()
    assert editor.isReadOnly() and not ip.confirm.confirm_button.isEnabled()

    # every step is in the store, read back through a fresh connection (the writes run off the GUI thread)
    from pulse_desktop.core.storage import Store

    qtbot.waitUntil(lambda: not window.study.writing, timeout=10000)

    with Store.open() as store:
        stored = store.get(session.study_id)
    assert stored.status == "confirmed" and stored.confirmed_by == "Dr. Amaka Obi"
    assert stored.patient.name == "Ana Müller" and stored.patient.patient_id == "P-0042"
    assert [t.question for t in stored.turns] == [window.app_settings.default_question, "Is there an acute infarct?"]
    assert stored.turns[0].answer == ANSWER and stored.turns[0].edited_text == ANSWER + " Clinically: normal ECG."
    assert stored.turns[1].answer == FOLLOW_UP_ANSWER
    assert stored.original is not None and stored.bundle is not None and stored.bundle.name == "fake-test"


@pytest.mark.parametrize("stage", ["prefill", "decode"])
def test_cancel_stops_quickly_and_keeps_partial_text(qtbot, window, engine, stage):
    engine.chunk_s, engine.token_s = 0.05, 0.05
    engine.prefill_chunks = 200  # 10 s of prefill unless cancelled
    if stage == "decode":
        engine.prefill_chunks = 2
        engine.answer = " ".join(["word"] * 400)
    open_image(qtbot, window)
    interpret(qtbot, window)
    ip = window.interpret_page
    if stage == "prefill":
        qtbot.waitUntil(lambda: ip.progress._stage == "prefill" and ip.progress.bar.value() > 0, timeout=10000)
        assert ip.progress.bar.maximum() == 200 * 144  # a real bar over the prefill tokens
    else:
        qtbot.waitUntil(lambda: len(ip.conversation.streamed_text) > 20, timeout=10000)
    t0 = time.monotonic()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.study.busy, timeout=30000)
    print(f"cancel took {time.monotonic() - t0:.2f} s")  # a figure, not a test: it stopped before the end (below)
    turn = window.study.session.turns[0]
    assert not turn.complete
    assert not window.findChildren(QMessageBox, "errorDialog")
    if stage == "decode":
        assert turn.answer.startswith("word word")
        assert "Incomplete" in ip.conversation.toPlainText()
    assert ip.retry_button.isVisible()
    assert not ip.ask_button.isEnabled()  # no follow-up on an incomplete answer
    # the engine is reusable: interpret again to the end
    engine.prefill_chunks, engine.chunk_s, engine.token_s, engine.answer = 2, 0.001, 0.001, ANSWER
    qtbot.mouseClick(ip.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.study.busy, timeout=10000)
    session = window.study.session
    assert session.interpretation == ANSWER and session.answered
    assert [t.complete for t in session.turns] == [False, True]  # the cut-short answer stays, marked
    from pulse_desktop.core.storage import Store

    qtbot.waitUntil(lambda: not window.study.writing, timeout=10000)

    with Store.open() as store:
        stored = store.get(session.study_id)
    assert [t.state for t in stored.turns] == ["incomplete", "complete"]
    assert stored.turns[0].incomplete_reason == "cancelled"
    assert stored.turns[1].answer == ANSWER
    if stage == "decode":
        assert stored.turns[0].answer.startswith("word word")


def test_save_pdf_and_print_the_same_pages(qtbot, window, tmp_path):
    from pypdf import PdfReader

    open_image(qtbot, window)
    interpret(qtbot, window)
    qtbot.waitUntil(lambda: not window.study.busy, timeout=20000)
    window.prompter.script("text", "Dr. Amaka Obi")
    window.actions["confirm"].trigger()
    pdf = tmp_path / "saved"  # no suffix: the app adds .pdf
    window.prompter.script("save_file", pdf)
    window.actions["save_pdf"].trigger()
    qtbot.waitUntil(lambda: window.report.last_pdf is not None or bool(window.report.failures), timeout=60000)
    assert not window.report.failures
    saved = PdfReader(str(tmp_path / "saved.pdf"))
    text = "".join(page.extract_text() for page in saved.pages)
    assert "Ana Müller" in text and "P-0042" in text and "Dr. Amaka Obi" in text
    suggested = [text for kind, text in window.prompter.asked if kind == "suggested"]
    assert suggested and suggested[0].startswith("Ana_Müller-P-0042")

    printed = tmp_path / "printed.pdf"

    def to_file(printer):
        printer.setOutputFormat(printer.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))

    window.prompter.script("print_dialog", to_file)
    counts = []
    window.report.printed.connect(counts.append)
    window.actions["print"].trigger()
    qtbot.waitUntil(lambda: bool(counts) or bool(window.report.failures), timeout=60000)
    assert counts == [len(saved.pages)]
    assert len(PdfReader(str(printed)).pages) == len(saved.pages)


def test_a_memory_error_while_loading_is_a_clear_dialog(qtbot, tmp_path):
    from pulse_desktop.core.errors import InsufficientMemoryError
    from pulse_desktop.gui.main_window import MainWindow

    install_fake_bundle(tmp_path)

    def refuse(bundle, settings):
        raise InsufficientMemoryError("This model needs 6.1 GB of memory; 2.0 GB are free.",
                                      "Close other programs, or use a smaller bundle (Q4_K_M).")

    prompter = ScriptedPrompter()
    w = MainWindow(default_services().with_changes(open_engine=refuse), prompter)
    w.show()
    try:
        open_image(qtbot, w)
        interpret(qtbot, w)
        qtbot.waitUntil(lambda: not w.study.busy, timeout=20000)
        boxes = w.findChildren(QMessageBox, "errorDialog")
        assert boxes and "6.1 GB" in boxes[0].text() and "Q4_K_M" in boxes[0].informativeText()
        assert not w.study.session.turns[-1].complete
        assert w.review_page.interpret_button.isEnabled() or w.interpret_page.retry_button.isVisible()
    finally:
        prompter.script("save_discard_cancel", "discard")
        w.close()
        w.deleteLater()
