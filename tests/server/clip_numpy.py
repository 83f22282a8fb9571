"""CLIP tower + mlp2x_gelu projector in float64 numpy, straight from a tiny checkpoint: the reference
(class token first, erf GELU) and llama.cpp's stock LLaVA graph (class token last, tanh GELU), to show which
of the two a given implementation computes (tests/server/test_clip_quirks.py)."""

from __future__ import annotations

from math import erf

import numpy as np

from quantize.checkpoint import Checkpoint
from quantize.llava_layout import PROJECTOR_PREFIX as P
from quantize.llava_layout import VISION_PREFIX as V

_erf = np.vectorize(erf)


def _ln(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


def clip_features(ckpt: Checkpoint, pixels: np.ndarray, stock_llama_cpp: bool) -> np.ndarray:
    """[576, hidden] for one normalised [3, 336, 336] view."""
    t = lambda name: np.asarray(ckpt.tensor(name), dtype=np.float64)  # noqa: E731
    vision = ckpt.vision
    n_layers = vision.num_hidden_layers + int(ckpt.config["mm_vision_select_layer"]) + 1
    w = t(V + "embeddings.patch_embedding.weight")
    width, p = w.shape[0], vision.patch_size
    side = pixels.shape[-1] // p
    patches = pixels.reshape(3, side, p, side, p).transpose(1, 3, 0, 2, 4).reshape(side * side, -1)
    tokens = patches @ w.reshape(width, -1).T
    cls = t(V + "embeddings.class_embedding")[None]
    x = np.concatenate([tokens, cls] if stock_llama_cpp else [cls, tokens])
    x = _ln(x + t(V + "embeddings.position_embedding.weight"), t(V + "pre_layrnorm.weight"),
            t(V + "pre_layrnorm.bias"), vision.layer_norm_eps)
    heads = vision.num_attention_heads
    for i in range(n_layers):
        pre = V + f"encoder.layers.{i}."
        h = _ln(x, t(pre + "layer_norm1.weight"), t(pre + "layer_norm1.bias"), vision.layer_norm_eps)
        q, k, v = (h @ t(pre + f"self_attn.{n}_proj.weight").T + t(pre + f"self_attn.{n}_proj.bias")
                   for n in ("q", "k", "v"))
        d = width // heads
        q, k, v = (a.reshape(-1, heads, d).transpose(1, 0, 2) for a in (q, k, v))
        s = q @ k.transpose(0, 2, 1) / np.sqrt(d)
        s = np.exp(s - s.max(-1, keepdims=True))
        s /= s.sum(-1, keepdims=True)
        o = (s @ v).transpose(1, 0, 2).reshape(-1, width)
        x = x + o @ t(pre + "self_attn.out_proj.weight").T + t(pre + "self_attn.out_proj.bias")
        h = _ln(x, t(pre + "layer_norm2.weight"), t(pre + "layer_norm2.bias"), vision.layer_norm_eps)
        h = h @ t(pre + "mlp.fc1.weight").T + t(pre + "mlp.fc1.bias")
        h = h / (1 + np.exp(-1.702 * h))
        x = x + h @ t(pre + "mlp.fc2.weight").T + t(pre + "mlp.fc2.bias")
    h = x[1:] @ t(P + "0.weight").T + t(P + "0.bias")  # both keep rows 1..576
    if stock_llama_cpp:
        h = 0.5 * h * (1 + np.tanh(np.sqrt(2 / np.pi) * (h + 0.044715 * h ** 3)))
    else:
        h = 0.5 * h * (1 + _erf(h / np.sqrt(2)))
    return h @ t(P + "2.weight").T + t(P + "2.bias")
