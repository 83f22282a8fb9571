"""The workflow's own events, yielded between the engine's by an interpretation run (see core/events.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pulse_desktop.core.events import Done, EngineEvent


@dataclass(frozen=True)
class StudyRecorded:
    """The study and the question are in the store (``turn`` None: they could not be recorded)."""

    study_id: str | None
    turn: int | None


@dataclass(frozen=True)
class BundleChosen:
    """The bundle that answers, resolved before it is loaded."""

    bundle: Any


StudyEvent = StudyRecorded | BundleChosen
#: Everything an interpretation run yields.
RunEvent = EngineEvent | StudyEvent | Done[Any]
