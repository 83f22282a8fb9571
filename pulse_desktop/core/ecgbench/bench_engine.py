"""The engine as the benchmark runner uses it: whole answers from the streaming multimodal engine.

The app's engine yields events (stages, tokens) and ends with ``Done(result=Answer)``; the runner only
needs the finished answer, its token ids and stage timings. This adapter drives those generators and
adds the bundle's identity (name, manifest sha256) for the answer lines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PIL import Image

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.events import Done


@dataclass(frozen=True)
class EngineAnswer:
    text: str  # stripped, special tokens skipped
    token_ids: tuple[int, ...]
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage


class BenchEngine(Protocol):
    bundle_name: str
    bundle_sha256: str

    def load_image(self, path: Path) -> Image.Image: ...

    def ask(self, image: Image.Image, question: str, max_new_tokens: int, cancel: CancelToken) -> EngineAnswer: ...

    def follow_up(self, question: str, max_new_tokens: int, cancel: CancelToken) -> EngineAnswer: ...

    def ask_after_image(self, image: Image.Image, text_after_image: str, max_new_tokens: int,
                        cancel: CancelToken) -> EngineAnswer: ...

    def close(self) -> None: ...


def finish(events: Iterable[Any]) -> EngineAnswer:
    """Drive an engine generator to its Done and return its answer."""
    for event in events:
        if isinstance(event, Done):
            result = event.result
            stages = dict(getattr(result, "stages", None) or event.stages or {})
            return EngineAnswer(str(result.text).strip(), tuple(int(t) for t in result.token_ids), stages)
    raise RuntimeError("the engine stopped without an answer")


def open_bench_engine(bundle: str | Path) -> BenchEngine:
    """The app's engine on ``bundle`` (an installed name or a folder), wrapped for the runner."""
    raise NotImplementedError("the multimodal engine is not available yet")
