"""``pulse-quantize``: make model bundles (and the tiny/synthetic checkpoints the tests and benchmarks use).

    pulse-quantize tiny OUT [--merge flat|spatial_unpad] [--seed N] [--dtype float16|bfloat16]
    pulse-quantize synth --shape pulse-7b OUT [--seed N]
    pulse-quantize convert SOURCE OUT --quant Q4_K_M|Q5_K_M|Q8_0|F16|F32 [--vision fp32|fp16|int8]
                           [--name N] [--revision R] [--threads N] [--progress-json]
    pulse-quantize mmproj CHECKPOINT OUT.gguf   (llama.cpp's own mmproj, for the benchmark's comparison only)

``--progress-json`` prints one JSON object per line on stdout (the format is in docs/bundle-format.md),
for ``pulse-desktop models convert``, which runs this command as a child process.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pulse_desktop.core.errors import PulseError
from pulse_desktop.core.events import Done, Message, Progress, StageFinished, StageStarted


def _event_json(event: object) -> dict[str, Any]:
    if isinstance(event, StageStarted):
        return {"event": "stage_started", "stage": event.stage, "detail": event.detail}
    if isinstance(event, StageFinished):
        return {"event": "stage_finished", "stage": event.stage, "seconds": round(event.seconds, 3)}
    if isinstance(event, Progress):
        return {"event": "progress", "stage": event.stage, "done": event.done, "total": event.total}
    if isinstance(event, Message):
        return {"event": "message", "text": event.text, "level": event.level}
    if isinstance(event, Done):
        result = event.result
        return {"event": "done", "bundle": str(result.bundle), "valid": result.valid,
                "validation": result.validation, "usage": result.usage.as_dict()}
    return {"event": "unknown", "repr": repr(event)}


def _print_human(event: object, last: dict[str, float]) -> None:
    if isinstance(event, StageStarted):
        print(f"[{event.stage}] {event.detail}".rstrip(), flush=True)
    elif isinstance(event, StageFinished):
        print(f"[{event.stage}] done in {event.seconds:.1f} s", flush=True)
    elif isinstance(event, Progress):
        now = time.monotonic()
        if event.done == event.total or now - last.get(event.stage, 0.0) > 2.0:
            last[event.stage] = now
            print(f"[{event.stage}] {event.done}/{event.total}", flush=True)
    elif isinstance(event, Message):
        print(("WARNING: " if event.level == "warning" else "") + event.text, flush=True)
    elif isinstance(event, Done):
        result = event.result
        print(f"bundle: {result.bundle} ({'valid' if result.valid else 'NOT VALID'})")
        figures = {k: result.validation.get(k) for k in ("vision", "language_model")}
        print("validation: " + json.dumps(figures))
        print("conversion: " + result.usage.describe(), flush=True)


def _run_convert(args: argparse.Namespace) -> int:
    from quantize.convert import convert

    last: dict[str, float] = {}
    for event in convert(args.source, Path(args.out), args.quant, args.vision, name=args.name,
                         revision=args.revision, threads=args.threads):
        if args.progress_json:
            print(json.dumps(_event_json(event)), flush=True)
        else:
            _print_human(event, last)
    return 0


def _run_tiny(args: argparse.Namespace) -> int:
    from quantize.tiny import make_tiny_checkpoint
    from quantize.usage_meter import UsageMeter

    out = Path(args.out)
    if out.exists() and any(out.iterdir()):
        raise PulseError(f"{out} already exists and is not empty.", "Choose a new folder.")
    meter = UsageMeter()
    make_tiny_checkpoint(out, merge=args.merge, seed=args.seed, dtype=args.dtype)
    print(f"tiny checkpoint ({args.merge}, seed {args.seed}): {out} in {meter.stop().describe()}")
    return 0


def _run_synth(args: argparse.Namespace) -> int:
    from quantize.synth import make_synthetic_checkpoint
    from quantize.usage_meter import UsageMeter

    out = Path(args.out)
    if out.exists() and any(out.iterdir()):
        raise PulseError(f"{out} already exists and is not empty.", "Choose a new folder.")
    meter = UsageMeter()
    make_synthetic_checkpoint(out, shape=args.shape, seed=args.seed)
    print(f"synthetic {args.shape} checkpoint (random weights, NOT a clinical model): {out} in "
          f"{meter.stop().describe()}")
    return 0


def _run_mmproj(args: argparse.Namespace) -> int:
    from quantize.mmproj import write_mmproj

    if args.bundle:
        from quantize.mmproj_match import mmproj_for_bundle

        out = mmproj_for_bundle(Path(args.checkpoint), Path(args.bundle), Path(args.out), args.precision)
        print(f"mmproj for the clinic server, matching the bundle {args.bundle}: {out}")
        return 0
    out = write_mmproj(Path(args.checkpoint), Path(args.out), precision=args.precision)
    print(f"mmproj for llama.cpp's clip/mtmd path: {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    from quantize import __version__
    from quantize.gguf_export import QUANTIZATIONS
    from quantize.onnx_export import PRECISIONS

    parser = argparse.ArgumentParser(prog="pulse-quantize", description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", action="version", version=f"pulse-quantize {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    tiny = sub.add_parser("tiny", help="write a tiny seeded checkpoint in PULSE-7B's layout (for tests)")
    tiny.add_argument("out")
    tiny.add_argument("--merge", choices=("flat", "spatial_unpad"), default="flat")
    tiny.add_argument("--seed", type=int, default=0)
    tiny.add_argument("--dtype", choices=("float16", "bfloat16"), default="float16")
    tiny.set_defaults(func=_run_tiny)

    synth = sub.add_parser("synth", help="write a random-weight checkpoint of a real shape (benchmarks only)")
    synth.add_argument("out")
    synth.add_argument("--shape", choices=("pulse-7b",), required=True)
    synth.add_argument("--seed", type=int, default=0)
    synth.set_defaults(func=_run_synth)

    conv = sub.add_parser("convert", help="checkpoint folder or Hugging Face repo id -> model bundle")
    conv.add_argument("source", help="a checkpoint folder, or a repo id such as PULSE-ECG/PULSE-7B")
    conv.add_argument("out", help="the bundle folder to create (must not exist)")
    conv.add_argument("--quant", choices=QUANTIZATIONS, default="Q4_K_M")
    conv.add_argument("--vision", choices=PRECISIONS, default="fp32")
    conv.add_argument("--name", default=None, help="bundle name (default: source-quant-vision)")
    conv.add_argument("--revision", default=None, help="branch, tag or commit when SOURCE is a repo id")
    conv.add_argument("--threads", type=int, default=None)
    conv.add_argument("--progress-json", action="store_true", help="JSON lines on stdout instead of text")
    conv.set_defaults(func=_run_convert)

    mmproj = sub.add_parser("mmproj", help="CLIP tower + projector as an mmproj GGUF for llama.cpp's own "
                                           "multimodal path (the benchmark's side-by-side comparison)")
    mmproj.add_argument("checkpoint")
    mmproj.add_argument("out")
    mmproj.add_argument("--precision", choices=("f16", "f32"), default="f16",
                        help="f32: every tensor in F32 (the clinic server's exact path)")
    mmproj.add_argument("--bundle", default=None,
                        help="the bundle this projector is for: the checkpoint must be the one it was converted "
                             "from (recorded hashes), and its manifest's image mean/std are used")
    mmproj.set_defaults(func=_run_mmproj)
    return parser


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through the converter, which removes its partial folder


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        return int(args.func(args))
    except PulseError as exc:
        if getattr(args, "progress_json", False):
            print(json.dumps({"event": "error", "message": exc.message, "hint": exc.hint,
                              "exit_code": exc.exit_code, "type": type(exc).__name__}), flush=True)
        print(f"error: {exc.message}", file=sys.stderr)
        if exc.hint:
            print(f"hint: {exc.hint}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted; nothing was left behind", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
