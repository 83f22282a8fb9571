"""Image prefill through the engine with and without the old prefill-chunk calibration decodes at load
(docs/performance.md): python docs/probes/calibration_probe.py BUNDLE IMAGE nocal cal nocal cal"""

import json
import sys
import time

import numpy as np

from pulse_desktop.core.engine.answer import GenerationOptions
from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
from pulse_desktop.core.events import Progress, StageFinished
from pulse_desktop.core.imaging.load_image import load_image

QUESTION = "Please write a clinical report based on this ECG image."


def run(bundle: str, picture, mode: str) -> dict:
    engine = MultimodalEngine(bundle, n_threads=2)
    if mode == "cal":  # what calibrate() did before: two 32-position embedding decodes, then clear
        block = np.zeros((32, engine.lm.n_embd), np.float32)
        for _ in range(2):
            engine.lm.decode(0, embeddings=block)
            engine.lm.clear()
    stages, marks = {}, []
    for event in engine.ask(picture, QUESTION, options=GenerationOptions(max_new_tokens=8, ignore_eos=True)):
        if isinstance(event, StageFinished):
            stages[event.stage] = round(event.seconds, 1)
        if isinstance(event, Progress) and event.stage == "prefill":
            marks.append((time.perf_counter(), event.done))
    engine.close()
    chunks = [b[0] - a[0] for a, b in zip(marks, marks[1:], strict=False) if b[1] - a[1] == 512]
    return {"mode": mode, "stages": stages, "chunk512_s": [round(c, 1) for c in chunks]}


if __name__ == "__main__":
    image = load_image(sys.argv[2]).image
    for name in sys.argv[3:]:
        print(json.dumps(run(sys.argv[1], image, name)), flush=True)
