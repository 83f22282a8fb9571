"""`pulse-quantize convert OWNER/NAME OUT`: downloaded (from a loopback imitation of the Hub, never the
internet), converted, and the manifest names the repo, revision and commit."""

from __future__ import annotations

import huggingface_hub.constants as hf_constants
import pytest

from pulse_desktop.core.bundle.manifest import read_manifest
from pulse_desktop.core.events import Done, Progress, StageStarted
from quantize.convert import convert
from tests.bundle.loopback_hub import LoopbackHub, hub_state_from_folder

REPO_ID = "PULSE-ECG/PULSE-7B"


@pytest.fixture
def hub(tiny_checkpoint_flat, monkeypatch, tmp_path):
    state = hub_state_from_folder(REPO_ID, tiny_checkpoint_flat)
    monkeypatch.setattr(hf_constants, "HF_HUB_OFFLINE", False)  # the test session is offline by default
    monkeypatch.setattr(hf_constants, "HF_HUB_CACHE", str(tmp_path / "hf-cache"))
    monkeypatch.delenv("HF_TOKEN", raising=False)
    with LoopbackHub(state) as url:
        monkeypatch.setenv("HF_ENDPOINT", url)
        yield state


def test_repo_id_is_downloaded_then_converted(hub, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # "PULSE-ECG/PULSE-7B" must not resolve to a folder
    out = tmp_path / "bundle"
    events = list(convert(REPO_ID, out, "Q8_0"))
    assert any(isinstance(e, StageStarted) and e.stage == "download" for e in events)
    downloads = [e for e in events if isinstance(e, Progress) and e.stage == "download"]
    assert downloads and downloads[-1].done == downloads[-1].total > 0
    assert isinstance(events[-1], Done) and events[-1].result.valid
    manifest = read_manifest(out)
    assert manifest.source["type"] == "huggingface" and manifest.source["repo_id"] == REPO_ID
    assert manifest.source["revision"] == "main" and manifest.source["commit"] == hub.commit
    assert manifest.name == "PULSE-7B-Q8_0-fp32"
    assert (tmp_path / ".bundle.download" / "config.json").is_file()  # kept for the next conversion
