"""`pulse-desktop interpret IMAGE [--question Q] [--bundle NAME|PATH] [--json] ...`: one answer, offline.

The picture goes through the study workflow the window uses (core/study): straightened and checked by
default; a blocking finding stops with exit 3 and the findings; warnings need ``--accept-warnings-by NAME``;
``--as-is`` sends the file's pixels untouched. Human output streams the answer on stdout (progress, findings
and timings on stderr); ``--json`` prints one object saying which picture was read and what the check found.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from pulse_desktop.cli.cmd_straighten import add_turn_argument
from pulse_desktop.cli.interpret_study import (
    CliEngineSettings,
    Outcome,
    UsageError,
    add_study_arguments,
    run_interpretation,
)
from pulse_desktop.core.settings import DEFAULT_QUESTION
from pulse_desktop.core.study.digital import measurements_of

HUMILITY = "Computer-generated interpretation, unconfirmed until a clinician confirms it."


def register(sub) -> None:
    p = sub.add_parser("interpret", help="answer a question about an ECG image with the local model",
                       description="Straighten and check an ECG picture as the app does, then ask the local "
                                   "model. Exit 0: answered; 2: bad input or option; 3: the picture's quality "
                                   "stops it (the findings are printed); 4: model bundle problem.")
    p.add_argument("image", help="the ECG image (PNG, JPEG, BMP, TIFF, GIF first frame, PDF first page), or a "
                                 "digital ECG file (WFDB .hea, DICOM .dcm, HL7 aECG / Philips / GE MUSE .xml, EDF "
                                 ".edf, SCP-ECG .scp): drawn as a 3x4 page that the model reads as it is, and measured")
    add_engine_arguments(p)
    p.add_argument("--json", action="store_true", help="print one JSON object instead of streaming text")
    p.add_argument("--as-is", action="store_true",
                   help="send the file's pixels untouched: no straightening, no quality check")
    p.add_argument("--corners", type=corners_value, default=None, metavar="x1,y1,...,x4,y4",
                   help="straighten at the paper's four corners in the original, in pixels (as the window's handles)")
    p.add_argument("--page", type=int, default=1, help="page of a PDF or multi-page TIFF (from 1)")
    add_turn_argument(p)
    p.add_argument("--accept-warnings-by", default="", metavar="NAME",
                   help="accept the picture's quality warnings (never blocking findings), recorded with NAME")
    add_study_arguments(p)
    p.set_defaults(func=run)


def corners_value(text: str) -> list[tuple[float, float]]:
    from pulse_desktop.cli.cmd_straighten import _corners

    return _corners(text)


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
    p.add_argument("--server", default=None, metavar="URL",
                   help="ask the clinic's interpretation server (https://HOST:PORT); the bundle must be the one "
                        "it serves; falls back to this computer unless --no-fallback (docs/clinic-server.md)")
    p.add_argument("--server-key-file", default=None, help="a file whose first line is the server's API key")
    p.add_argument("--server-fingerprint", default="", help="the server certificate's pinned sha256 fingerprint")
    p.add_argument("--no-fallback", action="store_true", help="with --server: fail rather than compute here")


def server_address(args: argparse.Namespace) -> Any:
    """The ``--server`` options as a ServerAddress, or None."""
    if not getattr(args, "server", None):
        return None
    from pulse_desktop.core.remote.client import ServerAddress
    from pulse_desktop.core.server.launch import read_api_key

    key = read_api_key(args.server_key_file) if args.server_key_file else ""
    return ServerAddress(str(args.server).rstrip("/"), key, args.server_fingerprint or "")


def check_engine_arguments(args: argparse.Namespace) -> None:
    """Refuse option values that cannot work, saying what to give instead (exit 2)."""
    if not str(args.question).strip():
        raise UsageError("The question is empty.",
                         "Give a question, e.g. --question \"What is the rhythm?\", or leave --question out for "
                         "the default question (a clinical report).")
    if args.max_new_tokens is None or args.max_new_tokens < 1:
        raise UsageError(f"--max-new-tokens must be 1 or more (got {args.max_new_tokens}).",
                         "Give the longest answer you want in tokens, e.g. --max-new-tokens 512 (default 1024).")
    if args.threads is not None and args.threads < 0:
        raise UsageError(f"--threads must be 0 (automatic) or more (got {args.threads}).",
                         "Leave --threads out to use every core, or give a number such as --threads 4.")
    if getattr(args, "corners", None) and getattr(args, "as_is", False):
        raise UsageError("--corners and --as-is do not go together: --as-is does not straighten.",
                         "Leave out one of them.")
    if getattr(args, "page", 1) < 1:
        raise UsageError(f"--page counts from 1 (got {args.page}).", "Give the page number as printed, e.g. --page 2.")
    if getattr(args, "accept_warnings_by", "") and not args.accept_warnings_by.strip():
        raise UsageError("--accept-warnings-by needs the name of who accepts the warnings.",
                         "Give your name as it should be recorded, e.g. --accept-warnings-by \"Dr Okafor\".")


def answer_json(outcome: Outcome, question: str, image: str, bundle: Any) -> dict[str, Any]:
    a, session = outcome.answer, outcome.session
    data: dict[str, Any] = {"question": question, "image": image, **picture_json(session)}
    if a is not None:
        data.update({
            "answer": a.text,
            "stages": {"load": outcome.load_seconds, **a.stages},
            "tokens": list(a.token_ids),
            "first_token_top_logprobs": [{"token_id": t.token_id, "text": t.text, "logprob": t.logprob}
                                         for t in a.first_token_top_logprobs],
            "image_tokens": a.image_tokens,
            "n_ctx_used": a.n_ctx_used,
            "truncated": a.truncated,
            "stop_reason": a.stop_reason,
            "engine": outcome.engine_settings,
            "computed_on": str(getattr(a, "computed_on", "") or "this computer"),
        })
    data["bundle"] = {"name": bundle.name, "manifest_sha256": _manifest_sha256(bundle), "kind": bundle.kind}
    if session.study_id is not None:
        data["study_id"] = session.study_id
    data["notes"] = list(getattr(session.loaded, "notes", ()))
    measured = measurements_of(session.loaded)  # a digital recording: measured by the app from the signal
    data["measurements"] = None if measured is None else measured.to_dict()
    data["disclaimer"] = HUMILITY
    return data


def picture_json(session) -> dict[str, Any]:
    """Which picture the model read and what the quality check found."""
    image, review = session.image_for_model(), session.review
    quality = None
    if review is not None and review.checked:
        quality = {
            "is_ecg": review.is_ecg, "usable": not review.blocked,
            "px_per_mm": None if review.px_per_mm is None else round(review.px_per_mm, 3),
            "corners": [[round(x, 1), round(y, 1)] for x, y in review.corners] if review.corners else None,
            "checks": [{"name": f.name, "level": f.level, "value": None if f.value is None else round(f.value, 3),
                        "message": f.message, "advice": f.advice} for f in review.findings],
            "accepted_warnings": list(session.overrides), "accepted_by": session.override_by,
        }
    return {"picture": {"read": session.picture_read, "size": list(image.size) if image is not None else None},
            "quality": quality}


def _manifest_sha256(bundle: Any) -> str:
    from pulse_desktop.core.bundle.manifest import manifest_sha256

    return manifest_sha256(bundle.path)


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


def _print_findings(session) -> None:
    review = session.review
    if review is None or not review.checked:
        return
    print(f"Picture: {session.picture_read}; quality checks:", file=sys.stderr)
    for f in review.findings:
        if f.level != "ok":
            accepted = " (accepted)" if f.name in session.overrides else ""
            print(f"  [{f.level}] {f.name}: {f.message}{accepted}", file=sys.stderr)
            if f.advice:
                print(f"      What to do: {f.advice}", file=sys.stderr)


def _print_measurements(session) -> None:
    m = measurements_of(session.loaded)
    if m is None:
        return
    d = m.to_dict()
    shown = ", ".join(f"{k} {'-' if d[k] is None else d[k]}" for k in ("heart_rate_bpm", "pr_ms", "qrs_ms", "qt_ms",
                                                                       "qtc_ms", "qrs_axis_deg"))
    print(f"Measured from the digital recording (PULSE Desktop, method {m.version}): {shown}", file=sys.stderr)


def run(args) -> int:
    from pulse_desktop.core.bundle.registry import resolve_bundle

    check_engine_arguments(args)
    installed = resolve_bundle(args.bundle)  # before anything is read or stored: no bundle, nothing half-made
    settings = CliEngineSettings(args.bundle or "", args.gpu_layers, args.threads or 0, args.vision_provider,
                                 args.max_new_tokens, server_address(args), not args.no_fallback)
    outcome = run_interpretation(args, settings, installed, _printer(args.json))
    session = outcome.session
    if session.study_id is not None:
        print(f"Study {session.study_id}", file=sys.stderr)
    if outcome.refusal is not None:
        error = outcome.refusal.error()
        if args.json:
            data = answer_json(outcome, args.question, str(args.image), installed)
            data["error"] = {"message": error.message, "hint": error.hint}
            print(json.dumps(data, indent=2, ensure_ascii=False))
        _print_findings(session)
        if session.study_id is not None:
            print(f"Study {session.study_id} is saved with its picture but was not interpreted.", file=sys.stderr)
        raise error
    if args.json:
        data = answer_json(outcome, args.question, str(args.image), installed)
        if args.pdf:
            data["pdf"] = str(args.pdf)
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print()
        for note in getattr(session.loaded, "notes", ()):
            print(f"Note: {note}", file=sys.stderr)
        _print_findings(session)
        _print_measurements(session)
        a = outcome.answer
        stages = ", ".join(f"{k} {v:.2f} s" for k, v in {"load": outcome.load_seconds, **a.stages}.items())
        print(f"[{stages}; {a.image_tokens} image tokens; picture {session.picture_read}; bundle {installed.name}]",
              file=sys.stderr)
    if installed.kind != "clinical":
        print(f"Note: the bundle {installed.name!r} is a {installed.kind} bundle, not a clinical model.",
              file=sys.stderr)
    print(HUMILITY, file=sys.stderr)
    return 0
