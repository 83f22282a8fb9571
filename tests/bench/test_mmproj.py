"""The mmproj writer: llama.cpp's own clip loader accepts its file, and the Llava16ChatHandler comparison runs."""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np
import pytest

from pulse_desktop.core.bench.llama_reference import run_llava_chat_reference
from quantize.checkpoint import Checkpoint
from quantize.cli import main as quantize_main
from quantize.mmproj import mmproj_tensor_map
from tests.support.paths import REPO


@pytest.fixture(scope="module")
def tiny_mmproj(tiny_checkpoint_flat: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("mmproj") / "mmproj-tiny.gguf"
    assert quantize_main(["mmproj", str(tiny_checkpoint_flat), str(out)]) == 0
    return out


def _fields(path: Path) -> dict:
    reader = gguf.GGUFReader(str(path))
    return {name: field.contents() for name, field in reader.fields.items()}, reader


def test_keys_and_tensors_follow_the_checkpoint(tiny_mmproj: Path, tiny_checkpoint_flat: Path) -> None:
    ckpt = Checkpoint(tiny_checkpoint_flat)
    fields, reader = _fields(tiny_mmproj)
    assert fields["general.architecture"] == "clip"
    assert fields["clip.projector_type"] == "mlp"
    assert fields["clip.has_vision_encoder"] is True
    assert fields["clip.use_gelu"] is False  # CLIP's quick_gelu
    assert fields["clip.vision.embedding_length"] == ckpt.vision.hidden_size
    assert fields["clip.vision.image_size"] == 336 and fields["clip.vision.patch_size"] == 14
    # hidden_states[-2] of a 3-layer tower is the output of layer 2: two blocks stored, feature layer 2
    assert fields["clip.vision.block_count"] == ckpt.vision.num_hidden_layers - 1
    assert fields["clip.vision.feature_layer"] == [ckpt.vision.num_hidden_layers - 1]
    assert fields["clip.vision.image_grid_pinpoints"] == [v for p in ckpt.config["image_grid_pinpoints"] for v in p]
    assert fields["clip.vision.mm_patch_merge_type"] == ckpt.config["mm_patch_merge_type"]
    names = {t.name for t in reader.tensors}
    assert names == set(mmproj_tensor_map(ckpt.vision.num_hidden_layers - 1).values())
    assert not any("post_ln" in n for n in names)  # the LLaVA feature is taken before the post-LayerNorm
    # values survive the trip (fc1 as ffn_up, in the checkpoint's orientation)
    fc1 = ckpt.tensor("model.vision_tower.vision_tower.vision_model.encoder.layers.1.mlp.fc1.weight")
    stored = next(t for t in reader.tensors if t.name == "v.blk.1.ffn_up.weight")
    np.testing.assert_allclose(np.asarray(stored.data, np.float32).reshape(fc1.shape), fc1, rtol=1e-3, atol=1e-4)


def test_llama_cpp_llava16_handler_runs_on_the_tiny_model(tiny_mmproj: Path, tiny_bundle_f32_flat: Path) -> None:
    gguf_path = next(tiny_bundle_f32_flat.glob("*.gguf"))
    image = REPO / "resources" / "samples" / "ecg00003.png"
    result = run_llava_chat_reference(gguf_path, tiny_mmproj, image.read_bytes(), "image/png",
                                      "What is the rhythm?", answer_tokens=8, threads=2)
    assert result["generated_tokens"] == 8  # EOS suppressed: exactly the asked length
    # llama.cpp's clip path produced image embeddings: the prompt is text plus at least one 576-token image
    assert result["prompt_tokens"] > 576
    assert 0 < result["time_to_first_token_s"] <= result["total_s"]
