"""The study workflow without widgets: open -> review -> interpret -> follow up -> edit/confirm.

The controller owns the :class:`StudySession`, starts every job through the window's JobRunner (the one
place that starts background work), and announces changes with signals; views only read the session.
Persistence goes through :class:`~pulse_desktop.gui.study_recorder.StudyRecorder` at each step, so an
interrupted interpretation leaves its study and partial answer in the history.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QObject, Signal

from pulse_desktop.core.errors import PulseError, QualityBlockedError
from pulse_desktop.core.events import Done, Token
from pulse_desktop.gui.engine_holder import EngineHolder, answer_stages, answer_text
from pulse_desktop.gui.errors import ErrorReport, show_error
from pulse_desktop.gui.services import Services
from pulse_desktop.gui.settings import AppSettings
from pulse_desktop.gui.study_recorder import StudyRecorder
from pulse_desktop.gui.study_session import Corners, Patient, Review, StudySession, Turn
from pulse_desktop.gui.workers import Job, JobRunner

log = logging.getLogger("pulse_desktop.gui.study")


@dataclass(frozen=True)
class BundleChosen:
    """Yielded by the interpret job once the bundle is resolved (before loading it)."""

    bundle: object


class StudyController(QObject):
    session_changed = Signal()
    page_requested = Signal(str)  # "start", "review", "interpret"
    run_started = Signal(str, str)  # kind ("ask" / "follow_up"), question
    run_event = Signal(object)
    run_finished = Signal(str)  # "succeeded" / "cancelled" / "failed"
    notice = Signal(str)  # a non-error note for the status bar
    busy_changed = Signal(bool)

    def __init__(self, services: Services, jobs: JobRunner, settings: Callable[[], AppSettings],
                 parent_widget=None) -> None:
        super().__init__(parent_widget)
        self.services = services
        self.jobs = jobs
        self.settings = settings
        self.parent_widget = parent_widget
        self.engine = EngineHolder(services.open_engine)
        self.recorder = StudyRecorder(services)
        self.session = StudySession()
        self.run_job: Job | None = None
        self._image_job: Job | None = None
        self._conversation_of: int | None = None  # id() of the session the engine's conversation belongs to
        self._streamed = ""
        self.last_error: ErrorReport | None = None

    # ----- state -------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.run_job is not None

    def _changed(self) -> None:
        self.session_changed.emit()

    def _fail(self, report: ErrorReport | BaseException, context: str) -> None:
        dialog_report = report
        self.last_error = report if isinstance(report, ErrorReport) else None
        show_error(self.parent_widget, dialog_report, context)

    def new_study(self) -> None:
        self.session = StudySession()
        self._changed()
        self.page_requested.emit("start")

    # ----- image intake --------------------------------------------------------------------------------
    def open_path(self, path: Path) -> Job:
        return self._load(lambda: self.services.load_image(Path(path)), Path(path).name)

    def open_bytes(self, data: bytes, name: str) -> Job:
        return self._load(lambda: self.services.load_image_bytes(bytes(data), name), name)

    def _load(self, load: Callable[[], object], name: str) -> Job:
        def work() -> tuple[object, Review]:
            loaded = load()
            return loaded, self.services.review_image(loaded.image, None)  # type: ignore[attr-defined]

        job = self.jobs.call("open-image", work)
        job.succeeded.connect(lambda result: self._image_ready(name, *result))
        job.failed.connect(lambda report: self._fail(report, f"opening {name}"))
        self._image_job = job
        return job

    def _image_ready(self, name: str, loaded: object, review: Review) -> None:
        self.session = StudySession(image_name=name, loaded=loaded, original=loaded.image,  # type: ignore
                                    review=review, unsaved=True)
        for note in getattr(loaded, "notes", ()):
            self.notice.emit(note)
        self._changed()
        self.page_requested.emit("review")

    def set_corners(self, corners: Corners) -> Job | None:
        """Straighten again with the clinician's corners (in original pixels)."""
        original = self.session.original
        if original is None:
            return None
        session = self.session
        job = self.jobs.call("straighten", lambda: self.services.review_image(original, corners))

        def done(review: Review) -> None:
            if self.session is session:
                session.review, session.overrides, session.unsaved = review, (), True
                self._changed()

        job.succeeded.connect(done)
        job.failed.connect(lambda report: self._fail(report, "straightening the image"))
        return job

    def set_use_straightened(self, use: bool) -> None:
        self.session.use_straightened = use
        self._changed()

    def set_override(self, finding: str, accepted: bool) -> None:
        names = set(self.session.overrides)
        names.add(finding) if accepted else names.discard(finding)
        self.session.overrides = tuple(sorted(names))
        self.session.unsaved = True
        self._changed()

    def set_patient(self, patient: Patient) -> None:
        self.session.with_patient(patient)

    # ----- interpretation -------------------------------------------------------------------------------
    def can_interpret(self) -> tuple[bool, str]:
        s = self.session
        if not s.has_image:
            return False, self.tr("Open or capture an ECG first.")
        if s.blocked:
            return False, self.tr("The image cannot be interpreted: see the findings above.")
        if s.unaccepted_warnings:
            return False, self.tr("Accept the quality warnings (or take a better picture) to continue.")
        if self.busy:
            return False, self.tr("The model is busy.")
        return True, ""

    def interpret(self, question: str) -> Job | None:
        ok, why = self.can_interpret()
        if not ok:
            if self.session.blocked:
                self._fail(QualityBlockedError(why, self.tr("Retake the picture following the hints.")), "")
            else:
                self.notice.emit(why)
            return None
        session = self.session
        image = session.image_for_model()
        settings = self.settings()
        question = question.strip() or settings.default_question
        session.turns.clear()
        session.edited_text, session.confirmed_by, session.confirmed_at = None, "", ""
        self.recorder.begin(session, question)

        def work(cancel):
            bundle = self.services.resolve_bundle(settings.default_bundle or None)
            yield BundleChosen(bundle)
            yield from self.engine.ask(bundle, settings, image, question, cancel)

        self._conversation_of = id(session)
        return self._run("ask", question, work)

    def follow_up(self, question: str) -> Job | None:
        s = self.session
        if self.busy or not s.turns or not s.turns[0].complete or not question.strip():
            return None
        if self._conversation_of != id(s) or not self.engine.loaded:
            self._fail(PulseError(self.tr("Follow-up questions need this study's interpretation in memory."),
                                  self.tr("Interpret the ECG again to ask more questions.")), "")
            return None
        return self._run("follow_up", question.strip(), lambda cancel: self.engine.follow_up(question, cancel))

    def _run(self, kind: str, question: str, work) -> Job:
        session = self.session
        self._streamed = ""
        session.add_turn(Turn(question, "", False, asked_at=datetime.now().isoformat(timespec="seconds")))
        job = self.jobs.start(f"interpret-{kind}", work)
        self.run_job = job
        job.event.connect(self._on_event)
        job.succeeded.connect(lambda result: self._run_done(session, "succeeded", result))
        job.cancelled.connect(lambda: self._run_done(session, "cancelled", None))
        job.failed.connect(lambda report: self._run_done(session, "failed", report))
        self.busy_changed.emit(True)
        self.run_started.emit(kind, question)
        self._changed()
        self.page_requested.emit("interpret")
        return job

    def _on_event(self, event: object) -> None:
        if isinstance(event, Token):
            self._streamed += event.text
        if isinstance(event, BundleChosen):
            self.session.bundle = event.bundle
            self.session.bundle_name = str(getattr(event.bundle, "name", ""))
            self.recorder.bundle_chosen(self.session)
            return
        if not isinstance(event, Done):
            self.run_event.emit(event)

    def _run_done(self, session: StudySession, outcome: str, value: object) -> None:
        self.run_job = None
        last = session.turns[-1]
        if outcome == "succeeded":
            text = answer_text(value) or self._streamed.strip()
            session.replace_last_turn(replace(last, answer=text, complete=True, stages=answer_stages(value)))
        else:
            session.replace_last_turn(replace(last, answer=self._streamed.strip(), complete=False))
            if outcome == "failed":
                self._conversation_of = None  # the engine's conversation state is not to be trusted
        self.recorder.turn_finished(session, len(session.turns) - 1)
        self.busy_changed.emit(False)
        self.run_finished.emit(outcome)
        self._changed()
        if outcome == "failed":
            self._fail(value, "interpreting the ECG")  # type: ignore[arg-type]

    def cancel(self) -> None:
        if self.run_job is not None:
            self.run_job.cancel()

    # ----- clinician -------------------------------------------------------------------------------------
    def edit(self, text: str) -> None:
        s = self.session
        if s.confirmed or not s.turns:
            return
        s.edited_text = None if text == s.interpretation else text
        s.unsaved = True
        self.recorder.edited(s)
        self._changed()

    def confirm(self, clinician: str) -> None:
        s = self.session
        if not clinician.strip() or s.confirmed or not s.turns:
            return
        s.confirmed_by = clinician.strip()
        s.confirmed_at = datetime.now().isoformat(sep=" ", timespec="minutes")
        self.recorder.confirmed(s)
        self._changed()

    def close_engine(self) -> None:
        self.engine.close()

    def adopt(self, session: StudySession) -> None:
        """Show a study reopened from the history."""
        self.session = session
        self._changed()
        self.page_requested.emit("interpret" if session.turns else "review")

    def image_for_report(self) -> Image.Image | None:
        return self.session.image_for_model()
