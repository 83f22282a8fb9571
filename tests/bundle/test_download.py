"""quantize.download against a loopback imitation of the Hub: right files, resumed transfers, clear errors.

Never the internet: HF_ENDPOINT points at 127.0.0.1 and the autouse network guard fails any other
connection.
"""

from __future__ import annotations

import socket

import huggingface_hub.constants as hf_constants
import pytest

from pulse_desktop.core.errors import CheckpointError
from quantize.download import ALLOW_PATTERNS, download_checkpoint, looks_like_repo_id, read_download_record
from quantize.tiny import make_tiny_checkpoint
from tests.bundle.loopback_hub import HubState, LoopbackHub, hub_state_from_folder

REPO_ID = "PULSE-ECG/PULSE-7B"
SHARD = "model-00001-of-00002.safetensors"


@pytest.fixture(scope="module")
def tiny_files(tmp_path_factory) -> dict[str, bytes]:
    folder = make_tiny_checkpoint(tmp_path_factory.mktemp("hub") / "ckpt")
    files = hub_state_from_folder(REPO_ID, folder).files
    files["README.md"] = b"# not needed by the converter\n"
    files["pytorch_model.bin"] = b"\0" * 5000  # the old format: must not be downloaded
    return files


@pytest.fixture
def hub(tiny_files, monkeypatch, tmp_path):
    state = HubState(REPO_ID, dict(tiny_files))
    monkeypatch.setattr(hf_constants, "HF_HUB_OFFLINE", False)  # the test session is offline by default
    monkeypatch.setattr(hf_constants, "HF_HUB_CACHE", str(tmp_path / "hf-cache"))
    monkeypatch.delenv("HF_TOKEN", raising=False)
    with LoopbackHub(state) as url:
        monkeypatch.setenv("HF_ENDPOINT", url)
        yield state


def test_downloads_only_what_the_converter_needs(hub, tmp_path):
    seen: list[tuple[int, int]] = []
    dest = download_checkpoint(REPO_ID, None, tmp_path / "dl", progress=lambda d, t: seen.append((d, t)))
    wanted = {name for name in hub.files if name not in ("README.md", "pytorch_model.bin")}
    assert {"config.json", "tokenizer.model", "model.safetensors.index.json", SHARD} <= wanted
    for name in wanted:
        assert (dest / name).read_bytes() == hub.files[name], name
    assert not (dest / "README.md").exists() and not (dest / "pytorch_model.bin").exists()
    assert not hub.gets("pytorch_model.bin")
    total = sum(len(hub.files[n]) for n in wanted)
    assert seen[-1] == (total, total)
    record = read_download_record(dest)
    assert record["repo_id"] == REPO_ID and record["revision"] == "main" and record["commit"] == hub.commit
    paths_asked = {path for _, path, _ in hub.log}
    assert f"/api/models/{REPO_ID}/revision/main" in paths_asked
    assert f"/api/models/{REPO_ID}/tree/{hub.commit}" in paths_asked


def test_a_connection_dropped_mid_file_is_resumed_with_a_range_request(hub, tmp_path, monkeypatch):
    # huggingface_hub writes (and so can resume from) whole chunks: 10 MB, made small here for a tiny shard
    monkeypatch.setattr(hf_constants, "DOWNLOAD_CHUNK_SIZE", 64 * 1024)
    hub.drop_once.add(SHARD)
    dest = download_checkpoint(REPO_ID, "main", tmp_path / "dl")
    assert (dest / SHARD).read_bytes() == hub.files[SHARD]
    first, second = hub.gets(SHARD)
    assert first == ""
    resumed_at = int(second.removeprefix("bytes=").rstrip("-"))
    assert 0 < resumed_at < len(hub.files[SHARD])


def test_an_interrupted_download_fetches_only_what_is_missing_when_run_again(hub, tmp_path):
    hub.drop_once.add(SHARD)
    hub.refuse_after_drop = True  # the network stays down after the drop
    with pytest.raises(CheckpointError) as info:
        download_checkpoint(REPO_ID, "main", tmp_path / "dl")
    assert "again" in info.value.hint
    assert not (tmp_path / "dl" / SHARD).exists()
    assert not (tmp_path / "dl" / ".pulse-download.json").exists()  # not reported as complete

    hub.refusing.clear()  # the network is back
    dest = download_checkpoint(REPO_ID, "main", tmp_path / "dl")
    assert (dest / SHARD).read_bytes() == hub.files[SHARD]
    others = [name for name in hub.files if name != SHARD and hub.gets(name)]
    assert others and all(len(hub.gets(name)) == 1 for name in others)  # finished files were not fetched again


def test_unknown_repo_and_revision_are_clear_errors(hub, tmp_path):
    with pytest.raises(CheckpointError, match="There is no model 'someone/else'"):
        download_checkpoint("someone/else", None, tmp_path / "a")
    with pytest.raises(CheckpointError, match="has no revision 'v9'"):
        download_checkpoint(REPO_ID, "v9", tmp_path / "b")


def test_no_safetensors_is_refused(tiny_files, hub, tmp_path):
    for name in [n for n in hub.files if n.endswith(".safetensors")]:
        del hub.files[name]
    with pytest.raises(CheckpointError, match="no safetensors weights"):
        download_checkpoint(REPO_ID, None, tmp_path / "dl")


def test_unreachable_endpoint_says_so(hub, monkeypatch, tmp_path):
    with socket.socket() as probe:  # a loopback port with nobody listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    with pytest.raises(CheckpointError, match="Cannot reach"):
        download_checkpoint(REPO_ID, None, tmp_path / "dl")


def test_offline_mode_is_respected(hub, monkeypatch, tmp_path):
    monkeypatch.setattr(hf_constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(CheckpointError, match="HF_HUB_OFFLINE"):
        download_checkpoint(REPO_ID, None, tmp_path / "dl")
    assert hub.log == []


def test_repo_id_or_folder(tmp_path):
    assert looks_like_repo_id("PULSE-ECG/PULSE-7B")
    assert not looks_like_repo_id(str(tmp_path))
    assert not looks_like_repo_id("a/b/c")
    assert "*.safetensors" in ALLOW_PATTERNS
