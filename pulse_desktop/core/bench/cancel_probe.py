"""Cancel latency measured through the engine: the time from ``CancelToken.cancel()`` (called from another
thread, as the window's Esc does) to the engine's generator raising ``Cancelled``, in the three long stages.

Run after the benchmark's question and follow-up, on the same engine:
- decode: one more follow-up, cancelled once it has produced a few tokens;
- image prefill: the picture mirrored (new pixels: vision runs, then the image is prefilled afresh),
  cancelled ``delay`` seconds into the prefill;
- vision: the picture turned upside down, cancelled ``delay`` seconds into the vision stage.
Each leaves the engine reusable (that is part of what is measured: the next probe runs on it).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from PIL import Image, ImageOps

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.engine.answer import GenerationOptions
from pulse_desktop.core.errors import Cancelled
from pulse_desktop.core.events import StageStarted, Token

DECODE_TOKENS_BEFORE_CANCEL = 3


def _latency(start: Callable[[CancelToken], Iterator[object]], arm: Callable[[object], bool],
             delay: float) -> float | None:
    """Run a generator; once ``arm(event)`` is true, cancel from a timer thread ``delay`` s later. Returns the
    seconds from the cancel to ``Cancelled`` (None if the work finished before the cancel came)."""
    token = CancelToken()
    cancelled_at: list[float] = []

    def fire() -> None:
        cancelled_at.append(time.perf_counter())
        token.cancel()

    timer: threading.Timer | None = None
    try:
        for event in start(token):
            if timer is None and arm(event):
                timer = threading.Timer(delay, fire)
                timer.start()
    except Cancelled:
        return time.perf_counter() - cancelled_at[0] if cancelled_at else None
    finally:
        if timer is not None:
            timer.cancel()
    return None


def measure_cancel(engine: Any, picture: Image.Image, question: str, follow_up: str,
                   delay: float = 1.0) -> dict[str, float | None]:
    many = GenerationOptions(max_new_tokens=10_000, ignore_eos=True)
    tokens = [0]

    def count_tokens(event: object) -> bool:
        if isinstance(event, Token):
            tokens[0] += 1
        return tokens[0] >= DECODE_TOKENS_BEFORE_CANCEL

    decode = _latency(lambda c: engine.follow_up(follow_up, c, options=many), count_tokens, 0.0)
    prefill = _latency(lambda c: engine.ask(ImageOps.mirror(picture), question, c, options=many),
                       lambda e: isinstance(e, StageStarted) and e.stage == "prefill", delay)
    vision = _latency(lambda c: engine.ask(ImageOps.flip(picture), question, c, options=many),
                      lambda e: isinstance(e, StageStarted) and e.stage == "vision", delay)
    return {"decode_s": decode, "image_prefill_s": prefill, "vision_s": vision}
