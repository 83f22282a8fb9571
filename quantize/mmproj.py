"""``pulse-quantize mmproj``: the CLIP tower and projector as an mmproj GGUF for llama.cpp's own clip/mtmd path.

This file exists for one purpose: the benchmark's side-by-side comparison with what a user would run instead
of PULSE Desktop (llama-cpp-python's LLaVA-1.6 chat handler, which needs an mmproj GGUF next to the language
model). The app never reads it; its own vision path is the ONNX model.

The layout is what llama.cpp's clip loader (tools/mtmd/clip.cpp, clip-impl.h) reads for a LLaVA projector
(``clip.projector_type = "mlp"``), as written by llama.cpp's legacy ``convert_image_encoder_to_gguf.py``:

* keys ``clip.vision.*`` (sizes, eps, image size and patch size, CLIP mean/std), ``clip.use_gelu`` false for
  CLIP's quick_gelu, ``clip.vision.image_grid_pinpoints`` flattened (w, h, w, h, ...),
  ``clip.vision.mm_patch_merge_type`` and ``clip.vision.image_aspect_ratio`` from the checkpoint's config;
* ``clip.vision.feature_layer`` = the non-negative index of ``mm_vision_select_layer`` (-2 -> 23 of 24), and
  only that many encoder blocks are stored (``block_count`` = that index), without the post-LayerNorm, so
  that llama.cpp's LLaVA graph returns ``hidden_states[select_layer]`` as the reference does;
* tensors ``v.*`` (tower), ``mm.0.*`` / ``mm.2.*`` (the mlp2x_gelu projector) and ``v.image_newline``.

The MLP's fc1 is written as ``ffn_up`` and fc2 as ``ffn_down`` (the legacy script swapped the names and
llama.cpp swaps them back by shape; writing them right avoids its "ffn up/down are swapped" warning).
Weights are F16 (matrices and the patch convolution) or F32 (norms, biases, embeddings), tensor by tensor
from the memory-mapped checkpoint; ``precision="f32"`` writes every tensor in F32 (what the clinic server
uses: F16 matrices make ggml round the activations to F16 too). ``image_mean``/``image_std`` default to
OpenAI CLIP's; the clinic server passes the bundle manifest's so that the server normalises as the desktop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import gguf
import numpy as np

from pulse_desktop.core.errors import CheckpointError
from quantize.checkpoint import Checkpoint
from quantize.llava_layout import (
    IMAGE_NEWLINE,
    OPENAI_CLIP_MEAN,
    OPENAI_CLIP_STD,
    PROJECTOR_PREFIX,
    VISION_PREFIX,
    vision_layers_to_run,
)

ARCH = "clip"
PROJECTOR_TYPE = "mlp"  # llama.cpp's PROJECTOR_TYPE_MLP: Linear -> GELU -> Linear (mm.0, mm.2)

# checkpoint name (after VISION_PREFIX) -> GGUF name; "{i}" is the encoder layer
VISION_GLOBAL_MAP: dict[str, str] = {
    "embeddings.class_embedding": "v.class_embd",
    "embeddings.patch_embedding.weight": "v.patch_embd.weight",
    "embeddings.position_embedding.weight": "v.position_embd.weight",
    "pre_layrnorm.weight": "v.pre_ln.weight",
    "pre_layrnorm.bias": "v.pre_ln.bias",
}
VISION_LAYER_MAP: dict[str, str] = {
    "encoder.layers.{i}.self_attn.q_proj.{p}": "v.blk.{i}.attn_q.{p}",
    "encoder.layers.{i}.self_attn.k_proj.{p}": "v.blk.{i}.attn_k.{p}",
    "encoder.layers.{i}.self_attn.v_proj.{p}": "v.blk.{i}.attn_v.{p}",
    "encoder.layers.{i}.self_attn.out_proj.{p}": "v.blk.{i}.attn_out.{p}",
    "encoder.layers.{i}.layer_norm1.{p}": "v.blk.{i}.ln1.{p}",
    "encoder.layers.{i}.layer_norm2.{p}": "v.blk.{i}.ln2.{p}",
    "encoder.layers.{i}.mlp.fc1.{p}": "v.blk.{i}.ffn_up.{p}",
    "encoder.layers.{i}.mlp.fc2.{p}": "v.blk.{i}.ffn_down.{p}",
}
PROJECTOR_MAP: dict[str, str] = {
    PROJECTOR_PREFIX + "0.weight": "mm.0.weight",
    PROJECTOR_PREFIX + "0.bias": "mm.0.bias",
    PROJECTOR_PREFIX + "2.weight": "mm.2.weight",
    PROJECTOR_PREFIX + "2.bias": "mm.2.bias",
}
IMAGE_NEWLINE_NAME = "v.image_newline"


def mmproj_tensor_map(n_blocks: int) -> dict[str, str]:
    """Checkpoint tensor name -> mmproj GGUF name, for the first ``n_blocks`` encoder layers."""
    names = {VISION_PREFIX + src: dst for src, dst in VISION_GLOBAL_MAP.items()}
    for i in range(n_blocks):
        for src, dst in VISION_LAYER_MAP.items():
            for p in ("weight", "bias"):
                names[VISION_PREFIX + src.format(i=i, p=p)] = dst.format(i=i, p=p)
    names.update(PROJECTOR_MAP)
    names[IMAGE_NEWLINE] = IMAGE_NEWLINE_NAME
    return names


PRECISIONS = ("f16", "f32")


def _storage_type(gguf_name: str, ndim: int, precision: str = "f16") -> np.dtype:
    if precision == "f32":
        return np.dtype(np.float32)
    if ndim >= 2 and gguf_name.endswith(".weight") and gguf_name != "v.position_embd.weight":
        return np.dtype(np.float16)
    return np.dtype(np.float32)


def _add_metadata(writer: gguf.GGUFWriter, ckpt: Checkpoint, n_blocks: int, name: str, precision: str,
                  mean: tuple[float, ...], std: tuple[float, ...]) -> None:
    config, vision = ckpt.config, ckpt.vision
    writer.add_name(name)
    writer.add_description("PULSE/LLaVA-1.6 image encoder (CLIP tower + mlp2x_gelu projector) for llama.cpp mtmd")
    writer.add_file_type(0 if precision == "f32" else 1)  # all F32, or mostly F16
    writer.add_bool("clip.has_text_encoder", False)
    writer.add_bool("clip.has_vision_encoder", True)
    writer.add_bool("clip.has_llava_projector", True)
    writer.add_string("clip.projector_type", PROJECTOR_TYPE)
    writer.add_bool("clip.use_gelu", vision.hidden_act == "gelu")  # quick_gelu -> false
    writer.add_uint32("clip.vision.image_size", vision.image_size)
    writer.add_uint32("clip.vision.patch_size", vision.patch_size)
    writer.add_uint32("clip.vision.embedding_length", vision.hidden_size)
    writer.add_uint32("clip.vision.feed_forward_length", vision.intermediate_size)
    writer.add_uint32("clip.vision.projection_dim", int((config.get("vision_config") or {}).get("projection_dim", 768)))
    writer.add_uint32("clip.vision.attention.head_count", vision.num_attention_heads)
    writer.add_float32("clip.vision.attention.layer_norm_epsilon", vision.layer_norm_eps)
    writer.add_uint32("clip.vision.block_count", n_blocks)
    writer.add_array("clip.vision.feature_layer", [n_blocks])
    writer.add_array("clip.vision.image_mean", [float(v) for v in mean])
    writer.add_array("clip.vision.image_std", [float(v) for v in std])
    writer.add_array("clip.vision.image_grid_pinpoints", [int(v) for p in config["image_grid_pinpoints"] for v in p])
    writer.add_string("clip.vision.image_aspect_ratio", str(config["image_aspect_ratio"]))
    writer.add_string("clip.vision.mm_patch_merge_type", str(config.get("mm_patch_merge_type", "flat")))
    writer.add_string("clip.vision.mm_projector_type", str(config["mm_projector_type"]))
    if "image_crop_resolution" in config:
        writer.add_uint32("clip.vision.image_crop_resolution", int(config["image_crop_resolution"]))


def write_mmproj(checkpoint: Path | Checkpoint, out: Path, name: str = "PULSE-7B mmproj",
                 progress: Callable[[int, int], None] | None = None, precision: str = "f16",
                 image_mean: tuple[float, ...] = OPENAI_CLIP_MEAN,
                 image_std: tuple[float, ...] = OPENAI_CLIP_STD) -> Path:
    """Write ``out`` (an mmproj GGUF) from a LLaVA-LLaMA checkpoint folder; returns ``out``."""
    if precision not in PRECISIONS:
        raise CheckpointError(f"Unknown mmproj precision {precision!r}.", f"Choose one of {', '.join(PRECISIONS)}.")
    ckpt = checkpoint if isinstance(checkpoint, Checkpoint) else Checkpoint(Path(checkpoint))
    if ckpt.config["mm_projector_type"] != "mlp2x_gelu":
        raise CheckpointError("Only the mlp2x_gelu projector can be written as an mmproj.", "")
    n_blocks = vision_layers_to_run(int(ckpt.config["mm_vision_select_layer"]), ckpt.vision.num_hidden_layers)
    names = mmproj_tensor_map(n_blocks)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    writer = gguf.GGUFWriter(partial, ARCH)
    try:
        _add_metadata(writer, ckpt, n_blocks, name, precision, tuple(image_mean), tuple(image_std))
        for src, dst in names.items():
            shape = ckpt.shape(src)
            dtype = _storage_type(dst, len(shape), precision)
            writer.add_tensor_info(dst, shape, dtype, int(np.prod(shape)) * dtype.itemsize)
        writer.write_header_to_file(partial)
        writer.write_kv_data_to_file()
        writer.write_ti_data_to_file()
        for done, (src, dst) in enumerate(names.items(), start=1):
            values = ckpt.tensor(src)
            writer.write_tensor_data(np.ascontiguousarray(values, dtype=_storage_type(dst, values.ndim, precision)))
            if progress is not None:
                progress(done, len(names))
        writer.close()
    except BaseException:
        writer.close()
        partial.unlink(missing_ok=True)
        raise
    partial.replace(out)
    return out
