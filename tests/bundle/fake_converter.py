"""A stand-in for `python -m quantize.cli convert ... --progress-json` to test the app's side of the pipe.

It speaks the progress-line protocol (docs/bundle-format.md) and writes a hand-made bundle; the real
converter is exercised by the end-to-end test. Usage: fake_converter.py MODE OUT
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bundle.fake_bundles import make_fake_bundle  # noqa: E402


def emit(**event) -> None:
    print(json.dumps(event), flush=True)


def main() -> int:
    mode, out = sys.argv[1], Path(sys.argv[2])
    print("converter: starting (a plain line, not JSON)", flush=True)
    print("a warning on stderr", file=sys.stderr, flush=True)
    emit(event="stage_started", stage="language_model", detail="writing f16 GGUF")
    for i in range(1, 5):
        emit(event="progress", stage="language_model", done=i * 25, total=100, detail=f"tensor {i}")
    if mode == "fail":
        emit(event="error", message="The checkpoint is a plain LLaMA, not a LLaVA model.",
             hint="Give the PULSE-7B checkpoint (LlavaLlamaForCausalLM).")
        return 4
    if mode == "memory":
        emit(event="error", message="Converting needs about 8 GB of free memory; 2 GB are free.",
             hint="Close other programs.", exit_code=5, type="InsufficientMemoryError")
        return 5
    if mode == "crash":
        print("Traceback (most recent call last):\nRuntimeError: boom", file=sys.stderr, flush=True)
        return 3
    if mode == "nobundle":
        emit(event="done", bundle=str(out), valid=True, validation={}, usage={})
        return 0
    if mode == "slow":
        out.mkdir(parents=True)
        (out / "partial.gguf").write_bytes(b"\0" * 1000)
        (out.parent / "converter.pid").write_text(str(os.getpid()))
        emit(event="progress", stage="language_model", done=1, total=100, detail="slow")
        time.sleep(120)
        return 0
    if mode == "download":  # as quantize.convert does for a repo id: download next to OUT
        download = out.parent / f".{out.name}.download"
        if (download / "model.safetensors").is_file():
            print("reusing the earlier download", flush=True)
        else:
            download.mkdir()
            (download / "model.safetensors").write_bytes(b"weights")
    make_fake_bundle(out, name="converted", valid=(mode != "invalid"), kind="test")
    emit(event="progress", stage="validate", done=1, total=1)
    emit(event="stage_finished", stage="validate", seconds=0.25)
    emit(event="done", bundle=str(out), valid=mode != "invalid", validation={},
         usage={"seconds": 1.5, "peak_anon_gib": 0.1, "peak_rss_gib": 0.123})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
