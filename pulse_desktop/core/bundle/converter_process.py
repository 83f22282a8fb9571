"""`models convert`: run the converter (``quantize``) in a child process, then import what it made.

The app never imports ``quantize`` (it would pull the converter's dependencies into every start); it runs
``python -m quantize.cli convert SOURCE OUT --quant Q --vision V --progress-json`` and reads one JSON
object per line from its stdout (the format is in docs/bundle-format.md, "Progress lines"). The output goes
into ``bundles_dir/.converting-<random>/out`` and is then imported by moving its files (same disk), so a
cancelled or failed conversion leaves nothing that looks installed.

In a frozen (installed) app ``sys.executable`` is the app itself, which cannot run ``-m quantize.cli``:
the installer freezes the converter into the same folder and reaches it as ``pulse-desktop __convert__``
(installer/entry.py), so the installed app converts without Python.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path

from pulse_desktop.core import errors, paths
from pulse_desktop.core.bundle.importer import ImportEvent, iter_import_bundle
from pulse_desktop.core.bundle.manifest import MANIFEST_NAME
from pulse_desktop.core.bundle.registry import check_name
from pulse_desktop.core.bundle.workdirs import make_workdir, remove_tree
from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.errors import BundleError, CheckpointError, PulseError
from pulse_desktop.core.events import Message, Progress, StageFinished, StageStarted

QUANTS = ("Q4_K_M", "Q5_K_M", "Q8_0", "F16", "F32")
VISION_PRECISIONS = ("fp32", "fp16", "int8")
POLL_S = 0.2
TERMINATE_GRACE_S = 10.0
ERROR_ECHO = ("error: ", "hint: ")  # stderr lines repeating the JSON error event (shown once, by the caller)


def converter_command(source: str, out: Path, quant: str, vision: str, name: str | None = None,
                      revision: str | None = None) -> list[str]:
    """The command line that runs the converter with machine-readable progress."""
    args = ["convert", str(source), str(out), "--quant", quant, "--vision", vision, "--progress-json"]
    if name:
        args += ["--name", name]
    if revision:
        args += ["--revision", revision]
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_CONVERTER_VERB, *args]
    return [sys.executable, "-m", "quantize.cli", *args]


FROZEN_CONVERTER_VERB = "__convert__"  # must match installer/entry.py


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
                            command: Sequence[str] | None = None, revision: str | None = None
                            ) -> Iterator[ImportEvent]:
    """Convert ``source`` (checkpoint folder or Hugging Face repo id) and import the result.

    Yields the converter's progress, then the import's, ending with ``Done(result=InstalledBundle)``.
    ``command`` replaces the converter command (the output folder is appended as its last argument).
    A download (repo id) is kept in ``<data folder>/downloads/`` so that the next conversion reuses it.
    """
    if quant not in QUANTS:
        raise BundleError(f"Unknown quantization {quant!r}.", f"Choose one of {', '.join(QUANTS)}.")
    if vision not in VISION_PRECISIONS:
        raise BundleError(f"Unknown vision precision {vision!r}.", f"Choose one of {', '.join(VISION_PRECISIONS)}.")
    if name is not None:
        check_name(name)
    workdir = make_workdir("converting")
    out = workdir / "out"
    download = _DownloadCache(source, workdir / f".{out.name}.download")  # where the converter downloads
    try:
        download.lend()
        argv = ([*command, str(out)] if command is not None
                else converter_command(source, out, quant, vision, name, revision))
        yield StageStarted("convert", f"{source} -> {quant}, vision {vision}")
        produced = yield from _run_converter(argv, out, cancel)
        yield from iter_import_bundle(produced, name, allow_invalid, cancel, move=True)
    finally:  # success, failure, cancel, Ctrl-C, generator closed
        kept = download.take_back()
        remove_tree(workdir)
    if kept is not None:
        yield Message(f"The downloaded checkpoint is kept in {kept} for later conversions; delete that folder "
                      "to free its space.")


class _DownloadCache:
    """A repo-id source's download, kept between conversions (the converter downloads next to its output)."""

    def __init__(self, source: str, working: Path) -> None:
        parts = source.split("/")
        is_repo = len(parts) == 2 and all(parts) and not Path(source).expanduser().exists()
        self.kept = paths.data_home() / "downloads" / "--".join(parts) if is_repo else None
        self.working = working

    def lend(self) -> None:
        if self.kept is not None and self.kept.is_dir():
            os.rename(self.kept, self.working)

    def take_back(self) -> Path | None:
        if self.kept is None or not self.working.is_dir():
            return None
        try:
            paths.ensure_dir(self.kept.parent)
            os.rename(self.working, self.kept)
        except OSError:
            return None
        return self.kept


def _run_converter(argv: list[str], out: Path,
                   cancel: CancelToken | None) -> Generator[ImportEvent, None, Path]:
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
                if not line.startswith(ERROR_ECHO):  # the converter's own print of its error event
                    yield Message(line.rstrip())
                continue
            event = parse_progress_line(line)
            if event is None:
                if line.strip():
                    yield Message(line.rstrip())
                continue
            if event["event"] == "error":
                error = event
            else:
                yield from _to_events(event)
        returncode = proc.wait()
    except BaseException:
        _stop(proc)
        raise
    if returncode != 0 or error is not None:
        if error is not None:
            raise _error_class(error.get("type"))(str(error.get("message") or "The conversion failed."),
                                                  str(error.get("hint", "")))
        said = [t for t in stderr_tail if t.strip()]
        last = next((t for t in reversed(said) if t.startswith("error: ")), said[-1] if said else "no message")
        raise CheckpointError(f"The converter failed (exit code {returncode}): {last}",
                              "Read the converter's messages above; nothing was installed.")
    if not (out / MANIFEST_NAME).is_file():  # the bundle is taken from where we asked, whatever "done" says
        raise CheckpointError(f"The converter finished without writing a bundle at {out}.",
                              "This is a bug in the converter; please report it with the messages above.")
    return out


def _to_events(event: dict) -> Iterator[ImportEvent]:
    """The app's events for one progress line (see docs/bundle-format.md); unknown ones are ignored."""
    kind = event["event"]
    if kind == "progress":
        yield Progress(str(event.get("stage", "convert")), int(event.get("done", 0)), int(event.get("total", 0)),
                       str(event.get("detail", "")))
    elif kind in ("stage_started", "stage"):
        yield StageStarted(str(event.get("stage", "")), str(event.get("detail", "")))
    elif kind == "stage_finished":
        yield StageFinished(str(event.get("stage", "")), float(event.get("seconds", 0.0)))
    elif kind == "message":
        yield Message(str(event.get("text", "")), str(event.get("level", "info")))
    elif kind == "done":
        usage = event.get("usage") if isinstance(event.get("usage"), dict) else {}
        if usage:
            yield Message(f"Conversion took {usage.get('seconds')} s, peak memory {usage.get('peak_rss_gib')} GiB "
                          f"resident ({usage.get('peak_anon_gib')} GiB private).")
        if event.get("valid") is False:
            yield Message("The converted bundle is below its validation thresholds (marked not valid).", "warning")


def _error_class(name: object) -> type[PulseError]:
    """The converter's error type when it is one of ours (its exit semantics), else CheckpointError."""
    found = getattr(errors, str(name), None) if name else None
    if isinstance(found, type) and issubclass(found, PulseError) and found is not errors.Cancelled:
        return found
    return CheckpointError


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
