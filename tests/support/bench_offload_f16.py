"""What a GPU backend's f16 arithmetic changes in the answer: F32, Q8_0 and Q4_K_M tiny bundles, on the CPU and
with every layer offloaded, f16 arithmetic off and on (llama.cpp's Vulkan backend reads GGML_VK_DISABLE_F16 once,
when it starts its device: each setting runs in its own process).

    GGML_VK_VISIBLE_DEVICES=0 python -m tests.support.bench_offload_f16 [--steps 32] [--pages ecg00019.bmp ...]

For each bundle and page it prints, against the CPU run of the same bundle: how many of the greedy tokens are
the CPU's before the first difference, and the largest log-probability difference over the whole vocabulary at
the prompt's next token and along the CPU's continuation (teacher-forced); and, for scale, the same figures of
the quantized bundle's CPU run against the F32 bundle's (the error the quantization already brings). Needs a
llama.cpp build with a GPU backend (docs/performance.md, "A Vulkan build"); without one it says so and stops.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

QUANTS = ("F32", "Q8_0", "Q4_K_M")
PAGES = ("ecg00019.bmp", "ecg00010.png", "ecg00012.jpg")
RUNS = {"cpu": ("0", None), "gpu, f16 off": ("99", "1"), "gpu, f16 on (default)": ("99", None)}


def _child(bundle: str, pages: list[str], steps: int, gpu_layers: int, out: str) -> None:
    """One process: ask each page greedily, then the log-softmax along the given continuation."""
    from pulse_desktop.core.engine.answer import GenerationOptions
    from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
    from pulse_desktop.core.events import Done
    from tests.engine.conftest import QUESTION, ecg

    # tests.engine.conftest turns f16 off for the offload tests: the setting asked for is put back before the
    # engine starts llama.cpp's Vulkan device (which reads it then)
    if os.environ.get("PULSE_F16_MODE") == "on":
        os.environ.pop("GGML_VK_DISABLE_F16", None)
    else:
        os.environ["GGML_VK_DISABLE_F16"] = "1"
    follow = json.loads(os.environ.get("PULSE_F16_FOLLOW", "{}"))
    engine = MultimodalEngine(Path(bundle), n_threads=2, n_gpu_layers=gpu_layers)
    result: dict[str, object] = {"settings": {k: engine.settings()[k] for k in ("device", "backend",
                                                                                  "layers_offloaded", "n_layers")}}
    try:
        for name in pages:
            page = ecg(name)
            done = [e for e in engine.ask(page, QUESTION, options=GenerationOptions(max_new_tokens=steps,
                                                                                      ignore_eos=True))
                    if isinstance(e, Done)][0].result
            continuation = follow.get(name, list(done.token_ids))
            logits = np.asarray(engine.teacher_forced_logits(page, QUESTION, continuation), dtype=np.float64)
            top = logits.max(axis=-1, keepdims=True)
            logp = logits - top - np.log(np.exp(logits - top).sum(axis=-1, keepdims=True))
            np.save(f"{out}-{name}.npy", logp)
            result[name] = list(done.token_ids)
    finally:
        engine.close()
    Path(f"{out}.json").write_text(json.dumps(result))


def _run(bundle: Path, pages: list[str], steps: int, gpu_layers: str, disable_f16: str | None, out: Path,
         follow: dict[str, list[int]]) -> dict:
    env = dict(os.environ, PULSE_F16_FOLLOW=json.dumps(follow))
    env["PULSE_F16_MODE"] = "off" if disable_f16 else "on"
    env.setdefault("GGML_VK_VISIBLE_DEVICES", "0")
    cmd = [sys.executable, "-m", "tests.support.bench_offload_f16", "--child", str(bundle), "--out", str(out),
           "--steps", str(steps), "--gpu-layers", gpu_layers, "--pages", *pages]
    subprocess.run(cmd, env=env, check=True)
    return json.loads(Path(f"{out}.json").read_text())


def _agree(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _compare(base: Path, other: Path, base_tokens: list[int], other_tokens: list[int]) -> tuple[int, float, float]:
    p, q = np.load(base), np.load(other)
    diff = np.abs(p - q)
    return _agree(base_tokens, other_tokens), float(diff[0].max()), float(diff.max())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=32)
    parser.add_argument("--pages", nargs="+", default=list(PAGES))
    parser.add_argument("--quants", nargs="+", default=list(QUANTS))
    parser.add_argument("--child")
    parser.add_argument("--out")
    parser.add_argument("--gpu-layers", type=int, default=0)
    parser.add_argument("--json", help="write the figures here too")
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args.pages, args.steps, args.gpu_layers, args.out)
        return 0

    from pulse_desktop.core.engine.llama.devices import list_devices, offload_devices
    from tests.support.bundles import build_tiny_bundle

    os.environ.setdefault("GGML_VK_VISIBLE_DEVICES", "0")
    if not offload_devices():
        print("No GPU device: this llama.cpp build has no GPU backend or no driver for it "
              "(docs/performance.md, 'A Vulkan build'). Devices: "
              + ", ".join(d.label() for d in list_devices()))
        return 2
    work = Path(tempfile.mkdtemp(prefix="pulse-f16-"))
    rows: list[dict] = []
    f32_cpu: dict | None = None
    for quant in args.quants:
        bundle = build_tiny_bundle(work / quant, merge="flat", quant=quant, validate=False)
        runs = {}
        for label, (layers, disable) in RUNS.items():
            follow = {} if label == "cpu" else {p: runs["cpu"][p] for p in args.pages}
            runs[label] = _run(bundle, args.pages, args.steps, layers, disable, work / f"{quant}-{label[:12]}",
                               follow)
        if quant == "F32":
            f32_cpu = runs["cpu"]
        for page in args.pages:
            base = work / f"{quant}-cpu-{page}.npy"
            for label in list(RUNS)[1:]:
                agree, first, worst = _compare(base, work / f"{quant}-{label[:12]}-{page}.npy",
                                               runs["cpu"][page], runs[label][page])
                rows.append({"bundle": quant, "page": page, "run": label, "greedy_agree": agree,
                             "first_token_max_diff": first, "max_diff": worst,
                             "device": runs[label]["settings"]["device"]})
            if quant != "F32" and f32_cpu is not None:
                # the quantization's own error, for scale: this bundle's CPU run against the F32 bundle's, each
                # along its own greedy tokens (first token only, where both see the same prompt)
                p = np.load(work / f"F32-cpu-{page}.npy")[0]
                q = np.load(base)[0]
                rows.append({"bundle": quant, "page": page, "run": "cpu vs F32 cpu (quantization)",
                             "greedy_agree": _agree(f32_cpu[page], runs["cpu"][page]),
                             "first_token_max_diff": float(np.abs(p - q).max()), "max_diff": None,
                             "device": "CPU"})
    print(f"{'bundle':7} {'page':14} {'run':32} {'greedy':>7} {'first-token':>12} {'along 32':>10}")
    for r in rows:
        worst = "-" if r["max_diff"] is None else f"{r['max_diff']:.2e}"
        print(f"{r['bundle']:7} {r['page']:14} {r['run']:32} {r['greedy_agree']:>4}/{args.steps:<2} "
              f"{r['first_token_max_diff']:12.2e} {worst:>10}")
    print("device:", rows[0]["device"] if rows else "-")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
