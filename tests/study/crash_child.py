"""A process that drives the study workflow step by step, for the crash tests.

Run as ``python -m tests.study.crash_child`` with PULSE_HOME set. After each step it prints ``step NAME``
(flushed) and waits for a line on stdin, so the parent can kill it with SIGKILL exactly between two steps.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.events import Token, run_to_result
from pulse_desktop.core.storage import Patient
from pulse_desktop.core.study.answer_recording import APPEND_EVERY_TOKENS
from tests.study.drive import Settings, installed_bundle, workflow
from tests.study.engines import RecordingEngine
from tests.study.pictures import GLARE, opened

STEPS = ("opened", "draft", "details", "question", "tokens", "answered", "edited", "confirmed")
TOKENS_BEFORE_CRASH = 2 * APPEND_EVERY_TOKENS
LONG_ANSWER = " ".join(f"w{i}" for i in range(4 * APPEND_EVERY_TOKENS))


def step(name: str) -> None:
    print(f"step {name}", flush=True)
    sys.stdin.readline()


def main() -> int:
    bundle = installed_bundle(Path(tempfile.mkdtemp(prefix="crash-bundle-")))
    engine = RecordingEngine(answer=LONG_ANSWER)
    wf = workflow(engine, bundle)
    wf.adopt_picture(opened(GLARE))
    wf.accept_warnings("Dr Kill")
    step("opened")
    wf.save_draft()
    print(f"study {wf.session.study_id}", flush=True)
    step("draft")
    wf.set_patient(Patient("Zoë Ødegård", "K-1"), "syncope")
    wf.details_write()()
    step("details")
    run = wf.interpret("Please report.", Settings())
    streamed: list[str] = []
    tokens = 0

    def seen(event: object) -> None:
        nonlocal tokens
        if wf.apply(run, event):
            if run.session.turns[-1].store_index is not None:
                step("question")
            return
        if isinstance(event, Token):
            streamed.append(event.text)
            tokens += 1
            if tokens == TOKENS_BEFORE_CRASH:
                step("tokens")

    result = run_to_result(run.work(CancelToken()), seen)
    wf.finish(run, "succeeded", result, "".join(streamed))
    step("answered")
    wf.edit(LONG_ANSWER + " Edited.")
    wf.edit_write()()
    step("edited")
    wf.confirmed(wf.session, "Dr Kill", wf.confirm_write("Dr Kill")())
    step("confirmed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
