"""Peak memory of the language model alone, weights read vs mapped (docs/performance.md).

python docs/probes/lm_mem_probe.py MODEL.gguf mmap|nommap
"""

import json
import sys
import time

from pulse_desktop.core.engine.llama.language_model import LanguageModel
from pulse_desktop.core.engine.llama.params import LlamaTuning


def memory_gib() -> dict:
    out = {}
    for line in open("/proc/self/status"):
        key = line.split(":")[0]
        if key in ("VmHWM", "VmRSS", "RssAnon", "RssFile"):
            out[key] = round(int(line.split()[1]) / 2**20, 2)
    return out


if __name__ == "__main__":
    start = time.perf_counter()
    lm = LanguageModel(sys.argv[1], n_ctx=4096, n_batch=512, n_threads=2,
                       tuning=LlamaTuning(use_mmap=sys.argv[2] == "mmap"))
    load = time.perf_counter() - start
    after_load = memory_gib()
    lm.decode(0, tokens=list(range(100, 612)))
    print(json.dumps({"mode": sys.argv[2], "load_s": round(load, 1), "after_load_gib": after_load,
                      "after_512_gib": memory_gib()}))
