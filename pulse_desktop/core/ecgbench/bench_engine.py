"""The engine as the benchmark runner uses it: whole answers from the streaming multimodal engine.

The app's engine yields events (stages, tokens) and ends with ``Done(result=Answer)``; the runner only
needs the finished answer, its token ids and stage timings. This adapter drives those generators and
adds the bundle's identity (name, manifest sha256) for the answer lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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

    def ask_arena_quirk(self, image: Image.Image, history: Sequence[tuple[str, str]], question: str,
                        max_new_tokens: int, cancel: CancelToken) -> EngineAnswer: ...

    def close(self) -> None: ...


def finish(events: Iterable[Any]) -> EngineAnswer:
    """Drive an engine generator to its end and return the answer of its Done."""
    done: Done | None = None
    for event in events:
        if isinstance(event, Done):
            done = event
    if done is None:
        raise RuntimeError("the engine stopped without an answer")
    result: Any = done.result
    stages = dict(getattr(result, "stages", None) or done.stages or {})
    return EngineAnswer(str(result.text).strip(), tuple(int(t) for t in result.token_ids), stages)


def open_bench_engine(bundle: str | Path) -> BenchEngine:
    """The app's engine on ``bundle`` (an installed name or a bundle folder), wrapped for the runner."""
    from pulse_desktop.core.bundle.registry import resolve_bundle
    from pulse_desktop.core.ecgbench.quirk_engine import QuirkCapableEngine

    return EngineForBench(QuirkCapableEngine(resolve_bundle(bundle)))


class EngineForBench:
    """The runner's view of a :class:`QuirkCapableEngine` (single-threaded use: the runner owns it)."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.bundle_name = str(engine.bundle_name)
        self.bundle_sha256 = str(engine.manifest_sha256)

    def load_image(self, path: Path) -> Image.Image:
        from pulse_desktop.core.imaging.load_image import load_image

        return load_image(path).image

    def ask(self, image: Image.Image, question: str, max_new_tokens: int, cancel: CancelToken) -> EngineAnswer:
        return finish(self.engine.ask(image, question, cancel, max_new_tokens=max_new_tokens))

    def follow_up(self, question: str, max_new_tokens: int, cancel: CancelToken) -> EngineAnswer:
        return finish(self.engine.follow_up(question, cancel, max_new_tokens=max_new_tokens))

    def ask_arena_quirk(self, image: Image.Image, history: Sequence[tuple[str, str]], question: str,
                        max_new_tokens: int, cancel: CancelToken) -> EngineAnswer:
        return finish(self.engine.ask_arena_quirk(image, history, question, cancel, max_new_tokens))

    def close(self) -> None:
        self.engine.close()
