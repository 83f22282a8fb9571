"""Is this checkpoint PULSE-7B's kind (LLaVA-1.6 on LLaMA/Vicuna, original LLaVA layout)? Say clearly if not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pulse_desktop.core.errors import CheckpointError
from quantize.llava_layout import ARCHITECTURE, MODEL_TYPE, REQUIRED_LLAVA_KEYS, REQUIRED_LM_KEYS

_NEEDS = "PULSE Desktop converts LLaVA-1.6 checkpoints on a LLaMA/Vicuna language model in the original " \
         "LLaVA layout (model_type llava_llama), such as PULSE-ECG/PULSE-7B."


def _describe(config: dict[str, Any]) -> str | None:
    """What a checkpoint we cannot convert is, in words; None if it looks like ours."""
    model_type = str(config.get("model_type", ""))
    architectures = [str(a) for a in config.get("architectures") or []]
    arch = architectures[0] if architectures else ""
    if arch in ("LlavaNextForConditionalGeneration",) or model_type == "llava_next":
        return ("a transformers-format LLaVA-NeXT checkpoint (LlavaNextForConditionalGeneration, as published by "
                "llava-hf): its tensors are named language_model.*, vision_tower.* and multi_modal_projector.*")
    if arch == "LlavaForConditionalGeneration" or model_type == "llava":
        return "a transformers-format LLaVA checkpoint (LlavaForConditionalGeneration)"
    if "mistral" in model_type.lower() or "Mistral" in arch:
        if "llava" in model_type.lower() or "Llava" in arch:
            return f"a Mistral-based LLaVA ({arch or model_type}, e.g. llava-v1.6-mistral-7b)"
        return f"a Mistral language model ({arch or model_type}) without a vision tower"
    if model_type in ("llama",) or arch == "LlamaForCausalLM":
        if "mm_vision_tower" not in config:
            return f"a plain LLaMA language model ({arch or model_type}) without a vision tower or projector"
    if model_type != MODEL_TYPE:
        return f"a {model_type or 'model of unknown type'} checkpoint ({arch or 'no architectures entry'})"
    if arch and arch != ARCHITECTURE:
        return f"a llava_llama config naming the architecture {arch}"
    return None


def check_architecture(config: dict[str, Any], folder: Path) -> None:
    what = _describe(config)
    if what is not None:
        raise CheckpointError(f"{folder.name} is {what}, not a model this converter can turn into a bundle.",
                              _NEEDS)


def check_config_keys(config: dict[str, Any]) -> None:
    missing = [k for k in REQUIRED_LM_KEYS + REQUIRED_LLAVA_KEYS if config.get(k) is None]
    if "tokenizer_model_max_length" not in config and "max_position_embeddings" not in config:
        missing.append("tokenizer_model_max_length")
    if missing:
        raise CheckpointError(f"config.json lacks {', '.join(missing)}; the converter reads these values "
                              "from the checkpoint and never guesses them.",
                              "Download config.json again from the model's repository.")


def check_supported_llava(config: dict[str, Any]) -> None:
    """The LLaVA options the app implements (spec sections 1-3)."""
    problems = []
    if config["mm_projector_type"] != "mlp2x_gelu":
        problems.append(f"projector {config['mm_projector_type']!r} (only mlp2x_gelu)")
    if config["mm_vision_select_feature"] != "patch":
        problems.append(f"select feature {config['mm_vision_select_feature']!r} (only patch)")
    if config["image_aspect_ratio"] != "anyres":
        problems.append(f"image_aspect_ratio {config['image_aspect_ratio']!r} (only anyres)")
    if config.get("mm_use_im_start_end") or config.get("mm_use_im_patch_token"):
        problems.append("image start/end or patch tokens (mm_use_im_start_end / mm_use_im_patch_token)")
    merge = str(config.get("mm_patch_merge_type", "flat"))
    if merge not in ("flat", "spatial_unpad"):
        problems.append(f"mm_patch_merge_type {merge!r} (only flat and spatial_unpad)")
    pinpoints = config["image_grid_pinpoints"]
    if not (isinstance(pinpoints, list) and pinpoints
            and all(isinstance(p, list) and len(p) == 2 for p in pinpoints)):
        problems.append(f"image_grid_pinpoints {pinpoints!r} (a list of [width, height] pairs is needed)")
    if int(config.get("num_key_value_heads", config["num_attention_heads"])) <= 0:
        problems.append("num_key_value_heads <= 0")
    if problems:
        raise CheckpointError("This LLaVA checkpoint uses options PULSE Desktop does not implement: "
                              + "; ".join(problems) + ".", _NEEDS)
