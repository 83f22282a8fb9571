"""The bundle computes what the torch/transformers reference computes, on the tiny checkpoint.

(a) vision ONNX fp32 == CLIPVisionModel.hidden_states[-2][:, 1:] -> projector (max abs diff <= 1e-4);
(b) F32 GGUF logits in llama.cpp (tokens + image embeddings) == LlamaForCausalLM(inputs_embeds) within 1e-3,
    and without llama.cpp's q/k row permutation they are not.
"""

from __future__ import annotations

import numpy as np
import pytest

from pulse_desktop.core.bundle.manifest import read_manifest
from quantize.checkpoint import Checkpoint
from quantize.gguf_export import write_gguf
from quantize.llama_runner import LlamaRunner, Segment
from quantize.validate import base_views, run_vision, sample_images
from tests.quantize import reference

pytest.importorskip("torch")


@pytest.fixture(scope="module")
def ckpt(tiny_checkpoint_flat):
    return Checkpoint(tiny_checkpoint_flat)


@pytest.fixture(scope="module")
def pixels():
    """Two real ECG pages (base views) and one random input, as pixel_values [3,3,336,336]."""
    pages = base_views(sample_images()[:2], 336, (0.48145466, 0.4578275, 0.40821073),
                       (0.26862954, 0.26130258, 0.27577711))
    noise = np.random.default_rng(0).standard_normal((1, 3, 336, 336)).astype(np.float32)
    return np.concatenate([pages, noise])


def test_vision_onnx_matches_transformers_clip_and_projector(ckpt, pixels, tiny_bundle_f32_flat):
    manifest = read_manifest(tiny_bundle_f32_flat)
    ours = run_vision(tiny_bundle_f32_flat / manifest.vision.file, pixels)
    ref = reference.vision_features(ckpt, pixels)
    assert ours.shape == ref.shape == (3, 576, ckpt.config["hidden_size"])
    assert np.abs(ref).max() > 0.5  # a real signal, not a vacuous match
    assert float(np.abs(ours - ref).max()) <= 1e-4


def test_vision_onnx_batch_is_dynamic(pixels, tiny_bundle_f32_flat):
    path = tiny_bundle_f32_flat / "vision.onnx"
    import onnxruntime

    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    together = session.run(None, {"pixel_values": pixels})[0]
    one_by_one = run_vision(path, pixels)
    assert np.abs(together - one_by_one).max() <= 1e-5


def _mixed_input(ckpt: Checkpoint, runner: LlamaRunner):
    """BOS + system + 'USER: ', 40 image embeddings (real projector outputs' scale), '\\n' question."""
    head = runner.tokenize("A chat between a curious human and an artificial intelligence assistant. USER: ", True)
    tail = runner.tokenize("\nWhat is the heart rate? ASSISTANT:", False)
    image = np.random.default_rng(1).standard_normal((40, ckpt.config["hidden_size"])).astype(np.float32)
    embed = ckpt.tensor("model.embed_tokens.weight")
    segments = [Segment(tokens=head, logits=True), Segment(embeddings=image, logits=True),
                Segment(tokens=tail, logits=True)]
    return segments, np.concatenate([embed[head], image, embed[tail]])


def test_f32_gguf_logits_match_transformers_llama(ckpt, tiny_bundle_f32_flat):
    manifest = read_manifest(tiny_bundle_f32_flat)
    with LlamaRunner(tiny_bundle_f32_flat / manifest.language_model.file, n_ctx=512, threads=1, exact=True) as r:
        segments, embeddings = _mixed_input(ckpt, r)
        ours = r.logits(segments)
    ref = reference.llama_logits(reference.llama(ckpt), embeddings)
    assert ours.shape == ref.shape and ours.shape[0] > 50
    assert ref.std() > 1.0
    assert float(np.abs(ours - ref).max()) <= 1e-3


def test_without_the_qk_permutation_the_logits_differ(ckpt, tmp_path):
    unpermuted = tmp_path / "unpermuted.gguf"
    write_gguf(ckpt, unpermuted, "F32", permute_qk=False)
    with LlamaRunner(unpermuted, n_ctx=512, threads=1, exact=True) as r:
        segments, embeddings = _mixed_input(ckpt, r)
        wrong = r.logits(segments)
    ref = reference.llama_logits(reference.llama(ckpt), embeddings)
    # position 0 has no rotation partner yet; after it the rotary pairing is wrong
    assert float(np.abs(wrong[1:] - ref[1:]).max()) > 0.1
    assert float(np.abs(wrong[0] - ref[0]).max()) <= 1e-3


def test_vocab_larger_than_the_tokenizer_is_padded_and_still_matches(tmp_path):
    """Checkpoints whose embedding has more rows than tokenizer pieces (the synthetic 7B has 32000 rows for
    about 1000 pieces) get unused [PADn] tokens in the GGUF, as llama.cpp's converter writes them."""
    from tests.support.bundles import build_tiny_checkpoint

    source = build_tiny_checkpoint(tmp_path / "padded", vocab_size=1100)
    ckpt = Checkpoint(source)
    path = tmp_path / "padded.gguf"
    write_gguf(ckpt, path, "F32")
    import gguf

    reader = gguf.GGUFReader(path)
    tokens = reader.fields["tokenizer.ggml.tokens"]
    types = reader.fields["tokenizer.ggml.token_type"]
    assert len(tokens.data) == 1100
    assert bytes(tokens.parts[tokens.data[-1]]) == b"[PAD1099]"  # named by id, as llama.cpp names them
    assert int(types.parts[types.data[-1]][0]) == gguf.TokenType.UNUSED
    with LlamaRunner(path, n_ctx=512, threads=1, exact=True) as r:
        assert r.n_vocab == 1100
        segments, embeddings = _mixed_input(ckpt, r)
        ours = r.logits(segments)
    assert float(np.abs(ours - reference.llama_logits(reference.llama(ckpt), embeddings)).max()) <= 1e-3
