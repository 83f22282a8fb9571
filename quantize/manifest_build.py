"""The bundle's manifest.json, filled from the checkpoint's own config (never assumed), per
pulse_desktop/core/bundle/manifest.py (the contract) and docs/bundle-format.md."""

from __future__ import annotations

import json
import platform
import time
from pathlib import Path
from typing import Any

from pulse_desktop.core.bundle.manifest import (
    LanguageModelInfo,
    Manifest,
    PreprocessInfo,
    PromptInfo,
    VisionInfo,
    sha256_file,
)
from quantize.checkpoint import Checkpoint
from quantize.gguf_export import lm_params
from quantize.llava_layout import (
    DEFAULT_MEAN_STD_SOURCE,
    IMAGE_TOKEN,
    KIND_KEY,
    KNOWN_TOWERS,
    LLAVA_V1_ROLES,
    LLAVA_V1_SEP,
    LLAVA_V1_SEP2,
    LLAVA_V1_SYSTEM,
    OPENAI_CLIP_MEAN,
    OPENAI_CLIP_STD,
)


def checkpoint_kind(config: dict[str, Any]) -> str:
    kind = str(config.get(KIND_KEY, "clinical"))
    return kind if kind in ("test", "synthetic") else "clinical"


def mean_std(ckpt: Checkpoint) -> tuple[tuple[float, ...], tuple[float, ...], int | None, str]:
    """Image mean/std (and crop size) from preprocessor_config.json, else the named tower's CLIP defaults."""
    pre = ckpt.folder / "preprocessor_config.json"
    if pre.is_file():
        data = json.loads(pre.read_text(encoding="utf-8"))
        crop = data.get("crop_size")
        crop_size = int(crop["height"] if isinstance(crop, dict) else crop) if crop else None
        return (tuple(float(v) for v in data["image_mean"]), tuple(float(v) for v in data["image_std"]), crop_size,
                "preprocessor_config.json")
    tower = str(ckpt.config["mm_vision_tower"])
    known = KNOWN_TOWERS.get(tower)
    mean, std = (known.image_mean, known.image_std) if known else (OPENAI_CLIP_MEAN, OPENAI_CLIP_STD)
    return mean, std, None, f"{DEFAULT_MEAN_STD_SOURCE}: {tower}"


def tokenizer_legacy(ckpt: Checkpoint) -> tuple[bool, str]:
    """tokenizer_config.json's ``legacy`` flag (how text after ``</s>`` is tokenized) and where it came from."""
    path = ckpt.folder / "tokenizer_config.json"
    try:
        value = json.loads(path.read_text(encoding="utf-8")).get("legacy")
    except (OSError, ValueError, AttributeError):
        value = None
    if value is None:
        return True, "absent from tokenizer_config.json: transformers' default legacy=True"
    return bool(value), "tokenizer_config.json"


def file_hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): sha256_file(p)
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "manifest.json"}


def tool_info() -> dict[str, Any]:
    from importlib.metadata import version

    import gguf  # noqa: F401 - version via metadata below
    import llama_cpp
    import onnx
    import onnxruntime

    from quantize import __version__

    return {"name": "pulse-quantize", "version": __version__, "gguf": version("gguf"),
            "llama_cpp_python": llama_cpp.__version__, "onnx": onnx.__version__,
            "onnxruntime": onnxruntime.__version__, "python": platform.python_version()}


def build_manifest(ckpt: Checkpoint, bundle: Path, name: str, gguf_file: str, quantization: str,
                   vision_file: str, precision: str, newline_file: str | None, source: dict[str, Any],
                   validation: dict[str, Any], valid: bool) -> Manifest:
    config = ckpt.config
    p = lm_params(config)
    v = ckpt.vision
    mean, std, crop, mean_source = mean_std(ckpt)
    legacy, legacy_source = tokenizer_legacy(ckpt)
    grid = v.image_size // v.patch_size
    source = {**source, "image_mean_std": mean_source, "vision_hyper_parameters": v.source,
              "prompt_template": "llava_v1 (LLaVA's conv_vicuna_v1, used by PULSE-7B's evaluation; not in config.json)",
              "mm_patch_merge_type": "config.json" if "mm_patch_merge_type" in config
              else "absent from config.json: LLaVA's default 'flat'", "tokenizer_legacy": legacy_source}
    return Manifest(
        name=name,
        kind=checkpoint_kind(config),
        language_model=LanguageModelInfo(
            file=gguf_file, quantization=quantization, n_ctx=p.n_ctx, hidden_size=p.hidden_size,
            n_layers=p.n_layers, vocab_size=p.vocab_size, bos_id=int(config.get("bos_token_id", 1)),
            eos_id=int(config.get("eos_token_id", 2))),
        vision=VisionInfo(
            file=vision_file, precision=precision, image_size=v.image_size, patch_size=v.patch_size,
            tokens_per_image=grid * grid, output_dim=p.hidden_size, image_newline_file=newline_file),
        preprocess=PreprocessInfo(
            image_aspect_ratio=str(config["image_aspect_ratio"]),
            grid_pinpoints=tuple((int(w), int(h)) for w, h in config["image_grid_pinpoints"]),
            crop_size=crop or v.image_size, image_mean=tuple(mean), image_std=tuple(std)),
        mm_patch_merge_type=str(config.get("mm_patch_merge_type", "flat")),
        prompt=PromptInfo(template="llava_v1", system=LLAVA_V1_SYSTEM, roles=LLAVA_V1_ROLES, sep=LLAVA_V1_SEP,
                          sep2=LLAVA_V1_SEP2, image_token=IMAGE_TOKEN, tokenizer_legacy=legacy),
        files=file_hashes(bundle),
        source=source,
        tool=tool_info(),
        validation=validation,
        valid=valid,
        created=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    )
