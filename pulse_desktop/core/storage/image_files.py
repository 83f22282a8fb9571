"""Study pictures as files named by their content's sha256, written so that a crash never leaves half a file.

Layout: ``<studies folder>/images/<first two hex digits>/<sha256><suffix>``. A file is written to a temporary
name in the same folder, flushed and fsynced, then renamed into place (``os.replace``, atomic), and the folder
is fsynced. The same picture saved twice is stored once. The store records a picture in the database only
after its file is in place, and deletes a file only after no study refers to it, so the database never points
at a missing file; a crash between the two steps leaves at worst an unreferenced file, which
:meth:`ImageFiles.sweep` removes later.
"""

from __future__ import annotations

import hashlib
import io
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

_SUFFIXES = {"PNG": ".png", "JPEG": ".jpg", "BMP": ".bmp", "TIFF": ".tif", "WEBP": ".webp", "GIF": ".gif"}
TEMP_PREFIX = ".tmp-"


@dataclass(frozen=True)
class SavedImage:
    sha256: str
    suffix: str
    size_bytes: int
    width: int
    height: int


def encode_png(image: Image.Image) -> bytes:
    """PNG bytes of a PIL image (e.g. the straightened picture), for :meth:`Store.attach_images`."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


def _describe(data: bytes) -> tuple[str, int, int]:
    try:
        with Image.open(io.BytesIO(data)) as img:
            return _SUFFIXES.get(str(img.format), ".img"), int(img.width), int(img.height)
    except Exception:  # noqa: BLE001 - any picture format (or a PDF page's bytes) is kept as it came
        return (".pdf" if data[:5] == b"%PDF-" else ".bin"), 0, 0


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class ImageFiles:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str, suffix: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}{suffix}"

    def save(self, data: bytes) -> SavedImage:
        """Write ``data`` under its sha256 (atomic, durable); a no-op when the same file is already there."""
        digest = hashlib.sha256(data).hexdigest()
        suffix, width, height = _describe(data)
        target = self.path(digest, suffix)
        if not (target.is_file() and target.stat().st_size == len(data)):
            target.parent.mkdir(parents=True, exist_ok=True)
            temp = target.parent / f"{TEMP_PREFIX}{secrets.token_hex(8)}"
            try:
                with open(temp, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(temp, target)
            except BaseException:
                temp.unlink(missing_ok=True)
                raise
            _fsync_dir(target.parent)
        return SavedImage(digest, suffix, len(data), width, height)

    def remove(self, sha256: str, suffix: str) -> None:
        self.path(sha256, suffix).unlink(missing_ok=True)

    def sweep(self, referenced: set[str], grace_s: float = 3600.0) -> int:
        """Delete files no study refers to and leftover temporary files, older than ``grace_s`` (another
        process may be between writing a file and recording it). Returns how many were deleted."""
        if not self.root.is_dir():
            return 0
        removed = 0
        cutoff = time.time() - grace_s
        for path in self.root.glob("*/*"):
            name = path.name
            stale = name.startswith(TEMP_PREFIX) or name.split(".", 1)[0] not in referenced
            try:
                if stale and path.is_file() and path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except OSError:
                continue
        return removed
