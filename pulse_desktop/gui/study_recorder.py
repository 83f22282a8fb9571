"""Each step of the study written to the study store when it happens, so that a crash loses nothing.

The recorder is the window's only writer to :class:`pulse_desktop.core.storage.Store` (thread-safe, one
lock). Small steps (create, question, answer finished, confirmation) run on the GUI thread: one SQLite
transaction each. The slow ones run inside the interpretation job: the pictures (PNG encoding of a
multi-megapixel image) and the streamed answer, appended every few tokens so that a killed process leaves
its partial answer. Typing in the report editor or the patient form is saved after a short pause.
When the store cannot be opened the window keeps working and says so (the study is then not kept).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PIL import Image

from pulse_desktop.core.events import Token
from pulse_desktop.gui.errors import report_from_exception, show_error
from pulse_desktop.gui.study_session import Patient, Review, StudySession, Turn

log = logging.getLogger("pulse_desktop.gui.recorder")
APPEND_EVERY_TOKENS = 8
APPEND_EVERY_S = 2.0


@dataclass(frozen=True)
class StudyRow:
    """One line of the history."""

    study_id: str
    when: str
    patient_name: str
    patient_id: str
    status: str  # draft / interpreted / confirmed / incomplete
    confirmed_by: str
    bundle: str


def core_patient(patient: Patient) -> Any:
    from pulse_desktop.core.storage import Patient as StoredPatient

    return StoredPatient(patient.name, patient.patient_id, patient.birth_date, patient.age, patient.sex)


def quality_record(review: Review | None, overrides: tuple[str, ...], who: str = "") -> Any:
    """The quality findings with the clinician's override of the accepted warnings (recorded with when)."""
    from pulse_desktop.core.storage import QualityFinding, QualityOverride, QualityRecord

    if review is None:
        return QualityRecord()
    findings = tuple(QualityFinding(f.name, f.level, f.value, f.message, f.hint) for f in review.findings)
    override = None
    if overrides:
        override = QualityOverride(who, datetime.now().astimezone().isoformat(timespec="seconds"), overrides,
                                   "accepted on the review screen")
    return QualityRecord(findings, review.is_ecg, override)


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

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def _write(self, what: str, fn) -> bool:
        store = self.store
        if store is None:
            return False
        try:
            fn(store)
        except Exception as exc:  # noqa: BLE001 - a failed write is shown, never a crash
            show_error(None, exc, f"saving the study ({what})")
            return False
        return True

    # ----- the steps, on the GUI thread ---------------------------------------------------------------
    def ensure_study(self, session: StudySession) -> str | None:
        """Create the study record (patient, quality, override) the first time it is needed."""
        if session.study_id is None:
            def create(store: Any) -> None:
                p = session.patient
                session.study_id = store.create_study(core_patient(p), acquired_at=session.created_at,
                                                      indication=p.indication)
                store.record_quality(session.study_id, quality_record(session.review, session.overrides))
            self._write("creating it", create)
        return session.study_id

    def start_turn(self, session: StudySession, question: str) -> int | None:
        if self.ensure_study(session) is None:
            return None
        index: list[int] = []
        self._write("question", lambda store: index.append(store.start_turn(session.study_id, question)))
        return index[0] if index else None

    def finish_turn(self, session: StudySession, turn: Turn, reason: str = "") -> None:
        if session.study_id is None or turn.store_index is None:
            return
        self._write("answer", lambda store: store.finish_turn(
            session.study_id, turn.store_index, answer=turn.answer, timings=turn.stages, complete=turn.complete,
            reason=reason))
        session.unsaved = False

    def save_details(self, session: StudySession) -> None:
        """Patient block and quality override, after the study exists (debounced by the controller)."""
        if session.study_id is None:
            return
        p = session.patient

        def save(store: Any) -> None:
            store.update_details(session.study_id, patient=core_patient(p), indication=p.indication)
            store.record_quality(session.study_id, quality_record(session.review, session.overrides))
        self._write("patient", save)

    def save_edit(self, session: StudySession) -> None:
        main = session.main_turn
        if session.study_id is None or main is None or main.store_index is None:
            return
        self._write("edit", lambda store: store.edit_turn(session.study_id, main.store_index, session.edited_text))

    def confirm(self, session: StudySession, clinician: str) -> str | None:
        """Record the confirmation; returns its time, None when it could not be stored."""
        if session.study_id is None:
            return None
        at: list[str] = []

        def confirm(store: Any) -> None:
            store.record_quality(session.study_id, quality_record(session.review, session.overrides, clinician))
            at.append(store.confirm(session.study_id, clinician))
        self._write("confirmation", confirm)
        return at[0] if at else None

    def save_draft(self, session: StudySession) -> None:
        """Keep a study that was never interpreted (asked when closing or starting another)."""
        new = session.study_id is None
        if self.ensure_study(session) is not None:
            if not new:
                self.save_details(session)
            self.attach_pictures(session.study_id, session.loaded, session.review)
            session.unsaved = False

    # ----- inside the interpretation job (worker thread; the store is thread-safe) ----------------------
    def attach_pictures(self, study_id: str | None, loaded: Any, review: Review | None) -> None:
        store = self.store
        if store is None or study_id is None:
            return
        from pulse_desktop.core.storage import encode_png

        straightened = review.straightened if review is not None else None
        original = getattr(loaded, "original_bytes", None)
        if original is None and isinstance(getattr(loaded, "image", None), Image.Image):
            original = encode_png(loaded.image)
        store.attach_images(study_id, original=original,
                            straightened=encode_png(straightened) if straightened is not None else None)

    def set_bundle(self, study_id: str | None, bundle: Any) -> None:
        store = self.store
        if store is None or study_id is None or getattr(bundle, "manifest", None) is None:
            return
        from pulse_desktop.core.bundle.manifest import manifest_sha256
        from pulse_desktop.core.storage import bundle_info

        store.set_bundle(study_id, bundle_info(bundle.manifest, manifest_sha256(bundle.path)))

    def stream(self, study_id: str | None, turn: int | None, events: Iterator[object]) -> Iterator[object]:
        """Pass ``events`` through, appending the answer's text to the store every few tokens."""
        store = self.store
        if store is None or study_id is None or turn is None:
            yield from events
            return
        pending, count, last = "", 0, time.monotonic()
        try:
            for event in events:
                if isinstance(event, Token):
                    pending, count = pending + event.text, count + 1
                    if count >= APPEND_EVERY_TOKENS or time.monotonic() - last > APPEND_EVERY_S:
                        store.append_answer(study_id, turn, pending, tokens=count)
                        pending, count, last = "", 0, time.monotonic()
                yield event
        finally:
            if pending:
                try:
                    store.append_answer(study_id, turn, pending, tokens=count)
                except Exception:  # noqa: BLE001 - finish_turn writes the whole text anyway
                    log.warning("could not append the last part of the answer", exc_info=True)

    # ----- history -----------------------------------------------------------------------------------------
    def search(self, text: str, date_from: str | None, date_to: str | None) -> list[StudyRow]:
        store = self.store
        if store is None:
            return []
        rows = []
        for s in store.list_studies(text, date_from, date_to):
            status = "incomplete" if s.incomplete and s.status != "confirmed" else s.status
            when = (s.acquired_at or s.created_at)[:16].replace("T", " ")
            rows.append(StudyRow(s.study_id, when, s.patient_name, s.patient_id, status, s.confirmed_by,
                                 s.bundle_name))
        return rows

    def load(self, study_id: str) -> tuple[StudySession, dict]:
        """A stored study as a session, with its pictures read from disk (call from a worker)."""
        from pulse_desktop.gui.image_convert import prepare_pictures
        from pulse_desktop.gui.study_reopen import session_from_study

        store = self.store
        session = session_from_study(store.get(study_id), store)
        return session, prepare_pictures(session.original, session.review.straightened if session.review else None)

    def delete(self, study_id: str) -> None:
        self.store.delete(study_id)

    def export(self, study_id: str, folder: Path) -> Path:
        from pulse_desktop.core.storage.export import export_study_files

        target = Path(folder) / f"study-{study_id}"
        export_study_files(self.store, study_id, target)
        return target

    def report_input(self, session: StudySession) -> Any:
        """What the PDF writer needs: the stored study record (TODO(integration): the report module)."""
        store = self.store
        if store is None or session.study_id is None:
            return session
        return store.get(session.study_id)
