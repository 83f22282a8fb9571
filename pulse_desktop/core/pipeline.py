"""A picture to a recorded study in a few plain calls, for batch tools and tests (over core/study).

    intake (load, straighten, quality gate)
      -> study created, pictures and quality findings stored        (each step committed at once)
      -> bundle resolved (sha256 checked) and recorded on the study
      -> question stored, answer streamed into the store every few tokens
      -> answer closed (complete, or incomplete with the reason: cancelled, failed, context full)
      -> PDF report from the stored study

Nothing here holds state between calls; long work is a generator of core events so that a caller can
show progress and cancel. A process killed at any point leaves the study, its pictures and the partial
answer in the store, marked incomplete on the next open.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.events import Done
from pulse_desktop.core.imaging.intake import Intake, intake_file
from pulse_desktop.core.storage import Patient, Store, bundle_info, encode_png
from pulse_desktop.core.study.answer_recording import APPEND_EVERY_TOKENS
from pulse_desktop.core.study.answer_recording import record_answer as stream_answer

__all__ = ["APPEND_EVERY_TOKENS", "StudyAnswer", "follow_up_study", "interpret_study", "open_study_from_file",
           "record_answer"]


@dataclass(frozen=True)
class StudyAnswer:
    study_id: str
    turn: int
    answer: Any  # engine.answer.Answer


def open_study_from_file(store: Store, image_path: Path, patient: Patient, *, clinician: str = "",
                         indication: str = "", acquired_at: str = "", override_by: str = "") -> tuple[str, Intake]:
    """Read, straighten and check the picture, then create a study holding it and its quality report.

    The study is stored even when the picture is blocked by quality, so that nothing the clinician brought
    is lost: check ``intake.report.usable`` (or call ``raise_if_blocked()``) before interpreting. Warnings are
    accepted (and recorded as an override) only when ``override_by`` names who accepts them.
    """
    intake = intake_file(image_path)
    report = intake.report
    if override_by and report.usable and report.warnings:
        report = report.with_override(override_by)
    study_id = store.create_study(patient, clinician=clinician, indication=indication, acquired_at=acquired_at)
    store.attach_images(study_id, original=intake.loaded.original_bytes if intake.loaded else None,
                        straightened=encode_png(intake.image_for_model))
    store.record_quality(study_id, report)
    return study_id, Intake(intake.loaded, intake.straightened, report)


def record_answer(store: Store, study_id: str, question: str, events: Iterator[object],
                  engine: Any = None) -> Iterator[object]:
    """Store the question, then stream the answer into the store (core/study/answer_recording.py).

    Yields every event unchanged but the final ``Done``, which carries a :class:`StudyAnswer`.
    """
    if engine is not None:  # the bundle that answers, as installed (its name may differ from the manifest's)
        info = bundle_info(engine.manifest, engine.manifest_sha256)
        store.set_bundle(study_id, replace(info, name=getattr(engine, "bundle_name", info.name)))
    turn = store.start_turn(study_id, question)
    for event in stream_answer(store, study_id, turn, events):
        if isinstance(event, Done):
            yield Done(result=StudyAnswer(study_id, turn, event.result), stages=event.stages)
        else:
            yield event


def interpret_study(store: Store, study_id: str, image: Any, question: str, engine: Any,
                    cancel: CancelToken | None = None, max_new_tokens: int = 1024) -> Iterator[object]:
    """Ask the first question about ``image`` with a loaded engine, recording it and the bundle used."""
    events = engine.ask(image, question, cancel, max_new_tokens=max_new_tokens)
    yield from record_answer(store, study_id, question, events, engine=engine)


def follow_up_study(store: Store, study_id: str, question: str, engine: Any, cancel: CancelToken | None = None,
                    max_new_tokens: int = 1024) -> Iterator[object]:
    """Ask a follow-up on the same ECG (the engine keeps the conversation), recording it as the next turn."""
    events = engine.follow_up(question, cancel, max_new_tokens=max_new_tokens)
    yield from record_answer(store, study_id, question, events)
