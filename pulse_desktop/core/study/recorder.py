"""Each step of a study written to the study store when it happens, each in its own transaction.

The recorder is the workflow's only writer to :class:`pulse_desktop.core.storage.Store` (thread-safe, one
lock). It takes frozen snapshots (:class:`StudyDraft`), so its writes may run on a worker thread while the
session goes on changing. Failures raise (``StorageError`` with a hint); the shell shows them. When the store
cannot be opened at all, ``unavailable`` says why and the study is simply not kept (the work goes on).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PIL import Image

from pulse_desktop.core.storage.records import Patient, QualityOverride, QualityRecord
from pulse_desktop.core.study.answer_recording import record_answer
from pulse_desktop.core.study.digital import measurements_json
from pulse_desktop.core.study.events import StudyRecorded
from pulse_desktop.core.study.session import StudySession
from pulse_desktop.core.study.values import Review

log = logging.getLogger("pulse_desktop.study.recorder")


@dataclass(frozen=True)
class StudyDraft:
    """What a worker needs to record the study (immutable: it crosses to the worker thread)."""

    study_id: str | None
    patient: Patient
    indication: str
    clinician: str
    created_at: str
    review: Review | None
    overrides: tuple[str, ...]
    override_by: str
    loaded: Any  # core LoadedImage (frozen)

    @classmethod
    def of(cls, session: StudySession) -> StudyDraft:
        return cls(session.study_id, session.patient, session.indication, session.clinician, session.created_at,
                   session.review, session.overrides, session.override_by, session.loaded)


def quality_record(review: Review | None, overrides: tuple[str, ...], who: str = "") -> QualityRecord:
    """The quality findings with the accepted warnings (who, when) as the store keeps them."""
    if review is None or not review.checked:
        return QualityRecord()
    override = None
    if overrides:
        override = QualityOverride(who, datetime.now().astimezone().isoformat(timespec="seconds"), overrides,
                                   "accepted before interpreting")
    return QualityRecord(review.findings, review.is_ecg, override)


class StudyRecorder:
    def __init__(self, open_store: Callable[[], Any] | None) -> None:
        self._open_store = open_store
        self._store: Any = None
        self.unavailable = "" if open_store is not None else "the study is not recorded"

    @property
    def store(self) -> Any:
        if self._store is None and not self.unavailable and self._open_store is not None:
            try:
                self._store = self._open_store()
            except Exception as exc:  # noqa: BLE001 - the work goes on without the history
                self.unavailable = getattr(exc, "message", None) or str(exc) or type(exc).__name__
                log.warning("study store unavailable: %s", exc)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # ----- writes (any thread) ---------------------------------------------------------------------------
    def create(self, draft: StudyDraft) -> str | None:
        """The study, its quality findings and pictures; returns its ID (None when there is no store)."""
        store = self.store
        if store is None:
            return None
        study_id = store.create_study(draft.patient, acquired_at=draft.created_at, indication=draft.indication,
                                      clinician=draft.clinician)
        store.record_quality(study_id, quality_record(draft.review, draft.overrides, draft.override_by))
        self.attach_pictures(study_id, draft.loaded, draft.review)
        if measurements_json(draft.loaded) is not None:  # a digital recording: kept with the study
            store.record_measurements(study_id, measurements_json(draft.loaded))
        return study_id

    def attach_pictures(self, study_id: str, loaded: Any, review: Review | None) -> None:
        from pulse_desktop.core.storage import encode_png

        store = self.store
        if store is None:
            return
        straightened = review.straightened if review is not None else None
        original = getattr(loaded, "original_bytes", None)
        if original is None and isinstance(getattr(loaded, "image", None), Image.Image):
            original = encode_png(loaded.image)
        store.attach_images(study_id, original=original,
                            straightened=encode_png(straightened) if straightened is not None else None)

    def save_details(self, draft: StudyDraft) -> None:
        """Patient block and accepted warnings of a recorded study."""
        store = self.store
        if store is None or draft.study_id is None:
            return
        store.update_details(draft.study_id, patient=draft.patient, indication=draft.indication)
        store.record_quality(draft.study_id, quality_record(draft.review, draft.overrides, draft.override_by))

    def save_edit(self, study_id: str | None, turn: int | None, text: str | None) -> None:
        store = self.store
        if store is None or study_id is None or turn is None:
            return
        store.edit_turn(study_id, turn, text)

    def confirm(self, draft: StudyDraft, clinician: str) -> str | None:
        """Record who accepted the warnings and the confirmation; returns the time stored (None: no store)."""
        store = self.store
        if store is None or draft.study_id is None:
            return None
        store.record_quality(draft.study_id, quality_record(draft.review, draft.overrides,
                                                            draft.override_by or clinician))
        return str(store.confirm(draft.study_id, clinician))

    def set_bundle(self, study_id: str | None, bundle: Any) -> None:
        store = self.store
        if store is None or study_id is None or getattr(bundle, "manifest", None) is None:
            return
        from pulse_desktop.core.bundle.manifest import manifest_sha256
        from pulse_desktop.core.storage import bundle_info

        store.set_bundle(study_id, bundle_info(bundle.manifest, manifest_sha256(bundle.path)))

    # ----- inside an interpretation run (worker thread) -----------------------------------------------------
    def begin(self, draft: StudyDraft, question: str) -> StudyRecorded:
        """Create the study if needed and record the question. A failure is logged and the interpretation
        goes on (the answer is still shown; the shell says the study is not kept)."""
        study_id = draft.study_id
        try:
            if self.store is None:
                return StudyRecorded(study_id, None)
            if study_id is None:
                study_id = self.create(draft)
            return StudyRecorded(study_id, self.store.start_turn(study_id, question))
        except Exception:  # noqa: BLE001
            log.exception("could not record the study")
            return StudyRecorded(study_id, None)

    def record_turn(self, study_id: str | None, turn: int | None, events: Iterable[object]) -> Iterator[object]:
        """Pass ``events`` through, streaming the answer into turn ``turn`` (nothing stored without one)."""
        store = self.store
        if store is None or study_id is None or turn is None:
            yield from events
            return
        yield from record_answer(store, study_id, turn, events)
