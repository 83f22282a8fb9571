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

from quantize.checkpoint_writer import TensorSpec, write_json, write_sharded_checkpoint
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
    def __init__(self, seed: int) -> None:
        self.values = np.random.default_rng(seed).standard_normal(POOL_SIZE).astype(np.float32)

    def take(self, spec: TensorSpec) -> np.ndarray:
        mean, std = weight_law(spec.name, spec.shape)
        start = zlib.crc32(spec.name.encode("utf-8")) % POOL_SIZE
        rolled = np.concatenate([self.values[start:], self.values[:start]]) if start else self.values
        flat = np.resize(rolled, spec.count)  # tiles the pool
        flat *= np.float32(std)
        flat += np.float32(mean)
        return flat.reshape(spec.shape)


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

    write_sharded_checkpoint(out, specs, pool.take, "bfloat16", n_shards=3, progress=report)
    return out
