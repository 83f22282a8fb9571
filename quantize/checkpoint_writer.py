"""Write a checkpoint in the Hugging Face sharded-safetensors layout, one tensor at a time.

Used by :mod:`quantize.tiny` and :mod:`quantize.synth`. The safetensors files are written by hand
(8-byte header length, JSON header, raw little-endian data) so that a 14 GB checkpoint never has to sit in
memory as a whole; :func:`safetensors.safe_open` reads them like any other.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

DTYPE_CODES = {"float16": "F16", "bfloat16": "BF16", "float32": "F32"}
DTYPE_SIZES = {"float16": 2, "bfloat16": 2, "float32": 4}


@dataclass(frozen=True)
class TensorSpec:
    name: str
    shape: tuple[int, ...]

    @property
    def count(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64)) if self.shape else 1


def to_storage_bytes(array: np.ndarray, dtype: str) -> bytes:
    """fp32 values -> the raw little-endian bytes of ``dtype`` (bf16 rounded to nearest even).
    A uint16 array is taken as bf16 words already (the synthetic checkpoint makes them directly)."""
    if array.dtype == np.uint16 and dtype == "bfloat16":
        return np.ascontiguousarray(array, dtype="<u2").tobytes()
    values = np.ascontiguousarray(array, dtype=np.float32)
    if dtype == "float32":
        return values.astype("<f4").tobytes()
    if dtype == "float16":
        return values.astype("<f2").tobytes()
    if dtype == "bfloat16":
        bits = values.view(np.uint32)
        rounded = bits + np.uint32(0x7FFF) + ((bits >> np.uint32(16)) & np.uint32(1))
        return (rounded >> np.uint32(16)).astype("<u2").tobytes()
    raise ValueError(f"unsupported storage dtype {dtype}")


def shard_name(i: int, n: int) -> str:
    return f"model-{i + 1:05d}-of-{n:05d}.safetensors"


def write_safetensors(path: Path, specs: Sequence[TensorSpec], make: Callable[[TensorSpec], np.ndarray],
                      dtype: str) -> int:
    """Write one safetensors file; ``make(spec)`` gives each tensor's fp32 values (or bf16 words). Returns the data size."""
    header: dict[str, object] = {"__metadata__": {"format": "pt"}}
    offset = 0
    size = DTYPE_SIZES[dtype]
    for spec in specs:
        end = offset + spec.count * size
        header[spec.name] = {"dtype": DTYPE_CODES[dtype], "shape": list(spec.shape), "data_offsets": [offset, end]}
        offset = end
    header_bytes = json.dumps(header, separators=(",", ":")).encode("utf-8")
    header_bytes += b" " * ((8 - len(header_bytes) % 8) % 8)
    with open(path, "wb") as handle:
        handle.write(struct.pack("<Q", len(header_bytes)))
        handle.write(header_bytes)
        for spec in specs:
            values = make(spec)
            if tuple(values.shape) != spec.shape:
                raise ValueError(f"{spec.name}: made {values.shape}, expected {spec.shape}")
            handle.write(to_storage_bytes(values, dtype))
    return offset


def split_into_shards(specs: Sequence[TensorSpec], n_shards: int) -> list[list[TensorSpec]]:
    """Consecutive groups of roughly equal byte size (the order of the tensors is kept)."""
    total = sum(s.count for s in specs)
    shards: list[list[TensorSpec]] = [[] for _ in range(n_shards)]
    running = 0
    for spec in specs:
        index = min(n_shards - 1, running * n_shards // max(total, 1))
        shards[index].append(spec)
        running += spec.count
    return [s for s in shards if s]


def write_sharded_checkpoint(out: Path, specs: Sequence[TensorSpec], make: Callable[[TensorSpec], np.ndarray],
                             dtype: str, n_shards: int,
                             progress: Callable[[int, int], None] | None = None) -> None:
    """Shards plus ``model.safetensors.index.json`` (``weight_map`` and ``metadata.total_size``)."""
    groups = split_into_shards(specs, n_shards)
    weight_map: dict[str, str] = {}
    total_size = 0
    for i, group in enumerate(groups):
        name = shard_name(i, len(groups))
        total_size += write_safetensors(out / name, group, make, dtype)
        weight_map.update({spec.name: name for spec in group})
        if progress is not None:
            progress(i + 1, len(groups))
    index = {"metadata": {"total_size": total_size}, "weight_map": weight_map}
    (out / "model.safetensors.index.json").write_text(json.dumps(index, indent=2) + "\n", encoding="utf-8")


def write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
