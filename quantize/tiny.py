"""``pulse-quantize tiny``: a seeded checkpoint in PULSE-7B's exact LLaVA layout, with tiny dimensions.

Same files, config keys and tensor names as PULSE-7B (see :mod:`quantize.llava_layout`), fp16 weights in two
safetensors shards, and a SentencePiece tokenizer trained on the spot. Image size 336 and patch 14 are kept,
so that an image is 576 tokens as in the real model; widths and depths are shrunk. The same seed gives the
same bytes. Weights are drawn with scales that keep activations near unit size (so that logits are peaked
and quantization comparisons mean something).
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from quantize.checkpoint_writer import TensorSpec, write_json, write_sharded_checkpoint
from quantize.llava_layout import (
    ARCHITECTURE,
    IMAGE_NEWLINE,
    KIND_KEY,
    MODEL_TYPE,
    all_tensor_names,
)
from quantize.spm_tokenizer import TINY_VOCAB_SIZE, tiny_corpus, train_tokenizer

PINPOINTS = [[336, 672], [672, 336], [672, 672], [1008, 336], [336, 1008]]
MERGE_TYPES = ("flat", "spatial_unpad")
CLIP_L_336 = "openai/clip-vit-large-patch14-336"

TINY_LM = {"hidden_size": 128, "intermediate_size": 256, "num_hidden_layers": 2, "num_attention_heads": 4,
           "num_key_value_heads": 4}
TINY_VISION = {"hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 3, "num_attention_heads": 4}


def shared_data_dir() -> Path:
    """../shared/data beside the checkout, or $PULSE_SHARED/data."""
    default = Path(__file__).resolve().parents[2] / "shared"
    return Path(os.environ.get("PULSE_SHARED", default)) / "data"


def llava_config(lm: dict[str, int], vision: dict[str, Any] | None, vocab_size: int, merge: str,
                 dtype: str, kind: str) -> dict[str, Any]:
    """A config.json in the llava_llama layout of PULSE-7B (llava-v1.6-vicuna-7b's keys)."""
    config: dict[str, Any] = {
        "_name_or_path": "PULSE-ECG/PULSE-7B",
        "architectures": [ARCHITECTURE],
        "attention_bias": False,
        "attention_dropout": 0.0,
        "bos_token_id": 1,
        "eos_token_id": 2,
        "pad_token_id": 0,
        "freeze_mm_mlp_adapter": False,
        "hidden_act": "silu",
        "hidden_size": lm["hidden_size"],
        "image_aspect_ratio": "anyres",
        "image_crop_resolution": 224,
        "image_grid_pinpoints": PINPOINTS,
        "image_split_resolution": 224,
        "initializer_range": 0.02,
        "intermediate_size": lm["intermediate_size"],
        "max_position_embeddings": 4096,
        "mm_hidden_size": (vision or {}).get("hidden_size", 1024),
        "mm_patch_merge_type": merge,
        "mm_projector_lr": None,
        "mm_projector_type": "mlp2x_gelu",
        "mm_resampler_type": None,
        "mm_use_im_patch_token": False,
        "mm_use_im_start_end": False,
        "mm_vision_select_feature": "patch",
        "mm_vision_select_layer": -2,
        "mm_vision_tower": CLIP_L_336,
        "mm_vision_tower_lr": 2e-06,
        "model_type": MODEL_TYPE,
        "num_attention_heads": lm["num_attention_heads"],
        "num_hidden_layers": lm["num_hidden_layers"],
        "num_key_value_heads": lm["num_key_value_heads"],
        KIND_KEY: kind,
        "pretraining_tp": 1,
        "rms_norm_eps": 1e-05,
        "rope_scaling": None,
        "rope_theta": 10000.0,
        "tie_word_embeddings": False,
        "tokenizer_model_max_length": 4096,
        "tokenizer_padding_side": "right",
        "torch_dtype": dtype,
        "transformers_version": "4.37.2",
        "tune_mm_mlp_adapter": False,
        "unfreeze_mm_vision_tower": True,
        "use_cache": True,
        "use_mm_proj": True,
        "vocab_size": vocab_size,
    }
    if vision is not None:
        config["vision_config"] = {
            "model_type": "clip_vision_model", **vision, "image_size": 336, "patch_size": 14,
            "num_channels": 3, "hidden_act": "quick_gelu", "layer_norm_eps": 1e-05, "projection_dim": 768,
        }
    return dict(sorted(config.items()))


def tensor_shapes(config: dict[str, Any], vision: dict[str, int]) -> list[TensorSpec]:
    """The shape of every tensor named in :func:`all_tensor_names`, from the config's sizes."""
    h, ffn, v = config["hidden_size"], config["intermediate_size"], config["vocab_size"]
    kv = h // config["num_attention_heads"] * config["num_key_value_heads"]
    c, ci = vision["hidden_size"], vision["intermediate_size"]
    n_pos = (336 // 14) ** 2 + 1
    specs = []
    for name in all_tensor_names(config["num_hidden_layers"], vision["num_hidden_layers"]):
        leaf = name.rsplit(".", 2)[-2] if name.endswith((".weight", ".bias")) else name.rsplit(".", 1)[-1]
        is_bias = name.endswith(".bias")
        if name == "model.embed_tokens.weight" or name == "lm_head.weight":
            shape: tuple[int, ...] = (v, h)
        elif leaf in ("q_proj", "o_proj") and "vision" not in name:
            shape = (h, h)
        elif leaf in ("k_proj", "v_proj") and "vision" not in name:
            shape = (kv, h)
        elif leaf in ("gate_proj", "up_proj"):
            shape = (ffn, h)
        elif leaf == "down_proj":
            shape = (h, ffn)
        elif name in ("model.norm.weight", IMAGE_NEWLINE) or leaf.endswith("layernorm") and "vision" not in name:
            shape = (h,)
        elif name.startswith("model.mm_projector.0"):
            shape = (h,) if is_bias else (h, c)
        elif name.startswith("model.mm_projector.2"):
            shape = (h,) if is_bias else (h, h)
        elif leaf == "class_embedding":
            shape = (c,)
        elif leaf == "patch_embedding":
            shape = (c, 3, 14, 14)
        elif leaf == "position_embedding":
            shape = (n_pos, c)
        elif leaf == "fc1":
            shape = (ci,) if is_bias else (ci, c)
        elif leaf == "fc2":
            shape = (c,) if is_bias else (c, ci)
        elif leaf in ("q_proj", "k_proj", "v_proj", "out_proj"):
            shape = (c,) if is_bias else (c, c)
        else:  # vision layer norms: layer_norm1/2, pre_layrnorm, post_layernorm
            shape = (c,)
        specs.append(TensorSpec(name, shape))
    return specs


def weight_law(name: str, shape: tuple[int, ...]) -> tuple[float, float]:
    """(mean, std) of a tensor's random values: scales that keep activations near unit size."""
    if name.endswith(".weight") and ("norm" in name or "layrnorm" in name or "layer_norm" in name):
        return 1.0, 0.1
    if name.endswith(".bias"):
        return 0.0, 0.05
    if name in ("model.embed_tokens.weight", IMAGE_NEWLINE) or name.endswith("class_embedding"):
        return 0.0, 0.5
    if name.endswith("position_embedding.weight"):
        return 0.0, 0.3
    fan_in = int(np.prod(shape[1:]))
    return 0.0, (3.0 if name == "lm_head.weight" else 1.0) / float(np.sqrt(fan_in))


def seeded_values(spec: TensorSpec, seed: int) -> np.ndarray:
    """Random values for one tensor: the name and seed alone decide them (order does not matter)."""
    rng = np.random.default_rng([seed, zlib.crc32(spec.name.encode("utf-8"))])
    mean, std = weight_law(spec.name, spec.shape)
    return (mean + std * rng.standard_normal(spec.shape)).astype(np.float32)


def write_tokenizer_files(out: Path, model_bytes: bytes) -> None:
    """tokenizer.model plus the JSON files a LLaVA-vicuna checkpoint carries next to it."""
    (out / "tokenizer.model").write_bytes(model_bytes)
    write_json(out / "tokenizer_config.json", {
        "add_bos_token": True, "add_eos_token": False, "bos_token": "<s>", "clean_up_tokenization_spaces": False,
        "eos_token": "</s>", "legacy": False, "model_max_length": 4096, "pad_token": "<unk>",
        "padding_side": "right", "sp_model_kwargs": {}, "spaces_between_special_tokens": False,
        "tokenizer_class": "LlamaTokenizer", "unk_token": "<unk>", "use_default_system_prompt": False,
    })
    write_json(out / "special_tokens_map.json", {
        "bos_token": "<s>", "eos_token": "</s>", "pad_token": "<unk>", "unk_token": "<unk>"})


def write_generation_config(out: Path) -> None:
    write_json(out / "generation_config.json", {
        "bos_token_id": 1, "eos_token_id": 2, "pad_token_id": 0, "max_length": 4096,
        "transformers_version": "4.37.2"})


def make_tiny_checkpoint(out: Path, merge: str = "flat", seed: int = 0, dtype: str = "float16",
                         vocab_size: int | None = None) -> Path:
    """Write the tiny checkpoint into ``out`` (created; must not hold another checkpoint).

    ``vocab_size`` larger than the tokenizer gives embedding rows without pieces, as some checkpoints have
    (the converter pads the GGUF vocabulary for them)."""
    if merge not in MERGE_TYPES:
        raise ValueError(f"merge must be one of {MERGE_TYPES}, not {merge!r}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer = train_tokenizer(tiny_corpus(shared_data_dir() / "ptbxl" / "records.json"), TINY_VOCAB_SIZE)
    import sentencepiece as spm

    vocab_size = max(vocab_size or 0, spm.SentencePieceProcessor(model_proto=tokenizer).get_piece_size())
    config = llava_config(TINY_LM, TINY_VISION, vocab_size, merge, dtype, kind="test")
    write_json(out / "config.json", config)
    write_tokenizer_files(out, tokenizer)
    write_generation_config(out)
    specs = tensor_shapes(config, TINY_VISION)
    write_sharded_checkpoint(out, specs, lambda spec: seeded_values(spec, seed), dtype, n_shards=2)
    return out
