"""`interpret IMAGE`: the study workflow (core/study) driven from the command line.

The picture is opened as the window opens it (loaded, straightened, quality-checked) unless ``--as-is``; a
blocking finding stops with exit 3 and the findings, warnings need ``--accept-warnings-by NAME`` (recorded).
With any patient option or ``--pdf`` the study is recorded in the study history as it happens (a crash loses
nothing) and the report is written from what was stored; otherwise nothing is stored.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.errors import PulseError
from pulse_desktop.core.events import StageFinished, Token, run_to_result
from pulse_desktop.core.study import StudyRecorder, StudyWorkflow
from pulse_desktop.core.study.engine_holder import EngineHolder
from pulse_desktop.core.study.picture import open_file
from pulse_desktop.core.study.session import StudySession


class UsageError(PulseError):
    """An option's value cannot be used (exit 2)."""

    exit_code = 2


STUDY_OPTIONS = ("patient_name", "patient_id", "dob", "age", "sex", "pdf", "clinician", "indication")


def add_study_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("study (any of these records a study in the study history)")
    g.add_argument("--patient-name", default=None, help="patient's name")
    g.add_argument("--patient-id", default=None, help="patient's ID (hospital number)")
    g.add_argument("--dob", default=None, help="date of birth, YYYY-MM-DD")
    g.add_argument("--age", default=None, help="age, when the date of birth is not known")
    g.add_argument("--sex", default=None, choices=["female", "male", "other"], help="patient's sex")
    g.add_argument("--clinician", default=None, help="requesting clinician")
    g.add_argument("--indication", default=None, help="why the ECG was taken")
    g.add_argument("--pdf", type=Path, default=None, help="write the report to this PDF")
    g.add_argument("--paper", choices=["a4", "letter"], default=None, help="report paper size (default: settings)")
    g.add_argument("--language", type=report_language_code, default=None, metavar="CODE",
                   help=LANGUAGE_HELP)


LANGUAGE_HELP = ("report language: en, fr, es, pt, ar, hi or sw (default: the settings' language, else the "
                 "system's, else English)")


def report_language_code(text: str) -> str:
    """``--language``: a report language code (a locale such as pt_BR gives its language)."""
    from pulse_desktop.core.report.language import LANGUAGES, supported

    code = supported(text)
    if code is None:
        raise argparse.ArgumentTypeError(f"no report in {text!r}; choose one of {', '.join(LANGUAGES)}")
    return code


def wants_study(args: argparse.Namespace) -> bool:
    return any(getattr(args, name, None) for name in STUDY_OPTIONS)


@dataclass(frozen=True)
class CliEngineSettings:
    """The command's engine options, in the shape the workflow's engine holder reads."""

    default_bundle: str
    gpu_layers: int
    threads: int
    vision_provider: str
    max_new_tokens: int
    server: Any = None  # a ServerAddress: ask the clinic server first
    fallback: bool = True  # with a server: this computer when the server fails


class CappedEngine:
    """An engine whose answers stop at ``max_new_tokens`` (the window's engine uses its own limit)."""

    def __init__(self, engine: Any, max_new_tokens: int) -> None:
        self.engine, self.max_new_tokens = engine, max_new_tokens

    def ask(self, image, question, cancel):
        return self.engine.ask(image, question, cancel, max_new_tokens=self.max_new_tokens)

    def follow_up(self, question, cancel):
        return self.engine.follow_up(question, cancel, max_new_tokens=self.max_new_tokens)

    def close(self) -> None:
        self.engine.close()


def open_engine(bundle: Any, settings: CliEngineSettings) -> Any:
    """The engine the command asks (tests swap this to see the pixels it is given)."""
    from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine

    def local() -> Any:
        return MultimodalEngine(bundle, n_gpu_layers=settings.gpu_layers, n_threads=settings.threads or None,
                                vision_provider=settings.vision_provider)

    if settings.server is not None:
        from pulse_desktop.core.remote.fallback import FallbackEngine
        from pulse_desktop.core.remote.remote_engine import RemoteEngine

        both = FallbackEngine(lambda: RemoteEngine(settings.server, bundle), local if settings.fallback else None)
        return CappedEngine(both, settings.max_new_tokens)
    return CappedEngine(local(), settings.max_new_tokens)


