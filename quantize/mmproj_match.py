"""An mmproj that belongs to a bundle: written from the very checkpoint the bundle was converted from.

The bundle's manifest records the sha256 of the checkpoint's config.json, shard index and tokenizer.model
(``source.sha256``); the checkpoint given must have the same, or nothing is written. The manifest's image
mean/std go into the mmproj, so that llama.cpp's clip normalises the pixels as the desktop does.
"""

from __future__ import annotations

import json
from pathlib import Path

from pulse_desktop.core.bundle.manifest import read_manifest, sha256_file
from pulse_desktop.core.errors import CheckpointError
from quantize.mmproj import write_mmproj


def mmproj_for_bundle(checkpoint: Path, bundle: Path, out: Path, precision: str = "f32") -> Path:
    manifest = read_manifest(bundle)
    raw = json.loads((Path(bundle) / "manifest.json").read_text(encoding="utf-8"))
    recorded: dict[str, str] = dict((raw.get("source") or {}).get("sha256") or {})
    if not recorded:
        raise CheckpointError(f"The bundle {bundle} records no checkpoint hashes.",
                              "Convert the checkpoint again with pulse-quantize convert.")
    for name, digest in recorded.items():
        path = Path(checkpoint) / name
        if not path.is_file() or sha256_file(path) != digest:
            raise CheckpointError(f"{checkpoint} is not the checkpoint the bundle {manifest.name!r} was converted "
                                  f"from ({name} differs).",
                                  "Give the folder (or download) the bundle was made from.")
    if manifest.mm_patch_merge_type != "flat":
        raise CheckpointError(f"The bundle's merge is {manifest.mm_patch_merge_type!r}; only 'flat' can be served "
                              "by llama-server exactly.", "Use a bundle whose checkpoint says flat.")
    return write_mmproj(checkpoint, out, name=f"{manifest.name} mmproj", precision=precision,
                        image_mean=tuple(manifest.preprocess.image_mean),
                        image_std=tuple(manifest.preprocess.image_std))
