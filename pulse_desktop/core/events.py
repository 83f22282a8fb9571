"""Values that long operations yield: stages, progress and tokens, and the typed end of a run.

Long work in the core is a generator of these events. The CLI prints them; the GUI worker forwards them
as signals. They are frozen so that they can cross threads safely.

``EngineEvent`` is the union of what the engine yields along the way; a run ends with ``Done[T]``, whose
``result`` is the run's value (an ``Answer``, an ``InstalledBundle``...). :func:`run_to_result` drives such
a generator to its result, handing every other event to a callback: the one "iterate until Done" loop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")


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
class Done(Generic[T]):
    """The operation finished; ``result`` is its value (an answer, a bundle path...)."""

    result: T = None  # type: ignore[assignment]
    stages: dict[str, float] = field(default_factory=dict)


#: What the engine (and other long core work) yields before its ``Done``.
EngineEvent = StageStarted | StageFinished | Progress | Token | Message
#: Any event of a core run, its end included.
Event = EngineEvent | Done[Any]


class NoResult(Exception):
    """The generator ended without a ``Done`` (see :func:`run_to_result`'s ``missing``)."""


def run_to_result(events: Iterable[object], on_event: Callable[[object], None] | None = None, *,
                  missing: Callable[[], T] | None = None, stop_at_done: bool = False,
                  include_done: bool = False) -> Any:
    """Drive ``events`` to its end and return the last ``Done.result``.

    Every event that is not a ``Done`` goes to ``on_event`` (``include_done`` sends the ``Done`` too);
    ``stop_at_done`` returns at the first ``Done`` (what an engine's ask ends with). Without a ``Done``,
    ``missing()`` gives the value, or :class:`NoResult` is raised.
    """
    found = False
    result: Any = None
    for event in events:
        if isinstance(event, Done):
            found, result = True, event.result
            if include_done and on_event is not None:
                on_event(event)
            if stop_at_done:
                return result
        elif on_event is not None:
            on_event(event)
    if not found:
        if missing is not None:
            return missing()
        raise NoResult("the operation ended without a result")
    return result
