"""`models convert`: the converter child process, its progress lines, failures, cancel and Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from pulse_desktop.core import paths
from pulse_desktop.core.bundle.converter_process import (
    converter_command,
    iter_convert_and_import,
    parse_progress_line,
)
from pulse_desktop.core.bundle.registry import list_bundles
from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.errors import BundleError, Cancelled, CheckpointError, InsufficientMemoryError
from pulse_desktop.core.events import Done, Message, Progress, StageFinished, StageStarted
from tests.support.paths import REPO
from tests.support.signals import sigint_as_in_a_terminal

FAKE = Path(__file__).with_name("fake_converter.py")


def fake(mode: str) -> list[str]:
    return [sys.executable, str(FAKE), mode]


def _leftovers() -> list[str]:
    root = paths.bundles_dir()
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_command_runs_the_converter_module_with_json_progress(tmp_path):
    argv = converter_command("PULSE-ECG/PULSE-7B", tmp_path / "out", "Q4_K_M", "fp16")
    assert argv[:3] == [sys.executable, "-m", "quantize.cli"]
    assert argv[3:] == ["convert", "PULSE-ECG/PULSE-7B", str(tmp_path / "out"), "--quant", "Q4_K_M",
                        "--vision", "fp16", "--progress-json"]


def test_parse_progress_line():
    assert parse_progress_line('{"event":"progress","stage":"x","done":1,"total":2}\n')["done"] == 1
    assert parse_progress_line("plain text") is None
    assert parse_progress_line("{broken") is None
    assert parse_progress_line('{"no_event": 1}') is None


def test_converted_bundle_is_imported_with_progress_and_messages(pulse_home):
    events = list(iter_convert_and_import("ckpt", "Q8_0", "fp32", command=fake("ok")))
    assert isinstance(events[-1], Done) and events[-1].result.name == "converted"
    progress = [e for e in events if isinstance(e, Progress)]
    assert [(e.stage, e.done) for e in progress[:4]] == [("language_model", 25), ("language_model", 50),
                                                        ("language_model", 75), ("language_model", 100)]
    assert any(e.stage == "import" for e in progress)
    texts = [e.text for e in events if isinstance(e, Message)]
    assert "converter: starting (a plain line, not JSON)" in texts
    assert "a warning on stderr" in texts
    assert "Conversion took 1.5 s, peak memory 0.123 GiB resident (0.1 GiB private)." in texts
    assert any(isinstance(e, StageStarted) and e.stage == "language_model" for e in events)
    assert any(isinstance(e, StageFinished) and e.stage == "validate" and e.seconds == 0.25 for e in events)
    assert _leftovers() == ["converted"]


def test_a_download_is_kept_for_the_next_conversion(pulse_home):
    first = list(iter_convert_and_import("PULSE-ECG/PULSE-7B", name="first", command=fake("download")))
    kept = pulse_home / "downloads" / "PULSE-ECG--PULSE-7B"
    assert (kept / "model.safetensors").read_bytes() == b"weights"
    assert any(isinstance(e, Message) and str(kept) in e.text for e in first)
    second = list(iter_convert_and_import("PULSE-ECG/PULSE-7B", name="second", command=fake("download")))
    assert "reusing the earlier download" in [e.text for e in second if isinstance(e, Message)]
    assert (kept / "model.safetensors").is_file()
    assert _leftovers() == ["first", "second"]


def test_converter_error_event_becomes_the_error_shown(pulse_home):
    with pytest.raises(CheckpointError, match="plain LLaMA") as info:
        list(iter_convert_and_import("ckpt", command=fake("fail")))
    assert "LlavaLlamaForCausalLM" in info.value.hint
    assert _leftovers() == []


def test_converter_error_type_is_kept(pulse_home):
    with pytest.raises(InsufficientMemoryError, match="8 GB"):
        list(iter_convert_and_import("ckpt", command=fake("memory")))


def test_command_passes_name_and_revision(tmp_path):
    argv = converter_command("PULSE-ECG/PULSE-7B", tmp_path / "out", "Q8_0", "int8", "mine", "v1.0")
    assert argv[-4:] == ["--name", "mine", "--revision", "v1.0"]


def test_converter_crash_shows_its_last_stderr_line(pulse_home):
    with pytest.raises(CheckpointError, match=r"exit code 3\): RuntimeError: boom"):
        list(iter_convert_and_import("ckpt", command=fake("crash")))
    assert _leftovers() == []


def test_converter_without_output_is_an_error(pulse_home):
    with pytest.raises(CheckpointError, match="without writing a bundle"):
        list(iter_convert_and_import("ckpt", command=fake("nobundle")))
    assert _leftovers() == []


def test_invalid_result_is_refused_unless_allowed(pulse_home):
    with pytest.raises(BundleError, match="did not pass its validation"):
        list(iter_convert_and_import("ckpt", command=fake("invalid")))
    assert _leftovers() == []
    events = list(iter_convert_and_import("ckpt", allow_invalid=True, command=fake("invalid")))
    assert events[-1].result.allow_invalid


def test_unknown_quantization_is_refused_before_starting(pulse_home):
    with pytest.raises(BundleError, match="Unknown quantization 'Q3'"):
        list(iter_convert_and_import("ckpt", quant="Q3", command=fake("ok")))
    assert _leftovers() == []


def test_cancel_stops_the_converter_and_cleans_up(pulse_home):
    token = CancelToken()
    events = iter_convert_and_import("ckpt", cancel=token, command=fake("slow"))
    pid = None
    with pytest.raises(Cancelled):
        for event in events:
            if isinstance(event, Progress) and event.detail == "slow":
                (workdir,) = [p for p in paths.bundles_dir().iterdir() if p.name.startswith(".converting-")]
                pid = int((workdir / "converter.pid").read_text())
                token.cancel()
    assert pid is not None
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    assert _leftovers() == []
    assert list_bundles() == []


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_ctrl_c_during_convert_exits_130_and_leaves_nothing(pulse_home):
    script = (
        "import sys\n"
        "from pulse_desktop.cli.main import main\n"
        "from pulse_desktop.cli import cmd_models\n"
        "from pulse_desktop.core.bundle import converter_process as cp\n"
        "real = cp.iter_convert_and_import\n"
        f"cp.iter_convert_and_import = lambda *a, **k: real(*a, **k, command=[sys.executable, {str(FAKE)!r}, 'slow'])\n"
        "raise SystemExit(main(['models', 'convert', 'ckpt']))\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PULSE_HOME": str(pulse_home)},
                            preexec_fn=sigint_as_in_a_terminal)
    try:
        pid_file = None
        deadline = time.monotonic() + 60
        while pid_file is None and time.monotonic() < deadline:
            found = list(paths.bundles_dir().glob(".converting-*/converter.pid")) if paths.bundles_dir().exists() else []
            pid_file = found[0] if found and found[0].read_text() else None
            time.sleep(0.1)
        assert pid_file is not None, "the fake converter never started"
        converter_pid = int(pid_file.read_text())
        os.kill(proc.pid, signal.SIGINT)  # what Ctrl-C sends to the app (the terminal also signals the child)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert "Interrupted" in err or "Cancelled" in err
    assert not psutil.pid_exists(converter_pid) or psutil.Process(converter_pid).status() == psutil.STATUS_ZOMBIE
    assert _leftovers() == []
