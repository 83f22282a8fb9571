"""A stored study (core/storage records) turned back into the window's StudySession."""

from __future__ import annotations

from typing import Any

from PIL import Image

from pulse_desktop.gui.study_session import Finding, Patient, Review, StudySession, Turn


def _turns(stored: tuple[Any, ...]) -> list[Turn]:
    """Turns up to the first complete one are interpretations ("ask", earlier ones cut short); the rest are
    follow-up questions about it."""
    turns: list[Turn] = []
    answered = False
    for t in stored:
        kind = "follow_up" if answered else "ask"
        turns.append(Turn(t.question, t.answer, t.is_complete, dict(t.timings), t.started_at, kind, t.index))
        answered = answered or t.is_complete
    return turns


def session_from_study(study: Any, store: Any) -> StudySession:
    """Read the study's pictures from the store's files (a worker calls this: it decodes images)."""
    from pulse_desktop.core.imaging.load_image import load_image

    loaded = load_image(store.image_path(study.original)) if study.original is not None else None
    straightened = None
    if study.straightened is not None:
        with Image.open(store.image_path(study.straightened)) as picture:
            straightened = picture.convert("RGB")
    quality = study.quality
    findings = tuple(Finding(f.name, f.level, f.message, f.advice, f.value)
                     for f in (quality.findings if quality else ()))
    review = Review(straightened, None, findings, quality.is_ecg if quality else True)
    overrides = tuple(quality.override.findings) if quality and quality.override else ()
    p = study.patient
    turns = _turns(study.turns)
    main = next((t for t in reversed(turns) if t.kind == "ask"), None)
    edited = next((t.edited_text for t in study.turns if main is not None and t.index == main.store_index), None)
    bundle = study.bundle
    return StudySession(
        image_name=f"study {study.study_id}", loaded=loaded, original=loaded.image if loaded else straightened,
        review=review, use_straightened=straightened is not None, overrides=overrides,
        patient=Patient(p.name, p.patient_id, p.date_of_birth, p.age, p.sex, study.indication),
        turns=turns, edited_text=edited, confirmed_by=study.confirmed_by, confirmed_at=study.confirmed_at,
        study_id=study.study_id, bundle_name=bundle.name if bundle else "", unsaved=False,
        created_at=study.acquired_at or study.created_at)
