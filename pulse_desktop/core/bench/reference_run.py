"""llama.cpp's own multimodal path, run in a child process for the side-by-side comparison.

The child (``python -m pulse_desktop.core.bench.reference_run ARGS_JSON``) loads the same GGUF with
llama-cpp-python's ``Llava16ChatHandler`` and the mmproj GGUF that ``pulse-quantize mmproj`` wrote from the
same checkpoint, answers the same question on the same image with the same answer length, and prints one JSON
object. A separate process keeps both runs' memory apart (each has its own peak RSS) and leaves no
llama.cpp state behind in the benchmark's own process.
"""

from __future__ import annotations

import json
import mimetypes
import subprocess
import sys
from pathlib import Path
from typing import Any

from pulse_desktop.core.errors import PulseError


def run_reference(gguf_path: Path, mmproj_path: Path, image_path: Path, question: str, answer_tokens: int,
                  threads: int, n_batch: int, timeout_s: float = 7200.0, gpu_layers: int = 0) -> dict[str, Any]:
    args = {"gguf": str(gguf_path), "mmproj": str(mmproj_path), "image": str(image_path), "question": question,
            "answer_tokens": answer_tokens, "threads": threads, "n_batch": n_batch, "gpu_layers": gpu_layers}
    command = [sys.executable, "-m", "pulse_desktop.core.bench.reference_run", json.dumps(args)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout_s, check=False)
    except subprocess.TimeoutExpired as exc:
        raise PulseError("llama.cpp's own multimodal path did not finish in time.",
                         "Run the benchmark without --compare-llama-mmproj.") from exc
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise PulseError("llama.cpp's own multimodal path failed: " + " / ".join(tail),
                         "Check that the mmproj GGUF was written by `pulse-quantize mmproj` from the same checkpoint.")
    return json.loads(lines[-1])


def _child(raw: str) -> None:
    from pulse_desktop.core.bench.llama_reference import run_llava_chat_reference
    from pulse_desktop.core.bench.machine import peak_rss_bytes

    args = json.loads(raw)
    image = Path(args["image"])
    mime = mimetypes.guess_type(image.name)[0] or "image/png"
    result = run_llava_chat_reference(Path(args["gguf"]), Path(args["mmproj"]), image.read_bytes(), mime,
                                      args["question"], int(args["answer_tokens"]), int(args["threads"]),
                                      n_batch=int(args["n_batch"]), n_gpu_layers=int(args.get("gpu_layers", 0)))
    result["peak_rss_bytes"] = peak_rss_bytes()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    _child(sys.argv[1])
