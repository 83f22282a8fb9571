"""`pulse-quantize tiny`: PULSE-7B's exact layout, LLaMA's tokenizer settings, byte-for-byte reproducible."""

from __future__ import annotations

import json

import numpy as np
import sentencepiece as spm
from sentencepiece import sentencepiece_model_pb2 as sp_model

from quantize.checkpoint import Checkpoint
from quantize.cli import main as quantize_main
from quantize.llava_layout import all_tensor_names
from tests.support.bundles import build_tiny_checkpoint

LLAVA_KEYS = {
    "model_type": "llava_llama", "architectures": ["LlavaLlamaForCausalLM"], "image_aspect_ratio": "anyres",
    "image_grid_pinpoints": [[336, 672], [672, 336], [672, 672], [1008, 336], [336, 1008]],
    "mm_vision_select_layer": -2, "mm_vision_select_feature": "patch", "mm_projector_type": "mlp2x_gelu",
    "mm_vision_tower": "openai/clip-vit-large-patch14-336", "tokenizer_model_max_length": 4096,
    "max_position_embeddings": 4096, "bos_token_id": 1, "eos_token_id": 2, "pad_token_id": 0,
}


def _files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_tiny_twice_gives_identical_bytes(tmp_path):
    assert quantize_main(["tiny", str(tmp_path / "a"), "--seed", "7"]) == 0
    assert quantize_main(["tiny", str(tmp_path / "b"), "--seed", "7"]) == 0
    first, second = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert first.keys() == second.keys()
    assert all(first[name] == second[name] for name in first), [n for n in first if first[n] != second[n]]
    build_tiny_checkpoint(tmp_path / "c", seed=8)
    other = _files(tmp_path / "c")
    assert other["model-00001-of-00002.safetensors"] != first["model-00001-of-00002.safetensors"]
    assert other["tokenizer.model"] == first["tokenizer.model"]


def test_config_has_every_llava_and_llama_key(tiny_checkpoint_flat, tiny_checkpoint_unpad):
    for folder, merge in ((tiny_checkpoint_flat, "flat"), (tiny_checkpoint_unpad, "spatial_unpad")):
        config = json.loads((folder / "config.json").read_text())
        for key, value in LLAVA_KEYS.items():
            assert config[key] == value, key
        assert config["mm_patch_merge_type"] == merge
        for key in ("hidden_size", "intermediate_size", "num_hidden_layers", "num_attention_heads",
                    "num_key_value_heads", "rms_norm_eps", "rope_theta", "vocab_size", "mm_hidden_size"):
            assert config[key] > 0, key
        vision = config["vision_config"]
        assert (vision["image_size"], vision["patch_size"], vision["hidden_act"]) == (336, 14, "quick_gelu")
        assert config["mm_hidden_size"] == vision["hidden_size"]
        for name in ("tokenizer_config.json", "special_tokens_map.json", "generation_config.json"):
            assert json.loads((folder / name).read_text())


def test_every_real_tensor_name_in_at_least_two_fp16_shards(tiny_checkpoint_flat):
    index = json.loads((tiny_checkpoint_flat / "model.safetensors.index.json").read_text())
    config = json.loads((tiny_checkpoint_flat / "config.json").read_text())
    expected = set(all_tensor_names(config["num_hidden_layers"], config["vision_config"]["num_hidden_layers"]))
    assert set(index["weight_map"]) == expected
    for name in ("model.embed_tokens.weight", "lm_head.weight", "model.norm.weight", "model.image_newline",
                 "model.layers.1.self_attn.k_proj.weight", "model.layers.0.post_attention_layernorm.weight",
                 "model.mm_projector.0.weight", "model.mm_projector.2.bias",
                 "model.vision_tower.vision_tower.vision_model.pre_layrnorm.weight",
                 "model.vision_tower.vision_tower.vision_model.encoder.layers.2.self_attn.out_proj.bias",
                 "model.vision_tower.vision_tower.vision_model.embeddings.class_embedding"):
        assert name in expected
    assert len(set(index["weight_map"].values())) >= 2
    ckpt = Checkpoint(tiny_checkpoint_flat)
    assert {e.dtype for e in ckpt.entries.values()} == {"F16"}
    assert ckpt.shape("model.vision_tower.vision_tower.vision_model.embeddings.position_embedding.weight")[0] == 577
    assert sum(e.end - e.start for e in ckpt.entries.values()) == index["metadata"]["total_size"]


def test_tokenizer_has_llamas_settings(tiny_checkpoint_flat):
    data = (tiny_checkpoint_flat / "tokenizer.model").read_bytes()
    proto = sp_model.ModelProto()
    proto.ParseFromString(data)
    trainer, normalizer = proto.trainer_spec, proto.normalizer_spec
    assert trainer.model_type == sp_model.TrainerSpec.BPE
    assert trainer.byte_fallback and trainer.split_digits and trainer.allow_whitespace_only_pieces
    assert (trainer.unk_id, trainer.bos_id, trainer.eos_id, trainer.pad_id) == (0, 1, 2, -1)
    assert normalizer.name == "identity" and normalizer.add_dummy_prefix and not normalizer.remove_extra_whitespaces
    processor = spm.SentencePieceProcessor(model_proto=data)
    config = json.loads((tiny_checkpoint_flat / "config.json").read_text())
    assert processor.get_piece_size() == config["vocab_size"]
    assert processor.decode(processor.encode("line one\nline  two")) == "line one\nline  two"
    assert processor.id_to_piece(13) == "<0x0A>"


def test_bf16_checkpoint_reads_as_the_same_values(tmp_path):
    fp16 = Checkpoint(build_tiny_checkpoint(tmp_path / "f16", dtype="float16"))
    bf16 = Checkpoint(build_tiny_checkpoint(tmp_path / "bf16", dtype="bfloat16"))
    assert {e.dtype for e in bf16.entries.values()} == {"BF16"}
    for name in ("model.layers.0.self_attn.q_proj.weight", "model.embed_tokens.weight",
                 "model.vision_tower.vision_tower.vision_model.embeddings.patch_embedding.weight"):
        a, b = fp16.tensor(name), bf16.tensor(name)
        assert a.dtype == b.dtype == np.float32 and a.shape == b.shape
        assert np.allclose(a, b, rtol=2 ** -7, atol=1e-6)  # bf16 keeps 8 significant bits
        assert not np.array_equal(a, b)
