"""The offline PULSE engine: bundle in, answers out, computing what the reference LLaVA code computes.

ask(image, question) runs preprocess -> vision -> merge -> prefill -> first token -> decode, yielding events
(core/events.py) and ending with ``Done(result=Answer)``. read_ahead(image) does the part that does not
depend on the question (vision, and the prompt up to the end of the image block into the KV cache) while the
clinician is still reviewing the picture; an ask on the same image then starts from there. follow_up(question) continues the conversation in
the trained multi-turn format, reusing the KV cache (no re-encoding, no image re-prefill). One owner thread:
the engine is not thread-safe; go through :class:`~pulse_desktop.core.engine.engine_service.EngineService`.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from pulse_desktop.core.bundle.manifest import Manifest, manifest_sha256, read_manifest
from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.engine import memory, placement
from pulse_desktop.core.engine.answer import Answer, GenerationOptions, ReadAhead, TopToken
from pulse_desktop.core.engine.kv_sequence import KvSequence, Segment
from pulse_desktop.core.engine.llama.language_model import LanguageModel
from pulse_desktop.core.engine.llama.params import LlamaTuning, default_threads
from pulse_desktop.core.engine.merge import merge_features
from pulse_desktop.core.engine.preprocess import preprocess
from pulse_desktop.core.engine.prompt import Turn, tokens_after_image, tokens_before_image
from pulse_desktop.core.engine.sampling import Sampler, top_logprobs
from pulse_desktop.core.engine.text_stream import TextStream
from pulse_desktop.core.engine.vision_onnx import VisionEncoder
from pulse_desktop.core.errors import BundleError, Cancelled, ContextFullError
from pulse_desktop.core.events import Done, Message, Progress, StageFinished, StageStarted, Token


class _Stage:
    def __init__(self, name: str, stages: dict[str, float]) -> None:
        self.name, self.stages, self.start = name, stages, time.perf_counter()

    def finish(self) -> StageFinished:
        seconds = time.perf_counter() - self.start
        self.stages[self.name] = seconds
        return StageFinished(self.name, seconds)


class MultimodalEngine:
    def __init__(self, bundle: Any, n_gpu_layers: int | str | None = -1, n_threads: int | None = None,
                 vision_provider: str = "auto", n_batch: int = 512, check_memory: bool = True,
                 tuning: LlamaTuning | None = None, prefill_chunk: int | None = None,
                 gpu_memory_budget: int | None = None, vision_resident: bool = False,
                 n_ctx: int | None = None) -> None:
        """``vision_resident=False`` (the default) makes the vision session only while a picture is encoded,
        and frees the KV cache meanwhile: the peak stays near the weights + KV cache, not both beside the
        1.3 GB vision model (docs/performance.md, "Fit an 8 GB computer"); answers are the same either way."""
        self.bundle_dir = Path(getattr(bundle, "path", bundle))
        self.manifest: Manifest = getattr(bundle, "manifest", None) or read_manifest(self.bundle_dir)
        self.bundle_name = str(getattr(bundle, "name", self.manifest.name))
        self.manifest_sha256 = manifest_sha256(self.bundle_dir)
        m = self.manifest
        self.n_ctx = int(n_ctx or m.language_model.n_ctx)  # smaller: a smaller KV cache, shorter conversations
        f32_kv = m.language_model.quantization.upper() == "F32"
        self.placement = placement.choose(self.bundle_dir, m, self.n_ctx, f32_kv, n_gpu_layers, gpu_memory_budget)
        gpu_layers = self.placement.gpu_layers
        self.estimate = memory.estimate(self.bundle_dir, m, self.n_ctx, n_batch, f32_kv, gpu_layers,
                                        self.placement.free_bytes, self.placement.shares_host_memory)
        if check_memory:
            memory.check_fits(self.estimate, self.bundle_name)
        self.image_newline = None
        if m.uses_image_newline:
            if not m.vision.image_newline_file:
                raise BundleError("This bundle's merge needs image_newline but the bundle has none.",
                                  "Convert the weights again with pulse-quantize.")
            self.image_newline = np.load(self.bundle_dir / m.vision.image_newline_file).astype(np.float32)
        # The vision session first: loading the ONNX makes large temporary copies, and after llama.cpp has read
        # its weights glibc keeps those in the heap instead of returning them (0.8 GB more peak memory measured
        # with the language model first; docs/performance.md)
        try:
            self.vision = VisionEncoder(self.bundle_dir / m.vision.file, vision_provider,
                                        n_threads or default_threads(), resident=vision_resident)
        except RuntimeError as exc:
            raise _load_error(self.bundle_name, "vision model", exc) from exc
        try:
            self.lm = LanguageModel(self.bundle_dir / m.language_model.file, self.n_ctx, n_batch, n_threads,
                                    gpu_layers, f32_kv, tuning)
        except RuntimeError as exc:
            self.vision.close()
            raise _load_error(self.bundle_name, "language model", exc) from exc
        try:
            self.kv = KvSequence(self.lm)
            self.kv.before_remake = self.vision.settle
            self.kv.calibrate()
            if prefill_chunk:  # a fixed chunk instead of the calibrated one (benchmark lever)
                self.kv.chunk = max(1, min(int(prefill_chunk), self.lm.n_batch))
        except BaseException:
            self.lm.close()
            self.vision.close()
            raise
        self.head = tokens_before_image(m.prompt, self.lm.tokenize)
        self._image: tuple[str, np.ndarray] | None = None  # (digest, merged block) of the current conversation
        self._turns: list[Turn] = []
        self._features_cache: tuple[str, np.ndarray] | None = None  # last pixels digest -> vision features

    # --- facts ----------------------------------------------------------------------------------------------
    def settings(self) -> dict[str, Any]:
        device = self.lm.device()
        return {"gpu_layers": self.lm.n_gpu_layers, "threads": self.lm.n_threads, "n_batch": self.lm.n_batch,
                "n_ubatch": self.lm.n_ubatch,
                "prefill_chunk": self.kv.chunk, "vision_provider": self.vision.provider, "n_ctx": self.n_ctx,
                "kv_cache": "f32" if self.manifest.language_model.quantization.upper() == "F32" else "f16",
                "flash_attn": self.lm.flash_attn, "repack": self.lm.repack,
                "device": device["device"], "backend": device["backend"],
                "layers_offloaded": device["layers_offloaded"], "n_layers": device["n_layers"],
                "gpu_choice": self.placement.choice, "device_note": device["note"] or self.placement.note,
                "vision_session": "resident" if self.vision.resident else "while encoding"}

    @property
    def n_ctx_used(self) -> int:
        return len(self.kv)

    def close(self) -> None:
        self.vision.close()
        self.lm.close()

    # --- public generators ----------------------------------------------------------------------------------
    def ask(self, image: Image.Image, question: str, cancel: CancelToken | None = None,
            max_new_tokens: int | None = None, options: GenerationOptions | None = None,
            history: Sequence[tuple[str, str]] = ()) -> Iterator[object]:
        """A new conversation about ``image``; ``history`` (question, answer) pairs restore earlier turns (e.g. a
        saved study's conversation), as if they had been asked and answered on this engine."""
        cancel = cancel or CancelToken()
        options = _options(options, max_new_tokens)
        stages: dict[str, float] = {}
        block = yield from self._image_block(image, cancel, stages)
        turns = [Turn(q, a) for q, a in history] + [Turn(question)]
        yield from self._answer(block, turns, cancel, options, stages)

    def read_ahead(self, image: Image.Image, cancel: CancelToken | None = None) -> Iterator[object]:
        """Vision and the prefill up to the end of the image block, before the question is known (the prompt
        puts the image before the question). Ends with ``Done(result=ReadAhead)``. A later :meth:`ask` on the
        same pixels reuses the vision features and every cached position, so it only feeds the question;
        cancelled part-way, what was fed stays cached and the ask continues from there. The chunk boundaries
        are the ones an ask alone would use, so the answer is bit-identical either way. Any earlier
        conversation is left behind (a follow-up to it would feed it again)."""
        cancel = cancel or CancelToken()
        stages: dict[str, float] = {}
        block = yield from self._image_block(image, cancel, stages)
        segments = [Segment(tokens=tuple(self.head)), Segment(embeddings=block[1], digest=block[0])]
        needed = sum(len(s.keys()) for s in segments)
        if needed + 1 > self.n_ctx:  # the ask will refuse it with its message; nothing worth reading
            raise ContextFullError(f"This image needs {needed} of the model's {self.n_ctx} positions.",
                                   "Use a bundle with a longer context.")
        stage = _Stage("prefill", stages)
        yield StageStarted("prefill", f"{self.kv.to_feed(segments)} positions")
        yield from self.kv.feed(segments, cancel)
        yield stage.finish()
        yield Done(result=ReadAhead(block[0], int(block[1].shape[0]), len(self.kv), dict(stages)))

    def follow_up(self, question: str, cancel: CancelToken | None = None, max_new_tokens: int | None = None,
                  options: GenerationOptions | None = None) -> Iterator[object]:
        """The next question on the same image; the cache is reused."""
        if self._image is None:
            raise RuntimeError("follow_up before ask")
        cancel = cancel or CancelToken()
        options = _options(options, max_new_tokens)
        yield from self._answer(self._image, self._turns + [Turn(question)], cancel, options, {})

    def teacher_forced_logits(self, image: Image.Image, question: str, continuation: list[int],
                              cancel: CancelToken | None = None) -> np.ndarray:
        """Logits [len(continuation) + 1, vocab]: after the prompt, then after each continuation token
        (fidelity checks). Leaves no conversation behind."""
        cancel = cancel or CancelToken()
        stages: dict[str, float] = {}
        block = _drain(self._image_block(image, cancel, stages))
        _drain(self.kv.feed(self._segments(block, [Turn(question)]), cancel))
        rows = [self.lm.last_logits()]
        for token in continuation:
            self.kv.append_token(int(token))
            rows.append(self.lm.last_logits())
        self._image, self._turns = None, []
        return np.stack(rows)

    def prompt_ids(self, turns: list[Turn]) -> tuple[list[int], list[int]]:
        """The token ids before and after the image block for these turns."""
        return list(self.head), tokens_after_image(self.manifest.prompt, turns, self.lm.tokenize, self.lm.eos)

    # --- steps ----------------------------------------------------------------------------------------------
    def _image_block(self, image: Image.Image, cancel: CancelToken, stages: dict[str, float]):
        cancel.check()
        stage = _Stage("preprocess", stages)
        yield StageStarted("preprocess")
        prepared = preprocess(image, self.manifest.preprocess)
        yield stage.finish()
        digest = hashlib.sha256(prepared.pixels.tobytes()).hexdigest()
        stage = _Stage("vision", stages)
        yield StageStarted("vision", self.vision.provider)
        if self._features_cache and self._features_cache[0] == digest:
            features = self._features_cache[1]
        else:
            cancel.check()
            parts = []
            # a new picture: its conversation starts afresh, so the KV cache can be given back while the
            # vision session exists (one of the two at a time: the peak of an 8 GB computer)
            with self._room_for_vision(), self.vision.held(cancel):
                for i in range(prepared.n_images):
                    cancel.check()
                    parts.append(self.vision.encode_one(prepared.pixels[i:i + 1], cancel))
                    yield Progress("vision", i + 1, prepared.n_images)
            features = np.concatenate(parts)
            self._features_cache = (digest, features)
        block = merge_features(features, self.manifest.mm_patch_merge_type, prepared.grid,
                               prepared.original_size, self.image_newline)
        yield stage.finish()
        return (digest + ":" + self.manifest.mm_patch_merge_type, block)

    def _room_for_vision(self) -> Any:
        return contextlib.nullcontext() if self.vision.resident else self.kv.released()

    def _segments(self, image: tuple[str, np.ndarray], turns: list[Turn]) -> list[Segment]:
        _, tail = self.prompt_ids(turns)
        return [Segment(tokens=tuple(self.head)), Segment(embeddings=image[1], digest=image[0]),
                Segment(tokens=tuple(tail))]

    def _answer(self, image: tuple[str, np.ndarray], turns: list[Turn], cancel: CancelToken,
                options: GenerationOptions, stages: dict[str, float]) -> Iterator[object]:
        segments = self._segments(image, turns)
        needed = sum(len(s.keys()) for s in segments)
        if needed + 1 > self.n_ctx:
            raise ContextFullError(
                f"This question does not fit in the model's context: the conversation would need {needed} of "
                f"{self.n_ctx} positions before the answer.",
                "Start a new interpretation of the image to ask it (the earlier answers stay saved).")
        stage = _Stage("prefill", stages)
        yield StageStarted("prefill", f"{self.kv.to_feed(segments)} positions")
        yield from self.kv.feed(segments, cancel)
        yield stage.finish()
        prompt_end = len(self.kv)
        try:
            yield from self._generate(image, turns, cancel, options, stages, prompt_end)
        except Cancelled:
            self.kv.truncate(prompt_end)  # the partial answer is not part of any conversation
            raise

    def _generate(self, image, turns, cancel, options, stages, prompt_end) -> Iterator[object]:
        sampler = Sampler(options)
        stream = TextStream()
        stage = _Stage("first_token", stages)
        yield StageStarted("first_token")
        logits = self.lm.last_logits()
        top = tuple(TopToken(t, self.lm.piece(t).decode("utf-8", "replace"), lp) for t, lp in top_logprobs(logits))
        generated: list[int] = []
        stop = "eos"
        decode_stage: _Stage | None = None
        while True:
            token = sampler.choose(logits, banned=self.lm.eos if options.ignore_eos else None)
            if self.lm.is_end(token) and not options.ignore_eos:
                break
            generated.append(token)
            yield Token(token, stream.add(self.lm.piece(token)))
            if decode_stage is None:
                yield stage.finish()
                decode_stage = _Stage("decode", stages)
                yield StageStarted("decode")
            if len(generated) >= options.max_new_tokens:
                stop = "max_new_tokens"
                break
            if len(self.kv) + 1 > self.n_ctx:
                stop = "context_full"
                break
            cancel.check()
            self.kv.append_token(token)
            logits = self.lm.last_logits()
        stream.finish()  # an incomplete character at the very end shows as U+FFFD in the answer's text
        if decode_stage is None:
            yield stage.finish()
            decode_stage = _Stage("decode", stages)
            yield StageStarted("decode")
        yield decode_stage.finish()
        answer_text = stream.text
        if stop == "context_full":
            yield Message("The answer reached the end of the model's context and was cut short.", "warning")
        elif stop == "max_new_tokens" and not options.ignore_eos:
            yield Message(f"The answer reached the limit of {options.max_new_tokens} tokens and was cut short.",
                          "warning")
        self._image = image
        self._turns = [*turns[:-1], Turn(turns[-1].question, answer_text)]
        stages["total"] = sum(v for k, v in stages.items() if k != "total")
        answer = Answer(answer_text, tuple(generated), dict(stages), top, int(image[1].shape[0]), len(self.kv),
                        stop != "eos", stop, len(self._turns))
        yield Done(result=answer, stages=dict(stages))


def _load_error(bundle: str, part: str, exc: Exception) -> BundleError:
    return BundleError(f"The {part} of the bundle {bundle!r} could not be loaded ({exc}).",
                       "Run `pulse-desktop models verify NAME`; if it is intact, import or convert it again.")


def _options(options: GenerationOptions | None, max_new_tokens: int | None) -> GenerationOptions:
    options = options or GenerationOptions()
    if max_new_tokens is not None:
        from dataclasses import replace

        options = replace(options, max_new_tokens=int(max_new_tokens))
    return options


def _drain(gen) -> Any:
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value
