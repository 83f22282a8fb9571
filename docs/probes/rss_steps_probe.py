"""Peak memory of the engine step by step: after load, at each stage of one question (docs/performance.md).

python docs/probes/rss_steps_probe.py BUNDLE IMAGE
"""

import json
import sys

from pulse_desktop.core.engine.answer import GenerationOptions
from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
from pulse_desktop.core.events import Progress, StageStarted
from pulse_desktop.core.imaging.load_image import load_image


def show(tag: str) -> None:
    fields = {line.split(":")[0]: round(int(line.split()[1]) / 2**20, 3) for line in open("/proc/self/status")
              if line.startswith(("VmHWM", "VmRSS", "RssAnon", "RssFile"))}
    print(tag, json.dumps(fields), flush=True)


if __name__ == "__main__":
    show("start")
    picture = load_image(sys.argv[2]).image
    engine = MultimodalEngine(sys.argv[1], n_threads=2)
    show("engine loaded")
    options = GenerationOptions(max_new_tokens=4, ignore_eos=True)
    for event in engine.ask(picture, "Please write a clinical report based on this ECG image.", options=options):
        if isinstance(event, StageStarted):
            show("start " + event.stage)
        if isinstance(event, Progress) and event.stage == "prefill" and event.done in (0, 1064, 2088):
            show(f"prefill {event.done}")
    show("after the question")
