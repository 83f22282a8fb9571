"""Reading the picture ahead: while the clinician reviews it, load the model and read the picture.

When to read is a rule of the study (core/study/rules.should_read_ahead); this module runs the job.
The prompt puts the image before the question, so loading the engine, vision and the prefill up to the end
of the image block (nearly all the time to the first word on a CPU) can run before Interpret. One
:class:`ReadAhead` per window keeps at most one such job, for one picture (by identity) and one set of
engine settings. Interpret on that picture *hands over*: the job goes on, its progress is forwarded as the
run's, and the run's engine call (queued behind it by the engine service) then feeds only the question.
Anything else (another picture, other settings, a new study) cancels it; what it had fed stays cached.
It records nothing and shows no error: the interpretation reports its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PIL import Image
from PySide6.QtCore import QObject, Signal

from pulse_desktop.core.errors import PulseError
from pulse_desktop.core.events import Progress, StageFinished, StageStarted
from pulse_desktop.core.study.engine_holder import EngineHolder, EngineSettings, engine_key
from pulse_desktop.core.study.rules import same_reading
from pulse_desktop.gui.workers import Job, JobRunner

log = logging.getLogger("pulse_desktop.gui.read_ahead")



class ReadAhead(QObject):
    finished_reading = Signal()  # the picture has been read (not emitted when cancelled or failed)

    def __init__(self, jobs: JobRunner, resolve_bundle: Callable[[str | None], Any], holder: EngineHolder,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs, self._resolve, self._holder = jobs, resolve_bundle, holder
        self.job: Job | None = None
        self.image: Image.Image | None = None  # the picture it reads (identity)
        self._key: tuple = ()

    def start(self, image: Image.Image, settings: EngineSettings) -> Job:
        """Read ``image``, unless a job for this very picture and settings is running or has finished."""
        if self.job is not None and same_reading((self.image, self._key), image, settings):
            return self.job
        self.stop()
        resolve, holder = self._resolve, self._holder

        def work(cancel):
            try:
                bundle = resolve(settings.default_bundle or None)
            except PulseError as exc:  # no usable bundle: the interpretation will say so and what to do
                log.info("not reading ahead: %s", exc)
                return
            yield from holder.read_ahead(bundle, settings, image, cancel)

        job = self._jobs.start("read-ahead", work, on_failure=lambda report: log.warning(
            "reading ahead failed (%s: %s); the interpretation will try again", report.type_name, report.message))
        job.succeeded.connect(lambda result: self._succeeded(job, result))
        self.job, self.image, self._key = job, image, engine_key(settings)
        return job

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.job, self.image, self._key = None, None, ()

    def cancel_running(self) -> None:
        """Cancel the job but remember what it read (a later start for the same picture does not redo it)."""
        if self.job is not None:
            self.job.cancel()

    def hand_over(self, image: Image.Image | None, settings: EngineSettings,
                  forward: Callable[[object], None]) -> None:
        """Interpret pressed on ``image``: a running read of it with these settings goes on and its stages
        and progress go to ``forward`` (not its load: the run announces its own wait); any other stops."""
        job = self.job
        if job is None or not job.running:
            return
        if same_reading((self.image, self._key), image, settings):
            job.event.connect(lambda event: _forward_progress(event, forward))
        else:
            self.stop()

    def _succeeded(self, job: Job, result: object) -> None:
        if result is not None and job is self.job:
            self.finished_reading.emit()


def _forward_progress(event: object, forward: Callable[[object], None]) -> None:
    if isinstance(event, (StageStarted, StageFinished, Progress)) and event.stage != "load":
        forward(event)
