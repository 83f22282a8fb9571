"""The job runner: events cross to the GUI thread, cancel is an outcome (not an error), failures are reports."""

from __future__ import annotations

import threading
import time

import pytest

from pulse_desktop.core.errors import BundleError, Cancelled
from pulse_desktop.core.events import Done, Progress, Token
from pulse_desktop.gui.workers import JobRunner


def _collect(job):
    seen = {"events": [], "outcome": None, "value": None, "threads": set()}
    job.event.connect(lambda e: (seen["events"].append(e), seen["threads"].add(threading.get_ident())))
    job.succeeded.connect(lambda v: seen.update(outcome="succeeded", value=v))
    job.cancelled.connect(lambda: seen.update(outcome="cancelled"))
    job.failed.connect(lambda r: seen.update(outcome="failed", value=r))
    return seen


def test_events_arrive_in_order_on_the_gui_thread(qtbot):
    worker_threads = set()

    def gen(cancel):
        worker_threads.add(threading.get_ident())
        for i in range(5):
            yield Progress("vision", i + 1, 5)
        yield Token(7, "x")
        yield Done(result="answer")

    runner = JobRunner()
    job = runner.start("t", gen)
    seen = _collect(job)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen["outcome"] == "succeeded" and seen["value"] == "answer"
    assert [e.done for e in seen["events"] if isinstance(e, Progress)] == [1, 2, 3, 4, 5]
    assert seen["threads"] == {threading.get_ident()}
    assert worker_threads and worker_threads != {threading.get_ident()}
    assert runner.active == []


def test_cancel_is_not_an_error_and_stops_quickly(qtbot):
    def gen(cancel):
        while True:
            cancel.check()
            time.sleep(0.01)
            yield Progress("prefill", 1, 100)

    runner = JobRunner()
    job = runner.start("t", gen)
    seen = _collect(job)
    qtbot.waitUntil(lambda: bool(seen["events"]), timeout=5000)
    t0 = time.monotonic()
    job.cancel()
    with qtbot.waitSignal(job.finished, timeout=30000):  # the generator never ends by itself
        pass
    print(f"cancel took {time.monotonic() - t0:.2f} s")
    assert seen["outcome"] == "cancelled"


def test_generator_raising_cancelled_is_cancelled(qtbot):
    def gen(cancel):
        yield Progress("x", 0, 1)
        raise Cancelled()

    job = JobRunner().start("t", gen)
    seen = _collect(job)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen["outcome"] == "cancelled"


@pytest.mark.parametrize("exc, kind", [(BundleError("No bundle.", "Import one."), "expected"),
                                       (ZeroDivisionError("boom"), "bug")])
def test_failures_become_reports(qtbot, exc, kind):
    def gen(cancel):
        yield Progress("x", 0, 1)
        raise exc

    job = JobRunner().start("t", gen)
    seen = _collect(job)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen["outcome"] == "failed"
    report = seen["value"]
    assert report.kind == kind
    assert type(exc).__name__ in report.details
    if kind == "expected":
        assert report.message == "No bundle." and report.hint == "Import one."


def test_call_runs_a_function_off_the_gui_thread(qtbot):
    main = threading.get_ident()
    job = JobRunner().call("f", lambda: threading.get_ident())
    seen = _collect(job)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen["outcome"] == "succeeded" and seen["value"] != main


def test_shutdown_cancels_and_joins(qtbot):
    started = threading.Event()

    def gen(cancel):
        started.set()
        while True:
            cancel.check()
            time.sleep(0.01)
            yield Progress("decode", 0, 0)

    runner = JobRunner()
    job = runner.start("t", gen)
    assert started.wait(5)
    assert runner.shutdown(3000)
    assert not job._thread.isRunning()


def _fail(message):
    def boom():
        raise BundleError(message, "Import a bundle.")
    return boom


def test_a_failure_reaches_the_error_dialog_unless_the_caller_handles_it(qtbot):
    shown: list = []
    runner = JobRunner(show_failure=lambda report, context: shown.append((report.message, context)))
    job = runner.call("load", _fail("No bundle."), context="loading the model")
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert shown == [("No bundle.", "loading the model")]
    handled: list = []
    job = runner.call("load", _fail("Again."), on_failure=lambda report: handled.append(report.message))
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert handled == ["Again."] and len(shown) == 1  # the caller handled it: no second dialog


def test_the_default_error_dialog_is_shown(qtbot):
    from PySide6.QtWidgets import QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    job = JobRunner(parent).call("load", _fail("No bundle is installed."), context="loading the model")
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    boxes = parent.findChildren(QMessageBox, "errorDialog")
    assert boxes and boxes[0].text() == "No bundle is installed."


def test_writes_run_in_the_order_asked_even_when_the_first_is_slow(qtbot):
    runner = JobRunner()
    order: list[str] = []
    first = runner.call_in_order("edit", lambda: (time.sleep(0.3), order.append("edit")))
    second = runner.call_in_order("confirm", lambda: order.append("confirm"))
    third = runner.call_in_order("pdf", lambda: order.append("pdf"))
    assert runner.writing
    for job in (first, second, third):
        qtbot.waitUntil(lambda job=job: job.outcome == "succeeded", timeout=5000)
    assert order == ["edit", "confirm", "pdf"] and not runner.writing


def test_a_failed_write_does_not_block_the_next(qtbot):
    runner = JobRunner(show_failure=lambda report, context: None)
    failed = runner.call_in_order("edit", _fail("Disk full."))
    after = runner.call_in_order("confirm", lambda: "ok")
    qtbot.waitUntil(lambda: after.outcome == "succeeded", timeout=5000)
    assert failed.outcome == "failed" and not runner.writing
