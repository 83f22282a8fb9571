"""The one path from an ECG picture to a recorded, reportable study, driven by the CLI (and batch tools).

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
from pulse_desktop.core.errors import Cancelled, PulseError
from pulse_desktop.core.events import Done, Message, Token
from pulse_desktop.core.imaging.intake import Intake, intake_file
from pulse_desktop.core.storage import Patient, Store, bundle_info, encode_png

# The store is written every this many tokens while an answer streams (and always at the end).
APPEND_EVERY_TOKENS = 8


@dataclass(frozen=True)
class StudyAnswer:
    study_id: str
    turn: int
    answer: Any  # engine.answer.Answer


def open_study_from_file(store: Store, image_path: Path, patient: Patient, *, clinician: str = "",
                         indication: str = "", acquired_at: str = "", override_by: str = "") -> tuple[str, Intake]:
    """Read, straighten and check the picture, then create a study holding it and its quality report.

    The study is stored even when the picture is blocked by quality, so that nothing the clinician brought
    is lost: check ``intake.report.usable`` (or call ``raise_if_blocked()``) before interpreting. Warnings are accepted (and recorded as an override)
    only when ``override_by`` names who accepts them; otherwise they are recorded and printed on the report.
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
    """Stream an engine's events through, storing the question first and the answer as it grows.

    Yields every event unchanged; the final ``Done`` carries a :class:`StudyAnswer`. On cancel or failure
    the turn is closed as incomplete with the reason, keeping the text so far, and the exception goes on.
    """
    if engine is not None:  # the bundle that answers, as installed (its name may differ from the manifest's)
        info = bundle_info(engine.manifest, engine.manifest_sha256)
        store.set_bundle(study_id, replace(info, name=getattr(engine, "bundle_name", info.name)))
    turn = store.start_turn(study_id, question)
    pending: list[str] = []
    tokens = 0

    def flush() -> None:
        nonlocal tokens
        if pending or tokens:
            store.append_answer(study_id, turn, "".join(pending), tokens=tokens)
            pending.clear()
            tokens = 0

    try:
        for event in events:
            if isinstance(event, Token):
                pending.append(event.text)
                tokens += 1
                if tokens >= APPEND_EVERY_TOKENS:
                    flush()
            if isinstance(event, Done):
                flush()
                answer = event.result
                store.finish_turn(study_id, turn, answer=answer.text, token_count=len(answer.token_ids),
                                  timings=answer.stages, complete=not _cut_short(answer),
                                  reason=_cut_reason(answer))
                yield Done(result=StudyAnswer(study_id, turn, answer), stages=event.stages)
                return
            yield event
    except Cancelled:
        flush()
        store.finish_turn(study_id, turn, complete=False, reason="cancelled")
        raise
    except BaseException as exc:
        flush()
        reason = exc.message if isinstance(exc, PulseError) else f"failed: {type(exc).__name__}"
        store.finish_turn(study_id, turn, complete=False, reason=reason)
        raise
    # the engine ended without Done: keep what came, say so
    flush()
    store.finish_turn(study_id, turn, complete=False, reason="the model stopped without finishing")
    yield Message("The model stopped without finishing its answer; the text so far is kept.", "warning")


def _cut_short(answer: Any) -> bool:
    return getattr(answer, "stop_reason", "eos") == "context_full"


def _cut_reason(answer: Any) -> str:
    return "the conversation reached the model's context limit" if _cut_short(answer) else ""


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
