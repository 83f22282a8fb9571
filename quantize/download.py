"""Download a checkpoint from the Hugging Face Hub (or a mirror) for the converter: resumable, files we need only.

``HF_ENDPOINT`` is read at call time, so a mirror (or a test's loopback server) can be chosen after import.
Resuming: within one run, huggingface_hub resumes a file whose connection dropped with an HTTP Range
request (from the last 10 MB chunk written); when a run fails, the files already complete are kept and the
next run fetches only the rest (the partial file itself is restarted: huggingface_hub 1.x and later keep
no partial files between runs). Beside the files, ``.pulse-download.json`` records the repo id, the
revision asked for and the commit it resolved to (the converter puts them in the manifest).
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from pulse_desktop.core.errors import CheckpointError

ALLOW_PATTERNS = [
    "config.json",
    "generation_config.json",
    "tokenizer.model",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "added_tokens.json",
    "*.safetensors",
    "model.safetensors.index.json",
]
DEFAULT_ENDPOINT = "https://huggingface.co"
RECORD_NAME = ".pulse-download.json"
POLL_S = 0.25
FREE_SPACE_MARGIN = 256 << 20

ProgressCallback = Callable[[int, int], None]  # (bytes on disk so far, bytes in total)


def hub_endpoint() -> str:
    return (os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")


def looks_like_repo_id(source: str) -> bool:
    """``owner/name`` that is not an existing folder: what the converter should download."""
    parts = source.split("/")
    return len(parts) == 2 and all(parts) and not Path(source).expanduser().exists() and "\\" not in source


def download_checkpoint(repo_id: str, revision: str | None, dest: Path,
                        progress: ProgressCallback | None = None) -> Path:
    """Download the files the converter needs from ``repo_id`` at ``revision`` (default: main) into ``dest``.

    Calls ``progress(done, total)`` in bytes from the calling thread while files arrive. Raises
    :class:`CheckpointError` with a plain message for an unknown repo or revision, no network, a full disk
    or an interrupted transfer (run it again: it resumes).
    """
    from huggingface_hub import HfApi, constants, snapshot_download
    from huggingface_hub.utils import (
        are_progress_bars_disabled,
        disable_progress_bars,
        enable_progress_bars,
        filter_repo_objects,
    )

    endpoint = hub_endpoint()
    revision = revision or "main"
    offline = constants.is_offline_mode() if hasattr(constants, "is_offline_mode") else constants.HF_HUB_OFFLINE
    if offline:
        raise CheckpointError(f"Cannot download {repo_id}: downloads are switched off (HF_HUB_OFFLINE is set).",
                              "Unset HF_HUB_OFFLINE, or download the checkpoint on another computer and give its "
                              "folder instead of the repo id.")
    dest = Path(dest).expanduser()
    dest.mkdir(parents=True, exist_ok=True)
    api = HfApi(endpoint=endpoint)
    try:
        commit = api.model_info(repo_id, revision=revision).sha or revision
        sizes = {f.path: int(f.size or 0) for f in api.list_repo_tree(repo_id, revision=commit, recursive=True)
                 if hasattr(f, "size")}
    except Exception as exc:  # huggingface_hub and httpx errors alike
        _reraise(exc, repo_id, revision, endpoint)
    wanted = {name: sizes[name] for name in filter_repo_objects(list(sizes), allow_patterns=ALLOW_PATTERNS)}
    if not any(name.endswith(".safetensors") for name in wanted):
        raise CheckpointError(f"{repo_id} at {revision} has no safetensors weights.",
                              "Choose the PULSE-7B repository (PULSE-ECG/PULSE-7B) or a copy in the same layout.")
    total = sum(wanted.values())
    _check_free_space(dest, total - _bytes_present(dest, wanted))

    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            snapshot_download(repo_id, revision=commit, local_dir=dest, allow_patterns=list(wanted),
                              endpoint=endpoint, max_workers=4)
        except BaseException as exc:  # handed to the calling thread
            outcome["error"] = exc

    bars_were_off = are_progress_bars_disabled()
    disable_progress_bars()  # our caller shows progress; tqdm bars on stderr would garble it
    try:
        worker = threading.Thread(target=work, name="hf-download", daemon=True)
        worker.start()
        while worker.is_alive():
            worker.join(POLL_S)
            if progress is not None:
                progress(min(_bytes_present(dest, wanted), total), total)
    finally:
        if not bars_were_off:
            enable_progress_bars()
    if "error" in outcome:
        _reraise(outcome["error"], repo_id, revision, endpoint)
    missing = [name for name, size in wanted.items() if _file_size(dest / name) != size]
    if missing:
        raise CheckpointError(f"The download of {repo_id} is incomplete: {', '.join(missing)}.",
                              "Run the same command again: the download resumes where it stopped.")
    if progress is not None:
        progress(total, total)
    record = {"repo_id": repo_id, "revision": revision, "commit": commit, "endpoint": endpoint,
              "downloaded_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "files": wanted}
    (dest / RECORD_NAME).write_text(json.dumps(record, indent=2), encoding="utf-8")
    return dest


def read_download_record(folder: Path) -> dict[str, Any] | None:
    """What :func:`download_checkpoint` recorded about ``folder`` (repo id, revision, commit), if anything."""
    try:
        data = json.loads((Path(folder) / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _bytes_present(dest: Path, wanted: dict[str, int]) -> int:
    """Bytes already on disk: finished files plus the partial ``.incomplete`` ones."""
    done = sum(max(0, _file_size(dest / name)) for name in wanted)
    partial_dir = dest / ".cache" / "huggingface" / "download"
    if partial_dir.is_dir():
        for part in partial_dir.rglob("*.incomplete"):
            done += max(0, _file_size(part))
    return done


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1


def _check_free_space(dest: Path, needed: int) -> None:
    free = shutil.disk_usage(dest).free
    if needed > 0 and free < needed + FREE_SPACE_MARGIN:
        raise CheckpointError(
            f"Not enough free disk space to download the checkpoint: it needs {needed / 1e9:.2f} GB more, "
            f"and {dest} has {free / 1e9:.2f} GB free.",
            "Free some disk space, or download into a folder on a larger disk.")


def _reraise(exc: BaseException, repo_id: str, revision: str, endpoint: str) -> NoReturn:
    if isinstance(exc, (KeyboardInterrupt, SystemExit, CheckpointError)):
        raise exc
    raise _as_checkpoint_error(exc, repo_id, revision, endpoint) from exc


def _as_checkpoint_error(exc: BaseException, repo_id: str, revision: str, endpoint: str) -> CheckpointError:
    from huggingface_hub import errors

    if isinstance(exc, errors.RevisionNotFoundError):
        return CheckpointError(f"{repo_id} has no revision {revision!r} on {endpoint}.",
                               "Check the revision (a branch, tag or commit), or leave it out to use main.")
    if isinstance(exc, errors.GatedRepoError):
        return CheckpointError(f"{repo_id} on {endpoint} needs you to accept its terms first.",
                               "Accept them on the model page and log in with `hf auth login`, then run again.")
    if isinstance(exc, errors.RepositoryNotFoundError):
        return CheckpointError(f"There is no model {repo_id!r} on {endpoint} (or it is private).",
                               "Check the repo id (for PULSE-7B: PULSE-ECG/PULSE-7B).")
    if isinstance(exc, OSError) and getattr(exc, "errno", None) in (28, 122):  # ENOSPC, EDQUOT
        return CheckpointError("The disk became full during the download.",
                               "Free some disk space and run the same command again: it resumes.")
    if isinstance(exc, errors.LocalEntryNotFoundError) or type(exc).__module__.split(".")[0].startswith("httpx"):
        return CheckpointError(f"Cannot reach {endpoint} to download {repo_id} ({type(exc).__name__}).",
                               "Check the internet connection (or HF_ENDPOINT), then run the same command again: "
                               "what was already downloaded is kept.")
    return CheckpointError(f"The download of {repo_id} failed: {exc}",
                           "Run the same command again: the download resumes where it stopped.")
