"""Bad checkpoints and failures get a clear CheckpointError and leave no bundle and no partial folder behind."""

from __future__ import annotations

import errno
import json
import shutil

import gguf
import pytest

from pulse_desktop.core.errors import CheckpointError, PulseError
from pulse_desktop.core.events import StageStarted
from quantize.convert import convert


def _run(source, out, **kwargs):
    for _ in convert(source, out, "Q8_0", **kwargs):
        pass


def _assert_nothing_left(out):
    assert not out.exists()
    assert not list(out.parent.glob(f"{out.name}.partial-*"))


@pytest.fixture
def broken(tiny_checkpoint_flat, tmp_path):
    """A private copy of the tiny checkpoint to damage."""
    return shutil.copytree(tiny_checkpoint_flat, tmp_path / "checkpoint")


def _edit_config(folder, **changes):
    path = folder / "config.json"
    config = json.loads(path.read_text())
    for key, value in changes.items():
        if value is None:
            config.pop(key, None)
        else:
            config[key] = value
    path.write_text(json.dumps(config))


def _expect(source, out, *phrases):
    with pytest.raises(CheckpointError) as caught:
        _run(source, out)
    message = caught.value.message
    for phrase in phrases:
        assert phrase in message, message
    assert caught.value.hint
    _assert_nothing_left(out)
    return caught.value


def test_missing_shard(broken, tmp_path):
    (broken / "model-00002-of-00002.safetensors").unlink()
    _expect(broken, tmp_path / "out", "missing the shard model-00002-of-00002.safetensors")


def test_truncated_shard(broken, tmp_path):
    shard = broken / "model-00001-of-00002.safetensors"
    with open(shard, "r+b") as handle:
        handle.truncate(shard.stat().st_size - 1000)
    _expect(broken, tmp_path / "out", "model-00001-of-00002.safetensors is truncated")


def test_plain_llama(broken, tmp_path):
    _edit_config(broken, model_type="llama", architectures=["LlamaForCausalLM"], mm_vision_tower=None)
    _expect(broken, tmp_path / "out", "plain LLaMA language model", "without a vision tower")


def test_mistral_based_llava(broken, tmp_path):
    _edit_config(broken, model_type="llava_mistral", architectures=["LlavaMistralForCausalLM"])
    _expect(broken, tmp_path / "out", "Mistral-based LLaVA")


def test_transformers_format_llava_next(broken, tmp_path):
    _edit_config(broken, model_type="llava_next", architectures=["LlavaNextForConditionalGeneration"])
    _expect(broken, tmp_path / "out", "transformers-format LLaVA-NeXT", "LlavaNextForConditionalGeneration")


@pytest.mark.parametrize("key", ["mm_vision_select_layer", "image_grid_pinpoints", "rms_norm_eps", "mm_hidden_size"])
def test_missing_config_key(broken, tmp_path, key):
    _edit_config(broken, **{key: None})
    _expect(broken, tmp_path / "out", f"config.json lacks {key}")


def test_unsupported_projector(broken, tmp_path):
    _edit_config(broken, mm_projector_type="linear")
    _expect(broken, tmp_path / "out", "projector 'linear'")


def test_missing_tokenizer(broken, tmp_path):
    (broken / "tokenizer.model").unlink()
    _expect(broken, tmp_path / "out", "no tokenizer.model")


def test_weights_that_do_not_match_the_config(broken, tmp_path):
    _edit_config(broken, mm_hidden_size=64)
    _expect(broken, tmp_path / "out", "model.mm_projector.0.weight has shape")


def test_disk_full_mid_write(tiny_checkpoint_flat, tmp_path, monkeypatch):
    real = gguf.GGUFWriter.write_tensor_data
    calls = []

    def fill_disk(self, tensor, *args, **kwargs):
        calls.append(1)
        if len(calls) > 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, tensor, *args, **kwargs)

    monkeypatch.setattr(gguf.GGUFWriter, "write_tensor_data", fill_disk)
    error = _expect(tiny_checkpoint_flat, tmp_path / "out", "The disk is full")
    assert "Free some disk space" in error.hint


def test_interrupted_conversion_leaves_nothing(tiny_checkpoint_flat, tmp_path):
    out = tmp_path / "out"
    events = convert(tiny_checkpoint_flat, out, "Q8_0")
    for event in events:
        if isinstance(event, StageStarted) and event.stage == "vision":
            assert list(tmp_path.glob("out.partial-*"))  # work in progress exists...
            events.close()  # ...until the consumer stops (Ctrl+C, cancel, SIGTERM in the CLI)
            break
    _assert_nothing_left(out)


def test_existing_output_is_never_overwritten(tiny_checkpoint_flat, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(PulseError, match="already exists"):
        _run(tiny_checkpoint_flat, out)
    assert (out / "keep.txt").read_text() == "mine"


def test_source_that_is_neither_folder_nor_repo_id(tmp_path):
    with pytest.raises(CheckpointError, match="neither a checkpoint folder nor a Hugging Face repo id"):
        _run(str(tmp_path / "no" / "such" / "folder"), tmp_path / "out")
    _assert_nothing_left(tmp_path / "out")
