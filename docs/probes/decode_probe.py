"""Decode speed of the engine's LanguageModel on a long context, per llama.cpp setting (docs/performance.md).

python docs/probes/decode_probe.py MODEL.gguf 2900 16 off/abort on/abort default/noabort
Each variant: flash attention (default|on|off) / the engine's abort callback kept or removed (abort|noabort).
"""

import json
import sys
import time

import llama_cpp
import numpy as np

from pulse_desktop.core.engine.llama.language_model import LanguageModel
from pulse_desktop.core.engine.llama.params import LlamaTuning


def run(gguf: str, ctx_len: int, n_dec: int, variant: str) -> dict:
    flash, abort = variant.split("/")
    lm = LanguageModel(gguf, n_ctx=4096, n_batch=512, n_threads=2,
                       tuning=LlamaTuning(flash_attn=None if flash == "default" else flash))
    if abort == "noabort":
        llama_cpp.llama_set_abort_callback(lm.ctx, llama_cpp.ggml_abort_callback(), None)
    ids = [int(t) for t in np.random.default_rng(0).integers(100, 30000, size=ctx_len)]
    start = time.perf_counter()
    for pos in range(0, ctx_len, 512):
        lm.decode(pos, tokens=ids[pos:pos + 512])
    prefill = time.perf_counter() - start
    pos, token, times = ctx_len, int(np.argmax(lm.last_logits())), []
    for _ in range(n_dec):
        start = time.perf_counter()
        lm.decode(pos, tokens=[token])
        token = int(np.argmax(lm.last_logits()))
        times.append(time.perf_counter() - start)
        pos += 1
    lm.close()
    return {"variant": variant, "flash_attn_used": lm.flash_attn, "prefill_tok_s": round(ctx_len / prefill, 1),
            "decode_tok_s": round(1 / float(np.median(times)), 2),
            "decode_ms_p10_p50_p90": [round(float(np.percentile(times, q)) * 1000, 1) for q in (10, 50, 90)]}


if __name__ == "__main__":
    for name in sys.argv[4:]:
        print(json.dumps(run(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), name)), flush=True)
