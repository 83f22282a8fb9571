"""Turn SQLite and file-system failures into a :class:`StorageError` with a plain message and a hint.

Every write in the store runs inside :func:`storage_errors`; whatever the cause (disk full, read-only
folder, a database locked by another window, a damaged file), the caller gets one error type, the open
transaction is rolled back by the store, and everything committed before stays as it was.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pulse_desktop.core.errors import StorageError

KEPT = "Everything saved before this step is kept."


def _nearly_full(where: Path | None, margin: int = 64 << 20) -> bool:
    for folder in ([where, *where.parents] if where else []):
        try:
            return shutil.disk_usage(folder).free < margin
        except OSError:
            continue
    return False


def describe(exc: BaseException, action: str, where: Path | None = None) -> StorageError:
    """The :class:`StorageError` for ``exc`` raised while ``action`` (e.g. "saving the answer")."""
    if isinstance(exc, StorageError):
        return exc
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    folder = f" ({where})" if where else ""
    if code == errno.ENOSPC or code == errno.EFBIG or "disk is full" in text or "database or disk is full" in text \
            or "file too large" in text:
        return StorageError(f"The disk is full: {action} failed.",
                            f"Free some disk space{folder}, then try again. {KEPT}")
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        return StorageError(f"The study folder cannot be written: {action} failed.",
                            f"Check that the folder{folder} is writable (or set PULSE_HOME to a writable folder). "
                            f"{KEPT}")
    if "locked" in text or "busy" in text:
        return StorageError(f"The study history is busy in another PULSE Desktop window: {action} failed.",
                            f"Wait a moment and try again, or close the other window. {KEPT}")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StorageError(f"The study history file is damaged: {action} failed.",
                            f"Keep a copy of {where or 'the studies folder'} and restore it from a backup; "
                            "PULSE Desktop will not overwrite it.")
    if "disk i/o error" in text:
        if _nearly_full(where):
            return StorageError(f"The disk is full: {action} failed.",
                                f"Free some disk space{folder}, then try again. {KEPT}")
        return StorageError(f"The disk reported an error: {action} failed.",
                            f"The disk may be full, removed or failing: check it{folder}, then try again. {KEPT}")
    if "unable to open" in text:
        return StorageError(f"The study history cannot be opened: {action} failed.",
                            f"Check that the folder{folder} exists and is writable.")
    if isinstance(exc, OSError):
        return StorageError(f"A study file could not be written or read: {action} failed ({exc.strerror or exc}).",
                            f"Check the disk and the folder{folder}. {KEPT}")
    return StorageError(f"The study history could not be updated: {action} failed ({exc}).", KEPT)


@contextmanager
def storage_errors(action: str, where: Path | None = None) -> Iterator[None]:
    try:
        yield
    except StorageError:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise describe(exc, action, where) from exc
