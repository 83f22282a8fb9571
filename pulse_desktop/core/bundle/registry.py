"""The installed model bundles: ``bundles_dir()/<name>/``, listed, resolved and removed.

Listing never crashes on a damaged folder: it is listed as broken with the reason. Resolving a bundle for
use refuses a broken one, one whose validation failed (unless the user's override was recorded at
import), and one whose files no longer match the manifest (a quick check: see :mod:`.verify`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pulse_desktop.core import paths
from pulse_desktop.core.bundle.manifest import MANIFEST_NAME, Manifest, read_manifest
from pulse_desktop.core.bundle.verify import RECORD_NAME, read_record, safe_relative_path, verify_bundle
from pulse_desktop.core.bundle.workdirs import clean_stale_workdirs, fsync_dir, make_workdir, remove_tree
from pulse_desktop.core.errors import BundleError
from pulse_desktop.core.settings import load_settings

IMPORT_HINT = ("Import one with `pulse-desktop models import PATH` (a folder made by pulse-quantize), "
               "or convert weights with `pulse-desktop models convert SOURCE`.")
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$")


@dataclass(frozen=True)
class InstalledBundle:
    name: str  # the folder name under bundles_dir (may differ from manifest.name when imported with --name)
    path: Path
    manifest: Manifest | None  # None when the manifest cannot be read
    kind: str  # "clinical", "test", "synthetic"; "" when broken
    quantization: str  # the language model's, e.g. "Q4_K_M"; "" when broken
    valid: bool  # the converter's validation verdict (manifest.valid)
    size: int  # bytes on disk of the manifest and every listed file present
    problem: str = ""  # why the bundle is broken; "" when it is intact as far as a listing can tell
    allow_invalid: bool = False  # the user imported it despite valid=False (recorded at import)
    installed: bool = True  # False for a bundle opened by path from outside the bundles folder

    @property
    def broken(self) -> bool:
        return bool(self.problem)

    @property
    def is_clinical(self) -> bool:
        return self.kind == "clinical"

    @property
    def usable(self) -> bool:
        return not self.broken and (self.valid or self.allow_invalid)


def check_name(name: str) -> str:
    """A bundle name usable as a folder name on every platform; BundleError otherwise."""
    if not NAME_PATTERN.match(name) or name.endswith("."):
        raise BundleError(f"{name!r} cannot be used as a bundle name.",
                          "Use letters, digits, '.', '_', '+' or '-' (up to 100), starting with a letter or digit.")
    return name


def inspect_bundle(path: Path, installed: bool = True) -> InstalledBundle:
    """Read one bundle folder without hashing: manifest, files present, sizes against the install record."""
    path = Path(path)
    record = read_record(path)
    allow_invalid = bool(record and record.get("allow_invalid"))
    try:
        manifest = read_manifest(path)
    except BundleError as exc:
        return InstalledBundle(path.name, path, None, "", "", False, _size_of(path), exc.message,
                               allow_invalid, installed)
    size = _file_size(path / MANIFEST_NAME)
    problems: list[str] = []
    recorded = record["files"] if record else {}
    for rel in manifest.files:
        try:
            rel = safe_relative_path(rel).as_posix()
        except BundleError as exc:
            problems.append(exc.message)
            continue
        file_size = _file_size(path / rel)
        if file_size < 0:
            problems.append(f"{rel} is missing")
            continue
        size += file_size
        seen = recorded.get(rel)
        if isinstance(seen, dict) and seen.get("size") not in (None, file_size):
            problems.append(f"{rel} changed size since import")
    problem = "; ".join(problems[:4]) + (f" (and {len(problems) - 4} more)" if len(problems) > 4 else "")
    return InstalledBundle(path.name, path, manifest, manifest.kind, manifest.language_model.quantization,
                           manifest.valid, size, problem, allow_invalid, installed)


def list_bundles() -> list[InstalledBundle]:
    """Every folder in the bundles folder, sorted by name; broken ones included with their reason."""
    root = paths.bundles_dir()
    if not root.is_dir():
        return []
    clean_stale_workdirs()
    return [inspect_bundle(entry) for entry in sorted(root.iterdir(), key=lambda p: p.name.lower())
            if entry.is_dir() and not entry.name.startswith(".")]


def find_installed(name: str) -> InstalledBundle:
    """The installed bundle called ``name`` (broken or not); BundleError naming the installed ones otherwise."""
    bundles = list_bundles()
    for bundle in bundles:
        if bundle.name == name:
            return bundle
    if not bundles:
        raise BundleError("No model bundle is installed.", IMPORT_HINT)
    names = ", ".join(b.name for b in bundles)
    raise BundleError(f"No installed model bundle is called {name!r}.", f"Installed: {names}.")


def default_bundle() -> InstalledBundle:
    """The bundle to use when none is named: the one chosen in settings, else the first usable clinical, else
    the first usable one."""
    bundles = list_bundles()
    if not bundles:
        raise BundleError("No model bundle is installed.", IMPORT_HINT)
    chosen = load_settings().default_bundle
    for bundle in bundles:
        if bundle.name == chosen and bundle.usable:
            return bundle
    usable = [b for b in bundles if b.usable]
    if not usable:
        reasons = "; ".join(f"{b.name}: {b.problem or 'did not pass validation'}" for b in bundles)
        raise BundleError(f"No installed model bundle can be used ({reasons}).",
                          "Run `pulse-desktop models verify NAME`, then remove and import the bundle again.")
    clinical = [b for b in usable if b.is_clinical]
    return (clinical or usable)[0]


def resolve_bundle(name_or_path: str | Path | None = None, verify: bool = True,
                   allow_invalid: bool = False) -> InstalledBundle:
    """The bundle to load: an installed name, a path to a bundle folder, or (None) the default one.

    Refuses a broken bundle, one whose validation failed without a recorded override (or ``allow_invalid``
    for a bundle opened by path), and, when ``verify``, one whose files no longer match (quick check,
    naming the file).
    """
    if name_or_path is None:
        bundle = default_bundle()
    else:
        bundle = _find(name_or_path)
    if bundle.broken:
        raise BundleError(f"The model bundle {bundle.name!r} is damaged: {bundle.problem}.",
                          "Remove it (pulse-desktop models remove NAME) and import it again from its original copy.")
    if not bundle.valid and not (bundle.allow_invalid or allow_invalid):
        raise BundleError(f"The model bundle {bundle.name!r} did not pass its validation after conversion.",
                          "Convert the weights again with another quantization, or import it with "
                          "--allow-invalid if you accept its lower accuracy.")
    if verify:
        verify_bundle(bundle.path, "quick", manifest=bundle.manifest).raise_if_failed(bundle.name)
    return bundle


def remove_bundle(name: str) -> InstalledBundle:
    """Remove an installed bundle: renamed away first (so it vanishes at once), then deleted."""
    bundle = find_installed(name)
    root = paths.bundles_dir()
    workdir = make_workdir("removing")
    try:
        os.rename(bundle.path, workdir / "bundle")
        fsync_dir(root)
    except OSError as exc:
        remove_tree(workdir)
        raise BundleError(f"The bundle {name!r} cannot be removed ({exc.strerror or exc}).",
                          f"Check the permissions of {bundle.path}.") from exc
    remove_tree(workdir)
    return bundle


def bundle_summary(bundle: InstalledBundle) -> dict[str, Any]:
    """A JSON-ready description for `models list --json` and the GUI."""
    manifest = bundle.manifest
    return {
        "name": bundle.name,
        "path": str(bundle.path),
        "kind": bundle.kind,
        "clinical": bundle.is_clinical,
        "quantization": bundle.quantization,
        "vision_precision": manifest.vision.precision if manifest else "",
        "merge": manifest.mm_patch_merge_type if manifest else "",
        "valid": bundle.valid,
        "allow_invalid": bundle.allow_invalid,
        "usable": bundle.usable,
        "broken": bundle.broken,
        "problem": bundle.problem,
        "size": bundle.size,
        "validation": manifest.validation if manifest else {},
        "source": manifest.source if manifest else {},
        "created": manifest.created if manifest else "",
    }


def flat_figures(figures: dict[str, Any], prefix: str = "") -> list[tuple[str, float]]:
    """The numeric validation figures, nested keys joined with '.'."""
    out: list[tuple[str, float]] = []
    for key, value in figures.items():
        if isinstance(value, dict):
            out.extend(flat_figures(value, f"{prefix}{key}."))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            out.append((f"{prefix}{key}", float(value)))
    return out


def _find(name_or_path: str | Path) -> InstalledBundle:
    text = str(name_or_path)
    candidate = Path(text).expanduser()
    looks_like_path = isinstance(name_or_path, Path) or os.sep in text or "/" in text or text.startswith(".")
    if not looks_like_path and NAME_PATTERN.match(text):
        installed = paths.bundles_dir() / text
        if installed.is_dir():
            return find_installed(text)
    if candidate.is_dir():
        inside = candidate.resolve().parent == paths.bundles_dir().resolve()
        if (candidate / MANIFEST_NAME).is_file() or inside:
            return inspect_bundle(candidate, installed=inside)
        raise BundleError(f"{candidate} is not a model bundle (it has no {MANIFEST_NAME}).",
                          "Choose the folder that pulse-quantize produced.")
    if looks_like_path:
        raise BundleError(f"No bundle folder at {candidate}.", "Check the path, or give an installed bundle's name.")
    return find_installed(text)


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else -1
    except OSError:
        return -1


def _size_of(folder: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            if name != RECORD_NAME:
                total += max(0, _file_size(Path(dirpath) / name))
    return total

