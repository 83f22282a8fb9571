"""`pulse-desktop bench`: time every stage of the full path on a real ECG image, against the machine's measured
matrix-multiply peak and, optionally, llama.cpp's own multimodal path in the same run.

Figures go to stdout (text, or one JSON object with ``--json``); progress notes to stderr. The analysis of
the figures on a PULSE-7B-shaped model is in docs/performance.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pulse_desktop.core.bench.levers import Levers


def register(sub) -> None:
    p = sub.add_parser("bench", help="benchmark the full path (stages, GEMM peak, llama.cpp comparison)")
    p.add_argument("--bundle", help="an installed bundle's name or a bundle folder (default: the default bundle)")
    p.add_argument("--image", type=Path, help="an ECG image (default: a sample that ships with the app)")
    p.add_argument("--json", action="store_true", help="print every figure as one JSON object")
    p.add_argument("--answer-tokens", type=int, default=256,
                   help="generate exactly this many tokens (EOS is ignored for the benchmark; default 256)")
    p.add_argument("--question", default=None, help="the question (default: the clinical-report request)")
    p.add_argument("--compare-llama-mmproj", type=Path, metavar="MMPROJ.gguf",
                   help="also run llama.cpp's own path (Llava16ChatHandler) with this mmproj "
                        "(made by `pulse-quantize mmproj` from the same checkpoint)")
    p.add_argument("--quick-gemm", action="store_true", help="a sub-second GEMM peak measurement (for CI)")
    lev = p.add_argument_group("levers (default: the engine's settings)")
    lev.add_argument("--threads", type=int)
    lev.add_argument("--n-batch", type=int)
    lev.add_argument("--n-ubatch", type=int)
    lev.add_argument("--flash-attn", choices=("on", "off", "auto"))
    lev.add_argument("--kv-type", choices=("f16", "q8_0", "q4_0"),
                     help="KV cache type for K and V (quantized ones turn flash attention on; F32 bundles keep F32)")
    lev.add_argument("--n-ctx", type=int, help="context positions (default: the bundle's; smaller: a smaller KV cache)")
    lev.add_argument("--vision-resident", action="store_true", default=None,
                     help="keep the vision session loaded beside the language model (default: only while encoding)")
    lev.add_argument("--mmap", dest="use_mmap", action="store_true", default=None)
    lev.add_argument("--no-mmap", dest="use_mmap", action="store_false")
    lev.add_argument("--repack", choices=("on", "off"),
                     help="llama.cpp's repacked CPU weight layout (default on: faster decode, slower prefill here)")
    lev.add_argument("--prefill-chunk", type=int,
                     help="positions per prefill call (default: the engine's, calibrated to about 1 s)")
    lev.add_argument("--gpu-layers", type=_gpu_layers,
                     help="layers offloaded to a GPU, also for llama.cpp's own path (default: chosen from free GPU memory)")
    p.set_defaults(func=run)


def _gpu_layers(text: str) -> int:
    return -1 if text.strip().lower() == "auto" else int(text)


def run(args) -> int:
    from pulse_desktop.core.bench.report import format_text
    from pulse_desktop.core.bench.run_bench import DEFAULT_QUESTION, BenchOptions, run_bench

    levers = Levers(threads=args.threads, n_batch=args.n_batch, n_ubatch=args.n_ubatch, flash_attn=args.flash_attn,
                    kv_type=args.kv_type, use_mmap=args.use_mmap, prefill_chunk=args.prefill_chunk,
                    gpu_layers=args.gpu_layers, repack=None if args.repack is None else args.repack == "on",
                    n_ctx=args.n_ctx, vision_resident=args.vision_resident)
    options = BenchOptions(bundle=args.bundle, image=args.image, answer_tokens=args.answer_tokens,
                           question=args.question or DEFAULT_QUESTION, compare_mmproj=args.compare_llama_mmproj,
                           levers=levers, quick_gemm=args.quick_gemm)
    report = run_bench(options, log=lambda text: print(f"[bench] {text}", file=sys.stderr, flush=True))
    print(report.to_json() if args.json else format_text(report))
    return 0
