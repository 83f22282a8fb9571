"""The independent reference: transformers' own CLIP and LLaMA, loaded with a checkpoint's weights (tests only).

This is what PULSE's reference code runs (CLIPVisionModel inside LLaVA's CLIPVisionTower, LlamaForCausalLM
under LlavaLlamaForCausalLM), built from the checkpoint's config.json and fed the checkpoint's tensors as
read by the converter's reader (which the tiny-checkpoint tests check against safetensors itself).
"""

from __future__ import annotations

import numpy as np
import torch
from transformers import CLIPVisionConfig, CLIPVisionModel, LlamaConfig, LlamaForCausalLM

from quantize.checkpoint import Checkpoint
from quantize.llava_layout import VISION_PREFIX


def _state(ckpt: Checkpoint, keys, prefix: str) -> dict[str, torch.Tensor]:
    return {k: torch.from_numpy(ckpt.tensor(prefix + k)) for k in keys}


def clip_vision(ckpt: Checkpoint) -> CLIPVisionModel:
    cfg = {k: v for k, v in ckpt.config["vision_config"].items() if k != "model_type"}
    model = CLIPVisionModel(CLIPVisionConfig(**cfg)).eval()
    model.load_state_dict(_state(ckpt, model.state_dict().keys(), VISION_PREFIX.removesuffix("vision_model.")
                                 if next(iter(model.state_dict())).startswith("vision_model.") else VISION_PREFIX))
    return model


def vision_features(ckpt: Checkpoint, pixels: np.ndarray) -> np.ndarray:
    """LLaVA: hidden_states[select_layer][:, 1:] -> Linear -> GELU -> Linear (mlp2x_gelu)."""
    model = clip_vision(ckpt)
    t = {k: torch.from_numpy(ckpt.tensor(f"model.mm_projector.{k}")) for k in ("0.weight", "0.bias", "2.weight",
                                                                                  "2.bias")}
    with torch.no_grad():
        out = model(pixel_values=torch.from_numpy(pixels), output_hidden_states=True)
        feats = out.hidden_states[int(ckpt.config["mm_vision_select_layer"])][:, 1:]
        hidden = torch.nn.functional.gelu(torch.nn.functional.linear(feats, t["0.weight"], t["0.bias"]))
        return torch.nn.functional.linear(hidden, t["2.weight"], t["2.bias"]).numpy()


def llama(ckpt: Checkpoint) -> LlamaForCausalLM:
    c = ckpt.config
    config = LlamaConfig(
        vocab_size=c["vocab_size"], hidden_size=c["hidden_size"], intermediate_size=c["intermediate_size"],
        num_hidden_layers=c["num_hidden_layers"], num_attention_heads=c["num_attention_heads"],
        num_key_value_heads=c["num_key_value_heads"], rms_norm_eps=c["rms_norm_eps"], rope_theta=c["rope_theta"],
        max_position_embeddings=c["max_position_embeddings"], tie_word_embeddings=False, hidden_act="silu",
        bos_token_id=1, eos_token_id=2, pad_token_id=0)
    model = LlamaForCausalLM(config).eval()
    model.load_state_dict(_state(ckpt, model.state_dict().keys(), ""))
    return model


def llama_logits(model: LlamaForCausalLM, embeddings: np.ndarray) -> np.ndarray:
    with torch.no_grad():
        return model(inputs_embeds=torch.from_numpy(embeddings[None].astype(np.float32))).logits[0].numpy()