@dataclass(frozen=True)
class Outcome:
    """What one ``interpret`` run did: the session (picture read, findings, turns) and the answer."""

    session: StudySession
    answer: Any  # the engine's Answer, None when the picture was refused
    load_seconds: float
    engine_settings: dict[str, Any]
    refusal: Any = None  # rules.Refusal when the picture was not interpreted


def run_interpretation(args: argparse.Namespace, settings: CliEngineSettings, installed: Any,
                       on_event: Callable[[object], None]) -> Outcome:
    """Open the picture, apply the patient and the accepted warnings, and ask (recording when asked to)."""
    from pulse_desktop.core.storage import Patient, Store

    record = wants_study(args)
    store = Store.open() if record else None  # a study asked for and no store: StorageError (exit 7), said at once
    recorder = StudyRecorder((lambda: store) if store is not None else None)
    holder = EngineHolder(lambda bundle, s: _opener()(bundle, s))
    workflow = StudyWorkflow(recorder, holder, lambda _name: installed)
    try:
        try:
            opened = open_file(Path(args.image), check=not args.as_is, corners=args.corners,
                               page=getattr(args, "page", 1) - 1, turn=getattr(args, "turn", None))
        except ValueError as exc:  # corners that do not make a quadrilateral
            raise UsageError(f"The corners cannot be used: {exc}.",
                             "Give the paper's four corners in the original picture, in pixels.") from exc
        workflow.adopt_picture(opened)
        workflow.set_patient(Patient(name=args.patient_name or "", patient_id=args.patient_id or "",
                                     date_of_birth=args.dob or "", age=args.age or "", sex=args.sex or ""),
                             args.indication or "")
        workflow.session.clinician = args.clinician or ""
        if args.accept_warnings_by.strip():
            workflow.accept_warnings(args.accept_warnings_by)
        refusal = workflow.check_interpret()
        if refusal is not None:
            if record:
                workflow.save_draft()  # nothing the clinician brought is lost
            return Outcome(workflow.session, None, 0.0, {}, refusal)
        if record and workflow.session.study_id is None:
            workflow.save_draft()  # the study and its pictures before the model runs
        run = workflow.interpret(args.question, settings)
        streamed: list[str] = []
        load = [0.0]

        def seen(event: object) -> None:
            if workflow.apply(run, event):
                return
            if isinstance(event, Token):
                streamed.append(event.text)
            elif isinstance(event, StageFinished) and event.stage == "load":
                load[0] = event.seconds
            on_event(event)

        cancel = CancelToken()
        try:
            answer = run_to_result(run.work(cancel), seen)
        except BaseException as exc:
            workflow.finish(run, "cancelled" if isinstance(exc, KeyboardInterrupt) else "failed",
                            streamed="".join(streamed))
            raise
        workflow.finish(run, "succeeded", answer, "".join(streamed))
        if args.pdf and workflow.session.study_id is not None:
            workflow.write_report(Path(args.pdf), report_settings(args.paper, getattr(args, "language", None)))
            print(f"Report written to {args.pdf}", file=sys.stderr)
        engine = holder.engine
        inner = getattr(engine, "engine", engine)
        settings_of = getattr(inner, "settings", None)
        return Outcome(workflow.session, answer, load[0], settings_of() if callable(settings_of) else {})
    finally:
        workflow.close()


def _opener() -> Callable[[Any, CliEngineSettings], Any]:
    return open_engine  # looked up at call time, so that a test's replacement is used


def report_settings(paper: str | None, language: str | None = None) -> Any:
    """The report's facility, paper and language from the settings file, overridden by ``--paper`` and
    ``--language``."""
    from dataclasses import replace

    from pulse_desktop.core.report import ReportSettings

    settings = ReportSettings.from_settings_file()
    if paper:
        settings = replace(settings, paper=paper)
    if language:
        settings = replace(settings, language=language)
    return settings
