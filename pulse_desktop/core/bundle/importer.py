"""Importing a bundle folder into the user data folder: copied, checked, then made visible in one rename.

The files are copied into ``bundles_dir/.importing-<random>/`` while their sha256 is computed from the
very bytes written; every file is fsynced; a file whose sha256 differs from the manifest stops the import
naming it. Only then is the folder renamed to ``bundles_dir/<name>``. Any failure, a cancel or Ctrl-C
deletes the working folder; a crash leaves only a hidden folder that the next list or import deletes.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from pulse_desktop.core import paths
from pulse_desktop.core.bundle.manifest import MANIFEST_NAME, Manifest, manifest_sha256, read_manifest
from pulse_desktop.core.bundle.registry import InstalledBundle, check_name, flat_figures, inspect_bundle
from pulse_desktop.core.bundle.verify import safe_relative_path, stat_entry, write_record
from pulse_desktop.core.bundle.workdirs import clean_stale_workdirs, fsync_dir, make_workdir, remove_tree
from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.errors import BundleError, Cancelled
from pulse_desktop.core.events import Done, Message, Progress, StageFinished, StageStarted, run_to_result

COPY_CHUNK = 8 << 20
FREE_SPACE_MARGIN = 64 << 20  # leave room for the manifest, the record and the rest of the system

ImportEvent = StageStarted | StageFinished | Progress | Message | Done


def iter_import_bundle(src: Path, name: str | None = None, allow_invalid: bool = False,
                       cancel: CancelToken | None = None,
                       move: bool = False) -> Generator[ImportEvent, None, None]:
    """Import ``src`` (a bundle folder) as ``name`` (default: the manifest's name); yields progress in bytes
    and finally ``Done(result=InstalledBundle)``. ``move`` moves the files instead of copying them when the
    source is on the same disk (used for a conversion's own output)."""
    src = Path(src).expanduser()
    if not src.is_dir():
        raise BundleError(f"No bundle folder at {src}.", "Choose the folder that pulse-quantize produced.")
    manifest = read_manifest(src)
    name = check_name(name or manifest.name)
    if not manifest.valid and not allow_invalid:
        raise BundleError(
            f"The bundle {manifest.name!r} did not pass its validation after conversion "
            f"({_validation_summary(manifest)}).",
            "Convert the weights again (another quantization), or import with --allow-invalid if you accept it.")
    files = _source_files(src, manifest)
    root = paths.ensure_dir(paths.bundles_dir())
    clean_stale_workdirs()
    target = root / name
    if target.exists():
        raise BundleError(f"A model bundle called {name!r} is already installed.",
                          "Import it under another name with --name NAME, or remove the installed one first "
                          "(pulse-desktop models remove NAME).")
    total = sum(size for _, _, size in files)
    same_disk = move and _same_device(src, root)
    if not same_disk:
        _check_free_space(root, total)
    if not manifest.valid:
        yield Message(f"Importing {name!r} although it did not pass validation (your override is recorded).",
                      "warning")

    workdir = make_workdir("importing")
    try:
        staged = workdir / "bundle"
        staged.mkdir()
        yield StageStarted("import", f"{len(files)} files, {_gb(total)}")
        entries: dict[str, dict] = {}
        done = 0
        for rel, source, _size in files:
            dest = staged / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            if same_disk:
                os.rename(source, dest)
                copy = _hash_in_place(dest, cancel)
            else:
                copy = _copy_and_hash(source, dest, cancel)
            for chunk_bytes, digest in copy:
                if digest is None:
                    done += chunk_bytes
                    yield Progress("import", done, total, rel)
                elif digest != manifest.files[rel]:
                    raise BundleError(f"The file {rel} in {src} does not match its manifest (sha256 differs).",
                                      "The copy you are importing is damaged: take it again from its source, "
                                      "or convert the weights again.")
            entries[rel] = stat_entry(dest, manifest.files[rel])
        _copy_exact(src / MANIFEST_NAME, staged / MANIFEST_NAME)
        write_record(staged, {
            "name": name,
            "imported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "source": str(src.resolve()),
            "manifest_sha256": manifest_sha256(staged),
            "allow_invalid": bool(allow_invalid and not manifest.valid),
            "files": entries,
        })
        fsync_dir(staged)
        if cancel is not None:
            cancel.check()
        if target.exists():
            raise BundleError(f"A model bundle called {name!r} was installed meanwhile.",
                              "Import it under another name with --name NAME.")
        os.rename(staged, target)
        fsync_dir(root)
    except OSError as exc:
        remove_tree(workdir)
        raise _os_error(exc, root) from exc
    except BaseException:  # failure, Cancelled, KeyboardInterrupt, generator closed: leave nothing behind
        remove_tree(workdir)
        raise
    remove_tree(workdir)
    yield Done(inspect_bundle(target))


def import_bundle(src: Path, name: str | None = None, allow_invalid: bool = False,
                  progress: Callable[[Progress], None] | None = None, cancel: CancelToken | None = None,
                  move: bool = False) -> InstalledBundle:
    """The same as :func:`iter_import_bundle`, calling ``progress`` with each Progress event."""
    def forward(event: object) -> None:
        if isinstance(event, Progress) and progress is not None:
            progress(event)

    def cancelled() -> InstalledBundle:  # pragma: no cover - the generator always ends with Done or raises
        raise Cancelled()

    with closing(iter_import_bundle(src, name, allow_invalid, cancel, move)) as events:
        # a callback that raises closes the generator, which cleans up at once
        return run_to_result(events, forward, missing=cancelled)


def _source_files(src: Path, manifest: Manifest) -> list[tuple[str, Path, int]]:
    files: list[tuple[str, Path, int]] = []
    missing: list[str] = []
    for rel in manifest.files:
        rel_path = safe_relative_path(rel)
        source = src / rel_path
        if not source.is_file():
            missing.append(rel)
            continue
        files.append((rel_path.as_posix(), source, source.stat().st_size))
    if missing:
        raise BundleError(f"The bundle at {src} is incomplete: missing {', '.join(missing)}.",
                          "Copy the whole bundle folder again from its source, or convert the weights again.")
    return files


def _copy_and_hash(source: Path, dest: Path, cancel: CancelToken | None) -> Iterator[tuple[int, str | None]]:
    """Copy chunk by chunk, hashing the bytes written; yields (bytes, None) per chunk then (0, sha256)."""
    digest = hashlib.sha256()
    with open(source, "rb") as reader, open(dest, "xb") as writer:
        while block := reader.read(COPY_CHUNK):
            if cancel is not None:
                cancel.check()
            writer.write(block)
            digest.update(block)
            yield len(block), None
        writer.flush()
        os.fsync(writer.fileno())
    yield 0, digest.hexdigest()


def _hash_in_place(path: Path, cancel: CancelToken | None) -> Iterator[tuple[int, str | None]]:
    digest = hashlib.sha256()
    with open(path, "rb") as reader:
        while block := reader.read(COPY_CHUNK):
            if cancel is not None:
                cancel.check()
            digest.update(block)
            yield len(block), None
        os.fsync(reader.fileno())
    yield 0, digest.hexdigest()


def _copy_exact(source: Path, dest: Path) -> None:
    shutil.copyfile(source, dest)
    with open(dest, "rb") as handle:
        os.fsync(handle.fileno())


def _check_free_space(root: Path, needed: int) -> None:
    free = shutil.disk_usage(root).free
    if free < needed + FREE_SPACE_MARGIN:
        raise BundleError(
            f"Not enough free disk space to import this bundle: it needs {_gb(needed + FREE_SPACE_MARGIN)}, "
            f"and {root} has {_gb(free)} free.",
            "Free some disk space (or remove a bundle you no longer use), or set PULSE_HOME to a folder on a "
            "larger disk.")


def _same_device(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_dev == b.stat().st_dev
    except OSError:
        return False


def _os_error(exc: OSError, root: Path) -> BundleError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return BundleError(f"The disk holding {root} became full during the import; nothing was installed.",
                           "Free some disk space, or set PULSE_HOME to a folder on a larger disk, then import again.")
    where = exc.filename or root
    return BundleError(f"The bundle could not be imported: {exc.strerror or exc} ({where}); nothing was installed.",
                       f"Check that {root} is writable and the source folder is readable, then import again.")


def _validation_summary(manifest: Manifest) -> str:
    shown = [f"{key} {value:.4g}" for key, value in flat_figures(manifest.validation)][:4]
    return ", ".join(shown) or "no validation figures"


def _gb(n: int) -> str:
    return f"{n / 1e9:.2f} GB" if n >= 1e8 else f"{n / 1e6:.1f} MB"
