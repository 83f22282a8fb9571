"""Driving the core workflow as a shell does: run a Run's events to the end, apply them, finish it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pulse_desktop.core.bundle.importer import import_bundle
from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.errors import Cancelled
from pulse_desktop.core.events import Token, run_to_result
from pulse_desktop.core.storage import Store
from pulse_desktop.core.study import EngineHolder, StudyRecorder, StudyWorkflow
from pulse_desktop.core.study.workflow import Run
from tests.bundle.fake_bundles import make_fake_bundle


@dataclass(frozen=True)
class Settings:
    default_bundle: str = ""
    gpu_layers: int = 0
    threads: int = 1


def installed_bundle(tmp: Path, name: str = "fake-test"):
    """A real import of a hand-made (not runnable) bundle: what the workflow resolves and records."""
    return import_bundle(make_fake_bundle(tmp / f"src-{name}", name=name, kind="test"))


def workflow(engine, bundle, record: bool = True) -> StudyWorkflow:
    return StudyWorkflow(StudyRecorder(Store.open if record else None), EngineHolder(lambda _b, _s: engine),
                         lambda _name: bundle)


def drive(wf: StudyWorkflow, run: Run, cancel: CancelToken | None = None) -> str:
    """Run to the end on this thread; returns the outcome ("succeeded", "cancelled")."""
    streamed: list[str] = []

    def seen(event: object) -> None:
        if not wf.apply(run, event) and isinstance(event, Token):
            streamed.append(event.text)

    try:
        result = run_to_result(run.work(cancel or CancelToken()), seen)
    except Cancelled:
        wf.finish(run, "cancelled", streamed="".join(streamed))
        return "cancelled"
    wf.finish(run, "succeeded", result, "".join(streamed))
    return "succeeded"
