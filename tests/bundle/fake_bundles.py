"""Hand-assembled bundle folders for the registry, verify and import tests.

The manifest is built from the real ``Manifest`` dataclass and the files are small random blobs with their
real sha256, so every check runs on real files; they are not runnable models (the end-to-end test uses the
converter's tiny bundles for that).
"""

from __future__ import annotations

import json
from pathlib import Path

from pulse_desktop.core.bundle.manifest import (
    MANIFEST_NAME,
    LanguageModelInfo,
    Manifest,
    PreprocessInfo,
    PromptInfo,
    VisionInfo,
    sha256_file,
)

SYSTEM = ("A chat between a curious human and an artificial intelligence assistant. The assistant gives helpful, "
          "detailed, and polite answers to the human's questions.")


def make_manifest(name: str, files: dict[str, str], kind: str = "test", valid: bool = True,
                  quant: str = "Q8_0", merge: str = "flat", validation: dict | None = None) -> Manifest:
    return Manifest(
        name=name,
        kind=kind,
        language_model=LanguageModelInfo("model.gguf", quant, 4096, 64, 2, 320, 1, 2),
        vision=VisionInfo("vision.onnx", "fp32", 336, 14, 576, 64,
                          "image_newline.npy" if "unpad" in merge else None),
        preprocess=PreprocessInfo("anyres", ((336, 672), (672, 336), (672, 672), (1008, 336), (336, 1008)), 336,
                                  (0.48145466, 0.4578275, 0.40821073), (0.26862954, 0.26130258, 0.27577711)),
        mm_patch_merge_type=merge,
        prompt=PromptInfo("llava_v1", SYSTEM, ("USER", "ASSISTANT"), " ", "</s>", "<image>"),
        files=files,
        source={"folder": "hand-made test bundle"},
        tool={"name": "tests/bundle/fake_bundles.py"},
        validation=validation if validation is not None else {"language_model": {"top1_agreement": 0.99,
                                                                                  "mean_kl": 0.002}},
        valid=valid,
        created="2025-01-01T00:00:00+00:00",
    )


def make_fake_bundle(folder: Path, name: str = "fake", kind: str = "test", valid: bool = True,
                     sizes: dict[str, int] | None = None, quant: str = "Q8_0", seed: int = 0) -> Path:
    """Write a bundle folder with random files of the given sizes (bytes) and a manifest listing them."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    sizes = sizes or {"model.gguf": 3000, "vision.onnx": 2000, "tokenizer/extra.bin": 10}
    files: dict[str, str] = {}
    for i, (rel, size) in enumerate(sizes.items()):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(bytes((seed * 31 + i * 7 + k * 13) % 251 for k in range(size)))
        files[rel] = sha256_file(path)
    manifest = make_manifest(name, files, kind=kind, valid=valid, quant=quant)
    (folder / MANIFEST_NAME).write_text(manifest.to_json(), encoding="utf-8")
    return folder


def flip_byte(path: Path, offset: int = 100) -> None:
    """Change one byte in place, keeping the size (what a bit flip or a careless edit does)."""
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def edit_manifest(folder: Path, **changes) -> None:
    data = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    data.update(changes)
    (folder / MANIFEST_NAME).write_text(json.dumps(data), encoding="utf-8")

