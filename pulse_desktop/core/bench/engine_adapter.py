"""The few calls the benchmark makes on the app's engine, in one place.

The benchmark drives the app's own :class:`MultimodalEngine` exactly as the CLI and the GUI do (ask, then
follow_up, read_ahead, each a generator of events), adding only the bench's settings: the levers, and a fixed answer
length with EOS ignored (``GenerationOptions.ignore_eos``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PIL import Image

from pulse_desktop.core.bench.levers import Levers
from pulse_desktop.core.bench.timeline import Timeline
from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.engine.answer import GenerationOptions
from pulse_desktop.core.engine.llama.params import LlamaTuning
from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
from pulse_desktop.core.engine.prompt import Turn


def open_engine(bundle: Any, levers: Levers, threads: int) -> MultimodalEngine:
    tuning = LlamaTuning(n_ubatch=levers.n_ubatch, flash_attn=levers.flash_attn, kv_type=levers.kv_type,
                         use_mmap=levers.use_mmap, repack=levers.repack)
    return MultimodalEngine(bundle, n_threads=threads, n_batch=levers.n_batch or 512, tuning=tuning,
                            prefill_chunk=levers.prefill_chunk,
                            n_gpu_layers=-1 if levers.gpu_layers is None else levers.gpu_layers,
                            n_ctx=levers.n_ctx, vision_resident=bool(levers.vision_resident))


def _fixed_length(n: int) -> GenerationOptions:
    return GenerationOptions(max_new_tokens=n, ignore_eos=True)


def ask(engine: MultimodalEngine, image: Image.Image, question: str, answer_tokens: int,
        cancel: CancelToken) -> Iterator[object]:
    return engine.ask(image, question, cancel, options=_fixed_length(answer_tokens))


def follow_up(engine: MultimodalEngine, question: str, answer_tokens: int, cancel: CancelToken) -> Iterator[object]:
    return engine.follow_up(question, cancel, options=_fixed_length(answer_tokens))


def read_ahead(engine: MultimodalEngine, image: Image.Image, cancel: CancelToken) -> Iterator[object]:
    return engine.read_ahead(image, cancel)


def answer_info(engine: MultimodalEngine, question: str, ask: Timeline) -> dict[str, Any]:
    """Token counts of the first question's prompt, and its prefill time split into text and image.

    The engine feeds the text before the image, the image block and the text after it as separate batches,
    reporting ``Progress("prefill", done, total)`` after each; a batch's positions tell which part it fed.
    """
    head, tail = engine.prompt_ids([Turn(question)])
    image_tokens = int(getattr(ask.result, "image_tokens", 0))
    first, last = len(head), len(head) + image_tokens
    text_s = image_s = image_cpu_s = 0.0
    previous: tuple[float, int, float] | None = None
    for when, stage, done, _total, cpu in ask.progress:
        if stage != "prefill":
            continue
        if previous is not None and done > previous[1]:
            seconds = when - previous[0]
            if first < done <= last:
                image_s += seconds
                image_cpu_s += cpu - previous[2]
            else:
                text_s += seconds
        previous = (when, done, cpu)
    return {"image_tokens": image_tokens, "prompt_tokens": len(head) + image_tokens + len(tail),
            "tokens_before_image": len(head), "text_prefill_s": text_s, "image_prefill_s": image_s,
            "image_prefill_cpu_s": image_cpu_s}


def effective_settings(engine: MultimodalEngine) -> dict[str, Any]:
    settings = dict(engine.settings())
    tuning = getattr(engine.lm, "tuning", None)
    if tuning is not None:
        settings.update({k: v for k, v in tuning.__dict__.items() if v is not None})
    return settings


def close(engine: MultimodalEngine) -> None:
    engine.close()
