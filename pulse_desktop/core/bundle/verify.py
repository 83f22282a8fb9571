"""Does a bundle folder hold exactly the files its manifest lists, byte for byte?

Two depths:

* ``full``: the sha256 of every file in ``manifest.files`` is computed and compared (``models verify``).
* ``quick``: for load time. Each file is compared with the install record written at import (size and
  modification time, as git's index does); only files whose size or time changed are hashed again. A
  folder without a record (a bundle opened by path) is hashed in full. A file edited in place therefore
  fails at load with its name, without hashing gigabytes on every start.

In both depths a missing file, an altered file and a file the manifest does not list are problems,
each named. A manifest that cannot be read raises :class:`BundleError` (there is nothing to compare).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from pulse_desktop.core.bundle.manifest import MANIFEST_NAME, Manifest, manifest_sha256, read_manifest
from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.errors import BundleError
from pulse_desktop.core.events import Progress

RECORD_NAME = ".pulse-install.json"  # written by the importer; not part of the manifest
IGNORED_NAMES = frozenset({RECORD_NAME, ".DS_Store", "Thumbs.db", "desktop.ini"})  # OS litter is not "extra"
HASH_CHUNK = 8 << 20

ProgressCallback = Callable[[Progress], None]


@dataclass(frozen=True)
class FileProblem:
    path: str  # relative to the bundle folder, "/"-separated
    kind: str  # "missing", "altered", "extra", "unreadable"
    detail: str

    def describe(self) -> str:
        return f"{self.path}: {self.detail}"


@dataclass(frozen=True)
class VerifyResult:
    path: Path
    depth: str  # "full" or "quick"
    files_checked: int
    bytes_hashed: int
    problems: tuple[FileProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def names(self, kind: str | None = None) -> list[str]:
        return [p.path for p in self.problems if kind is None or p.kind == kind]

    def raise_if_failed(self, bundle_label: str = "") -> None:
        """Raise a :class:`BundleError` naming the files at fault; do nothing when the bundle is intact."""
        if self.ok:
            return
        label = bundle_label or self.path.name
        shown = "; ".join(p.describe() for p in self.problems[:6])
        more = f" (and {len(self.problems) - 6} more)" if len(self.problems) > 6 else ""
        raise BundleError(
            f"The model bundle {label!r} does not match its manifest: {shown}{more}.",
            "Do not use it: remove it (pulse-desktop models remove NAME) and import it again from its original copy.",
        )


def safe_relative_path(rel: str) -> PurePosixPath:
    """A manifest entry as a relative path that cannot leave the bundle folder; BundleError otherwise."""
    pure = PurePosixPath(rel)
    if (not rel or "\\" in rel or pure.is_absolute() or any(part in ("", ".", "..") for part in rel.split("/"))
            or rel == MANIFEST_NAME or pure.name in IGNORED_NAMES):
        raise BundleError(f"The bundle's manifest lists an unsafe file path {rel!r}.",
                          "Do not use this bundle; convert the weights again with pulse-quantize.")
    return pure


def read_record(bundle_dir: Path) -> dict[str, Any] | None:
    """The install record written at import, or None when there is none or it is unreadable."""
    try:
        data = json.loads((Path(bundle_dir) / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("files"), dict) else None


def write_record(bundle_dir: Path, record: dict[str, Any]) -> None:
    """Write the install record atomically (temp file, fsync, rename)."""
    target = Path(bundle_dir) / RECORD_NAME
    temp = target.with_name(RECORD_NAME + ".tmp")
    with open(temp, "w", encoding="utf-8") as handle:
        json.dump(record, handle, indent=2, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, target)


def stat_entry(path: Path, sha256: str) -> dict[str, Any]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": sha256}


def listed_files(bundle_dir: Path) -> set[str]:
    """Every regular file under the folder, as "/"-separated relative paths (OS litter excluded)."""
    found: set[str] = set()
    root = Path(bundle_dir)
    for dirpath, _dirnames, filenames in os.walk(root):
        for filename in filenames:
            if filename in IGNORED_NAMES or filename == RECORD_NAME + ".tmp":
                continue
            found.add((Path(dirpath) / filename).relative_to(root).as_posix())
    found.discard(MANIFEST_NAME)
    return found


def hash_file(path: Path, on_bytes: Callable[[int], None] | None = None,
              cancel: CancelToken | None = None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(HASH_CHUNK):
            if cancel is not None:
                cancel.check()
            digest.update(block)
            if on_bytes is not None:
                on_bytes(len(block))
    return digest.hexdigest()


def verify_bundle(path: Path, depth: str = "full", progress: ProgressCallback | None = None,
                  cancel: CancelToken | None = None, manifest: Manifest | None = None) -> VerifyResult:
    """Compare the folder with its manifest; see the module docstring for the two depths."""
    if depth not in ("full", "quick"):
        raise ValueError(f"depth must be 'full' or 'quick', not {depth!r}")
    bundle_dir = Path(path)
    manifest = manifest or read_manifest(bundle_dir)
    entries = {safe_relative_path(rel).as_posix(): sha for rel, sha in manifest.files.items()}
    record = read_record(bundle_dir) if depth == "quick" else None
    recorded: dict[str, Any] = record["files"] if record else {}
    problems: list[FileProblem] = []

    if record and record.get("manifest_sha256") and record["manifest_sha256"] != manifest_sha256(bundle_dir):
        problems.append(FileProblem(MANIFEST_NAME, "altered", "changed since the bundle was imported"))

    to_hash: list[tuple[str, Path, int]] = []
    for rel, expected in entries.items():
        file_path = bundle_dir / rel
        try:
            st = file_path.stat()
        except FileNotFoundError:
            problems.append(FileProblem(rel, "missing", "missing"))
            continue
        except OSError as exc:
            problems.append(FileProblem(rel, "unreadable", f"cannot be read ({exc.strerror or exc})"))
            continue
        if not file_path.is_file():
            problems.append(FileProblem(rel, "missing", "is not a regular file"))
            continue
        seen = recorded.get(rel)
        if (isinstance(seen, dict) and seen.get("sha256") == expected and seen.get("size") == st.st_size
                and seen.get("mtime_ns") == st.st_mtime_ns):
            continue  # unchanged since it was hashed at import
        to_hash.append((rel, file_path, st.st_size))

    total = sum(size for _, _, size in to_hash)
    done = 0
    refreshed: dict[str, Any] = {}
    for rel, file_path, _size in to_hash:
        def advance(n: int, rel: str = rel) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(Progress("verify", done, total, rel))

        try:
            actual = hash_file(file_path, advance, cancel)
        except OSError as exc:
            problems.append(FileProblem(rel, "unreadable", f"cannot be read ({exc.strerror or exc})"))
            continue
        if actual != entries[rel]:
            problems.append(FileProblem(rel, "altered", "sha256 differs from the manifest (file altered or damaged)"))
        elif record is not None:
            refreshed[rel] = stat_entry(file_path, actual)

    for rel in sorted(listed_files(bundle_dir) - set(entries)):
        problems.append(FileProblem(rel, "extra", "not listed in the manifest"))

    if record is not None and refreshed and not problems:
        _refresh_record(bundle_dir, record, refreshed)
    return VerifyResult(bundle_dir, depth, len(entries), done, tuple(problems))


def _refresh_record(bundle_dir: Path, record: dict[str, Any], refreshed: dict[str, Any]) -> None:
    """Files re-hashed and found intact (e.g. after a backup restore changed their times): remember that."""
    record = dict(record)
    record["files"] = {**record["files"], **refreshed}
    try:
        write_record(bundle_dir, record)
    except OSError:
        pass  # a read-only folder only costs another hash next time
