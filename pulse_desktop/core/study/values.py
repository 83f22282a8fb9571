"""The study's small frozen values: what straightening and the quality check made of a picture, one
question and its answer, and the picture as it was opened. They cross threads (workers read them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PIL import Image

from pulse_desktop.core.findings import Finding

Point = tuple[float, float]
Corners = tuple[Point, Point, Point, Point]  # top-left, top-right, bottom-right, bottom-left, in original pixels


@dataclass(frozen=True)
class Review:
    """What straightening and the quality check made of the picture (``checked`` False: sent as it is)."""

    straightened: Image.Image | None  # None when straightening changed nothing (or was not asked for)
    corners: Corners | None
    findings: tuple[Finding, ...] = ()
    is_ecg: bool = True
    px_per_mm: float | None = None
    report: Any = None  # the imaging module's QualityReport, when there is one
    checked: bool = True
    turn: int = 0  # clockwise degrees the page was turned to be the right way up (shown, undoable)
    turn_sure: bool = True  # False: a sideways page turned to run across, which way up a guess (shown as such)
    maybe_upside_down: bool = False  # not turned, but it may be upside down (shown, for the clinician to check)

    @property
    def blocked(self) -> bool:
        """A finding of blocking severity: the picture cannot be interpreted (whatever the check's name)."""
        return any(f.blocking for f in self.findings)

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.blocking)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.warning)


@dataclass(frozen=True, eq=False)
class OpenedPicture:
    """A picture read from a file, the clipboard or the camera, straightened and checked."""

    name: str
    loaded: Any  # core LoadedImage: .image (RGB), .original_bytes, .notes
    review: Review

    @property
    def original(self) -> Image.Image:
        return self.loaded.image

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(getattr(self.loaded, "notes", ()))


@dataclass(frozen=True)
class Turn:
    question: str
    answer: str
    complete: bool  # False when cancelled or interrupted: the partial text is kept and marked
    stages: dict[str, float] = field(default_factory=dict)
    asked_at: str = ""
    kind: str = "ask"  # "ask" (an interpretation of the image) or "follow_up"
    store_index: int | None = None  # the turn's index in the study store
    reason: str = ""  # why it is incomplete ("cancelled", the error...), "" when complete
