"""Peak memory and speed of the vision session (docs/performance.md), each mode in a fresh process:
old  - the former VisionEncoder: a session with every provider onnxruntime lists, dropped, then a CPU one
plain - one CPU session, onnxruntime's defaults (pre-packing on)
new  - the engine's VisionEncoder (first session kept, pre-packing off)

python docs/probes/vision_probe.py vision.onnx old plain new
"""

import subprocess
import sys

CHILD = r'''
import json, sys, time
import numpy as np
import onnxruntime as ort
path, mode = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if mode == "new":
    from pulse_desktop.core.engine.vision_onnx import VisionEncoder
    encoder = VisionEncoder(path, "auto", threads=2)
    session, provider = encoder.session, encoder.provider
else:
    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    options.inter_op_num_threads = 1
    if mode == "old":
        first = ort.InferenceSession(path, options, providers=ort.get_available_providers())
        del first
    session, provider = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"]), "CPU"
load = time.perf_counter() - start
x = np.random.default_rng(0).standard_normal((1, 3, 336, 336)).astype(np.float32)
times = []
for _ in range(5):
    start = time.perf_counter()
    y = session.run(None, {session.get_inputs()[0].name: x})[0]
    times.append(round(time.perf_counter() - start, 2))
status = {line.split(":")[0]: round(int(line.split()[1]) / 2**20, 3) for line in open("/proc/self/status")
          if line.startswith(("VmHWM", "VmRSS"))}
print(json.dumps({"mode": mode, "provider": provider, "load_s": round(load, 2), "crop_s": times, **status,
                  "checksum": float(np.abs(y).sum())}))
'''

if __name__ == "__main__":
    for mode in sys.argv[2:]:
        done = subprocess.run([sys.executable, "-c", CHILD, sys.argv[1], mode], capture_output=True, text=True)
        print(done.stdout.strip() or done.stderr[-2000:], flush=True)
