"""EngineService: one worker thread owns the engine; events reach callers on other threads; cancel anywhere."""

from __future__ import annotations

import threading

import pytest

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.engine.engine_service import EngineService
from pulse_desktop.core.errors import BundleError, Cancelled
from pulse_desktop.core.events import Done, Progress, Token
from tests.engine.conftest import QUESTION
from tests.support.gpu import GPU_LAYERS


@pytest.fixture(scope="module")
def service(tiny_bundle_f32_flat):
    svc = EngineService(tiny_bundle_f32_flat, n_gpu_layers=GPU_LAYERS, n_threads=1)
    yield svc
    svc.close()


def _answer(events):
    return [e for e in events if isinstance(e, Done)][0].result


def test_runs_on_the_worker_thread_and_follows_up(service, page):
    seen_threads = set()
    events = []
    for event in service.ask(page, QUESTION, CancelToken(), max_new_tokens=6):
        seen_threads.add(threading.current_thread().name)
        events.append(event)
    first = _answer(events)
    assert seen_threads == {threading.current_thread().name}
    assert service.call(lambda engine: threading.current_thread().name) == "pulse-engine"
    second = _answer(list(service.follow_up("What is the axis?", CancelToken(), max_new_tokens=6)))
    assert second.turn == 2 and first.turn == 1
    assert service.settings()["threads"] == 1


def test_cancel_from_another_thread_then_reusable(service, page):
    expected = _answer(list(service.ask(page, QUESTION, max_new_tokens=6)))
    service.call(lambda engine: engine.kv.truncate(0))  # make the next ask prefill again
    cancel = CancelToken()
    got: list[object] = []

    def consume():
        try:
            for event in service.ask(page, QUESTION, cancel, max_new_tokens=6):
                got.append(event)
                if isinstance(event, Progress) and event.stage == "prefill" and event.done > 0:
                    threading.Thread(target=cancel.cancel).start()
        except Cancelled as exc:
            got.append(exc)

    worker = threading.Thread(target=consume)
    worker.start()
    worker.join(120)
    assert isinstance(got[-1], Cancelled)
    again = _answer(list(service.ask(page, QUESTION, max_new_tokens=6)))
    assert again.token_ids == expected.token_ids


def test_abandoned_generator_cancels_its_job(service, page):
    gen = service.ask(page, QUESTION, max_new_tokens=50)
    for event in gen:
        if isinstance(event, Token):
            break
    gen.close()  # the caller walks away mid-answer
    answer = _answer(list(service.ask(page, QUESTION, max_new_tokens=4)))
    assert len(answer.token_ids) <= 4


def test_jobs_from_two_threads_are_serialised(service, page):
    results: dict[str, object] = {}

    def ask(key):
        results[key] = _answer(list(service.ask(page, QUESTION, max_new_tokens=5)))

    threads = [threading.Thread(target=ask, args=(k,)) for k in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert results["a"].token_ids == results["b"].token_ids


def test_load_error_reaches_the_caller(tmp_path):
    with pytest.raises(BundleError):
        EngineService(tmp_path, n_gpu_layers=0, n_threads=1)
