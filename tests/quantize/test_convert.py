"""`pulse-quantize convert`: the manifest says what the checkpoint says, and the validation figures are real."""

from __future__ import annotations

import json

import numpy as np
import onnx
import pytest

from pulse_desktop.core.bundle.manifest import read_manifest, sha256_file
from pulse_desktop.core.events import Done, Message
from quantize import validate
from quantize.checkpoint import Checkpoint
from quantize.cli import main as quantize_main
from quantize.convert import convert
from tests.support.bundles import build_tiny_bundle, build_tiny_checkpoint


def _convert(source, out, quant, vision="fp32"):
    events = list(convert(source, out, quant, vision))
    assert isinstance(events[-1], Done)
    return events


@pytest.fixture(scope="module")
def q4_int8(tiny_checkpoint_unpad, tmp_path_factory):
    out = tmp_path_factory.mktemp("convert") / "q4-int8"
    _convert(tiny_checkpoint_unpad, out, "Q4_K_M", "int8")
    return out


def test_manifest_is_read_from_the_checkpoint(q4_int8, tiny_checkpoint_unpad):
    manifest = read_manifest(q4_int8)
    config = json.loads((tiny_checkpoint_unpad / "config.json").read_text())
    assert manifest.kind == "test"
    assert manifest.mm_patch_merge_type == "spatial_unpad" == config["mm_patch_merge_type"]
    assert manifest.preprocess.grid_pinpoints == tuple(tuple(p) for p in config["image_grid_pinpoints"])
    assert manifest.preprocess.image_aspect_ratio == "anyres"
    assert manifest.language_model.n_ctx == config["tokenizer_model_max_length"]
    assert manifest.language_model.hidden_size == manifest.vision.output_dim == config["hidden_size"]
    assert manifest.language_model.vocab_size == config["vocab_size"]
    assert (manifest.vision.image_size, manifest.vision.patch_size, manifest.vision.tokens_per_image) == (336, 14, 576)
    assert manifest.prompt.template == "llava_v1" and manifest.prompt.sep2 == "</s>"
    assert "OpenAI CLIP defaults" in manifest.source["image_mean_std"]
    assert set(manifest.source["sha256"]) == {"config.json", "model.safetensors.index.json", "tokenizer.model"}
    assert manifest.source["sha256"]["config.json"] == sha256_file(tiny_checkpoint_unpad / "config.json")
    assert manifest.tool["name"] == "pulse-quantize" and manifest.tool["llama_cpp_python"]
    assert set(manifest.files) == {p.name for p in q4_int8.iterdir()} - {"manifest.json"}
    newline = np.load(q4_int8 / manifest.vision.image_newline_file)
    expected = Checkpoint(tiny_checkpoint_unpad).tensor("model.image_newline")
    assert newline.dtype == np.float32 and np.array_equal(newline, expected)


def test_validation_figures_are_present_and_sensible(q4_int8):
    manifest = read_manifest(q4_int8)
    figures = manifest.validation
    lm, vision = figures["language_model"], figures["vision"]
    assert lm["against"] == "F16" and lm["positions"] >= 64
    assert 0.5 <= lm["top1_agreement"] < 1.0  # Q4 flips some near-ties on a random model, not most
    assert 0.0 < lm["mean_kl"] <= lm["max_kl"] < 1.0
    assert vision["against"] == "fp32" and vision["precision"] == "int8"
    assert 0.98 <= vision["cosine"] < 1.0
    assert 0.0 < vision["max_abs_diff"] < vision["reference_max_abs"]
    assert figures["thresholds"]["language_model"] == validate.THRESHOLDS["language_model"]["Q4_K_M"]
    assert len(figures["samples"]) == 3
    assert manifest.valid is figures["passed"] is (lm["passed"] and vision["passed"])
    assert figures["conversion"]["seconds"] > 0 and figures["conversion"]["peak_rss_gib"] > 0


def test_fp16_and_int8_vision_are_what_they_say(q4_int8, tiny_checkpoint_flat, tmp_path):
    int8 = onnx.load(str(q4_int8 / "vision.onnx"))
    assert {"DynamicQuantizeMatMul", "MatMulInteger"} & {n.op_type for n in int8.graph.node}
    _convert(tiny_checkpoint_flat, tmp_path / "fp16", "F16", "fp16")
    fp16 = onnx.load(str(tmp_path / "fp16" / "vision.onnx"))
    types = {t.data_type for t in fp16.graph.initializer if len(t.dims) >= 2}
    assert types == {onnx.TensorProto.FLOAT16}
    manifest = read_manifest(tmp_path / "fp16")
    assert manifest.vision.precision == "fp16" and manifest.vision.image_newline_file is None
    assert manifest.validation["vision"]["cosine"] >= 0.999  # fp16 weights of an fp16 checkpoint: lossless
    assert manifest.validation["language_model"]["compared"] is False  # F16 is the reference itself


def test_below_the_thresholds_the_bundle_is_marked_not_valid(tiny_checkpoint_flat, tmp_path, monkeypatch):
    strict = {**validate.THRESHOLDS["language_model"], "Q8_0": {"min_top1_agreement": 1.01, "max_mean_kl": 0.0}}
    monkeypatch.setitem(validate.THRESHOLDS, "language_model", strict)
    events = _convert(tiny_checkpoint_flat, tmp_path / "strict", "Q8_0")
    assert any(isinstance(e, Message) and e.level == "warning" for e in events)
    manifest = read_manifest(tmp_path / "strict")
    assert manifest.valid is False and manifest.validation["language_model"]["passed"] is False
    assert events[-1].result.valid is False


def test_bf16_checkpoint_converts(tmp_path):
    source = build_tiny_checkpoint(tmp_path / "bf16", dtype="bfloat16")
    _convert(source, tmp_path / "bundle", "Q8_0")
    manifest = read_manifest(tmp_path / "bundle")
    assert manifest.valid and manifest.validation["language_model"]["top1_agreement"] >= 0.95


def test_cli_progress_json(tiny_checkpoint_flat, tmp_path, capsys):
    out = tmp_path / "bundle"
    code = quantize_main(["convert", str(tiny_checkpoint_flat), str(out), "--quant", "Q8_0", "--vision", "fp16",
                          "--name", "tiny-cli", "--progress-json"])
    assert code == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = [line["event"] for line in lines]
    assert kinds[0] == "stage_started" and kinds[-1] == "done"
    assert {"progress", "stage_finished"} <= set(kinds)
    assert lines[-1]["bundle"] == str(out) and lines[-1]["valid"] is True
    assert read_manifest(out).name == "tiny-cli" and (out / "tiny-cli.gguf").is_file()


def test_cli_error_is_json_and_exit_code(tmp_path, capsys):
    code = quantize_main(["convert", str(tmp_path), str(tmp_path / "out"), "--progress-json"])
    assert code == 4
    line = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert line["event"] == "error" and line["type"] == "CheckpointError" and "config.json" in line["message"]


def test_fixture_builder_variants(tmp_path):
    bundle = build_tiny_bundle(tmp_path, merge="spatial_unpad", quant="Q5_K_M", vision="fp16", seed=3)
    manifest = read_manifest(bundle)
    assert manifest.language_model.quantization == "Q5_K_M" and manifest.uses_image_newline
