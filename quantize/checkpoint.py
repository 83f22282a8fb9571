"""Read a LLaVA-LLaMA checkpoint folder tensor by tensor, after checking that it is one we can convert.

Tensors are read from memory-mapped safetensors shards one at a time and widened to float32 (bf16, which
numpy lacks, is read as raw 16-bit words and shifted into float32). Nothing holds the whole model.
Every problem with the folder is a :class:`CheckpointError` that says what is wrong.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from safetensors import safe_open

from pulse_desktop.core.errors import CheckpointError
from quantize.checkpoint_checks import check_architecture, check_config_keys, check_supported_llava
from quantize.llava_layout import (
    KNOWN_TOWERS,
    VISION_PREFIX,
    all_tensor_names,
)

INDEX_NAME = "model.safetensors.index.json"
SINGLE_NAME = "model.safetensors"
_DTYPES = {"F16": np.dtype("<f2"), "F32": np.dtype("<f4"), "BF16": np.dtype("<u2")}


@dataclass(frozen=True)
class VisionParams:
    hidden_size: int
    intermediate_size: int
    num_hidden_layers: int
    num_attention_heads: int
    image_size: int
    patch_size: int
    hidden_act: str
    layer_norm_eps: float
    source: str  # "vision_config" or "known tower <name>"


@dataclass(frozen=True)
class TensorEntry:
    shard: str
    dtype: str  # F16, BF16, F32
    shape: tuple[int, ...]
    start: int  # byte offset of the data inside the shard file
    end: int


def _read_json(path: Path, what: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CheckpointError(f"The checkpoint has no {path.name} ({what}).",
                              "Choose the folder that holds the downloaded PULSE-7B files.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CheckpointError(f"The checkpoint's {path.name} cannot be read ({exc}).",
                              "Download the checkpoint again.") from exc


def read_shard_header(path: Path) -> dict[str, TensorEntry]:
    """Parse one safetensors header and check that the file is as long as the header says."""
    hint = "Download this shard again; the copy is incomplete or damaged."
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            raw = handle.read(8)
            if len(raw) < 8:
                raise CheckpointError(f"The shard {path.name} is truncated ({size} bytes).", hint)
            (header_len,) = struct.unpack("<Q", raw)
            if header_len > min(size - 8, 100 << 20):
                raise CheckpointError(f"The shard {path.name} is truncated or not a safetensors file.", hint)
            header = json.loads(handle.read(header_len).decode("utf-8"))
    except FileNotFoundError as exc:
        raise CheckpointError(f"The checkpoint is missing the shard {path.name}.",
                              "Download the missing file; every shard listed in the index is needed.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CheckpointError(f"The shard {path.name} has a damaged header.", hint) from exc
    entries: dict[str, TensorEntry] = {}
    data_start = 8 + header_len
    expected = data_start
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = (int(v) for v in info["data_offsets"])
        entries[name] = TensorEntry(path.name, str(info["dtype"]), tuple(int(v) for v in info["shape"]),
                                    data_start + begin, data_start + end)
        expected = max(expected, data_start + end)
    if size < expected:
        raise CheckpointError(f"The shard {path.name} is truncated: {size} bytes, its header needs {expected}.",
                              hint)
    return entries


class Checkpoint:
    """A LLaVA-LLaMA checkpoint folder: its config, tensor table and tokenizer, checked on opening."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise CheckpointError(f"{self.folder} is not a folder.", "Give the checkpoint's folder.")
        self.config: dict[str, Any] = _read_json(self.folder / "config.json", "the model's configuration")
        if not isinstance(self.config, dict):
            raise CheckpointError("The checkpoint's config.json is not a JSON object.", "Download it again.")
        check_architecture(self.config, self.folder)
        check_config_keys(self.config)
        check_supported_llava(self.config)
        self.index_file = self.folder / INDEX_NAME
        self.entries = self._read_tensor_table()
        self.vision = self._vision_params()
        self._check_tensor_names()
        if not (self.folder / "tokenizer.model").is_file():
            raise CheckpointError("The checkpoint has no tokenizer.model (the SentencePiece vocabulary).",
                                  "Download tokenizer.model with the other files.")

    # --- the tensor table -------------------------------------------------------------------------------
    def _read_tensor_table(self) -> dict[str, TensorEntry]:
        if self.index_file.is_file():
            index = _read_json(self.index_file, "the shard index")
            weight_map = index.get("weight_map") if isinstance(index, dict) else None
            if not isinstance(weight_map, dict) or not weight_map:
                raise CheckpointError(f"{INDEX_NAME} has no weight_map.", "Download the index file again.")
            shards = sorted(set(weight_map.values()))
        elif (self.folder / SINGLE_NAME).is_file():
            weight_map, shards = None, [SINGLE_NAME]
        else:
            raise CheckpointError("The checkpoint has no safetensors weights (no model.safetensors.index.json "
                                  "or model.safetensors).",
                                  "Use a checkpoint saved as safetensors (PULSE-7B is).")
        entries: dict[str, TensorEntry] = {}
        for shard in shards:
            entries.update(read_shard_header(self.folder / shard))
        if weight_map is not None:
            for name, shard in weight_map.items():
                if name not in entries or entries[name].shard != shard:
                    raise CheckpointError(f"The index says {name} is in {shard}, but it is not there.",
                                          "Download the checkpoint again; the shards and index disagree.")
        for name, entry in entries.items():
            if entry.dtype not in _DTYPES:
                raise CheckpointError(f"Tensor {name} has the unsupported type {entry.dtype}.",
                                      "Use the released fp16/bf16 checkpoint.")
        return entries

    def _vision_params(self) -> VisionParams:
        config = self.config
        cfg = config.get("vision_config")
        if isinstance(cfg, dict):
            keys = ("hidden_size", "intermediate_size", "num_hidden_layers", "num_attention_heads",
                    "image_size", "patch_size")
            missing = [k for k in keys if k not in cfg]
            if missing:
                raise CheckpointError(f"config.json's vision_config lacks {', '.join(missing)}.",
                                      "Add the CLIP tower's hyper-parameters to vision_config.")
            params = VisionParams(**{k: int(cfg[k]) for k in keys}, hidden_act=str(cfg.get("hidden_act", "quick_gelu")),
                                  layer_norm_eps=float(cfg.get("layer_norm_eps", 1e-5)), source="vision_config")
        else:
            tower = str(config["mm_vision_tower"])
            known = KNOWN_TOWERS.get(tower)
            if known is None:
                raise CheckpointError(f"The vision tower {tower!r} is not one this converter knows, and config.json "
                                      "has no vision_config with its hyper-parameters.",
                                      f"Known towers: {', '.join(KNOWN_TOWERS)}.")
            n_layers = len({n.split(".")[6] for n in self.entries if n.startswith(VISION_PREFIX + "encoder.layers.")})
            params = VisionParams(known.hidden_size, known.intermediate_size, n_layers, known.num_attention_heads,
                                  known.image_size, known.patch_size, known.hidden_act, known.layer_norm_eps,
                                  source=f"known tower {tower}")
        self._check_vision_shapes(params)
        return params

    def _check_vision_shapes(self, p: VisionParams) -> None:
        expect = {
            VISION_PREFIX + "embeddings.class_embedding": (p.hidden_size,),
            VISION_PREFIX + "embeddings.patch_embedding.weight": (p.hidden_size, 3, p.patch_size, p.patch_size),
            VISION_PREFIX + "embeddings.position_embedding.weight": ((p.image_size // p.patch_size) ** 2 + 1,
                                                                     p.hidden_size),
            VISION_PREFIX + "encoder.layers.0.mlp.fc1.weight": (p.intermediate_size, p.hidden_size),
            "model.mm_projector.0.weight": (self.config["hidden_size"], int(self.config["mm_hidden_size"])),
        }
        for name, shape in expect.items():
            entry = self.entries.get(name)
            if entry is not None and entry.shape != shape:
                raise CheckpointError(f"Tensor {name} has shape {list(entry.shape)}, but the config implies "
                                      f"{list(shape)}.", "The config.json does not belong to these weights.")
        if p.hidden_size % p.num_attention_heads:
            raise CheckpointError("The vision tower's width is not divisible by its head count.",
                                  "Check vision_config in config.json.")

    def _check_tensor_names(self) -> None:
        expected = all_tensor_names(int(self.config["num_hidden_layers"]), self.vision.num_hidden_layers)
        missing = [n for n in expected if n not in self.entries]
        if missing:
            shown = ", ".join(missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
            raise CheckpointError(f"The checkpoint lacks tensors this model needs: {shown}.",
                                  "This is not a complete PULSE-7B/LLaVA-1.6 checkpoint; download it again.")

    # --- reading ----------------------------------------------------------------------------------------
    def shape(self, name: str) -> tuple[int, ...]:
        return self.entries[name].shape

    def tensor(self, name: str) -> np.ndarray:
        """One tensor as a fresh float32 array. The shard is mapped only while the tensor is read, so that
        the mapped pages of a 14 GB checkpoint do not pile up in this process."""
        entry = self.entries[name]
        path = self.folder / entry.shard
        try:
            if entry.dtype == "BF16":  # numpy has no bfloat16: the raw 16-bit words are the top half of fp32
                count = int(np.prod(entry.shape, dtype=np.int64))
                words = np.fromfile(path, dtype="<u2", count=count, offset=entry.start)
                if words.size != count:
                    raise CheckpointError(f"The shard {entry.shard} is truncated.", "Download this shard again.")
                return (words.astype(np.uint32) << np.uint32(16)).view(np.float32).reshape(entry.shape)
            with safe_open(str(path), framework="numpy") as handle:
                return np.asarray(handle.get_tensor(name), dtype=np.float32)
        except CheckpointError:
            raise
        except Exception as exc:  # safetensors raises its own error type for damaged files
            raise CheckpointError(f"The shard {entry.shard} cannot be read ({exc}).",
                                  "Download this shard again.") from exc

    def source_files(self) -> list[Path]:
        """Files whose hashes identify the source: config, index (or single file) and tokenizer."""
        names = ["config.json", INDEX_NAME if self.index_file.is_file() else SINGLE_NAME, "tokenizer.model"]
        return [self.folder / n for n in names]

    def close(self) -> None:
        """Nothing stays open between reads; kept so that callers can say when they are done."""
