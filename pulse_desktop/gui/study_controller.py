"""The study workflow without widgets: open -> review -> interpret -> follow up -> edit/confirm.

The controller owns the :class:`StudySession`, starts every job through the window's JobRunner (the one
place that starts background work), and announces changes with signals; views only read the session.
Persistence goes through :class:`~pulse_desktop.gui.study_recorder.StudyRecorder` at each step, so an
interrupted interpretation leaves its study and partial answer in the history.

While the clinician reviews a picture, :class:`~pulse_desktop.gui.read_ahead.ReadAhead` (setting
``read_ahead``) loads the model and reads the picture the model would read; Interpret hands over to it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QObject, QTimer, Signal

from pulse_desktop.core.errors import PulseError, QualityBlockedError
from pulse_desktop.core.events import Done, Message, Token
from pulse_desktop.gui.engine_holder import EngineHolder, answer_stages, answer_text
from pulse_desktop.gui.errors import ErrorReport, show_error
from pulse_desktop.gui.image_convert import prepare_pictures
from pulse_desktop.gui.read_ahead import ReadAhead
from pulse_desktop.gui.services import Services
from pulse_desktop.gui.settings import AppSettings
from pulse_desktop.gui.study_recorder import StudyDraft, StudyRecorded, StudyRecorder
from pulse_desktop.gui.study_session import Corners, Patient, Review, StudySession, Turn
from pulse_desktop.gui.workers import Job, JobRunner

log = logging.getLogger("pulse_desktop.gui.study")
SAVE_DELAY_MS = 800  # typing is saved this long after the last key


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
        self.reader = ReadAhead(jobs, services.resolve_bundle, self.engine, self)
        self.reader.finished_reading.connect(self._read_ahead_done)
        self._conversation_of: int | None = None  # id() of the session the engine's conversation belongs to
        self._streamed = ""
        self.last_error: ErrorReport | None = None
        self._pending: set[str] = set()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._flush_pending)

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
        self._flush_pending()
        self.reader.stop()
        self.session = StudySession()
        self._changed()
        self.page_requested.emit("start")

    # ----- image intake --------------------------------------------------------------------------------
    def open_path(self, path: Path) -> Job:
        return self._load(lambda: self.services.load_image(Path(path)), Path(path).name)

    def open_bytes(self, data: bytes, name: str) -> Job:
        return self._load(lambda: self.services.load_image_bytes(bytes(data), name), name)

    def _load(self, load: Callable[[], object], name: str) -> Job:
        def work() -> tuple[object, Review, dict]:
            loaded = load()
            review = self.services.review_image(loaded.image, None)  # type: ignore[attr-defined]
            return loaded, review, prepare_pictures(loaded.image, review.straightened)  # type: ignore

        job = self.jobs.call("open-image", work)
        job.succeeded.connect(lambda result: self._image_ready(name, *result))
        job.failed.connect(lambda report: self._fail(report, f"opening {name}"))
        self._image_job = job
        return job

    def _image_ready(self, name: str, loaded: object, review: Review, pictures: dict) -> None:
        self.session = StudySession(image_name=name, loaded=loaded, original=loaded.image,  # type: ignore
                                    review=review, unsaved=True, pictures=pictures)
        for note in getattr(loaded, "notes", ()):
            self.notice.emit(note)
        self._changed()
        self.page_requested.emit("review")
        self.read_ahead()

    def set_corners(self, corners: Corners) -> Job | None:
        """Straighten again with the clinician's corners (in original pixels)."""
        original = self.session.original
        if original is None:
            return None
        session = self.session
        self.reader.stop()  # the picture is about to change
        def work() -> tuple[Review, dict]:
            review = self.services.review_image(original, corners)
            return review, prepare_pictures(review.straightened)

        job = self.jobs.call("straighten", work)

        def done(result: tuple[Review, dict]) -> None:
            review, pictures = result
            if self.session is session:
                session.pictures.update(pictures)
                session.review, session.overrides, session.unsaved = review, (), True
                self._changed()
                self.read_ahead()

        job.succeeded.connect(done)
        job.failed.connect(lambda report: self._fail(report, "straightening the image"))
        job.failed.connect(lambda _report: self.read_ahead())  # the picture stays as it was
        return job

    def set_use_straightened(self, use: bool) -> None:
        self.session.use_straightened = use
        self._changed()
        self.read_ahead()

    def set_override(self, finding: str, accepted: bool) -> None:
        names = set(self.session.overrides)
        names.add(finding) if accepted else names.discard(finding)
        self.session.overrides = tuple(sorted(names))
        self.session.unsaved = True
        self._schedule("details")
        self._changed()

    def set_patient(self, patient: Patient) -> None:
        if patient != self.session.patient:
            self.session.with_patient(patient)
            self._schedule("details")
            self._changed()

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
        if self.session.answered:  # a new interpretation of an interpreted study is a new study
            self.session = self.session.copy_for_new_interpretation()
        session = self.session
        self._flush_pending()
        image, settings, recorder = session.image_for_model(), self.settings(), self.recorder
        self.reader.hand_over(image, settings, self.run_event.emit)
        question = question.strip() or settings.default_question
        draft = StudyDraft(session.study_id, session.patient, session.created_at, session.review,
                           session.overrides, session.loaded)

        def work(cancel):
            recorded = recorder.begin(draft, question)
            yield recorded
            bundle = self.services.resolve_bundle(settings.default_bundle or None)
            yield BundleChosen(bundle)
            if recorded.turn is not None:
                recorder.set_bundle(recorded.study_id, bundle)
            yield from recorder.record_turn(recorded.study_id, recorded.turn,
                                            self.engine.ask(bundle, settings, image, question, cancel))

        self._conversation_of = id(session)
        return self._run("ask", question, work)

    def follow_up(self, question: str) -> Job | None:
        s, question = self.session, question.strip()
        if self.busy or not s.answered or s.confirmed or not question:
            return None
        if self._conversation_of != id(s) or not self.engine.loaded:
            self._fail(PulseError(self.tr("Follow-up questions need this study's interpretation in memory."),
                                  self.tr("Interpret the ECG again to ask more questions.")), "")
            return None
        draft = StudyDraft(s.study_id, s.patient, s.created_at, s.review, s.overrides, s.loaded)
        recorder = self.recorder

        def work(cancel):
            recorded = recorder.begin(draft, question)
            yield recorded
            yield from recorder.record_turn(recorded.study_id, recorded.turn, self.engine.follow_up(question, cancel))

        return self._run("follow_up", question, work)

    def _run(self, kind: str, question: str, work) -> Job:
        session = self.session
        self._streamed = ""
        session.add_turn(Turn(question, "", False, asked_at=datetime.now().isoformat(timespec="seconds"),
                              kind=kind))
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
        if isinstance(event, StudyRecorded):
            self.session.study_id = event.study_id
            self.session.replace_last_turn(replace(self.session.turns[-1], store_index=event.turn))
            return
        if isinstance(event, BundleChosen):
            self.session.bundle = event.bundle
            self.session.bundle_name = str(getattr(event.bundle, "name", ""))
            return
        if isinstance(event, Message):
            self.notice.emit(event.text)
        if not isinstance(event, Done):
            self.run_event.emit(event)

    def _run_done(self, session: StudySession, outcome: str, value: object) -> None:
        self.run_job = None
        last = session.turns[-1]
        if outcome == "succeeded":
            text = answer_text(value) or self._streamed.strip()
            turn = replace(last, answer=text, complete=True, stages=answer_stages(value))
        else:
            turn = replace(last, answer=self._streamed.strip(), complete=False)
            if outcome == "failed":
                self._conversation_of = None  # the engine's conversation state is not to be trusted
        session.replace_last_turn(turn)
        if turn.store_index is not None:
            session.unsaved = False  # the job recorded and closed it
        self.busy_changed.emit(False)
        self.run_finished.emit(outcome)
        self._changed()
        if outcome == "failed":
            self._fail(value, "interpreting the ECG")  # type: ignore[arg-type]

    def cancel(self) -> None:
        if self.run_job is not None:
            self.run_job.cancel()
            self.reader.cancel_running()  # the run may be waiting for it

    # ----- reading ahead (gui/read_ahead.py) ----------------------------------------------------------------
    def read_ahead(self) -> Job | None:
        """Start reading the picture the model would read now, if the setting allows and it can be read."""
        s, settings = self.session, self.settings()
        image = s.image_for_model()
        if not settings.read_ahead or image is None or s.blocked or s.answered or self.busy:
            self.reader.stop()
            return None
        return self.reader.start(image, settings)

    def _read_ahead_done(self) -> None:
        if not self.busy:
            self.notice.emit(self.tr("The model has read the picture: the interpretation will start sooner."))

    # ----- clinician -------------------------------------------------------------------------------------
    def edit(self, text: str) -> None:
        s = self.session
        if s.confirmed or not s.answered:
            return
        edited = None if text == s.interpretation else text
        if edited == s.edited_text:
            return
        s.edited_text = edited
        s.unsaved = True
        self._schedule("edit")
        self._changed()

    def confirm(self, clinician: str) -> bool:
        s = self.session
        if not clinician.strip() or s.confirmed or not s.answered or self.busy:
            return False
        self._flush_pending()
        at = self.recorder.confirm(s, clinician.strip())
        if at is None and self.recorder.store is not None:
            return False  # the store refused (shown): not confirmed
        s.confirmed_by = clinician.strip()
        s.confirmed_at = (at or datetime.now().astimezone().isoformat(timespec="seconds"))[:16].replace("T", " ")
        s.unsaved = False
        self._changed()
        return True

    # ----- saving what is typed, after a pause ---------------------------------------------------------------
    def _schedule(self, what: str) -> None:
        self._pending.add(what)
        self._save_timer.start()

    def _flush_pending(self) -> None:
        self._save_timer.stop()
        pending, self._pending = self._pending, set()
        if "details" in pending:
            self.recorder.save_details(self.session)
        if "edit" in pending:
            self.recorder.save_edit(self.session)
        if pending and self.session.study_id is not None:
            self.session.unsaved = False

    def save_now(self) -> None:
        """Write whatever is still waiting (before closing, confirming or printing)."""
        self._flush_pending()

    def close(self) -> None:
        self._flush_pending()
        self.reader.stop()
        self.engine.close()
        self.recorder.close()

    # ----- reopening -------------------------------------------------------------------------------------
    def reopen(self, study_id: str) -> Job:
        job = self.jobs.call("reopen", lambda: self.recorder.load(study_id))
        job.succeeded.connect(lambda result: self.adopt(*result))
        job.failed.connect(lambda report: self._fail(report, "reopening the study"))
        return job

    def adopt(self, session: StudySession, pictures: dict | None = None) -> None:
        """Show a study reopened from the history."""
        self._flush_pending()
        session.pictures.update(pictures or {})
        self.session = session
        self._changed()
        self.page_requested.emit("interpret" if session.turns else "review")
        self.read_ahead()

    def image_for_report(self) -> Image.Image | None:
        return self.session.image_for_model()

