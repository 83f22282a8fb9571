"""Each step of the study written to the store when it happens (so a crash loses nothing).

The recorder is the window's only writer to the study store. It runs on the GUI thread: each write is one
small SQLite transaction (and, once per study, the image files), well under the 100 ms the window allows.
When the store cannot be opened the window keeps working and says so; the study is then not kept.

TODO(integration): the storage engineer's Store (pulse_desktop/core/storage). Methods used here, by name:
``create_study``, ``add_turn``, ``set_edit``, ``confirm``, ``set_bundle``. Mapped in this file only.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pulse_desktop.gui.errors import report_from_exception, show_error
from pulse_desktop.gui.study_session import StudySession

log = logging.getLogger("pulse_desktop.gui.recorder")


@dataclass(frozen=True)
class StudyRow:
    """One line of the history."""

    study_id: object
    when: str
    patient_name: str
    patient_id: str
    status: str  # draft / interpreted / confirmed / incomplete
    confirmed_by: str
    bundle: str


class StudyRecorder:
    def __init__(self, services: Any) -> None:
        self._services = services
        self._store: Any = None
        self.unavailable = ""  # why the store cannot be used ("" when it can)

    @property
    def store(self) -> Any:
        if self._store is None and not self.unavailable:
            try:
                self._store = self._services.open_store()
            except Exception as exc:  # noqa: BLE001 - the window must keep working without history
                report = report_from_exception(exc)
                self.unavailable = report.message
                log.warning("study store unavailable: %s", report.details)
        return self._store

    def _write(self, what: str, fn) -> None:
        store = self.store
        if store is None:
            return
        try:
            fn(store)
        except Exception as exc:  # noqa: BLE001 - a failed write is shown, never a crash
            show_error(None, exc, f"saving the study ({what})")

    def begin(self, session: StudySession, question: str) -> None:
        def create(store: Any) -> None:
            session.study_id = store.create_study(session)
        self._write("creating it", create)

    def bundle_chosen(self, session: StudySession) -> None:
        if session.study_id is not None:
            self._write("model", lambda store: store.set_bundle(session.study_id, session.bundle))

    def turn_finished(self, session: StudySession, index: int) -> None:
        if session.study_id is not None:
            self._write("answer", lambda store: store.add_turn(session.study_id, session.turns[index]))
            session.unsaved = False

    def edited(self, session: StudySession) -> None:
        if session.study_id is not None:
            self._write("edit", lambda store: store.set_edit(session.study_id, session.edited_text))
            session.unsaved = False

    def confirmed(self, session: StudySession) -> None:
        if session.study_id is not None:
            self._write("confirmation", lambda store: store.confirm(session.study_id, session.confirmed_by))
            session.unsaved = False

    def save_draft(self, session: StudySession) -> None:
        """Keep a study that was never interpreted (asked when closing or starting another)."""
        if session.study_id is None:
            self.begin(session, "")
        else:
            self._write("patient", lambda store: store.set_patient(session.study_id, session.patient))
        if session.study_id is not None:
            session.unsaved = False

    # ----- history ---------------------------------------------------------------------------------------
    def search(self, text: str, date_from: str | None, date_to: str | None) -> list[StudyRow]:
        store = self.store
        if store is None:
            return []
        return list(store.search(text, date_from, date_to))  # TODO(integration): map the Store's rows

    def load(self, study_id: object) -> StudySession:
        return self.store.load_session(study_id)  # TODO(integration): Store record -> StudySession

    def delete(self, study_id: object) -> None:
        self.store.delete(study_id)

    def export(self, study_id: object, folder: Path) -> Path:
        return self.store.export(study_id, folder)

    def report_input(self, session: StudySession) -> Any:
        """What the PDF writer needs (TODO(integration): the report module's input: the study record)."""
        return session
