"""``pulse-quantize convert``: a LLaVA-LLaMA checkpoint -> a verified model bundle, without torch.

:func:`convert` is a generator of events (pulse_desktop.core.events) ending in ``Done(ConvertResult)``.
The bundle is written into ``OUT.partial-<random>`` and renamed to ``OUT`` only when complete; any error
(or interruption) removes the partial folder, so nothing half-done ever looks like a bundle.
"""

from __future__ import annotations

import errno
import queue
import re
import secrets
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from pulse_desktop.core.bundle.manifest import MANIFEST_NAME, sha256_file
from pulse_desktop.core.errors import CheckpointError, PulseError
from pulse_desktop.core.events import Done, Message, Progress, StageFinished, StageStarted
from quantize.checkpoint import Checkpoint
from quantize.gguf_export import QUANTIZATIONS, iter_write_gguf, quantize_gguf, write_gguf
from quantize.llama_runner import quiet_llama
from quantize.llava_layout import IMAGE_NEWLINE
from quantize.manifest_build import build_manifest, mean_std
from quantize.onnx_export import PRECISIONS, write_vision_onnx
from quantize.usage_meter import Usage, UsageMeter
from quantize.validate import validate_bundle

Event = StageStarted | StageFinished | Progress | Message | Done


@dataclass(frozen=True)
class ConvertResult:
    bundle: Path
    valid: bool
    validation: dict[str, Any]
    usage: Usage


def default_name(source: str, quantization: str, precision: str) -> str:
    base = Path(source.rstrip("/")).name or "model"
    return re.sub(r"[^A-Za-z0-9._-]+", "-", f"{base}-{quantization}-{precision}")


def _resolve_source(source: str, revision: str | None, out: Path) -> Iterator[Event | tuple[Path, dict]]:
    """Yields progress, then (folder, source-record)."""
    folder = Path(source).expanduser()
    if folder.exists():
        yield folder, {"type": "folder", "path": str(folder.resolve())}
        return
    try:
        from quantize.download import download_checkpoint, looks_like_repo_id, read_download_record
    except ImportError as exc:
        raise CheckpointError(f"{source} is not a folder, and downloading is not available here.",
                              "Give the folder of a downloaded checkpoint.") from exc
    if not looks_like_repo_id(source):
        raise CheckpointError(f"{source} is neither a checkpoint folder nor a Hugging Face repo id (owner/name).",
                              "Give the folder of a downloaded checkpoint or a repo id such as PULSE-ECG/PULSE-7B.")
    dest = out.parent / f".{out.name}.download"
    yield StageStarted("download", source)
    yield from _with_progress(lambda report: download_checkpoint(source, revision, dest, report), "download")
    record = read_download_record(dest) or {}
    yield dest, {"type": "huggingface", "repo_id": source, "revision": record.get("revision", revision or "main"),
                 "commit": record.get("commit"), "download_folder": str(dest)}


def _with_progress(work: Callable[[Callable[[int, int], None]], object], stage: str) -> Iterator[Progress]:
    """Run ``work(report)`` in a thread and pass its progress reports on as events while it runs."""
    reports: queue.Queue[Progress | None] = queue.Queue()
    outcome: dict[str, BaseException] = {}

    def run() -> None:
        try:
            work(lambda done, total: reports.put(Progress(stage, done, total)))
        except BaseException as exc:  # handed to the generator's thread
            outcome["error"] = exc
        finally:
            reports.put(None)

    threading.Thread(target=run, name=f"{stage}-worker", daemon=True).start()
    while (report := reports.get()) is not None:
        yield report
    if "error" in outcome:
        raise outcome["error"]


def convert(source: str | Path, out: Path, quantization: str = "Q4_K_M", precision: str = "fp32",
            name: str | None = None, revision: str | None = None, threads: int | None = None,
            validate: bool = True) -> Iterator[Event]:
    """Convert ``source`` (folder or repo id) into the bundle folder ``out``. See the module docstring."""
    if quantization not in QUANTIZATIONS:
        raise PulseError(f"Unknown quantization {quantization!r}.", f"Choose one of {', '.join(QUANTIZATIONS)}.")
    if precision not in PRECISIONS:
        raise PulseError(f"Unknown vision precision {precision!r}.", f"Choose one of {', '.join(PRECISIONS)}.")
    out = Path(out).expanduser().absolute()
    if out.exists():
        raise PulseError(f"{out} already exists.", "Choose a new folder for the bundle, or remove the old one.")
    meter = UsageMeter()
    source_folder: Path | None = None
    record: dict[str, Any] = {}
    for item in _resolve_source(str(source), revision, out):
        if isinstance(item, tuple):
            source_folder, record = item
        else:
            yield item
    assert source_folder is not None
    name = name or default_name(record.get("repo_id") or str(source_folder), quantization, precision)
    partial = out.parent / f"{out.name}.partial-{secrets.token_hex(4)}"
    try:
        yield from _convert_into(source_folder, partial, out, quantization, precision, name, threads,
                                 validate, record, meter)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise CheckpointError(f"The disk is full: the bundle could not be written to {out.parent}.",
                                  "Free some disk space (a Q4_K_M bundle of PULSE-7B needs about 20 GB while "
                                  "converting, 5 GB at the end) and run the conversion again.") from exc
        raise CheckpointError(f"The bundle could not be written ({exc}).",
                              "Check that the output folder is writable and run the conversion again.") from exc
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise


