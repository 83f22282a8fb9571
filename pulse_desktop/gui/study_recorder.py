"""Each step of the study written to the study store when it happens, so that a crash loses nothing.

The recorder is the window's only writer to :class:`pulse_desktop.core.storage.Store` (thread-safe, one
lock). Everything an interpretation writes happens inside its job, off the GUI thread (each step is an
fsynced SQLite transaction, which can take 100 ms on a busy disk): the study, its pictures (PNG encoding of
a multi-megapixel image) and quality findings, the question, the answer appended every few tokens so that
a killed process leaves its partial text, and the answer closed as complete or incomplete. The clinician's
own steps (confirmation, edits and patient details, saved after a pause in typing) run on the GUI thread. Typing in the report editor or the patient form is saved after a short pause.
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

from pulse_desktop.core.errors import Cancelled
from pulse_desktop.core.events import Done, Token
from pulse_desktop.gui.errors import report_from_exception, show_error
from pulse_desktop.gui.study_session import Patient, Review, StudySession

log = logging.getLogger("pulse_desktop.gui.recorder")
APPEND_EVERY_TOKENS = 8
APPEND_EVERY_S = 2.0


@dataclass(frozen=True)
class StudyDraft:
    """What the worker needs to record a new study (immutable: it crosses to the worker thread)."""

    study_id: str | None
    patient: Patient
    created_at: str
    review: Review | None
    overrides: tuple[str, ...]
    loaded: Any  # core LoadedImage (frozen)


@dataclass(frozen=True)
class StudyRecorded:
    """Yielded by the interpretation job once the study and the question are in the store."""

    study_id: str | None
    turn: int | None  # the store's index of this question; None when it could not be recorded


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

    def begin(self, draft: StudyDraft, question: str) -> StudyRecorded:
        """Create the study if needed (patient, quality, pictures) and record the question (worker thread).
        Failing to record is logged and the interpretation goes on: the answer is still shown."""
        store = self.store
        if store is None:
            return StudyRecorded(draft.study_id, None)
        study_id = draft.study_id
        try:
            if study_id is None:
                p = draft.patient
                study_id = store.create_study(core_patient(p), acquired_at=draft.created_at, indication=p.indication)
                store.record_quality(study_id, quality_record(draft.review, draft.overrides))
                self.attach_pictures(study_id, draft.loaded, draft.review)
            return StudyRecorded(study_id, store.start_turn(study_id, question))
        except Exception:  # noqa: BLE001 - shown in the log; the GUI says the study is not kept
            log.exception("could not record the study")
            return StudyRecorded(study_id, None)

    def record_turn(self, study_id: str | None, turn: int | None, events: Iterator[object]) -> Iterator[object]:
        """Pass ``events`` through, appending the answer to the store every few tokens, and close the turn
        whatever happens: complete with the engine's text, or incomplete with the reason (worker thread)."""
        store = self.store
        if store is None or study_id is None or turn is None:
            yield from events
            return
        pending, count, last = "", 0, time.monotonic()
        outcome: tuple[bool, str, Any] = (False, "stopped", None)
        try:
            for event in events:
                if isinstance(event, Token):
                    pending, count = pending + event.text, count + 1
                    if count >= APPEND_EVERY_TOKENS or time.monotonic() - last > APPEND_EVERY_S:
                        store.append_answer(study_id, turn, pending, tokens=count)
                        pending, count, last = "", 0, time.monotonic()
                elif isinstance(event, Done):
                    outcome = (True, "", event.result)
                yield event
        except (Cancelled, GeneratorExit):  # GeneratorExit: the job stopped reading after a cancel
            outcome = (False, "cancelled", None)
            raise
        except BaseException as exc:
            outcome = (False, getattr(exc, "message", None) or type(exc).__name__, None)
            raise
        finally:
            self._close_turn(store, study_id, turn, pending, count, *outcome)

    @staticmethod
    def _close_turn(store: Any, study_id: str, turn: int, pending: str, count: int, complete: bool,
                    reason: str, answer: Any) -> None:
        try:
            if pending:
                store.append_answer(study_id, turn, pending, tokens=count)
            text = getattr(answer, "text", None)
            tokens = getattr(answer, "token_ids", None)
            store.finish_turn(study_id, turn, answer=text, token_count=None if tokens is None else len(tokens),
                              timings=getattr(answer, "stages", None), complete=complete, reason=reason)
        except Exception:  # noqa: BLE001 - the next open marks it interrupted; never hide the real outcome
            log.exception("could not close answer %s of study %s", turn, study_id)

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

    def export(self, study_id: str, folder: Path, settings: Any = None) -> Path:
        target = Path(folder) / f"study-{study_id}"
        self._services.export_study(self.store, study_id, target, settings)
        return target

    def write_pdf(self, study_id: str, out: Path, settings: Any) -> Path:
        """The report of a stored study (called from a worker; the store is thread-safe)."""
        return self._services.write_report(self.store, study_id, Path(out), settings)
