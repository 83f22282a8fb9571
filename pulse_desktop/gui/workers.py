"""The single place that starts background work.

Long work in the core is a generator of events (:mod:`pulse_desktop.core.events`) that checks a
:class:`~pulse_desktop.core.cancel.CancelToken` at its yield points. A :class:`Job` runs one such generator
on its own ``QThread`` and forwards every event to the GUI thread as a signal; only immutable values cross
(frozen events, :class:`~pulse_desktop.gui.errors.ErrorReport`). Worker code never touches widgets.

Outcomes, exactly one per job, then ``finished``:

* ``succeeded(result)``: the generator ended; ``result`` is the last ``Done.result`` (or None);
* ``cancelled()``: the generator raised :class:`~pulse_desktop.core.errors.Cancelled` (or ended after a
  cancel without a ``Done``); never an error;
* ``failed(ErrorReport)``: any other exception, classified by :mod:`pulse_desktop.gui.errors`.

A failure reaches the error dialog unless its caller handles it: ``start``/``call`` take ``on_failure`` (a
caller that deals with the failure itself) and ``context`` (what was being done, for the dialog and the log);
without ``on_failure`` the runner's handler shows the dialog. ``on_failure=log_only`` keeps it to the log.

Plain functions run through :meth:`JobRunner.call` (model loading, PDF writing); writes to the study store
run through :meth:`JobRunner.call_in_order`, one after the other in the order they were asked for (an edit
lands before the confirmation typed after it, and the confirmation before the PDF that prints it).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.errors import Cancelled
from pulse_desktop.core.events import Done
from pulse_desktop.gui.errors import ErrorReport, log_report, report_from_exception, show_error

log = logging.getLogger("pulse_desktop.gui.workers")

GeneratorFactory = Callable[[CancelToken], Iterable[object]]
FailureHandler = Callable[[ErrorReport], None]


def log_only(report: ErrorReport) -> None:
    """``on_failure`` for background work whose failure the user need not see (it is logged)."""
    log_report(report, "background work")


class _Runner(QObject):
    """Lives in the worker thread; iterates the generator and emits what it yields."""

    event = Signal(object)
    outcome = Signal(str, object)  # ("succeeded", result) / ("cancelled", None) / ("failed", ErrorReport)

    def __init__(self, factory: GeneratorFactory, cancel: CancelToken) -> None:
        super().__init__()
        self._factory = factory
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            self._run()
        finally:
            QThread.currentThread().quit()  # the thread ends by itself, even while the GUI thread waits on it

    def _run(self) -> None:
        result: Any = None
        got_done = False
        generator = None
        try:
            generator = iter(self._factory(self._cancel))
            for item in generator:
                if isinstance(item, Done):
                    result, got_done = item.result, True
                self.event.emit(item)
                if self._cancel.cancelled and not got_done:
                    raise Cancelled()
            if self._cancel.cancelled and not got_done:
                raise Cancelled()
        except Cancelled:
            self._close(generator)
            self.outcome.emit("cancelled", None)
            return
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI as a report
            self._close(generator)
            self.outcome.emit("failed", report_from_exception(exc))
            return
        self.outcome.emit("succeeded", result)

    @staticmethod
    def _close(generator) -> None:
        """Let an abandoned generator clean up here, in the worker, before the outcome is announced."""
        close = getattr(generator, "close", None)
        if close is not None:
            try:
                close()
            except Exception:  # noqa: BLE001 - the outcome stands; the clean-up failure is logged
                log.exception("a cancelled job failed to clean up")


class Job(QObject):
    """One background task, seen from the GUI thread."""

    event = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)  # ErrorReport
    cancelled = Signal()
    finished = Signal()  # always last, after exactly one of the three outcomes

    def __init__(self, name: str, factory: GeneratorFactory, parent: QObject | None = None,
                 on_failure: FailureHandler | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._on_failure = on_failure  # who handles a failure (the runner's dialog when None)
        self.cancel_token = CancelToken()
        self.outcome = ""  # "", then "succeeded" / "cancelled" / "failed"
        self.started_at = 0.0
        self._thread = QThread()
        self._thread.setObjectName(f"pulse-{name}")
        self._runner = _Runner(factory, self.cancel_token)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        # Queued: the runner emits from the worker thread, these slots run in the GUI thread.
        self._runner.event.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        self._runner.outcome.connect(self._on_outcome, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Job:
        self.started_at = time.monotonic()
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the generator to stop at its next yield point (thread-safe, returns at once)."""
        self.cancel_token.cancel()

    @property
    def running(self) -> bool:
        return not self.outcome

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the worker thread has ended (for shutdown and tests); True when it has."""
        if timeout_ms < 0:
            return self._thread.wait()
        return self._thread.wait(timeout_ms)

    @Slot(object)
    def _on_event(self, item: object) -> None:
        if not self.outcome:
            self.event.emit(item)

    @Slot(str, object)
    def _on_outcome(self, outcome: str, value: object) -> None:
        self._thread.quit()
        self._thread.wait()
        self.outcome = outcome
        log.info("job %s %s after %.1f s", self.name, outcome, time.monotonic() - self.started_at)
        if outcome == "succeeded":
            self.succeeded.emit(value)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            assert isinstance(value, ErrorReport)
            self.failed.emit(value)
            if self._on_failure is not None:
                self._on_failure(value)
        self.finished.emit()


class JobRunner(QObject):
    """Starts jobs and keeps them alive until they end; cancels them all at shutdown."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None,
                 show_failure: Callable[[ErrorReport, str], None] | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []
        self._show_failure = show_failure or self._dialog
        self._order = threading.Condition()
        self._tickets = 0  # call_in_order: the next ticket to hand out, and the one whose turn it is
        self._serving = 0

    def _dialog(self, report: ErrorReport, context: str) -> None:
        parent = self.parent()
        show_error(parent if isinstance(parent, QWidget) else None, report, context)

    def start(self, name: str, factory: GeneratorFactory, *, context: str = "",
              on_failure: FailureHandler | None = None) -> Job:
        """Run ``factory(cancel)`` on its own thread. A failure goes to ``on_failure``, else to the error
        dialog (``context``: what was being done, e.g. "writing the PDF")."""
        if on_failure is None:
            what = context or name
            on_failure = lambda report: self._show_failure(report, what)  # noqa: E731
        job = Job(name, factory, self, on_failure)
        self._jobs.append(job)
        job.finished.connect(lambda: self._forget(job))
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        return job.start()

    def call(self, name: str, fn: Callable[[], object], *, context: str = "",
             on_failure: FailureHandler | None = None) -> Job:
        """Run a plain function off the GUI thread; its return value is the job's result."""

        def one_shot(cancel: CancelToken) -> Iterable[object]:
            cancel.check()
            yield Done(result=fn())

        return self.start(name, one_shot, context=context, on_failure=on_failure)

    def call_in_order(self, name: str, fn: Callable[[], object], *, context: str = "",
                      on_failure: FailureHandler | None = None) -> Job:
        """Like :meth:`call`, but after every earlier ``call_in_order`` has finished (FIFO), and never
        skipped by a cancel: a write asked for is a write done (closing the window waits for it)."""
        with self._order:
            ticket = self._tickets
            self._tickets += 1

        def in_turn(cancel: CancelToken) -> Iterable[object]:
            try:
                with self._order:
                    self._order.wait_for(lambda: self._serving == ticket)
                yield Done(result=fn())
            finally:
                with self._order:
                    self._serving = max(self._serving, ticket + 1)
                    self._order.notify_all()

        return self.start(name, in_turn, context=context, on_failure=on_failure)

    @property
    def writing(self) -> bool:
        """True while a :meth:`call_in_order` job waits or runs."""
        with self._order:
            return self._serving < self._tickets

    @property
    def active(self) -> list[Job]:
        return [job for job in self._jobs if job.running]

    def cancel_all(self) -> None:
        for job in self._jobs:
            job.cancel()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel everything and wait for the threads (closing the window); True when all ended."""
        self.cancel_all()
        deadline = time.monotonic() + timeout_ms / 1000
        ok = True
        for job in list(self._jobs):
            left = max(0, int((deadline - time.monotonic()) * 1000))
            ok = job.wait(left) and ok
        return ok

    def _forget(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
            job.setParent(None)  # Python owns it now; freed with its last reference (no deleteLater: see tests)
        if not self._jobs:
            self.busy_changed.emit(False)
