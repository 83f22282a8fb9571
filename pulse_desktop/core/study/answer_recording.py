"""An answer streamed into the store as it grows: the one place that decides how often it is written.

Every :data:`APPEND_EVERY_TOKENS` tokens (or :data:`APPEND_EVERY_S` seconds) the new text is appended in its
own committed transaction, so a killed process leaves its partial answer; the turn is closed whatever
happens: complete with the engine's final text, or incomplete with the reason (cancelled, the error, the
context limit, or the model stopping without an answer).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from typing import Any

from pulse_desktop.core.errors import Cancelled, PulseError
from pulse_desktop.core.events import Done, Message, Token

log = logging.getLogger("pulse_desktop.study.answer")

APPEND_EVERY_TOKENS = 8  # the store is written every this many tokens while an answer streams (and at the end)
APPEND_EVERY_S = 2.0  # ...or after this long, for a slow model
CONTEXT_FULL = "the conversation reached the model's context limit"
STOPPED = "the model stopped without finishing"


def answer_text(result: object) -> str:
    """The answer's text from a ``Done.result`` (the engine's ``Answer.text``; a str is taken as is)."""
    if isinstance(result, str):
        return result
    for attribute in ("text", "answer"):
        value = getattr(result, attribute, None)
        if isinstance(value, str):
            return value
    return ""


def answer_stages(result: object) -> dict[str, float]:
    stages = getattr(result, "stages", None)
    return dict(stages) if isinstance(stages, dict) else {}


def computed_on(answer: object) -> str:
    """Where an answer was computed: a clinic server's answer says so (``computed_on``), else this computer."""
    return str(getattr(answer, "computed_on", "") or "this computer")


def cut_short(answer: object) -> bool:
    """The answer ended because the context was full (kept, but incomplete)."""
    return getattr(answer, "stop_reason", "eos") == "context_full"


def failure_reason(exc: BaseException) -> str:
    if isinstance(exc, Cancelled | GeneratorExit):
        return "cancelled"
    return exc.message if isinstance(exc, PulseError) else f"failed: {type(exc).__name__}"


def record_answer(store: Any, study_id: str, turn: int, events: Iterable[object]) -> Iterator[object]:
    """Pass ``events`` through unchanged, appending the answer to turn ``turn`` and closing it at the end."""
    pending: list[str] = []
    count, last, closed = 0, time.monotonic(), False

    def flush() -> None:
        nonlocal count, last
        if pending or count:
            store.append_answer(study_id, turn, "".join(pending), tokens=count)
            pending.clear()
            count, last = 0, time.monotonic()

    def close_incomplete(reason: str) -> None:
        try:
            flush()
            store.finish_turn(study_id, turn, complete=False, reason=reason)
        except Exception:  # noqa: BLE001 - the next open marks it interrupted; never hide the real outcome
            log.exception("could not close answer %s of study %s", turn, study_id)

    try:
        for event in events:
            if isinstance(event, Token):
                pending.append(event.text)
                count += 1
                if count >= APPEND_EVERY_TOKENS or time.monotonic() - last > APPEND_EVERY_S:
                    flush()
            elif isinstance(event, Done):
                flush()
                answer, short = event.result, cut_short(event.result)
                ids = getattr(answer, "token_ids", None)
                store.finish_turn(study_id, turn, answer=answer_text(answer) if answer is not None else None,
                                  token_count=None if ids is None else len(ids), timings=answer_stages(answer),
                                  complete=not short, reason=CONTEXT_FULL if short else "")
                store.record_computed_on(study_id, turn, computed_on(answer))
                closed = True
            yield event
    except BaseException as exc:  # GeneratorExit: the caller stopped reading (a cancelled job)
        if not closed:
            close_incomplete(failure_reason(exc))
        raise
    if not closed:
        close_incomplete(STOPPED)
        yield Message("The model stopped without finishing its answer; the text so far is kept.", "warning")
