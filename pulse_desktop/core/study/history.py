"""The study history: the rows of the list, and a stored study turned back into a session to work on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PIL import Image

from pulse_desktop.core.study.digital import reopened
from pulse_desktop.core.study.session import ASK, FOLLOW_UP, StudySession
from pulse_desktop.core.study.values import Review, Turn


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


def search(store: Any, text: str, date_from: str | None = None, date_to: str | None = None) -> list[StudyRow]:
    rows = []
    for s in store.list_studies(text, date_from, date_to):
        status = "incomplete" if s.incomplete and s.status != "confirmed" else s.status
        when = (s.acquired_at or s.created_at)[:16].replace("T", " ")
        rows.append(StudyRow(s.study_id, when, s.patient_name, s.patient_id, status, s.confirmed_by, s.bundle_name))
    return rows


def _turns(stored: tuple[Any, ...]) -> list[Turn]:
    """Turns up to the first complete one are interpretations ("ask", earlier ones cut short); the rest are
    follow-up questions about it."""
    turns: list[Turn] = []
    answered = False
    for t in stored:
        kind = FOLLOW_UP if answered else ASK
        turns.append(Turn(t.question, t.answer, t.is_complete, dict(t.timings), t.started_at, kind, t.index,
                          t.incomplete_reason))
        answered = answered or t.is_complete
    return turns


def session_from_study(study: Any, store: Any) -> StudySession:
    """Read the study's pictures from the store's files (call it on a worker: it decodes images)."""
    from pulse_desktop.core.imaging.load_image import load_image

    loaded = load_image(store.image_path(study.original)) if study.original is not None else None
    loaded = reopened(loaded, getattr(study, "measurements", None))  # a digital recording keeps its measurements
    straightened = None
    if study.straightened is not None:
        with Image.open(store.image_path(study.straightened)) as picture:
            straightened = picture.convert("RGB")
    quality = study.quality
    review = Review(straightened, None, tuple(quality.findings) if quality else (),
                    quality.is_ecg if quality else True)
    overrides = tuple(quality.override.findings) if quality and quality.override else ()
    override_by = quality.override.who if quality and quality.override else ""
    turns = _turns(study.turns)
    main = next((t for t in reversed(turns) if t.kind == ASK), None)
    edited = next((t.edited_text for t in study.turns if main is not None and t.index == main.store_index), None)
    bundle = study.bundle
    return StudySession(
        image_name=f"study {study.study_id}", loaded=loaded, original=loaded.image if loaded else straightened,
        review=review, use_straightened=straightened is not None, overrides=overrides, override_by=override_by,
        patient=study.patient, indication=study.indication, clinician=study.clinician,
        turns=turns, edited_text=edited, confirmed_by=study.confirmed_by, confirmed_at=study.confirmed_at,
        study_id=study.study_id, bundle_name=bundle.name if bundle else "", unsaved=False,
        created_at=study.acquired_at or study.created_at)
