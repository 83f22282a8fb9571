"""`models convert`: run the converter (``quantize``) in a child process, then import what it made.

The app never imports ``quantize`` (it would pull the converter's dependencies into every start); it runs
``python -m quantize.cli convert SOURCE OUT --quant Q --vision V --progress-json`` and reads one JSON
object per line from its stdout (the format is in docs/bundle-format.md, "Progress lines"). The output goes
into ``bundles_dir/.converting-<random>/out`` and is then imported by moving its files (same disk), so a
cancelled or failed conversion leaves nothing that looks installed.

In a frozen (installed) app ``sys.executable`` is the app itself, which cannot run ``-m quantize.cli``:
there the converter tools (``pulse-quantize`` from a Python install of this project) must be on PATH.
"""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path

from pulse_desktop.core.bundle.importer import ImportEvent, iter_import_bundle
from pulse_desktop.core.bundle.manifest import MANIFEST_NAME
from pulse_desktop.core.bundle.workdirs import make_workdir, remove_tree
from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.errors import BundleError, CheckpointError
from pulse_desktop.core.events import Message, Progress, StageStarted

QUANTS = ("Q4_K_M", "Q5_K_M", "Q8_0", "F16", "F32")
VISION_PRECISIONS = ("fp32", "fp16", "int8")
POLL_S = 0.2
TERMINATE_GRACE_S = 10.0


def converter_command(source: str, out: Path, quant: str, vision: str) -> list[str]:
    """The command line that runs the converter with machine-readable progress."""
    args = ["convert", str(source), str(out), "--quant", quant, "--vision", vision, "--progress-json"]
    if getattr(sys, "frozen", False):
        exe = shutil.which("pulse-quantize")
        if exe is None:
            raise BundleError(
                "The converter is not part of the installed app.",
                "Install the converter tools (`pip install pulse-desktop` in a Python 3.10+ environment) so that "
                "`pulse-quantize` is on PATH, or convert on another computer and use `models import`.")
        return [exe, *args]
    return [sys.executable, "-m", "quantize.cli", *args]


def parse_progress_line(line: str) -> dict | None:
    """One stdout line of the converter as a progress object, or None when it is not one."""
    text = line.strip()
    if not text.startswith("{"):
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return None
    return data if isinstance(data, dict) and isinstance(data.get("event"), str) else None


def iter_convert_and_import(source: str, quant: str = "Q4_K_M", vision: str = "fp16", name: str | None = None,
                            allow_invalid: bool = False, cancel: CancelToken | None = None,
                            command: Sequence[str] | None = None) -> Iterator[ImportEvent]:
    """Convert ``source`` (checkpoint folder or Hugging Face repo id) and import the result.

    Yields the converter's progress, then the import's, ending with ``Done(result=InstalledBundle)``.
    ``command`` replaces the converter command (the output folder is appended as its last argument).
    """
    if quant not in QUANTS:
        raise BundleError(f"Unknown quantization {quant!r}.", f"Choose one of {', '.join(QUANTS)}.")
    if vision not in VISION_PRECISIONS:
        raise BundleError(f"Unknown vision precision {vision!r}.", f"Choose one of {', '.join(VISION_PRECISIONS)}.")
    workdir = make_workdir("converting")
    try:
        out = workdir / "out"
        argv = [*command, str(out)] if command is not None else converter_command(source, out, quant, vision)
        yield StageStarted("convert", f"{source} -> {quant}, vision {vision}")
        produced = yield from _run_converter(argv, out, cancel)
        yield from iter_import_bundle(produced, name, allow_invalid, cancel, move=True)
    finally:  # success, failure, cancel, Ctrl-C, generator closed
        remove_tree(workdir)


def _run_converter(argv: list[str], out: Path, cancel: CancelToken | None) -> Iterator[ImportEvent]:
    try:
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, encoding="utf-8", errors="replace", bufsize=1)
    except OSError as exc:
        raise BundleError(f"The converter could not be started ({exc.strerror or exc}).",
                          "Check that the converter tools are installed (see the README, Model bundles).") from exc
    lines: queue.Queue[tuple[str, str | None]] = queue.Queue()
    readers = [threading.Thread(target=_pump, args=(stream, tag, lines), daemon=True)
               for stream, tag in ((proc.stdout, "out"), (proc.stderr, "err"))]
    for reader in readers:
        reader.start()
    stderr_tail: deque[str] = deque(maxlen=30)
    error: dict | None = None
    open_streams = 2
    try:
        while open_streams:
            if cancel is not None:
                cancel.check()
            try:
                tag, line = lines.get(timeout=POLL_S)
            except queue.Empty:
                continue
            if line is None:
                open_streams -= 1
                continue
            if tag == "err":
                stderr_tail.append(line.rstrip())
                yield Message(line.rstrip())
                continue
            event = parse_progress_line(line)
            if event is None:
                if line.strip():
                    yield Message(line.rstrip())
                continue
            kind = event["event"]
            if kind == "progress":
                yield Progress(str(event.get("stage", "convert")), int(event.get("done", 0)),
                               int(event.get("total", 0)), str(event.get("detail", "")))
            elif kind == "stage":
                yield StageStarted(str(event.get("stage", "")), str(event.get("detail", "")))
            elif kind == "message":
                yield Message(str(event.get("text", "")), str(event.get("level", "info")))
            elif kind == "done":
                figures = {k: v for k, v in event.items() if k not in ("event", "path")}
                if figures:
                    yield Message("Converter: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
            elif kind == "error":
                error = event
        returncode = proc.wait()
    except BaseException:
        _stop(proc)
        raise
    if returncode != 0 or error is not None:
        if error is not None:
            raise CheckpointError(str(error.get("message") or "The conversion failed."), str(error.get("hint", "")))
        last = next((t for t in reversed(stderr_tail) if t.strip()), "no message")
        raise CheckpointError(f"The converter failed (exit code {returncode}): {last}",
                              "Read the converter's messages above; nothing was installed.")
    if not (out / MANIFEST_NAME).is_file():  # the bundle is taken from where we asked, whatever "done" says
        raise CheckpointError(f"The converter finished without writing a bundle at {out}.",
                              "This is a bug in the converter; please report it with the messages above.")
    return out


def _pump(stream, tag: str, lines: queue.Queue) -> None:
    try:
        for line in stream:
            lines.put((tag, line))
    except (OSError, ValueError):
        pass
    finally:
        lines.put((tag, None))


def _stop(proc: subprocess.Popen) -> None:
    """End the converter: politely first (it cleans its own temporary files), then for good."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=TERMINATE_GRACE_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
