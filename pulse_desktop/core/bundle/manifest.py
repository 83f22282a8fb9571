"""The model bundle's ``manifest.json``: what the app needs to run a bundle, read and checked.

A bundle is one folder::

    manifest.json          this file's subject
    <name>.gguf            the language model (llama.cpp)
    vision.onnx            CLIP tower up to hidden_states[-2], CLS dropped, then the projector
    image_newline.npy      float32 [hidden], only when the merge needs it (``*unpad*``)

Every preprocessing, merge and prompt value is read from the source checkpoint's config by the converter
and written here; the engine never assumes them. The schema is documented in docs/bundle-format.md.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pulse_desktop.core.errors import BundleError

MANIFEST_NAME = "manifest.json"
FORMAT_NAME = "pulse-bundle"
FORMAT_VERSION = 1
KINDS = ("clinical", "test", "synthetic")  # test and synthetic bundles are "not a clinical model"


@dataclass(frozen=True)
class LanguageModelInfo:
    file: str
    quantization: str  # Q4_K_M, Q5_K_M, Q8_0, F16, F32
    n_ctx: int  # tokenizer_model_max_length: the context budget
    hidden_size: int
    n_layers: int
    vocab_size: int
    bos_id: int
    eos_id: int


@dataclass(frozen=True)
class VisionInfo:
    file: str
    precision: str  # fp32, fp16, int8
    image_size: int  # 336
    patch_size: int  # 14
    tokens_per_image: int  # 576
    output_dim: int  # = language model hidden size
    image_newline_file: str | None = None


@dataclass(frozen=True)
class PreprocessInfo:
    image_aspect_ratio: str  # "anyres" (or "pad"/"square" for other LLaVA checkpoints; only anyres is supported)
    grid_pinpoints: tuple[tuple[int, int], ...]  # (width, height) each
    crop_size: int
    image_mean: tuple[float, float, float]
    image_std: tuple[float, float, float]


@dataclass(frozen=True)
class PromptInfo:
    template: str  # "llava_v1"
    system: str
    roles: tuple[str, str]  # ("USER", "ASSISTANT")
    sep: str  # " "
    sep2: str  # "</s>"
    image_token: str  # "<image>"
    # tokenizer_config.json's "legacy" (absent: True, transformers' old default). When False (e.g. Vicuna-based LLaVA),
    # the text right after a special token such as "</s>" is tokenized WITHOUT SentencePiece's dummy-prefix space
    # ("</s>USER" -> 2, "US", "ER"), as the reference's slow LlamaTokenizer does. Added in format 1, additively.
    tokenizer_legacy: bool = True


@dataclass(frozen=True)
class Manifest:
    name: str
    kind: str
    language_model: LanguageModelInfo
    vision: VisionInfo
    preprocess: PreprocessInfo
    mm_patch_merge_type: str  # "flat" or "spatial_unpad" (anything containing "unpad" uses image_newline)
    prompt: PromptInfo
    files: dict[str, str]  # relative path -> sha256 of every file but the manifest
    source: dict[str, Any] = field(default_factory=dict)
    tool: dict[str, Any] = field(default_factory=dict)
    validation: dict[str, Any] = field(default_factory=dict)
    valid: bool = True  # False when validation figures fell below the documented thresholds
    created: str = ""
    format: str = FORMAT_NAME
    format_version: int = FORMAT_VERSION

    @property
    def is_clinical(self) -> bool:
        return self.kind == "clinical"

    @property
    def uses_image_newline(self) -> bool:
        return "unpad" in self.mm_patch_merge_type

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False, sort_keys=False) + "\n"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifest:
        try:
            if data.get("format") != FORMAT_NAME:
                raise BundleError("This folder is not a PULSE model bundle (its manifest has no bundle format).",
                                  "Import the folder that pulse-quantize produced.")
            if int(data.get("format_version", 0)) > FORMAT_VERSION:
                raise BundleError(f"This bundle was made by a newer version (format {data['format_version']}).",
                                  "Update PULSE Desktop, or convert the weights again with this version.")
            pre = dict(data["preprocess"])
            pre["grid_pinpoints"] = tuple(tuple(int(v) for v in p) for p in pre["grid_pinpoints"])
            pre["image_mean"] = tuple(float(v) for v in pre["image_mean"])
            pre["image_std"] = tuple(float(v) for v in pre["image_std"])
            prompt = dict(data["prompt"])
            prompt["roles"] = tuple(prompt["roles"])
            kind = data["kind"]
            if kind not in KINDS:
                raise BundleError(f"Unknown bundle kind {kind!r}.", "Convert the weights again with pulse-quantize.")
            return cls(
                name=str(data["name"]),
                kind=kind,
                language_model=LanguageModelInfo(**data["language_model"]),
                vision=VisionInfo(**data["vision"]),
                preprocess=PreprocessInfo(**pre),
                mm_patch_merge_type=str(data["mm_patch_merge_type"]),
                prompt=PromptInfo(**prompt),
                files=dict(data["files"]),
                source=dict(data.get("source", {})),
                tool=dict(data.get("tool", {})),
                validation=dict(data.get("validation", {})),
                valid=bool(data.get("valid", True)),
                created=str(data.get("created", "")),
                format=data["format"],
                format_version=int(data["format_version"]),
            )
        except BundleError:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise BundleError(f"The bundle's manifest is incomplete or damaged ({exc!s}).",
                              "Import the bundle again from its original copy.") from exc


def read_manifest(bundle_dir: Path) -> Manifest:
    path = Path(bundle_dir) / MANIFEST_NAME
    if not path.is_file():
        raise BundleError(f"No {MANIFEST_NAME} in {bundle_dir}.", "Choose the folder that pulse-quantize produced.")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(f"The bundle's manifest cannot be read ({exc!s}).",
                          "Import the bundle again from its original copy.") from exc
    if not isinstance(data, dict):
        raise BundleError("The bundle's manifest is damaged.", "Import the bundle again from its original copy.")
    return Manifest.from_dict(data)


def sha256_file(path: Path, chunk: int = 8 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def manifest_sha256(bundle_dir: Path) -> str:
    """The identity of a bundle as recorded with every study: the sha256 of its manifest file."""
    return sha256_file(Path(bundle_dir) / MANIFEST_NAME)
