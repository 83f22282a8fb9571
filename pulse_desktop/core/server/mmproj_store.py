"""The projector (mmproj GGUF) llama-server needs for a bundle, written once and checked at every start.

llama-server reads the picture through its own CLIP code, so it needs the CLIP tower and projector as an
mmproj GGUF: ``pulse-quantize mmproj CHECKPOINT OUT --bundle BUNDLE --precision f32`` writes it from the
very checkpoint the bundle was converted from (the converter refuses another) in F32 (F16 matrices make
ggml round the activations to F16 too), with the bundle's image mean/std. It lives in
``<data folder>/server/mmproj/<manifest sha256>/`` beside a record (the manifest's and the file's sha256,
size and time); a file that changed since is hashed again and refused if it differs.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from pulse_desktop.core import paths
from pulse_desktop.core.bundle.converter_process import FROZEN_CONVERTER_VERB
from pulse_desktop.core.bundle.manifest import manifest_sha256, read_manifest, sha256_file
from pulse_desktop.core.server.errors import ServerConfigError

RECORD = "mmproj.json"
FILE_NAME = "mmproj-f32.gguf"


@dataclass(frozen=True)
class Projector:
    path: Path
    sha256: str
    manifest_sha256: str


def store_dir(manifest_hash: str) -> Path:
    return paths.data_home() / "server" / "mmproj" / manifest_hash


def default_checkpoint(bundle_dir: Path) -> Path | None:
    """Where the bundle's checkpoint may still be: the folder it was converted from, or the app's download."""
    raw = json.loads((bundle_dir / "manifest.json").read_text(encoding="utf-8"))
    source = raw.get("source") or {}
    candidates = []
    if source.get("path"):
        candidates.append(Path(source["path"]))
    if source.get("repo_id"):
        candidates.append(paths.data_home() / "downloads" / str(source["repo_id"]).replace("/", "--"))
    return next((c for c in candidates if (c / "config.json").is_file()), None)


def find_projector(bundle_dir: Path) -> Projector | None:
    """The recorded projector of this bundle if it is there and unchanged, else None."""
    digest = manifest_sha256(bundle_dir)
    folder = store_dir(digest)
    record_path, path = folder / RECORD, folder / FILE_NAME
    if not (record_path.is_file() and path.is_file()):
        return None
    record = json.loads(record_path.read_text(encoding="utf-8"))
    stat = path.stat()
    if (stat.st_size, stat.st_mtime_ns) != (record.get("size"), record.get("mtime_ns")):
        if sha256_file(path) != record.get("sha256"):
            raise ServerConfigError(f"The projector {path} changed after it was written.",
                                    "Delete its folder and start the server again to write it anew.")
    return Projector(path, str(record["sha256"]), digest)


def ensure_projector(bundle_dir: Path, checkpoint: Path | None = None) -> Projector:
    """The bundle's projector, written now from its checkpoint if it is not there yet."""
    bundle_dir = Path(bundle_dir)
    found = find_projector(bundle_dir)
    if found is not None:
        return found
    checkpoint = checkpoint or default_checkpoint(bundle_dir)
    if checkpoint is None:
        raise ServerConfigError(
            f"The server needs the projector of {read_manifest(bundle_dir).name!r}, written from the checkpoint "
            "the bundle was converted from, and that checkpoint is not on this computer.",
            "Give its folder with --checkpoint (the converter checks that it is the same checkpoint).")
    digest = manifest_sha256(bundle_dir)
    folder = store_dir(digest)
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / FILE_NAME
    args = ["mmproj", str(checkpoint), str(out), "--precision", "f32", "--bundle", str(bundle_dir)]
    command = [sys.executable, FROZEN_CONVERTER_VERB, *args] if getattr(sys, "frozen", False) else \
        [sys.executable, "-m", "quantize.cli", *args]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not out.is_file():
        lines = [ln for ln in (done.stderr or done.stdout).splitlines() if ln.strip()]
        raise ServerConfigError(f"The projector could not be written: {lines[-1] if lines else done.returncode}",
                                "Check the checkpoint folder given with --checkpoint.")
    stat = out.stat()
    record = {"manifest_sha256": digest, "sha256": sha256_file(out), "size": stat.st_size,
              "mtime_ns": stat.st_mtime_ns, "checkpoint": str(checkpoint), "precision": "f32",
              "written": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    (folder / RECORD).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return Projector(out, str(record["sha256"]), digest)
