"""Reading the picture ahead while the clinician reviews it (fake engine with the real protocol, real
widgets and jobs): started on open, handed over to Interpret, restarted for a different picture, off when
the setting says so; and the engine holder's waiting for a load another job started."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.errors import Cancelled
from pulse_desktop.core.events import Progress, StageFinished, StageStarted
from pulse_desktop.core.study.engine_holder import EngineHolder
from pulse_desktop.gui.settings import AppSettings, save_settings
from tests.gui.fakes import ANSWER, FakeEngine
from tests.gui.helpers import accept_warnings, install_fake_bundle, open_for_review
from tests.gui.photos import tilted_photo


@pytest.fixture
def engine():
    return FakeEngine(prefill_chunks=20, chunk_s=0.01)


@pytest.fixture
def window(make_window, tmp_path, engine):
    install_fake_bundle(tmp_path)
    return make_window(engine)


def image_path():
    from tests.support.paths import ecg_image_files

    return ecg_image_files()[0]


def run_events(window) -> list:
    seen: list = []
    window.study.run_event.connect(seen.append)
    return seen


def press_interpret(qtbot, window) -> None:
    accept_warnings(window)
    rp = window.review_page
    assert rp.interpret_button.isEnabled(), rp.reason.text()
    qtbot.mouseClick(rp.interpret_button, Qt.MouseButton.LeftButton)


def test_opening_a_picture_reads_it_and_the_interpretation_feeds_only_the_question(qtbot, window, engine):
    notices: list[str] = []
    window.study.notice.connect(notices.append)
    open_for_review(qtbot, window, image_path(), accept=False)
    qtbot.waitUntil(lambda: any("read the picture" in n for n in notices), timeout=10000)
    assert engine.read_ahead_images == [window.study.session.image_for_model()]
    assert engine.asked == []  # nothing asked, nothing recorded
    assert window.study.session.turns == []

    seen = run_events(window)
    press_interpret(qtbot, window)
    qtbot.waitUntil(lambda: not window.study.busy, timeout=10000)
    assert window.study.session.interpretation == ANSWER
    assert not [e for e in seen if isinstance(e, Progress) and e.stage == "vision"]
    assert [e.total for e in seen if isinstance(e, Progress) and e.stage == "prefill"][-1] == 40
    assert len(engine.read_ahead_images) == 1


def test_interpret_during_the_read_ahead_lets_it_finish_and_shows_its_progress(qtbot, window, engine):
    engine.chunk_s = 0.05  # 1 s of reading
    open_for_review(qtbot, window, image_path(), accept=False)
    qtbot.waitUntil(lambda: bool(engine.read_ahead_images), timeout=10000)
    job = window.study.reader.job
    seen = run_events(window)
    press_interpret(qtbot, window)
    qtbot.waitUntil(lambda: not window.study.busy, timeout=20000)
    assert job.outcome == "succeeded"  # not cancelled: its work is the interpretation's
    prefill = [e for e in seen if isinstance(e, Progress) and e.stage == "prefill"]
    assert prefill[0].total == 20 * 144 and prefill[-1].total == 40  # the reading, then the question only
    assert window.study.session.interpretation == ANSWER


def test_interpret_with_other_engine_settings_cancels_the_read_ahead(qtbot, window, engine):
    engine.chunk_s = 0.2
    open_for_review(qtbot, window, image_path(), accept=False)
    qtbot.waitUntil(lambda: bool(engine.read_ahead_images), timeout=10000)
    job = window.study.reader.job
    window.app_settings = window.app_settings.with_changes(threads=1)  # as the settings dialog does
    press_interpret(qtbot, window)
    qtbot.waitUntil(lambda: job.outcome == "cancelled", timeout=3000)  # its engine is about to be replaced
    qtbot.waitUntil(lambda: not window.study.busy, timeout=30000)
    assert window.study.session.interpretation == ANSWER


def test_choosing_the_original_picture_reads_that_one_instead(qtbot, window, engine, tmp_path):
    engine.chunk_s = 0.05
    open_for_review(qtbot, window, tilted_photo(tmp_path / "tilted.jpg"), accept=False)
    session = window.study.session
    assert session.review.straightened is not None
    assert window.study.reader.image is session.review.straightened
    qtbot.waitUntil(lambda: bool(engine.read_ahead_images), timeout=10000)
    first = window.study.reader.job
    window.study.set_use_straightened(False)
    qtbot.waitUntil(lambda: first.outcome == "cancelled", timeout=5000)
    qtbot.waitUntil(lambda: len(engine.read_ahead_images) == 2, timeout=10000)
    assert engine.read_ahead_images[1] is session.original
    window.study.set_use_straightened(False)  # the same picture again: nothing new starts
    assert len(engine.read_ahead_images) == 2


def test_off_in_the_settings_reads_nothing(qtbot, make_window, tmp_path, engine):
    install_fake_bundle(tmp_path)
    save_settings(AppSettings(read_ahead=False))
    window = make_window(engine)
    open_for_review(qtbot, window, image_path(), accept=False)
    qtbot.wait(300)
    assert window.study.reader.job is None and engine.read_ahead_images == []


def test_a_new_study_cancels_the_read_ahead(qtbot, window, engine):
    engine.chunk_s = 0.2
    open_for_review(qtbot, window, image_path(), accept=False)
    qtbot.waitUntil(lambda: bool(engine.read_ahead_images), timeout=10000)
    job = window.study.reader.job
    window.study.new_study()
    qtbot.waitUntil(lambda: job.outcome == "cancelled", timeout=2000)


class SlowOpener:
    def __init__(self, seconds: float) -> None:
        self.seconds, self.opened = seconds, 0

    def __call__(self, bundle, settings):
        time.sleep(self.seconds)
        self.opened += 1
        return FakeEngine()


def test_a_job_needing_the_engine_waits_for_the_load_another_started():
    opener = SlowOpener(1.0)
    holder = EngineHolder(opener)
    settings = AppSettings()
    first: list = []
    loader = threading.Thread(target=lambda: first.extend(holder.ensure("b", settings, CancelToken())))
    loader.start()
    time.sleep(0.2)
    second = list(holder.ensure("b", settings, CancelToken()))
    loader.join()
    assert opener.opened == 1
    assert [type(e) for e in second] == [StageStarted, StageFinished]
    assert second[0].stage == "load" and "waiting" in second[0].detail and second[1].seconds > 0.5


class GatedOpener:
    """Opens only when the test says so: a load that lasts exactly as long as the test needs."""

    def __init__(self) -> None:
        self.gate, self.opened = threading.Event(), 0

    def __call__(self, bundle, settings):
        self.gate.wait(60)
        self.opened += 1
        return FakeEngine()


def test_waiting_for_a_load_can_be_cancelled():
    opener = GatedOpener()
    holder = EngineHolder(opener)
    loader = threading.Thread(target=lambda: list(holder.ensure("b", AppSettings(), CancelToken())))
    loader.start()
    time.sleep(0.2)
    cancel = CancelToken()
    threading.Timer(0.2, cancel.cancel).start()
    with pytest.raises(Cancelled):
        list(holder.ensure("b", AppSettings(), cancel))
    assert opener.opened == 0  # the wait was cancelled while the load was still going (no timing involved)
    opener.gate.set()
    loader.join()
    assert opener.opened == 1


def test_turning_it_off_in_the_settings_stops_it(qtbot, window, engine):
    engine.chunk_s = 0.2
    open_for_review(qtbot, window, image_path(), accept=False)
    qtbot.waitUntil(lambda: bool(engine.read_ahead_images), timeout=10000)
    job = window.study.reader.job
    window.apply_settings(window.app_settings.with_changes(read_ahead=False))
    qtbot.waitUntil(lambda: job.outcome == "cancelled", timeout=3000)
    assert window.study.reader.job is None
