"""The study history as the history page and the report flow see it: search, reopen, delete, export, PDF.

A narrow collaborator over the core workflow (its recorder, report and export steps): the pages never reach
the store through the window. Reading pictures, exporting and writing PDFs run off the GUI thread, after any queued store writes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from pulse_desktop.core.study.history import StudyRow, search, session_from_study
from pulse_desktop.core.study.workflow import StudyWorkflow
from pulse_desktop.gui.image_convert import prepare_pictures
from pulse_desktop.gui.workers import FailureHandler, Job, JobRunner


class StudyHistory(QObject):
    def __init__(self, workflow: StudyWorkflow, jobs: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workflow, self._recorder, self._jobs = workflow, workflow.recorder, jobs

    @property
    def unavailable(self) -> str:
        """Why the history cannot be opened ("" when it can)."""
        self._recorder.store  # noqa: B018 - opening it is what tells
        return self._recorder.unavailable

    def search(self, text: str, date_from: str | None = None, date_to: str | None = None) -> list[StudyRow]:
        store = self._recorder.store
        return [] if store is None else search(store, text, date_from, date_to)

    def load(self, study_id: str) -> Job:
        """Reopen a stored study (a job: it decodes the pictures); its result is (session, pictures)."""
        recorder = self._recorder

        def work() -> tuple[Any, dict]:
            store = recorder.store
            session = session_from_study(store.get(study_id), store)
            return session, prepare_pictures(session.original, session.review.straightened if session.review else None)

        return self._jobs.call_in_order("reopen", work, context="reopening the study")

    def delete(self, study_id: str) -> None:
        self._recorder.store.delete(study_id)

    def export(self, study_id: str, folder: Path, settings: Any = None,
               on_failure: FailureHandler | None = None) -> Job:
        """Pictures, study.json and report.pdf into ``folder/study-ID`` (a job; its result is that folder)."""
        workflow = self._workflow

        def work() -> Path:
            return workflow.export(Path(folder), settings, study_id)

        return self._jobs.call_in_order("export", work, context="exporting the study", on_failure=on_failure)

    def write_pdf(self, study_id: str, out: Path, settings: Any) -> Path:
        """The report of a stored study (call it from a job; the store is thread-safe)."""
        return self._workflow.write_report(Path(out), settings, study_id)

    def pdf_job(self, name: str, study_id: str, out: Path, settings: Any, then: Any = None, *, context: str,
                on_failure: FailureHandler | None = None) -> Job:
        """Write the PDF off the GUI thread after the queued writes (``then(path)`` runs there too)."""
        def work() -> Any:
            path = self.write_pdf(study_id, out, settings)
            return then(path) if then is not None else path

        return self._jobs.call_in_order(name, work, context=context, on_failure=on_failure)
