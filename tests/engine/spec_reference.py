"""An independent reference written from the spec (docs: shared/spec/pulse-inference.md) for the engine tests.

Preprocessing (section 2) with Pillow and numpy, merge (section 3) with torch as LLaVA's llava_arch.py does
it, prompt ids (section 4) with SentencePiece as the slow LlamaTokenizer does it. Tests only.
"""

from __future__ import annotations

import math

import numpy as np
import sentencepiece as spm
import torch
from PIL import Image
from sentencepiece import sentencepiece_model_pb2 as sp_model

SYSTEM = ("A chat between a curious human and an artificial intelligence assistant. "
          "The assistant gives helpful, detailed, and polite answers to the human's questions.")


def reference_pixels(image: Image.Image, pinpoints, crop: int, mean, std) -> np.ndarray:
    rgb = image.convert("RGB")
    W, H = rgb.size  # noqa: N806 - the spec's names
    ranked = []
    for index, (w, h) in enumerate(pinpoints):
        s = min(w / W, h / H)
        eff = min(int(W * s) * int(H * s), W * H)
        ranked.append((-eff, w * h - eff, index))
    Tw, Th = pinpoints[min(ranked)[2]]  # noqa: N806
    if Tw / W < Th / H:
        nw, nh = Tw, min(math.ceil(H * (Tw / W)), Th)  # LLaVA: scale = Tw / W, then ceil(H * scale)
    else:
        nw, nh = min(math.ceil(W * (Th / H)), Tw), Th
    canvas = np.zeros((Th, Tw, 3), np.uint8)
    x0, y0 = (Tw - nw) // 2, (Th - nh) // 2
    canvas[y0:y0 + nh, x0:x0 + nw] = np.asarray(rgb.resize((nw, nh), Image.BICUBIC))
    views = [np.asarray(rgb.resize((crop, crop), Image.BICUBIC))]
    for r in range(Th // crop):
        for c in range(Tw // crop):
            views.append(canvas[r * crop:(r + 1) * crop, c * crop:(c + 1) * crop])
    m = np.array(mean, np.float32)
    sd = np.array(std, np.float32)
    out = [((v.astype(np.float32) / np.float32(255.0) - m) / sd).transpose(2, 0, 1) for v in views]
    return np.stack(out).astype(np.float32), (Tw, Th)


def reference_merge(features: np.ndarray, merge: str, best: tuple[int, int], size: tuple[int, int], crop: int,
                    newline: np.ndarray | None) -> np.ndarray:
    """LLaVA's prepare_inputs_labels_for_multimodal for one image (torch), features [N, T, C]."""
    f = torch.from_numpy(features)
    if merge == "flat":
        return f.flatten(0, 1).numpy()
    base, rest = f[0], f[1:]
    side = int(math.isqrt(f.shape[1]))
    nw, nh = best[0] // crop, best[1] // crop
    x = rest.view(nh, nw, side, side, -1).permute(4, 0, 2, 1, 3).contiguous().flatten(1, 2).flatten(2, 3)
    W, H = size  # noqa: N806
    ch, cw = x.shape[1:]
    if W / H > cw / ch:
        new_h = int(H * (cw / W))
        pad = (ch - new_h) // 2
        x = x[:, pad:ch - pad, :]
    else:
        new_w = int(W * (ch / H))
        pad = (cw - new_w) // 2
        x = x[:, :, pad:cw - pad]
    nl = torch.from_numpy(newline)
    x = torch.cat((x, nl[:, None, None].expand(*x.shape[:-1], 1)), dim=-1)
    x = x.flatten(1, 2).transpose(0, 1)
    return torch.cat((base, x), dim=0).numpy()


class SlowTokenizer:
    """SentencePiece as transformers' slow LlamaTokenizer uses it: dummy prefix at the start of a text; after
    the special ``</s>`` only with legacy=True."""

    def __init__(self, model_file, legacy: bool) -> None:
        self.sp = spm.SentencePieceProcessor(model_file=str(model_file))
        proto = sp_model.ModelProto()
        proto.ParseFromString(open(model_file, "rb").read())
        proto.normalizer_spec.add_dummy_prefix = False
        self.bare = spm.SentencePieceProcessor(model_proto=proto.SerializeToString())
        self.legacy = legacy

    def __call__(self, text: str, bos: bool) -> list[int]:
        ids = [1] if bos else []
        for i, chunk in enumerate(text.split("</s>")):
            if i:
                ids.append(2)
            if chunk:
                ids += (self.sp if i == 0 or self.legacy else self.bare).encode(chunk)
        return ids


def prompt_pieces(turns: list[tuple[str, str | None]]) -> tuple[str, str]:
    """The llava_v1 prompt split on <image>."""
    text = SYSTEM + " "
    for i, (q, a) in enumerate(turns):
        q = "<image>\n" + q if i == 0 else q
        text += f"USER: {q} ASSISTANT:" + (f" {a}</s>" if a is not None else "")
    before, after = text.split("<image>")
    return before, after
