"""Values that long operations yield: stages, progress and tokens.

Long work in the core is a generator of these events. The CLI prints them; the GUI worker forwards them
as signals. They are frozen so that they can cross threads safely.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class StageStarted:
    stage: str  # e.g. "preprocess", "vision", "prefill", "first_token", "decode"
    detail: str = ""


@dataclass(frozen=True)
class StageFinished:
    stage: str
    seconds: float


@dataclass(frozen=True)
class Progress:
    stage: str
    done: int
    total: int
    detail: str = ""

    @property
    def fraction(self) -> float:
        return 0.0 if self.total <= 0 else min(1.0, self.done / self.total)


@dataclass(frozen=True)
class Token:
    token_id: int
    text: str  # the text this token adds to the answer (may be "" for a partial UTF-8 sequence)


@dataclass(frozen=True)
class Message:
    """A note for the user that is neither progress nor an error (e.g. "first frame of an animated GIF")."""

    text: str
    level: str = "info"  # "info" or "warning"


@dataclass(frozen=True)
class Done:
    """The operation finished; ``result`` is its value (an answer, a bundle path...)."""

    result: object = None
    stages: dict[str, float] = field(default_factory=dict)
