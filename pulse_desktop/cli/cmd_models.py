"""`pulse-desktop models import|list|verify|remove|convert`: the installed model bundles.

Progress goes to stderr (a self-updating line on a terminal, a line per 10 % otherwise); results go to
stdout. Errors are raised as PulseError and printed by main.py with their hint and exit code.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

from pulse_desktop.core.errors import PulseError

NOT_CLINICAL = "not a clinical model"
BYTE_STAGES = ("import", "verify", "download")  # stages whose progress counts bytes
HIDDEN_FIGURE_PREFIXES = ("thresholds.", "conversion.")  # in `list --json`, not in the table


def register(sub) -> None:
    p = sub.add_parser("models", help="import, list, verify, remove or convert model bundles")
    models = p.add_subparsers(dest="models_command", metavar="ACTION")
    p.set_defaults(func=lambda args: _usage(p))

    imp = models.add_parser("import", help="copy a bundle folder (made by pulse-quantize) into the data folder")
    imp.add_argument("path", help="the bundle folder (the one holding manifest.json)")
    imp.add_argument("--name", help="install under this name (default: the manifest's name)")
    imp.add_argument("--allow-invalid", action="store_true",
                     help="import even though the bundle failed its validation (your override is recorded)")
    imp.set_defaults(func=run_import)

    lst = models.add_parser("list", help="list the installed bundles")
    lst.add_argument("--json", action="store_true", help="print one JSON object")
    lst.set_defaults(func=run_list)

    ver = models.add_parser("verify", help="check the sha256 of every file of a bundle against its manifest")
    ver.add_argument("name", help="an installed bundle's name, or a path to a bundle folder")
    ver.add_argument("--quick", action="store_true",
                     help="only hash files whose size or time changed since import (what loading does)")
    ver.set_defaults(func=run_verify)

    rem = models.add_parser("remove", help="delete an installed bundle")
    rem.add_argument("name")
    rem.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    rem.set_defaults(func=run_remove)

    conv = models.add_parser("convert", help="convert a checkpoint into a bundle and import it (needs the "
                                             "converter tools: see the README)")
    conv.add_argument("source", help="a checkpoint folder, or a Hugging Face repo id (e.g. PULSE-ECG/PULSE-7B)")
    conv.add_argument("--quant", default="Q4_K_M", help="Q4_K_M (default), Q5_K_M, Q8_0, F16 or F32")
    conv.add_argument("--vision", default="fp16", help="fp16 (default), fp32 or int8")
    conv.add_argument("--name", help="name of the bundle (default: source-quant-vision)")
    conv.add_argument("--revision", help="branch, tag or commit when SOURCE is a repo id (default: main)")
    conv.add_argument("--allow-invalid", action="store_true",
                      help="import the result even if it fails its validation")
    conv.set_defaults(func=run_convert)


def _usage(parser) -> int:
    parser.print_help()
    return 2


def run_import(args) -> int:
    from pulse_desktop.core.bundle.importer import iter_import_bundle

    bundle = _drive(iter_import_bundle(Path(args.path), args.name, args.allow_invalid))
    print(f"Imported {bundle.name!r} ({_size(bundle.size)}, {bundle.quantization}) into {bundle.path}")
    if not bundle.is_clinical:
        print(f"Note: this is a {bundle.kind} bundle, {NOT_CLINICAL}.")
    return 0


def run_convert(args) -> int:
    from pulse_desktop.core.bundle.converter_process import iter_convert_and_import

    bundle = _drive(iter_convert_and_import(args.source, args.quant, args.vision, args.name, args.allow_invalid,
                                            revision=args.revision))
    print(f"Converted and imported {bundle.name!r} ({_size(bundle.size)}, {bundle.quantization}) into {bundle.path}")
    return 0


def run_list(args) -> int:
    from pulse_desktop.core import paths
    from pulse_desktop.core.bundle.registry import bundle_summary, list_bundles

    bundles = list_bundles()
    if args.json:
        rows = [{**bundle_summary(b), "label": _label(b)} for b in bundles]
        print(json.dumps({"bundles_dir": str(paths.bundles_dir()), "bundles": rows}, indent=2, ensure_ascii=False))
        return 0
    if not bundles:
        print("No model bundle is installed. Import one with `pulse-desktop models import PATH`.")
        return 0
    header = ("NAME", "KIND", "QUANT", "VISION", "SIZE", "STATUS")
    rows = [(b.name, b.kind or "-", b.quantization or "-", b.manifest.vision.precision if b.manifest else "-",
             _size(b.size), _label(b)) for b in bundles]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        print("  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1])
    for bundle in bundles:
        figures = _figures(bundle)
        if figures:
            print(f"  {bundle.name} validation: {figures}")
    return 0


def run_verify(args) -> int:
    from pulse_desktop.core.bundle.registry import find_installed
    from pulse_desktop.core.bundle.verify import verify_bundle

    candidate = Path(args.name).expanduser()
    path = candidate if ("/" in args.name or candidate.is_absolute()) else find_installed(args.name).path
    display = _ProgressLine()
    try:
        result = verify_bundle(path, "quick" if args.quick else "full", progress=display.show)
    finally:
        display.finish()
    if result.ok:
        how = "checked against their sha256" if result.bytes_hashed or not args.quick else "unchanged since import"
        print(f"Bundle {args.name!r}: all {result.files_checked} files {how} and intact.")
        return 0
    for problem in result.problems:
        print(f"  {problem.kind.upper():8} {problem.describe()}", file=sys.stderr)
    result.raise_if_failed(args.name)
    return 1  # pragma: no cover - raise_if_failed raised


def run_remove(args) -> int:
    from pulse_desktop.core.bundle.registry import find_installed, remove_bundle

    bundle = find_installed(args.name)
    if not args.yes:
        if not sys.stdin.isatty():
            raise PulseError(f"Removing {args.name!r} needs confirmation.", "Add --yes to remove it without asking.")
        reply = input(f"Remove the model bundle {bundle.name!r} ({_size(bundle.size)}) from {bundle.path}? [y/N] ")
        if reply.strip().lower() not in ("y", "yes"):
            print("Nothing removed.")
            return 1
    remove_bundle(args.name)
    print(f"Removed {bundle.name!r}.")
    return 0


def _drive(events: Iterable) -> object:
    """Run an event generator, printing progress and messages on stderr; return the Done result."""
    from pulse_desktop.core.events import Message, Progress, StageFinished, StageStarted, run_to_result

    display = _ProgressLine()

    def show(event: object) -> None:
        if isinstance(event, Progress):
            display.show(event)
        elif isinstance(event, Message):
            display.note(("Warning: " if event.level == "warning" else "") + event.text)
        elif isinstance(event, StageStarted):
            display.note(f"{event.stage}: {event.detail}" if event.detail else event.stage)
        elif isinstance(event, StageFinished):
            display.note(f"{event.stage}: done in {event.seconds:.1f} s")

    try:
        with closing(iter(events)) as stream:  # Ctrl-C closes the generator, which cleans up
            return run_to_result(stream, show, missing=lambda: None)
    finally:
        display.finish()


class _ProgressLine:
    """Progress on stderr: rewritten in place on a terminal, one line per 10 % step elsewhere."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last_step: dict[str, int] = {}
        self.last_draw = 0.0
        self.dirty = False

    def show(self, event) -> None:
        pct = int(event.fraction * 100)
        amount = (f"{_size(event.done)} of {_size(event.total)}" if event.stage in BYTE_STAGES
                  else f"{event.done} of {event.total}")
        text = f"{event.stage}: {pct:3d}% ({amount}) {event.detail}".rstrip()
        if self.tty:
            now = time.monotonic()
            if now - self.last_draw >= 0.1 or event.done >= event.total:
                sys.stderr.write("\r\x1b[K" + text[:150])
                sys.stderr.flush()
                self.last_draw, self.dirty = now, True
            return
        step = pct // 10
        if self.last_step.get(event.stage, -1) < step:
            self.last_step[event.stage] = step
            print(text, file=sys.stderr, flush=True)

    def note(self, text: str) -> None:
        self.finish()
        print(text, file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.dirty:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self.dirty = False


def _label(bundle) -> str:
    if bundle.broken:
        return f"BROKEN: {bundle.problem}"
    parts = ["ok" if bundle.valid else ("failed validation, used by your override" if bundle.allow_invalid
                                       else "failed validation, refused")]
    if not bundle.is_clinical:
        parts.append(NOT_CLINICAL)
    return ", ".join(parts)


def _figures(bundle) -> str:
    from pulse_desktop.core.bundle.registry import flat_figures

    if bundle.manifest is None:
        return ""
    return ", ".join(f"{key} {value:.4g}" for key, value in flat_figures(bundle.manifest.validation)
                     if not key.startswith(HIDDEN_FIGURE_PREFIXES))


def _size(n: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"
