"""`pulse-desktop interpret IMAGE [--question Q] [--bundle NAME|PATH] [--json] ...`: one answer, offline.

Human output streams the answer on stdout (progress and timings on stderr); ``--json`` prints one object.
The core call is :func:`interpret`; other commands reuse :func:`add_engine_arguments` and :func:`interpret`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pulse_desktop.cli.interpret_study import add_study_arguments, print_summary, run_study, wants_study
from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.errors import PulseError
from pulse_desktop.core.settings import DEFAULT_QUESTION

HUMILITY = "Computer-generated interpretation, unconfirmed until a clinician confirms it."


def register(sub) -> None:
    p = sub.add_parser("interpret", help="answer a question about an ECG image with the local model")
    p.add_argument("image", help="the ECG image (PNG, JPEG, BMP, TIFF, GIF first frame, PDF first page)")
    add_engine_arguments(p)
    p.add_argument("--json", action="store_true", help="print one JSON object instead of streaming text")
    add_study_arguments(p)
    p.set_defaults(func=run)


def gpu_layers_value(text: str) -> int:
    if text.strip().lower() == "auto":
        return -1
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a number of layers or 'auto'") from None
    if value < 0:
        raise argparse.ArgumentTypeError("expected 0 or more layers, or 'auto'")
    return value


def add_engine_arguments(p: argparse.ArgumentParser) -> None:
    """The question, bundle and engine options shared by every command that interprets an image."""
    p.add_argument("--question", default=DEFAULT_QUESTION, help=f"the question (default: {DEFAULT_QUESTION!r})")
    p.add_argument("--bundle", default=None, help="installed bundle name or bundle folder (default: the default one)")
    p.add_argument("--threads", type=int, default=None, help="CPU threads (default: automatic)")
    p.add_argument("--gpu-layers", type=gpu_layers_value, default=-1,
                   help="language-model layers on the GPU: N, 0 for CPU only, or auto (default)")
    p.add_argument("--vision-provider", default="auto",
                   help="onnxruntime provider for the vision model: auto (default), cpu, cuda, coreml, directml")
    p.add_argument("--max-new-tokens", type=int, default=1024, help="answer length limit in tokens (default 1024)")


@dataclass(frozen=True)
class Interpretation:
    answer: Any  # engine.answer.Answer
    bundle_name: str
    manifest_sha256: str
    bundle_kind: str
    notes: tuple[str, ...]
    engine_settings: dict[str, Any]
    load_seconds: float


def interpret(image_path: Path, question: str, bundle: str | None = None, threads: int | None = None,
              gpu_layers: int = -1, vision_provider: str = "auto", max_new_tokens: int = 1024,
              on_event: Callable[[object], None] | None = None, cancel: CancelToken | None = None
              ) -> Interpretation:
    """Load the image, resolve and load the bundle, ask; events go to ``on_event``. Raises PulseError."""
    from pulse_desktop.core.bundle.registry import resolve_bundle
    from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
    from pulse_desktop.core.events import Done
    from pulse_desktop.core.imaging.load_image import load_image

    loaded = load_image(image_path)
    installed = resolve_bundle(bundle)
    start = time.perf_counter()
    engine = MultimodalEngine(installed, n_gpu_layers=gpu_layers, n_threads=threads, vision_provider=vision_provider)
    load_seconds = time.perf_counter() - start
    try:
        answer = None
        for event in engine.ask(loaded.image, question, cancel, max_new_tokens=max_new_tokens):
            if on_event:
                on_event(event)
            if isinstance(event, Done):
                answer = event.result
        if answer is None:
            raise PulseError("The engine stopped without an answer.", "Try again; if it persists, report it.")
        return Interpretation(answer, installed.name, engine.manifest_sha256, installed.kind, tuple(loaded.notes),
                              engine.settings(), load_seconds)
    finally:
        engine.close()


def answer_json(result: Interpretation, question: str, image: str) -> dict[str, Any]:
    a = result.answer
    return {
        "answer": a.text,
        "question": question,
        "image": image,
        "stages": {"load": result.load_seconds, **a.stages},
        "tokens": list(a.token_ids),
        "first_token_top_logprobs": [{"token_id": t.token_id, "text": t.text, "logprob": t.logprob}
                                     for t in a.first_token_top_logprobs],
        "image_tokens": a.image_tokens,
        "n_ctx_used": a.n_ctx_used,
        "truncated": a.truncated,
        "stop_reason": a.stop_reason,
        "bundle": {"name": result.bundle_name, "manifest_sha256": result.manifest_sha256, "kind": result.bundle_kind},
        "engine": result.engine_settings,
        "notes": list(result.notes),
        "disclaimer": HUMILITY,
    }


def _printer(json_mode: bool) -> Callable[[object], None]:
    from pulse_desktop.core.events import Message, StageFinished, StageStarted, Token

    def on_event(event: object) -> None:
        if isinstance(event, Token) and not json_mode:
            sys.stdout.write(event.text)
            sys.stdout.flush()
        elif isinstance(event, StageStarted) and not json_mode and event.stage in ("vision", "prefill"):
            print(f"[{event.stage}{': ' + event.detail if event.detail else ''}]", file=sys.stderr, flush=True)
        elif isinstance(event, StageFinished) and not json_mode and event.stage in ("vision", "prefill"):
            print(f"[{event.stage} done in {event.seconds:.1f} s]", file=sys.stderr, flush=True)
        elif isinstance(event, Message):
            print(f"Note: {event.text}", file=sys.stderr, flush=True)

    return on_event


def run(args) -> int:
    if wants_study(args):  # patient details or --pdf: record a study through the pipeline
        code, summary = run_study(args, _printer(args.json))
        print_summary(summary, args.json)
        print(HUMILITY, file=sys.stderr)
        return code
    result = interpret(Path(args.image), args.question, args.bundle, args.threads, args.gpu_layers,
                       args.vision_provider, args.max_new_tokens, _printer(args.json))
    if args.json:
        print(json.dumps(answer_json(result, args.question, str(args.image)), indent=2, ensure_ascii=False))
        return 0
    print()
    for note in result.notes:
        print(f"Note: {note}", file=sys.stderr)
    stages = ", ".join(f"{k} {v:.2f} s" for k, v in {"load": result.load_seconds, **result.answer.stages}.items())
    print(f"[{stages}; {result.answer.image_tokens} image tokens; bundle {result.bundle_name}]", file=sys.stderr)
    if result.bundle_kind != "clinical":
        print(f"Note: the bundle {result.bundle_name!r} is a {result.bundle_kind} bundle, not a clinical model.",
              file=sys.stderr)
    print(HUMILITY, file=sys.stderr)
    return 0
