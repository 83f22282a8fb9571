"""Signals, timers and dialogs around the core study workflow (pulse_desktop/core/study).

The decisions (when Interpret is allowed, copy on re-interpret, which picture and bundle, what is written
when) are :class:`~pulse_desktop.core.study.StudyWorkflow`'s; this controller runs its long steps as jobs
through the window's JobRunner, words its refusals in the user's language, saves typing after a pause, and
announces changes with signals (views only read the session). Store writes run off the GUI thread, in order
(``JobRunner.call_in_order``); a failed write reaches the error dialog and nothing the clinician typed is lost.

While the clinician reviews a picture, :class:`~pulse_desktop.gui.read_ahead.ReadAhead` (setting
``read_ahead``) loads the model and reads the picture the model would read; Interpret hands over to it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QObject, QTimer, Signal

from pulse_desktop.core.ecg_files import is_digital_ecg_file
from pulse_desktop.core.errors import PulseError, QualityBlockedError
from pulse_desktop.core.events import Done, Message, Token
from pulse_desktop.core.storage.records import Patient
from pulse_desktop.core.study import rules
from pulse_desktop.core.study.digital import open_recording
from pulse_desktop.core.study.engine_holder import EngineHolder
from pulse_desktop.core.study.recorder import StudyRecorder
from pulse_desktop.core.study.session import StudySession
from pulse_desktop.core.study.values import Corners, OpenedPicture, Review
from pulse_desktop.core.study.workflow import Refused, Run, StudyWorkflow
from pulse_desktop.gui.errors import ErrorReport, show_error
from pulse_desktop.gui.image_convert import prepare_pictures
from pulse_desktop.gui.read_ahead import ReadAhead
from pulse_desktop.gui.services import Services
from pulse_desktop.gui.settings import AppSettings
from pulse_desktop.gui.study_history import StudyHistory
from pulse_desktop.gui.workers import Job, JobRunner

log = logging.getLogger("pulse_desktop.gui.study")
SAVE_DELAY_MS = 800  # typing is saved this long after the last key


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
        self.workflow = StudyWorkflow(StudyRecorder(services.open_store), self.engine, services.resolve_bundle)
        self.history = StudyHistory(self.workflow, jobs, self)
        self.run_job: Job | None = None
        self._run: Run | None = None
        self._image_job: Job | None = None
        self.reader = ReadAhead(jobs, services.resolve_bundle, self.engine, self)
        self.reader.finished_reading.connect(self._read_ahead_done)
        self._streamed = ""
        self.last_error: ErrorReport | None = None
        self._pending: set[str] = set()
        self._writes_asked = 0  # typed changes queued for saving (a later one supersedes an earlier's "saved")
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._flush_pending)

    # ----- state -------------------------------------------------------------------------------------
    @property
    def session(self) -> StudySession:
        return self.workflow.session

    @property
    def busy(self) -> bool:
        return self.run_job is not None

    @property
    def writing(self) -> bool:
        """True while a write to the study store is waiting or running."""
        return self.jobs.writing

    def _changed(self) -> None:
        self.session_changed.emit()

    def _fail(self, report: ErrorReport | BaseException, context: str) -> None:
        self.last_error = report if isinstance(report, ErrorReport) else None
        show_error(self.parent_widget, report, context)

    def _write(self, name: str, fn: Callable[[], object], context: str,
               done: Callable[[object], None] | None = None, failed: Callable[[ErrorReport], None] | None = None
               ) -> Job:
        """A store write off the GUI thread, after the earlier ones; a failure reaches the error dialog."""
        def on_failure(report: ErrorReport) -> None:
            if failed is not None:
                failed(report)
            self._fail(report, context)

        job = self.jobs.call_in_order(name, fn, context=context, on_failure=on_failure)
        if done is not None:
            job.succeeded.connect(done)
        return job

    def new_study(self) -> None:
        self._flush_pending()
        self.reader.stop()
        self.workflow.new_study()
        self._changed()
        self.page_requested.emit("start")

    # ----- image intake --------------------------------------------------------------------------------
    def open_path(self, path: Path) -> Job:
        if is_digital_ecg_file(path):  # read, drawn and measured by the core; the page is not straightened
            return self._load(lambda: open_recording(Path(path)), Path(path).name)
        return self._load(lambda: self.services.load_image(Path(path)), Path(path).name)

    def open_bytes(self, data: bytes, name: str) -> Job:
        return self._load(lambda: self.services.load_image_bytes(bytes(data), name), name)

    def _load(self, load: Callable[[], object], name: str) -> Job:
        review = self.services.review_image

        def work() -> tuple[OpenedPicture, dict]:
            loaded = load()
            opened = loaded if isinstance(loaded, OpenedPicture) else \
                OpenedPicture(name, loaded, review(loaded.image, None))  # type: ignore[attr-defined]
            return opened, prepare_pictures(opened.original, opened.review.straightened)

        job = self.jobs.call("open-image", work, context=f"opening {name}",
                             on_failure=lambda report: self._fail(report, f"opening {name}"))
        job.succeeded.connect(lambda result: self._image_ready(*result))
        self._image_job = job
        return job

    def _image_ready(self, opened: OpenedPicture, pictures: dict) -> None:
        self.workflow.adopt_picture(opened, pictures)
        for note in opened.notes:
            self.notice.emit(note)
        self._changed()
        self.page_requested.emit("review")
        self.read_ahead()

    def set_corners(self, corners: Corners | None) -> Job | None:
        """Straighten again with the clinician's corners (in original pixels; None: found automatically),
        keeping the turn the clinician chose."""
        original = self.session.original
        if original is None:
            return None
        session, review_image = self.session, self.services.review_image
        turn = session.turn_choice
        self.reader.stop()  # the picture is about to change

        def work() -> tuple[Review, dict]:
            review = review_image(original, corners, turn)
            return review, prepare_pictures(review.straightened)

        def failed(report: ErrorReport) -> None:
            self._fail(report, "straightening the image")
            self.read_ahead()  # the picture stays as it was

        job = self.jobs.call("straighten", work, on_failure=failed)

        def done(result: tuple[Review, dict]) -> None:
            if self.workflow.set_review(session, *result):
                self._changed()
                self.read_ahead()

        job.succeeded.connect(done)
        return job

    def set_turn(self, turn: int) -> Job | None:
        """The clinician turns the page (clockwise degrees from the picture as opened; 0 undoes a turn)."""
        review = self.session.review
        if self.session.original is None or review is None:
            return None
        self.session.turn_choice = turn % 360
        manual = getattr(review.report, "method", "") == "manual"
        return self.set_corners(review.corners if manual else None)

    def set_page(self, page: int) -> Job | None:
        """Another page (0-based) of the PDF or TIFF takes the picture's place."""
        from pulse_desktop.core.study.picture import open_page

        session = self.session
        loaded = session.loaded
        if loaded is None or page == getattr(loaded, "page_index", 0) or not 0 <= page < getattr(loaded, "page_count", 1):
            return None
        self.reader.stop()

        def work() -> tuple[OpenedPicture, dict]:
            opened = open_page(loaded, session.image_name, page)
            return opened, prepare_pictures(opened.original, opened.review.straightened)

        def done(result: tuple[OpenedPicture, dict]) -> None:
            if self.workflow.replace_picture(session, *result):
                self._changed()
            self.read_ahead()

        job = self.jobs.call("open-page", work, context=f"opening page {page + 1}",
                             on_failure=lambda report: self._fail(report, f"opening page {page + 1}"))
        job.succeeded.connect(done)
        return job

    def set_use_straightened(self, use: bool) -> None:
        self.workflow.use_straightened(use)
        self._changed()
        self.read_ahead()

    def set_override(self, finding: str, accepted: bool) -> None:
        self.workflow.accept_warning(finding, accepted)
        self._schedule("details")
        self._changed()

    def set_patient(self, patient: Patient, indication: str | None = None) -> None:
        if self.workflow.set_patient(patient, indication):
            self._schedule("details")
            self._changed()

    # ----- interpretation -------------------------------------------------------------------------------
    def refusal_text(self, refusal: rules.Refusal) -> str:
        return {
            rules.NO_PICTURE: self.tr("Open or capture an ECG first."),
            rules.BLOCKED: self.tr("The image cannot be interpreted: see the findings above."),
            rules.WARNINGS: self.tr("Accept the quality warnings (or take a better picture) to continue."),
            rules.BUSY: self.tr("The model is busy."),
            rules.NOT_IN_MEMORY: self.tr("Follow-up questions need this study's interpretation in memory."),
        }.get(refusal.reason, "")

    def can_interpret(self) -> tuple[bool, str]:
        refusal = self.workflow.check_interpret(self.busy)
        return (True, "") if refusal is None else (False, self.refusal_text(refusal))

    def interpret(self, question: str) -> Job | None:
        settings = self.settings()
        question = question.strip() or settings.default_question
        try:
            if self.workflow.check_interpret(self.busy) is None:
                self._flush_pending()
            run = self.workflow.interpret(question, settings, busy=self.busy)
        except Refused as refused:
            why = self.refusal_text(refused.refusal)
            if refused.refusal.reason == rules.BLOCKED:
                self._fail(QualityBlockedError(why, self.tr("Retake the picture following the hints.")), "")
            else:
                self.notice.emit(why)
            return None
        self.reader.hand_over(run.image, settings, self.run_event.emit)
        return self._start(run)

    def follow_up(self, question: str) -> Job | None:
        try:
            run = self.workflow.follow_up(question, busy=self.busy)
        except Refused as refused:
            if refused.refusal.reason == rules.NOT_IN_MEMORY:
                self._fail(PulseError(self.refusal_text(refused.refusal),
                                      self.tr("Interpret the ECG again to ask more questions.")), "")
            return None
        return self._start(run)

    def _start(self, run: Run) -> Job:
        self._streamed, self._run = "", run
        job = self.jobs.start(f"interpret-{run.kind}", run.work,
                              on_failure=lambda report: self._run_done(run, "failed", report))
        self.run_job = job
        job.event.connect(lambda event: self._on_event(run, event))
        job.succeeded.connect(lambda result: self._run_done(run, "succeeded", result))
        job.cancelled.connect(lambda: self._run_done(run, "cancelled", None))
        self.busy_changed.emit(True)
        self.run_started.emit(run.kind, run.question)
        self._changed()
        self.page_requested.emit("interpret")
        return job

    def _on_event(self, run: Run, event: object) -> None:
        if self.workflow.apply(run, event):
            return
        if isinstance(event, Token):
            self._streamed += event.text
        if isinstance(event, Message):
            self.notice.emit(event.text)
        if not isinstance(event, Done):
            self.run_event.emit(event)

    def _run_done(self, run: Run, outcome: str, value: object) -> None:
        self.run_job, self._run = None, None
        reason = value.message if isinstance(value, ErrorReport) else ""
        self.workflow.finish(run, outcome, value if outcome == "succeeded" else None, self._streamed, reason)
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
        if not rules.should_read_ahead(s, settings.read_ahead, self.busy):
            self.reader.stop()
            return None
        return self.reader.start(s.image_for_model(), settings)  # type: ignore[arg-type]

    def _read_ahead_done(self) -> None:
        if not self.busy:
            self.notice.emit(self.tr("The model has read the picture: the interpretation will start sooner."))

    # ----- clinician -------------------------------------------------------------------------------------
    def edit(self, text: str) -> None:
        if self.workflow.edit(text):
            self._schedule("edit")
            self._changed()

    def confirm(self, clinician: str) -> bool:
        """Confirm at once on screen; the store write follows off the GUI thread (a failure undoes it)."""
        self._flush_pending()
        session = self.session
        try:
            write = self.workflow.confirm_write(clinician, busy=self.busy)
        except Refused:
            return False
        self.workflow.confirmed(session, clinician, None)

        def stored(at: object) -> None:
            if at is not None and session.confirmed:
                self.workflow.confirmed(session, clinician, str(at))
                self._changed()

        def failed(_report: ErrorReport) -> None:
            self.workflow.unconfirmed(session)
            session.unsaved = True
            self._changed()

        self._write("confirm", write, "saving the confirmation", stored, failed)
        self._changed()
        return True

    # ----- saving what is typed, after a pause ---------------------------------------------------------------
    def _schedule(self, what: str) -> None:
        self._pending.add(what)
        self._save_timer.start()

    def _flush_pending(self) -> None:
        self._save_timer.stop()
        pending, self._pending = self._pending, set()
        if self.session.study_id is None:
            return  # not recorded yet: the interpretation (or Save) records everything at once
        if not pending:
            return
        session, self._writes_asked = self.session, self._writes_asked + 1
        asked = self._writes_asked

        def saved(_result: object) -> None:  # nothing typed since: the study is saved
            if asked == self._writes_asked and not self._pending:
                session.unsaved = False
                self._changed()

        def failed(_report: ErrorReport) -> None:  # kept on screen, asked about when closing
            session.unsaved = True
            self._changed()

        if "details" in pending:
            self._write("save-details", self.workflow.details_write(), "saving the patient details",
                        saved if "edit" not in pending else None, failed)
        if "edit" in pending:
            self._write("save-edit", self.workflow.edit_write(), "saving the edit", saved, failed)

    def save_now(self) -> None:
        """Queue whatever is still waiting (before closing, confirming or printing)."""
        self._flush_pending()

    def save_draft(self) -> bool:
        """Keep the study as it is (asked when closing or starting another); True when it is stored."""
        self._flush_pending()
        try:
            self.workflow.save_draft()
        except Exception as exc:  # noqa: BLE001 - a failed write is shown, never a crash
            self._fail(exc, "saving the study")
        return self.session.study_id is not None and not self.session.unsaved

    @property
    def store_unavailable(self) -> str:
        """Why the study history cannot be used ("" when it can)."""
        recorder = self.workflow.recorder
        recorder.store  # noqa: B018 - opening it is what tells
        return recorder.unavailable

    def close(self) -> None:
        self._flush_pending()
        self.reader.stop()
        self.jobs.shutdown(8000)  # the queued writes finish before the store closes
        self.workflow.close()

    # ----- reopening -------------------------------------------------------------------------------------
    def reopen(self, study_id: str) -> Job:
        job = self.history.load(study_id)
        job.succeeded.connect(lambda result: self.adopt(*result))
        return job

    def adopt(self, session: StudySession, pictures: dict | None = None) -> None:
        """Show a study reopened from the history."""
        self._flush_pending()
        session.pictures.update(pictures or {})
        self.workflow.adopt(session)
        self._changed()
        self.page_requested.emit("interpret" if session.turns else "review")
        self.read_ahead()

    def image_for_report(self) -> Image.Image | None:
        return self.session.image_for_model()

