"""Hidden working folders inside the bundles folder, and the cleanup of ones a dead process left behind.

An import, a conversion or a removal works in ``bundles_dir/.<purpose>-<random>/``. Names starting with a
dot are never listed as bundles, so an interrupted operation leaves nothing that looks installed. Each
working folder holds an ``.owner`` file (pid and process start time); the next list or import deletes
folders whose owner is no longer running.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import time
from pathlib import Path

import psutil

from pulse_desktop.core import paths

PREFIXES = (".importing-", ".converting-", ".removing-")
OWNER_NAME = ".owner"
ORPHAN_GRACE_S = 120.0  # a folder without an owner file younger than this may be being created right now


def make_workdir(purpose: str) -> Path:
    """Create ``bundles_dir/.<purpose>-<random>/`` owned by this process."""
    prefix = f".{purpose}-"
    if prefix not in PREFIXES:
        raise ValueError(f"unknown working-folder purpose {purpose!r}")
    root = paths.ensure_dir(paths.bundles_dir())
    workdir = root / f"{prefix}{secrets.token_hex(6)}"
    workdir.mkdir()
    owner = {"pid": os.getpid(), "started": psutil.Process().create_time()}
    (workdir / OWNER_NAME).write_text(json.dumps(owner), encoding="utf-8")
    return workdir


def remove_tree(path: Path) -> None:
    """Delete a folder, quietly: cleanup must never hide the error that caused it."""
    shutil.rmtree(path, ignore_errors=True)


def _owner_alive(workdir: Path) -> bool:
    try:
        owner = json.loads((workdir / OWNER_NAME).read_text(encoding="utf-8"))
        pid, started = int(owner["pid"]), float(owner["started"])
    except (OSError, ValueError, KeyError, TypeError):
        try:
            return time.time() - workdir.stat().st_mtime < ORPHAN_GRACE_S
        except OSError:
            return False
    try:
        return abs(psutil.Process(pid).create_time() - started) < 1.0  # same process, not a reused pid
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return False


def clean_stale_workdirs() -> list[Path]:
    """Delete working folders whose process is gone; return what was deleted."""
    root = paths.bundles_dir()
    removed: list[Path] = []
    if not root.is_dir():
        return removed
    for entry in root.iterdir():
        if entry.is_dir() and entry.name.startswith(PREFIXES) and not _owner_alive(entry):
            remove_tree(entry)
            if not entry.exists():
                removed.append(entry)
    return removed


def fsync_dir(path: Path) -> None:
    """Make a rename or a new entry in ``path`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
