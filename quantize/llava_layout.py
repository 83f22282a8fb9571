"""PULSE-7B's checkpoint layout as data: tensor names, config keys, the CLIP tower's documented values.

PULSE-7B is saved in the original LLaVA layout (``LlavaLlamaForCausalLM``, model_type ``llava_llama``).
Everything here is what that layout looks like; :mod:`quantize.tiny` and :mod:`quantize.synth` write it,
:mod:`quantize.checkpoint` reads and checks it.
"""

from __future__ import annotations

from dataclasses import dataclass

MODEL_TYPE = "llava_llama"
ARCHITECTURE = "LlavaLlamaForCausalLM"

VISION_PREFIX = "model.vision_tower.vision_tower.vision_model."
PROJECTOR_PREFIX = "model.mm_projector."
IMAGE_NEWLINE = "model.image_newline"
# Not in real checkpoints: `pulse-quantize tiny` writes "test", `synth` writes "synthetic"; the converter
# copies it into the manifest's kind so that the app never presents such a bundle as a clinical model.
KIND_KEY = "pulse_checkpoint_kind"

# The config keys the converter reads. Missing any of them is a CheckpointError, never a guess.
REQUIRED_LM_KEYS = (
    "hidden_size", "intermediate_size", "num_hidden_layers", "num_attention_heads", "rms_norm_eps",
    "vocab_size",
)
REQUIRED_LLAVA_KEYS = (
    "image_aspect_ratio", "image_grid_pinpoints", "mm_vision_select_layer", "mm_vision_select_feature",
    "mm_projector_type", "mm_hidden_size", "mm_vision_tower",
)

# The llava_v1 conversation template (LLaVA's llava/conversation.py, conv_vicuna_v1 / "llava_v1").
LLAVA_V1_SYSTEM = (
    "A chat between a curious human and an artificial intelligence assistant. "
    "The assistant gives helpful, detailed, and polite answers to the human's questions."
)
LLAVA_V1_ROLES = ("USER", "ASSISTANT")
LLAVA_V1_SEP = " "
LLAVA_V1_SEP2 = "</s>"
IMAGE_TOKEN = "<image>"

# CLIP's image normalisation (OpenAI CLIP's documented values, also transformers' OPENAI_CLIP_MEAN/STD).
OPENAI_CLIP_MEAN = (0.48145466, 0.4578275, 0.40821073)
OPENAI_CLIP_STD = (0.26862954, 0.26130258, 0.27577711)


@dataclass(frozen=True)
class ClipDefaults:
    """Values of a named CLIP tower that a LLaVA config does not carry (spec section 1)."""

    hidden_size: int
    intermediate_size: int
    num_hidden_layers: int
    num_attention_heads: int
    image_size: int
    patch_size: int
    hidden_act: str
    layer_norm_eps: float
    image_mean: tuple[float, float, float]
    image_std: tuple[float, float, float]


KNOWN_TOWERS: dict[str, ClipDefaults] = {
    "openai/clip-vit-large-patch14-336": ClipDefaults(
        hidden_size=1024, intermediate_size=4096, num_hidden_layers=24, num_attention_heads=16,
        image_size=336, patch_size=14, hidden_act="quick_gelu", layer_norm_eps=1e-5,
        image_mean=OPENAI_CLIP_MEAN, image_std=OPENAI_CLIP_STD,
    ),
}

# Every CLIP tower that LLaVA uses is an OpenAI CLIP; its preprocessor normalises with OpenAI's values.
DEFAULT_MEAN_STD_SOURCE = "OpenAI CLIP defaults for the named tower (no preprocessor_config.json in the checkpoint)"


def lm_layer_tensors(i: int) -> tuple[str, ...]:
    p = f"model.layers.{i}."
    return (
        p + "self_attn.q_proj.weight", p + "self_attn.k_proj.weight", p + "self_attn.v_proj.weight",
        p + "self_attn.o_proj.weight", p + "mlp.gate_proj.weight", p + "mlp.up_proj.weight",
        p + "mlp.down_proj.weight", p + "input_layernorm.weight", p + "post_attention_layernorm.weight",
    )


def vision_layer_tensors(i: int) -> tuple[str, ...]:
    p = f"{VISION_PREFIX}encoder.layers.{i}."
    names: list[str] = []
    for proj in ("q_proj", "k_proj", "v_proj", "out_proj"):
        names += [f"{p}self_attn.{proj}.weight", f"{p}self_attn.{proj}.bias"]
    for part in ("layer_norm1", "layer_norm2", "mlp.fc1", "mlp.fc2"):
        names += [f"{p}{part}.weight", f"{p}{part}.bias"]
    return tuple(names)


VISION_EMBEDDING_TENSORS = (
    VISION_PREFIX + "embeddings.class_embedding",
    VISION_PREFIX + "embeddings.patch_embedding.weight",
    VISION_PREFIX + "embeddings.position_embedding.weight",
    VISION_PREFIX + "pre_layrnorm.weight",
    VISION_PREFIX + "pre_layrnorm.bias",
)
VISION_POST_TENSORS = (VISION_PREFIX + "post_layernorm.weight", VISION_PREFIX + "post_layernorm.bias")
PROJECTOR_TENSORS = (
    PROJECTOR_PREFIX + "0.weight", PROJECTOR_PREFIX + "0.bias",
    PROJECTOR_PREFIX + "2.weight", PROJECTOR_PREFIX + "2.bias",
)


def all_tensor_names(n_lm_layers: int, n_vision_layers: int) -> list[str]:
    """Every tensor of a LLaVA-LLaMA checkpoint, in the order the tiny and synthetic writers store them."""
    names = ["model.embed_tokens.weight"]
    for i in range(n_lm_layers):
        names += lm_layer_tensors(i)
    names += ["model.norm.weight", "lm_head.weight", IMAGE_NEWLINE]
    names += PROJECTOR_TENSORS
    names += VISION_EMBEDDING_TENSORS
    for i in range(n_vision_layers):
        names += vision_layer_tensors(i)
    names += VISION_POST_TENSORS
    return names


def vision_layers_to_run(select_layer: int, n_layers: int) -> int:
    """How many encoder layers produce ``hidden_states[select_layer]`` (hidden_states[0] is the embedding)."""
    index = select_layer if select_layer >= 0 else n_layers + 1 + select_layer
    if not 0 <= index <= n_layers:
        raise ValueError(f"mm_vision_select_layer {select_layer} is outside a {n_layers}-layer tower")
    return index