def _stage(name: str, detail: str = "", meter: UsageMeter | None = None) -> tuple[StageStarted, float]:
    if meter is not None:
        meter.stage(name)
    return StageStarted(name, detail), time.monotonic()


def _convert_into(source: Path, partial: Path, out: Path, quantization: str, precision: str, name: str,
                  threads: int | None, validate: bool, record: dict[str, Any], meter: UsageMeter) -> Iterator[Event]:
    partial.mkdir(parents=True)
    work = partial / "work"
    work.mkdir()
    started, t0 = _stage("check", str(source), meter)
    yield started
    ckpt = Checkpoint(source)
    record = {**record, "sha256": {p.name: sha256_file(p) for p in ckpt.source_files()}}
    yield StageFinished("check", time.monotonic() - t0)

    gguf_file = f"{name}.gguf"
    float_type = "F32" if quantization == "F32" else "F16"
    reference = work / "reference-f16.gguf"
    first = partial / gguf_file if quantization in ("F16", "F32") else reference
    started, t0 = _stage("language_model", f"{float_type} GGUF", meter)
    yield started
    for done, total in iter_write_gguf(ckpt, first, float_type, name=name):
        yield Progress("language_model", done, total)
    if quantization not in ("F16", "F32"):
        yield Message(f"quantizing to {quantization} with llama.cpp")
        meter.stage("quantize")
        with quiet_llama():
            quantize_gguf(reference, partial / gguf_file, quantization, threads)
    elif quantization == "F32" and validate:
        write_gguf(ckpt, reference, "F16", name=name)
    yield StageFinished("language_model", time.monotonic() - t0)

    started, t0 = _stage("vision", f"ONNX {precision}", meter)
    yield started
    if precision == "fp32":
        vision_ref = write_vision_onnx(ckpt, partial, "fp32")[0]
    else:
        vision_ref = write_vision_onnx(ckpt, work, "fp32", file_name="reference-fp32.onnx")[0]
        write_vision_onnx(ckpt, partial, precision, fp32_reference=vision_ref)
    newline_file = None
    if "unpad" in str(ckpt.config.get("mm_patch_merge_type", "flat")):
        newline_file = "image_newline.npy"
        np.save(partial / newline_file, ckpt.tensor(IMAGE_NEWLINE).astype(np.float32))
    yield StageFinished("vision", time.monotonic() - t0)

    validation: dict[str, Any] = {"skipped": True}
    valid = True
    if validate:
        started, t0 = _stage("validate", "quantized vs reference on sample ECG images", meter)
        yield started
        mean, std, _, _ = mean_std(ckpt)
        validation, valid = validate_bundle(partial / gguf_file, reference if reference.exists() else None,
                                            quantization, partial / "vision.onnx", vision_ref, precision, mean,
                                            std, ckpt.vision.image_size, threads)
        yield StageFinished("validate", time.monotonic() - t0)
        if not valid:
            yield Message("validation figures are below the documented thresholds: the bundle is marked "
                          "not valid", "warning")
    shutil.rmtree(work)
    started, t0 = _stage("manifest", "", meter)
    yield started
    usage = meter.stop()
    validation = {**validation, "conversion": usage.as_dict()}
    manifest = build_manifest(ckpt, partial, name, gguf_file, quantization, "vision.onnx", precision, newline_file,
                              record, validation, valid)
    ckpt.close()
    (partial / MANIFEST_NAME).write_text(manifest.to_json(), encoding="utf-8")
    partial.rename(out)
    yield StageFinished("manifest", time.monotonic() - t0)
    if record.get("download_folder"):
        yield Message(f"the downloaded checkpoint stays in {record['download_folder']} (a later conversion reuses "
                      "it); delete that folder when it is no longer needed")
    yield Done(ConvertResult(out, valid, validation, usage))
