"""``pulse-quantize synth --shape pulse-7b``: PULSE-7B's real shapes with random weights, for benchmarks only.

Same layout as the released checkpoint: llava_llama config *without* a vision_config (the converter takes
the CLIP-L/336 hyper-parameters from the tower's name, as for PULSE-7B), bf16 weights in three shards
(about 14 GB), vocab_size 32000. Making 7 billion random numbers properly would take minutes, so each
tensor is a slice of one seeded pool of normal values (a prime length, so rows are shifted copies, not
repeats) scaled per tensor like the tiny model's. The tokenizer is the tiny one (about 1000 pieces); the
converter pads the GGUF vocabulary to 32000 with unused tokens, as llama.cpp's converter does.
The manifest of a converted synthetic checkpoint says kind "synthetic": never a clinical model.
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

import numpy as np

from quantize.checkpoint_writer import TensorSpec, to_storage_bytes, write_json, write_sharded_checkpoint
from quantize.llava_layout import KNOWN_TOWERS
from quantize.spm_tokenizer import TINY_VOCAB_SIZE, tiny_corpus, train_tokenizer
from quantize.tiny import (
    llava_config,
    shared_data_dir,
    tensor_shapes,
    weight_law,
    write_generation_config,
    write_tokenizer_files,
)

SHAPES = {
    "pulse-7b": {
        "lm": {"hidden_size": 4096, "intermediate_size": 11008, "num_hidden_layers": 32, "num_attention_heads": 32,
               "num_key_value_heads": 32},
        "vocab_size": 32000,
        "tower": "openai/clip-vit-large-patch14-336",
    },
}
POOL_SIZE = 16_777_259  # a prime just above 2**24


class _Pool:
    """One seeded pool of N(0,1) values; per (mean, std) law, the pool scaled and rounded to bf16 once.

    A tensor is then a rotated, tiled slice of 16-bit words: one cheap pass per tensor, so that writing
    14 GB is bound by the disk, not by the CPU.
    """

    def __init__(self, seed: int) -> None:
        self.values = np.random.default_rng(seed).standard_normal(POOL_SIZE).astype(np.float32)
        self._words: dict[tuple[float, float], np.ndarray] = {}

    def words(self, spec: TensorSpec) -> np.ndarray:
        law = weight_law(spec.name, spec.shape)
        words = self._words.get(law)
        if words is None:
            scaled = self.values * np.float32(law[1]) + np.float32(law[0])
            words = np.frombuffer(to_storage_bytes(scaled, "bfloat16"), dtype="<u2")
            self._words[law] = words
        out = np.empty(spec.count, dtype=np.uint16)
        done, offset = 0, zlib.crc32(spec.name.encode("utf-8")) % POOL_SIZE
        while done < spec.count:
            n = min(spec.count - done, POOL_SIZE - offset)
            out[done:done + n] = words[offset:offset + n]
            done, offset = done + n, 0
        return out.reshape(spec.shape)


def make_synthetic_checkpoint(out: Path, shape: str = "pulse-7b", seed: int = 0, progress: bool = True) -> Path:
    """Write a random-weight checkpoint of a real model's shapes into ``out``."""
    spec = SHAPES[shape]
    tower = KNOWN_TOWERS[spec["tower"]]
    vision = {"hidden_size": tower.hidden_size, "intermediate_size": tower.intermediate_size,
              "num_hidden_layers": tower.num_hidden_layers, "num_attention_heads": tower.num_attention_heads}
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer = train_tokenizer(tiny_corpus(shared_data_dir() / "ptbxl" / "records.json"), TINY_VOCAB_SIZE)
    config = llava_config(spec["lm"], None, spec["vocab_size"], "flat", "bfloat16", kind="synthetic")
    config["mm_hidden_size"] = tower.hidden_size
    config["_name_or_path"] = f"synthetic/{shape}"
    write_json(out / "config.json", config)
    write_tokenizer_files(out, tokenizer)
    write_generation_config(out)
    pool = _Pool(seed)
    specs = tensor_shapes(config, vision)

    def report(done: int, total: int) -> None:
        if progress:
            print(f"[synth] shard {done}/{total} written", file=sys.stderr, flush=True)

    write_sharded_checkpoint(out, specs, pool.words, "bfloat16", n_shards=3, progress=report)
    return out
